"""Where things are, and how pages include snippets; shared by the tests (no TensorFlow here)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = sorted(ROOT.glob("snippets/**/*.py"))

# pymdownx.snippets syntax: --8<-- "path" or --8<-- "path:section"
INCLUDE_RE = re.compile(r'--8<--\s+"(?P<path>[^":]+)(?::(?P<section>[\w-]+))?"')
SECTION_RE = re.compile(r"# --8<-- \[(?P<kind>start|end):(?P<name>[\w-]+)\]")


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*") if p.suffix in (".md", ".ipynb"))


def includes(page: Path):
    """Yield (line_number, snippet_path, section) for every include in a page."""
    for number, line in enumerate(page.read_text("utf-8").splitlines(), 1):
        for m in INCLUDE_RE.finditer(line):
            yield number, m["path"], m["section"]
