"""MkDocs hook: `<!-- comparison-table from snippets/x/y.py -->` becomes an HTML table made
from that snippet's checked `#>` lines (never typed, never computed here):

    strategy      | weights | equal | ...      the header: one ` | `-separated line
    copy.deepcopy | copied  | yes   | ...      one row per strategy
    copy.deepcopy on the subclass: TypeError - Could not locate class 'Tiny'
      (continued)                              a note for a cell, wrapped with 2 spaces

A cell in KINDS gets a class, an icon and a colour (extra.css, "Comparison matrix"); a cell
naming an exception links to its note. A column per backend says whether the backend printed
that row as shown (docs/data/backends.json). Any other line fails the build.
"""

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from project_facts import BACKENDS, derive, expected_lines, load_matrix

NOTE = re.compile(r"^(?P<row>.+?) on the (?P<column>[\w ]+): (?P<text>.+)$")
ERROR = re.compile(r"^\w+(Error|Exception)$")

# value -> (icon, what the icon means); the icon is decoration (aria-hidden), the word stays.
KINDS = {
    "shared": ("●", "the same variable objects"),
    "copied": ("◐", "new variables holding equal values"),
    "fresh": ("○", "new variables, new values"),
    "none": ("–", "no optimizer"),
    "kept": ("✓", "the copy calls one layer twice, as the source does"),
    "untied": ("≠", "the copy calls two separate layers"),
    "lost": ("⚠", "the copy has one call of the layer: it computes something else"),
}
ERROR_ICON = "✕"
LEGEND = ("shared", "copied", "fresh", "lost")
# Material's wrapper for wide tables; focusable, so that keyboard users can scroll it.
SCROLLWRAP = (
    '<div class="md-typeset__scrollwrap" tabindex="0" role="region" '
    'aria-label="Comparison matrix">'
)


@dataclass
class Note:
    row: str
    column: str
    text: str


@dataclass
class Matrix:
    header: list[str]
    rows: list[list[str]]
    notes: list[Note] = field(default_factory=list)


def _table(lines: list[str]) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.split(" | ")] for line in lines if " | " in line
    ]


def parse(lines: list[str]) -> Matrix:
    table = _table(lines)
    if len(table) < 2:
        raise ValueError("no table: expected a header and rows separated by ' | '")
    header, *rows = table
    matrix = Matrix(header, rows)
    for row in rows:
        if len(row) != len(header):
            raise ValueError(
                f"{row[0]!r}: {len(row)} cells, the header has {len(header)}"
            )
    names = {row[0] for row in rows}
    for line in lines:
        if " | " in line or not line.strip():
            continue
        if line.startswith("  ") and matrix.notes:
            matrix.notes[-1].text += " " + line.strip()
            continue
        m = NOTE.match(line)
        if not m or m["row"] not in names or m["column"] not in header:
            raise ValueError(f"not a row or a note of the matrix: {line!r}")
        matrix.notes.append(Note(m["row"], m["column"], m["text"]))
    return matrix


def _cell(value: str, note_id: str | None) -> str:
    text = html.escape(value)
    if value in KINDS:
        icon, meaning = KINDS[value]
        return (
            f'<td class="cmp cmp-{value}" title="{html.escape(meaning)}">'
            f'<span class="cmp-icon" aria-hidden="true">{icon}</span>{text}</td>'
        )
    if ERROR.match(value) or note_id:
        inner = f'<a href="#{note_id}">{text}</a>' if note_id else text
        return (
            f'<td class="cmp cmp-error"><span class="cmp-icon" aria-hidden="true">'
            f"{ERROR_ICON}</span>{inner}</td>"
        )
    return f"<td>{text}</td>"


def backend_rows(matrix: Matrix, cells: dict) -> dict[str, list[str]]:
    """row name -> its result per backend: same, differs, error or n/a."""
    results = {row[0]: [] for row in matrix.rows}
    for cell in (cells[backend] for backend in BACKENDS):
        other = {r[0]: r for r in _table(cell.get("output", []))}
        for row in matrix.rows:
            same = "same" if other.get(row[0]) == row else "differs"
            results[row[0]].append(
                same if cell["result"] == "differs" else cell["result"]
            )
    return results


def _backend_cell(result: str) -> str:
    icon = {"same": "✓", "n/a": "–"}.get(result, "✗")
    return (
        f'<td class="bk bk-{result.replace("/", "")}"><span aria-hidden="true">{icon}</span> '
        f"{html.escape(result)}</td>"
    )


def render(matrix: Matrix, backends: dict | None = None) -> str:
    notes = {(n.row, n.column): f"cmp-note-{i}" for i, n in enumerate(matrix.notes, 1)}
    header = matrix.header + (list(BACKENDS.values()) if backends else [])
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in header)
    body = []
    for name, *values in matrix.rows:
        cells = "".join(
            _cell(value, notes.get((name, column)))
            for column, value in zip(matrix.header[1:], values, strict=True)
        )
        if backends:
            cells += "".join(_backend_cell(r) for r in backends[name])
        label = html.escape(name).replace(".", "<wbr>.").replace("+", "+<wbr>")
        body.append(f'<tr><th scope="row">{label}</th>{cells}</tr>')
    legend = " ".join(
        f'<span class="cmp cmp-{kind}"><span class="cmp-icon" aria-hidden="true">'
        f"{KINDS[kind][0]}</span>{kind}</span> {html.escape(KINDS[kind][1])}."
        for kind in LEGEND
    )
    items = "".join(
        f'<li id="{notes[(n.row, n.column)]}">{html.escape(n.row)} on the '
        f"{html.escape(n.column)}: <code>{html.escape(n.text)}</code></li>"
        for n in matrix.notes
    )
    parts = [
        '<div class="comparison-matrix">',
        f'<p class="cmp-legend">{legend}</p>',
        SCROLLWRAP,
        '<div class="md-typeset__table">',
        f"<table><thead><tr>{head}</tr></thead><tbody>",
        *body,
        "</tbody></table></div></div>",
        f'<ul class="cmp-notes">{items}</ul>' if items else "",
        "</div>",
    ]
    return "\n".join(parts)


def table_html(root: Path, snippet: str) -> str:
    """The table, and a column per backend once the matrix has run the snippet."""
    matrix = parse(expected_lines((root / snippet).read_text("utf-8"), snippet))
    cells = load_matrix(root)["snippets"].get(snippet)
    return render(matrix, backend_rows(matrix, cells) if cells else None)


def on_page_markdown(markdown, page, config, files):
    root = Path(config.config_file_path).parent

    def make(source: str) -> str:
        try:
            return "\n" + table_html(root, source) + "\n"
        except (OSError, ValueError) as e:
            raise PluginError(
                f"{page.file.src_uri}: comparison-table {source}: {e}"
            ) from e

    return derive(markdown, "comparison-table", make)
