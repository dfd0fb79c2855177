"""MkDocs hook: fewer elements in highlighted code, drawn the same.

Pygments wraps every token of a code block in a <span>, names and whitespace included. On the
long pages those spans are a third of the DOM, and a phone pays for each element in style and
layout time (as Lighthouse measured it). Names (`n`) are drawn in
--md-code-hl-name-color, which Material (and overrides/hooks/notebooks.css for notebook cells) set
to the colour of the code around them, and whitespace (`w`) draws nothing: their spans are
unwrapped here, leaving the text. Every other token keeps its span and colour. Pygments' empty
first <span></span> of each block goes too. Runs on every page, code blocks and inline code only.
"""

from __future__ import annotations

import re

CODE = re.compile(r"<(pre|code)\b[^>]*>.*?</\1>", re.DOTALL)
PLAIN = re.compile(r'<span class="(?:n|w)">([^<]*)</span>')


def _lean(m: re.Match) -> str:
    return PLAIN.sub(r"\1", m[0].replace("<span></span>", "", 1))


def on_page_content(html, page, config, files):
    return CODE.sub(_lean, html)
