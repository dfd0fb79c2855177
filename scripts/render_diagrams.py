"""Draw every docs/diagrams/<name>.mmd ahead of time, into the pages that show it.

    python scripts/render_diagrams.py            # after editing a .mmd; commit the page
    python scripts/render_diagrams.py --check    # exit 1, naming the .mmd, when a page is stale

A page shows a diagram with two markers, which this script fills with an inline svg:

    <!-- diagram: docs/diagrams/<name>.mmd -->
    <!-- end of diagram -->

So a reader gets the picture without running the 1 MB mermaid bundle. The svg is drawn by the
self-hosted bundle (docs/assets/javascripts/mermaid.min.js) in headless Chromium (Debian's
/usr/bin/chromium, driven by the Python playwright package), styled with Material's own mermaid
CSS, whose colours are Material's CSS variables: inline, the diagram follows the light and dark
palettes as a live one does. Labels are svg <text> (not HTML in <foreignObject>), so the
browser's find and the site search see them. For screen readers the svg is one image
(role="img") whose <title> names it and whose <desc> lists every route through the chart, in
words, made from the same .mmd here. Inline rather than included with --8<--: the project's
tools read every --8<-- include as a Python snippet.

Before the svg, the same chart as nested lists of links (`steps`), which is all a phone shows
(docs/assets/stylesheets/extra.css): a chart scaled to a phone's width has labels a few pixels
high. A `click NODE "../page/"` line in the .mmd gives the page a node links to there (the
svg itself holds no links: see `finish`).

The start marker records the sha256 of the .mmd and of the bundle; tests/test_diagrams.py
compares them without a browser.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a file too
from scripts.project import ROOT

DOCS = ROOT / "docs"
SOURCES = DOCS / "diagrams"
MERMAID = ROOT / "scripts" / "vendor" / "mermaid.min.js"  # not published
# Material's system font stack (theme.font: false), so labels are measured in a font like the reader's.
FONT = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
# The markers in a page; the script adds the digest to the first, and the svg between them.
BLOCK = re.compile(
    r"<!-- diagram: (?P<source>\S+\.mmd)(?: sha256:(?P<digest>\w+))? -->\n"
    r"(?P<svg>.*?)<!-- end of diagram -->",
    re.DOTALL,
)


def digest(source: Path) -> str:
    """What an svg is made from: its .mmd and the mermaid bundle that draws it."""
    h = hashlib.sha256(source.read_bytes())
    h.update(hashlib.sha256(MERMAID.read_bytes()).digest())
    return h.hexdigest()[:16]


def blocks() -> list[tuple[Path, re.Match]]:
    """Every diagram block in docs/**/*.md: (page, match)."""
    return [
        (page, m)
        for page in sorted(DOCS.rglob("*.md"))
        for m in BLOCK.finditer(page.read_text("utf-8"))
    ]


def stale() -> list[str]:
    """Problems, each naming its .mmd: a diagram no page shows, a block drawn from another
    version of its .mmd or bundle, a block whose .mmd is missing."""
    out = []
    shown = {m["source"] for _, m in blocks()}
    for source in sorted(SOURCES.glob("*.mmd")):
        rel = source.relative_to(ROOT).as_posix()
        if rel not in shown:
            out.append(f"{rel}: no page shows it (add its two markers to a page)")
    for page, m in blocks():
        source = ROOT / m["source"]
        where = page.relative_to(ROOT).as_posix()
        if not source.is_file():
            out.append(f"{m['source']}: missing, but {where} shows it")
        elif m["digest"] != digest(source):
            out.append(f"{m['source']}: {where} shows an older drawing")
    return out


def material_mermaid_css() -> str:
    """The themeCSS that Material's bundle passes to mermaid.initialize (its colours are CSS variables)."""
    import material

    bundle = next(
        (Path(material.__file__).parent / "templates/assets/javascripts").glob(
            "bundle.*.min.js"
        )
    )
    js = bundle.read_text("utf-8")
    name = re.search(r"themeCSS:(\w+)", js)
    css = name and re.search(rf'\b{name[1]}="((?:[^"\\]|\\.)*)"', js)
    if not css:
        raise SystemExit(f"Material's mermaid CSS not found in {bundle}")
    # Edge labels are svg text here, not HTML with a background as in Material's live
    # diagrams: a halo in the page's background colour keeps a label readable where an edge
    # crosses it.
    return css[1].encode().decode("unicode_escape") + LABEL_HALO


