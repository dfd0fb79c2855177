"""MkDocs hook: `<!-- code: snippets/x/y.py:name -->` in a table cell (which cannot hold an
include) becomes that section's lines, each a `<code>`: the code the tests run, never typed.
A missing file or section fails the build."""

import html
import re
import textwrap
from pathlib import Path

MARKER = re.compile(r"<!-- code: (?P<path>snippets/[\w/.-]+\.py):(?P<name>[\w-]+) -->")
SECTION = r"^[ \t]*# --8<-- \[start:{name}\][ \t]*\n(?P<body>.*?)^[ \t]*# --8<-- \[end:{name}\]"


def section(root: Path, path: str, name: str) -> list[str]:
    text = (root / path).read_text("utf-8")
    pattern = SECTION.format(name=re.escape(name))
    found = re.search(pattern, text, re.MULTILINE | re.DOTALL)
    if not found:
        raise ValueError(f"{path} has no section [{name}]")
    lines = textwrap.dedent(found["body"]).strip("\n").splitlines()
    return [line for line in lines if line.strip()]


def cell(lines: list[str]) -> str:
    # `_*[] as entities (Markdown would read them in the raw <code>), | too (the table)
    entity = lambda c: f"&#{ord(c[0])};"
    codes = (re.sub(r"[`_*\[\]|]", entity, html.escape(line)) for line in lines)
    return "<br>".join(f'<code class="code-cell">{code}</code>' for code in codes)


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
