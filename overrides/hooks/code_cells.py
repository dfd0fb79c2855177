"""MkDocs hook: a named section of a snippet as inline code, for a table cell.

pymdownx.snippets includes a file or a section as a block, on a line of its own; a table
cell cannot hold one. A page writes `<!-- code: snippets/x/y.py:name -->` in the cell
instead, and this hook replaces it with the lines of the section `# --8<-- [start:name]`
... `# --8<-- [end:name]` of that file, each as a `<code>` element, so the code in the cell
is the code the test suite runs, never typed by hand. The file must also be shown whole on
a page (tests/test_wiring.py), so its output is there too. A missing file or section fails
the build. Standard library and MkDocs only.
"""

from __future__ import annotations

import html
import re
import textwrap
from pathlib import Path

MARKER = re.compile(r"<!-- code: (?P<path>snippets/[\w/.-]+\.py):(?P<name>[\w-]+) -->")
SECTION = r"^[ \t]*# --8<-- \[start:{name}\][ \t]*\n(?P<body>.*?)^[ \t]*# --8<-- \[end:{name}\]"


def section(root: Path, path: str, name: str) -> list[str]:
    text = (root / path).read_text("utf-8")
    found = re.search(
        SECTION.format(name=re.escape(name)), text, re.MULTILINE | re.DOTALL
    )
    if not found:
        raise ValueError(f"{path} has no section [{name}]")
    lines = textwrap.dedent(found["body"]).strip("\n").splitlines()
    return [line for line in lines if line.strip()]


def cell(lines: list[str]) -> str:
    out = []
    for line in lines:
        code = html.escape(line).replace("|", "&#124;")
        for char in "`_*[]":  # Markdown would read these inside the raw <code>
            code = code.replace(char, f"&#{ord(char)};")
        out.append(f'<code class="code-cell">{code}</code>')
    return "<br>".join(out)


def on_page_markdown(markdown, page, config, files):
    if "<!-- code: " not in markdown:
        return markdown
    from mkdocs.exceptions import PluginError

    root = Path(config.config_file_path).parent

    def replace(m: re.Match) -> str:
        try:
            return cell(section(root, m["path"], m["name"]))
        except (OSError, ValueError) as e:
            raise PluginError(f"{page.file.src_uri}: {e}") from e

    return MARKER.sub(replace, markdown)
