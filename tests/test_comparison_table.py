"""The comparison matrix on the built page is the snippet's checked output, cell for cell,
plus a column per backend from docs/data/backends.json (overrides/hooks/comparison_table.py).
Read back as a reader's browser would: the icons are aria-hidden, so not a cell's text."""

import html
import re

import comparison_table as hook  # overrides/hooks/comparison_table.py
import pytest

from scripts.project import BACKENDS, DOCS, RESULTS, ROOT, expected_lines, load_matrix

SNIPPET = "snippets/comparison/strategy_matrix.py"
CSS = DOCS / "assets" / "stylesheets" / "extra.css"
LINES = expected_lines((ROOT / SNIPPET).read_text("utf-8"))


def _text(cell: str) -> str:
    cell = re.sub(r'<span[^>]*aria-hidden="true">[^<]*</span>', "", cell)
    return html.unescape(re.sub(r"<[^>]+>", "", cell)).strip()


def _cells(row: str) -> list[str]:
    return [
        _text(c) for c in re.findall(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", row, re.DOTALL)
    ]


@pytest.fixture(scope="module")
def page(built_site) -> str:
    built = (built_site / "comparison" / "index.html").read_text("utf-8")
    start = built.index('<div class="comparison-matrix">')
    return built[start : built.index("</ul>", start)]


def test_the_table_is_the_checked_lines_and_a_column_per_backend(page):
    table = [[c.strip() for c in line.split(" | ")] for line in LINES if " | " in line]
    assert len(table) > 2, "the snippet prints no matrix rows"
    head, body = re.search(
        r"<thead>(.*?)</thead><tbody>(.*?)</tbody>", page, re.DOTALL
    ).groups()
    assert _cells(head) == table[0] + list(BACKENDS.values())
    rows = [_cells(r) for r in re.findall(r"<tr>(.*?)</tr>", body, re.DOTALL)]
    assert [r[:-3] for r in rows] == table[1:]
    cells = load_matrix()["snippets"][SNIPPET]
    for row in rows:
        if all(c["result"] in ("same", "error") for c in cells.values()):
            assert row[-3:] == [cells[b]["result"] for b in BACKENDS], row
        else:
            assert set(row[-3:]) <= set(RESULTS), row


def test_notes_are_the_checked_error_lines(page):
    notes: list[str] = []
    for line in LINES:
        if " | " in line:
            continue
        if line.startswith("  "):
            notes[-1] += " " + line.strip()
        else:
            notes.append(line)
    assert notes, (
        "the snippet prints no notes; if no strategy raises any more, drop this test"
    )
    assert [_text(n) for n in re.findall(r"<li\b[^>]*>(.*?)</li>", page)] == notes


def test_kinds_have_colours_in_both_schemes(page):
    """Every kind a cell shows has a rule in extra.css, its colours set for light and dark."""
    css = CSS.read_text("utf-8")
    used = {c for cs in re.findall(r'class="([^"]*)"', page) for c in cs.split()}
    used = {c for c in used if c.startswith("cmp-")}
    used -= {"cmp-icon", "cmp-legend", "cmp-notes"}
    assert {"cmp-shared", "cmp-copied", "cmp-fresh"} <= used
    missing = [c for c in sorted(used) if f".{c}" not in css]
    assert not missing, f"no CSS rule for {missing} in {CSS.name}"
    block = css[css.index("Comparison matrix") :]
    for var in re.findall(r"var\((--cmp-[\w-]+)\)", block):
        assert block.count(f"{var}:") == 2, f"{var}: set once for light, once for dark"


def test_unknown_output_fails_the_build():
    with pytest.raises(ValueError, match="not a row or a note"):
        hook.parse([*LINES, "a line the table does not know"])
    with pytest.raises(ValueError, match="cells"):
        hook.parse([*LINES[:2], LINES[2] + " | extra"])
