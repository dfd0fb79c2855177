"""Diagrams are drawn ahead of time: every docs/diagrams/<name>.mmd is shown, freshly drawn,
on a page (the site ships no mermaid runtime: tests/test_build.py).

No browser: each drawing's start marker records the sha256 of its .mmd and of the mermaid
bundle it was drawn with (scripts/render_diagrams.py).
"""

from __future__ import annotations

import html

from scripts.render_diagrams import ROOT, SOURCES, blocks, routes, stale


def test_every_diagram_is_shown_and_fresh():
    assert list(SOURCES.glob("*.mmd")), f"no diagram sources in {SOURCES}"
    bad = stale()
    assert not bad, "\n".join(bad) + "\nrun `python scripts/render_diagrams.py`"


def test_every_drawing_is_one_described_image():
    """An svg with role="img", a title, and a description that names every leaf."""
    for page, m in blocks():
        svg, name = m["svg"], (ROOT / m["source"]).stem
        where = f"{page.relative_to(ROOT)} ({m['source']})"
        assert svg.count("<svg") == 1 and 'role="img"' in svg, where
        assert f'aria-labelledby="{name}-title"' in svg, where
        assert f'aria-describedby="{name}-desc"' in svg, where
        for route in routes((ROOT / m["source"]).read_text("utf-8")):
            leaf = route.rsplit("Go to: ", 1)[1].rstrip(".")
            assert html.escape(leaf) in svg, f"{where} does not name {leaf!r}"