LABEL_HALO = (
    ".edgeLabel text{stroke:var(--md-mermaid-label-bg-color);stroke-width:4px;"
    "stroke-linejoin:round;paint-order:stroke}"
)


# --- the routes, in words (the svg's <desc>) ---------------------------------------------------

NODE = r'(\w+)(?:\s*[\[{(]+"(.*?)"[\]})]+)?'
EDGE = re.compile(rf'^\s*{NODE}\s*-{{2,}}>\s*(?:\|"(.*?)"\|)?\s*{NODE}\s*$')
LONE = re.compile(rf"^\s*{NODE}\s*$")


def _words(label: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<br\s*/?>", " ", label)).strip()


def _tree(source: str):
    """The chart's nodes: their text, their (edge label, child) pairs, and its roots."""
    text: dict[str, str] = {}
    children: dict[str, list[tuple[str, str]]] = {}
    order: list[str] = []
    for line in source.splitlines()[1:]:
        m = EDGE.match(line)
        if m:
            a, a_text, label, b, b_text = m.groups()
            for node, t in ((a, a_text), (b, b_text)):
                if node not in order:
                    order.append(node)
                if t:
                    text[node] = _words(t)
            children.setdefault(a, []).append((_words(label or ""), b))
        elif (m := LONE.match(line)) and m[2]:
            if m[1] not in order:
                order.append(m[1])
            text[m[1]] = _words(m[2])
    targets = {b for kids in children.values() for _, b in kids}
    return text, children, [n for n in order if n not in targets]


def routes(source: str) -> list[str]:
    """Every path from the chart's first node to a leaf, as a sentence: question, answer, ..., page."""
    text, children, roots = _tree(source)
    out = []

    def walk(node: str, path: list[str]):
        if node not in children:
            out.append(" ".join(path) + f" Go to: {text.get(node, node)}.")
            return
        for label, child in children[node]:
            walk(child, [*path, f"{text.get(node, node)} {label}:"])

    for root in roots:
        walk(root, [])
    return out


CLICK = re.compile(r'^\s*click\s+(\w+)\s+(?:href\s+)?"([^"]+)"', re.MULTILINE)


def links(source: str) -> dict[str, str]:
    """node -> the page its `click NODE "url"` line links it to."""
    return dict(CLICK.findall(source))


def steps(source: str, name: str) -> str:
    """The chart as nested lists of links: each question in bold, its answers as items, each
    page a link. A phone shows only these, where the svg's labels would be too small to read."""
    text, children, roots = _tree(source)
    href = links(source)

    def answers(node: str) -> str:
        items = "".join(
            f"<li>{html.escape(label)}: {reached(child)}</li>"
            for label, child in children[node]
        )
        return f"<ul>{items}</ul>"

    def reached(node: str) -> str:
        t = html.escape(text.get(node, node))
        if node in children:
            return f"<strong>{t}</strong>{answers(node)}"
        return f'<a href="{html.escape(href[node])}">{t}</a>' if node in href else t

    questions = "\n".join(
        f"<p><strong>{html.escape(text.get(r, r))}</strong></p>{answers(r)}"
        for r in roots
        if r in children
    )
    return f'<div class="diagram-steps" id="{name}-steps">\n{questions}\n</div>\n'


# --- rendering -----------------------------------------------------------------------------------

RENDER_JS = """async ([id, source, css, font]) => {
  mermaid.initialize({
    startOnLoad: false, securityLevel: "strict", theme: "base", themeCSS: css,
    fontFamily: font, htmlLabels: false, flowchart: {htmlLabels: false, useMaxWidth: true},
  });
  const {svg} = await mermaid.render(id, source);
  return svg;
}"""


def render(sources: list[Path]) -> dict[Path, str]:
    from scripts import provision

    css = material_mermaid_css()
    out = {}
    with provision.browser() as browser:
        page = browser.new_page()
        page.set_content(
            f"<!doctype html><html><body style='font-family:{FONT}'></body></html>"
        )
        page.add_script_tag(path=str(MERMAID))
        for source in sources:
            svg = page.evaluate(
                RENDER_JS, [source.stem, source.read_text("utf-8"), css, FONT]
            )
            out[source] = finish(svg, source)
    return out


def finish(svg: str, source: Path) -> str:
    """One image for assistive technology, named and described, in a <div class="diagram">."""
    name = source.stem
    mmd = source.read_text("utf-8")
    title = re.search(r"^\s*%%\s*title:\s*(.+)$", mmd, re.MULTILINE)
    title = title[1].strip() if title else name.replace("-", " ").capitalize()
    desc = " ".join(routes(mmd))
    # mermaid's own aria-roledescription and role are replaced: the whole chart is one image.
    svg = re.sub(r'\s(?:role|aria-roledescription)="[^"]*"', "", svg, count=2)
    svg = svg.replace(
        "<svg ",
        f'<svg role="img" aria-labelledby="{name}-title" aria-describedby="{name}-desc" ',
        1,
    )
    head = svg.index(">") + 1
    svg = (
        svg[:head]
        + f'<title id="{name}-title">{html.escape(title)}</title>'
        + f'<desc id="{name}-desc">{html.escape(desc)}</desc>'
        + svg[head:]
    )
    # One text run per line, not one <tspan> per word: a third fewer elements, drawn the same.
    svg = re.sub(
        r'<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">'
        r"([^<]*)</tspan>",
        r"\1",
        svg,
    )
    # No links inside the picture: Material's instant navigation sets `href` on every link,
    # which an svg <a> refuses (a TypeError in the console), and crawlers skip `xlink:href`.
    # The steps above the svg carry the links; the nodes become plain groups.
    svg = re.sub(r'<a xlink:href="[^"]*"', "<g", svg).replace("</a>", "</g>")
    svg = re.sub(r'(class="[^"]*?) clickable\b', r"\1", svg)
    # No blank line: Markdown would end the raw HTML block there.
    svg = re.sub(r"\n\s*\n", "\n", svg)
    # The steps first: they are what a phone shows (extra.css hides the svg there), and on a
    # wide screen the chart follows as their picture.
    return steps(mmd, name) + f'<div class="diagram">\n{svg}\n</div>\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale pages")
    args = parser.parse_args()
    if args.check:
        bad = stale()
        for line in bad:
            print(f"stale: {line} (run python scripts/render_diagrams.py)")
        sys.exit(1 if bad else 0)
    found = blocks()
    sources = sorted(
        {ROOT / m["source"] for _, m in found if (ROOT / m["source"]).is_file()}
    )
    svgs = {s.relative_to(ROOT).as_posix(): svg for s, svg in render(sources).items()}
    for page in sorted({page for page, _ in found}):
        text = page.read_text("utf-8")

        def fill(m: re.Match) -> str:
            if m["source"] not in svgs:
                return m[0]
            d = digest(ROOT / m["source"])
            return (
                f"<!-- diagram: {m['source']} sha256:{d} -->\n"
                f"{svgs[m['source']]}<!-- end of diagram -->"
            )

        page.write_text(BLOCK.sub(fill, text), "utf-8")
        print(f"{page.relative_to(ROOT)}: {', '.join(sorted(svgs))}")
    for line in stale():
        print(f"left stale: {line}")


if __name__ == "__main__":
    main()
