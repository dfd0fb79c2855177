"""Diagrams are drawn ahead of time: each docs/diagrams/<name>.mmd has a fresh svg, and no page
ships a live mermaid block (which would make the reader's phone run the 1 MB bundle).

No browser: the svg's first line records the sha256 of the .mmd and of the mermaid bundle it
was drawn with (scripts/render_diagrams.py).
"""

from __future__ import annotations

import html
import re

from scripts.render_diagrams import OUTPUT, ROOT, SOURCES, routes, stale


def test_every_diagram_svg_is_fresh():
    assert list(SOURCES.glob("*.mmd")), f"no diagram sources in {SOURCES}"
    bad = stale()
    assert not bad, (
        "svg older than its source (or the bundle): "
        + ", ".join(bad)
        + "; run `python scripts/render_diagrams.py` and commit the svg"
    )


def test_no_page_renders_mermaid_in_the_browser():
    live = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "docs").rglob("*.md")
        if re.search(r"^\s*(```|~~~)\s*mermaid", p.read_text("utf-8"), re.MULTILINE)
    ]
    assert not live, (
        f"live mermaid blocks in {live}: move each into docs/diagrams/<name>.mmd, run "
        "`python scripts/render_diagrams.py` and include docs/assets/images/<name>.svg"
    )


def test_every_diagram_is_included_and_described():
    """Each svg is on a page, and its description names every leaf of the chart."""
    pages = "\n".join(p.read_text("utf-8") for p in (ROOT / "docs").rglob("*.md"))
    for source in SOURCES.glob("*.mmd"):
        svg = OUTPUT / f"{source.stem}.svg"
        include = f'--8<-- "{svg.relative_to(ROOT).as_posix()}"'
        assert include in pages, f"{svg.name} is included by no page ({include})"
        text = svg.read_text("utf-8")
        assert 'role="img"' in text and f'aria-labelledby="{source.stem}-title"' in text
        for route in routes(source.read_text("utf-8")):
            leaf = route.rsplit("Go to: ", 1)[1].rstrip(".")
            assert html.escape(leaf) in text, f"{svg.name} does not name {leaf!r}"
