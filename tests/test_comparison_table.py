"""The comparison matrix on the site is the snippet's checked output, cell for cell.

overrides/hooks/comparison_table.py turns the `#>` lines of snippets/comparison/strategy_matrix.py
into an HTML table at build time. These tests import the hook, build the table, read
it back as a reader's browser would (the icons are aria-hidden, so not part of a cell's text),
and compare it with the same `#>` lines as read by project_facts. No
TensorFlow: the snippet's output is checked by tests/test_snippets.py.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import comparison_table as hook  # overrides/hooks/comparison_table.py
import pytest

from scripts.project import DOCS, ROOT, expected_outputs

SNIPPET = ROOT / "snippets" / "comparison" / "strategy_matrix.py"
PAGE = DOCS / "comparison.md"
CSS = DOCS / "assets" / "stylesheets" / "extra.css"


class Table(HTMLParser):
    """Header cells, body rows and notes, as text without the aria-hidden icons; cell classes."""

    def __init__(self):
        super().__init__()
        self.header: list[str] = []
        self.rows: list[list[str]] = []
        self.notes: list[str] = []
        self.classes: set[str] = set()
        self._cell: list[str] | None = None
        self._hidden = 0
        self._section = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.classes.update((attrs.get("class") or "").split())
        if self._hidden or attrs.get("aria-hidden") == "true":
            self._hidden += tag == "span"
            return
        if tag in ("thead", "tbody"):
            self._section = tag
        elif tag == "tr" and self._section == "tbody":
            self.rows.append([])
        elif tag in ("th", "td", "li"):
            self._cell = []

    def handle_endtag(self, tag):
        if self._hidden:
            self._hidden -= tag == "span"
            return
        if tag in ("th", "td", "li") and self._cell is not None:
            text = "".join(self._cell).strip()
            if tag == "li":
                self.notes.append(text)
            elif self._section == "thead":
                self.header.append(text)
            else:
                self.rows[-1].append(text)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None and not self._hidden:
            self._cell.append(data)


def checked_lines() -> list[str]:
    outputs = expected_outputs(SNIPPET.read_text("utf-8"))
    return [line for output in outputs for line in output.lines]


def split(line: str) -> list[str]:
    return [cell.strip() for cell in line.split(" | ")]


def expected_notes(lines: list[str]) -> list[str]:
    notes: list[str] = []
    for line in lines:
        if " | " in line:
            continue
        if line.startswith("  "):
            notes[-1] += " " + line.strip()
        else:
            notes.append(line)
    return notes


@pytest.fixture(scope="module")
def table() -> Table:
    parser = Table()
    parser.feed(hook.table_html(SNIPPET))
    return parser


def test_header_and_rows_are_the_checked_lines(table):
    lines = [line for line in checked_lines() if " | " in line]
    assert len(lines) > 2, "the snippet prints no matrix rows"
    assert table.header == split(lines[0])
    assert table.rows == [split(line) for line in lines[1:]]


def test_notes_are_the_checked_error_lines(table):
    notes = expected_notes(checked_lines())
    assert notes, (
        "the snippet prints no notes; if no strategy raises any more, drop this test"
    )
    assert table.notes == notes


def test_kinds_have_colours_in_both_schemes(table):
    """Every kind a cell shows has a rule in extra.css, and its colours are set for light and dark."""
    css = CSS.read_text("utf-8")
    used = {c for c in table.classes if c.startswith("cmp-") and c not in ("cmp-icon",)}
    used -= {"cmp-legend", "cmp-notes"}
    assert {"cmp-shared", "cmp-copied", "cmp-fresh"} <= used
    missing = [c for c in sorted(used) if f".{c}" not in css]
    assert not missing, f"no CSS rule for {missing} in {CSS.name}"
    block = css[css.index("Comparison matrix") :]
    for var in re.findall(r"var\((--cmp-[\w-]+)\)", block):
        assert block.count(f"{var}:") == 2, (
            f"{var} must be set once for light and once for dark"
        )


def test_unknown_output_fails_the_build():
    lines = checked_lines()
    with pytest.raises(ValueError, match="not a row or a note"):
        hook.parse([*lines, "a line the table does not know"])
    with pytest.raises(ValueError, match="cells"):
        hook.parse([*lines[:2], lines[2] + " | extra"])


def test_page_and_site_use_the_hook():
    marker = f"<!-- comparison-table from {SNIPPET.relative_to(ROOT).as_posix()} -->"
    assert marker in PAGE.read_text("utf-8").splitlines(), f"{PAGE.name} lacks {marker}"
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    hooks = re.search(r"^hooks:\n((?:\s+- .*\n?)+)", config, re.MULTILINE)
    assert hooks and "overrides/hooks/comparison_table.py" in hooks[1], (
        "hook not in mkdocs.yml"
    )
