"""MkDocs hook: fewer elements in highlighted code, drawn the same.

Pygments wraps every token of a code block in a <span>, names and whitespace included. On the
long pages those spans are a third of the DOM, and a phone pays for each element in style and
layout time (as Lighthouse measured it). Names (`n`) are drawn in
--md-code-hl-name-color, which Material sets to the colour of the code around them, and
whitespace (`w`) draws nothing: their spans are unwrapped here, leaving the text. Every other
token keeps its span and colour. Pygments' empty first <span></span> of each block goes too,
and a `#>` output line gets a class of its own.
Runs on every page, code blocks and inline code only.
"""

from __future__ import annotations

import re

CODE = re.compile(r"<(pre|code)\b[^>]*>.*?</\1>", re.DOTALL)
PLAIN = re.compile(r'<span class="(?:n|w)">([^<]*)</span>')


# A `#>` line is output, not a comment: its own class, so a phone reader who scrolls a block
# sideways still tells output from code (docs/assets/stylesheets/extra.css).
OUTPUT = '<span class="c1">#&gt;'


def _lean(m: re.Match) -> str:
    code = PLAIN.sub(r"\1", m[0].replace("<span></span>", "", 1))
    return code.replace(OUTPUT, '<span class="c1 code-output">#&gt;')


def on_page_content(html, page, config, files):
    return CODE.sub(_lean, html)
