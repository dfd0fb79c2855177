"""Notebooks: up to date with their pages and snippets, valid, and running clean in a kernel.

    pytest -m notebooks                # this file only
    python -m scripts.notebooks          # regenerate after changing a page or a snippet

The generator is tests/notebooks.py; this file only checks what it made.
"""

import gzip
import json
import os
import re
import shutil
import textwrap

import nbformat
import pytest
from mkdocs.utils import get_relative_url

from scripts import notebooks
from scripts.project import DOCS, ROOT, rel

pytestmark = [
    pytest.mark.notebooks,
    pytest.mark.xdist_group("notebooks"),
]  # one worker runs the kernels

EXPECTED = sorted(notebooks.expected())
COMMITTED = sorted((DOCS / notebooks.NOTEBOOK_DIR).glob("**/*.ipynb"))


def test_notebooks_are_up_to_date():
    problems = notebooks.check()
    assert not problems, "\n".join(problems)


def test_every_strategy_page_has_a_notebook_and_there_is_a_tour():
    want = {notebooks.notebook_of(page) for page in notebooks.strategy_pages()}
    assert want, "no strategy page found"
    assert want | {DOCS / notebooks.NOTEBOOK_DIR / "tour.ipynb"} == set(EXPECTED)


@pytest.mark.parametrize("path", COMMITTED, ids=rel)
def test_notebook_is_valid_and_clean(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"] == notebooks.KERNELSPEC
    counts = [cell.execution_count for cell in nb.cells if cell.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1)), (
        f"{rel(path)}: execution counts {counts}"
    )
    for n, cell in enumerate(nb.cells):
        assert not cell.metadata.keys() - {"source_file"}, (
            f"{rel(path)}: cell {n} metadata"
        )
        for output in cell.get("outputs", []):
            assert output.output_type == "stream" and output.name == "stdout", (
                f"{rel(path)}: cell {n} stores a {output.output_type} output"
            )


@pytest.mark.parametrize("path", COMMITTED, ids=rel)
def test_notebook_links_reach_pages(path):
    """Links to the site are absolute in a notebook; each must name a page that exists."""
    site = notebooks.site()
    text = "".join(c.source for c in nbformat.read(path, as_version=4).cells)
    pages = {
        notebooks.page_url(rel(p)[len("docs/") :], site) for p in DOCS.rglob("*.md")
    }
    pages.add(notebooks.page_url(f"{notebooks.NOTEBOOK_DIR}/tour/", site))
    links = re.findall(rf"\]\(({re.escape(site.url)}[^)#\s]*)", text)
    broken = sorted({link for link in links if link not in pages})
    assert not broken, f"{rel(path)}: links to no page: {broken}"


@pytest.fixture(scope="module")
def executed(request, tmp_path_factory):
    """Every selected notebook, run once: one fresh kernel each, a few kernels at a time."""
    paths = [
        item.callspec.params["path"]
        for item in request.session.items
        if item.originalname == "test_notebook_runs_and_prints_its_outputs"
    ]
    paths = [path for path in dict.fromkeys(paths) if path.exists()]
    jobs = max(1, min(4, (os.cpu_count() or 1)))  # a TensorFlow kernel takes ~0.5 GB
    return notebooks.execute_all(paths, tmp_path_factory.mktemp("notebooks"), jobs)


@pytest.mark.parametrize("path", EXPECTED, ids=rel)
def test_notebook_runs_and_prints_its_outputs(path, executed):
    """Top to bottom, allow_errors off; stdout equal to the `#>` lines."""
    if not path.exists():
        pytest.fail(f"{rel(path)} is missing; run {notebooks.COMMAND}")
    problems = executed[path]
    assert not problems, "\n".join(problems)


# Bad input: the failures name what to fix.


def test_a_raising_cell_is_named(tmp_path):
    nb = notebooks._notebook(
        [
            ("markdown", "# Broken", "docs/broken.md"),
            ("code", 'print("ok")\n#> ok', "snippets/t/fine.py"),
            ("code", 'raise ValueError("boom")', "snippets/t/raises.py"),
        ]
    )
    path = tmp_path / "broken.ipynb"
    path.write_text(notebooks.dumps(nb), "utf-8")
    problems = notebooks.execute(path, cwd=tmp_path, timeout=60)
    assert problems == [
        f"{path}: cell 2 (snippets/t/raises.py) raised ValueError: boom"
    ]


def test_a_wrong_output_is_named(tmp_path):
    nb = notebooks._notebook(
        [("code", 'print("real")\n#> promised', "snippets/t/x.py")]
    )
    path = tmp_path / "wrong.ipynb"
    path.write_text(notebooks.dumps(nb), "utf-8")
    [problem] = notebooks.execute(path, cwd=tmp_path, timeout=60)
    assert problem.startswith(f"{path}: cell 0 (snippets/t/x.py) printed other lines")
    assert "promised" in problem and "real" in problem


def test_a_stale_notebook_names_notebook_and_snippet(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "snippets" / "t").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    shutil.copy(ROOT / "requirements.txt", tmp_path)
    for part in notebooks.TOUR:  # the tour is always made, from these
        if part.startswith("snippets/"):
            (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / part, tmp_path / part)
    snippet = tmp_path / "snippets" / "t" / "shows.py"
    snippet.write_text('print("one")\n#> one\n')
    (tmp_path / "docs" / "page.md").write_text(
        textwrap.dedent("""\
            # A page

            ```python title="snippets/t/shows.py"
            --8<-- "snippets/t/shows.py"
            ```
            """)
    )
    assert notebooks.check(tmp_path)[0].startswith("missing: docs/notebooks/page.ipynb")
    notebooks.write(tmp_path)
    assert notebooks.check(tmp_path) == []

    snippet.write_text('print("two")\n#> two\n')
    stale = "stale: docs/notebooks/page.ipynb from snippets/t/shows.py (cell 1)"
    assert notebooks.check(tmp_path) == [f"{stale}; run {notebooks.COMMAND}"]
    orphan = tmp_path / "docs" / "notebooks" / "gone.ipynb"
    orphan.write_text("{}")
    assert any(
        p.startswith("orphan: docs/notebooks/gone.ipynb")
        for p in notebooks.check(tmp_path)
    )
    notebooks.write(tmp_path)
    assert notebooks.check(tmp_path) == [] and not orphan.exists()
    cell = json.loads((tmp_path / "docs/notebooks/page.ipynb").read_text())["cells"][1]
    assert cell["outputs"][0]["text"] == ["two\n"]


# On the built site (no browser needed here).

PAGE_WEIGHT_LIMIT = 450 * 1024


def _page_dir(doc: str) -> str:
    """docs path -> built page folder ("new-instances.md" -> "new-instances/")."""
    return notebooks.page_url(doc, notebooks.site())[len(notebooks.site().url) :]


def test_strategy_pages_link_their_notebook_and_colab(built_site):
    site = notebooks.site()
    problems = []
    for page in notebooks.strategy_pages():
        doc = rel(page)[len("docs/") :]
        html = (built_site / _page_dir(doc) / "index.html").read_text("utf-8")
        notebook = rel(notebooks.notebook_of(page))[len("docs/") :]
        links = re.search(r'<p class="notebook-links">(.*?)</p>', html)
        if not links:
            problems.append(f"{rel(page)}: no notebook links under the title")
            continue
        download = re.search(r'href="([^"]+\.ipynb)"[^>]*>Download notebook', links[1])
        target = (
            (built_site / _page_dir(doc) / download[1]).resolve() if download else None
        )
        if (
            not target
            or target != (built_site / notebook).resolve()
            or not target.is_file()
        ):
            problems.append(f"{rel(page)}: the download link does not reach {notebook}")
        if f'href="{notebooks.colab_url(notebook, site)}"' not in links[1]:
            problems.append(
                f"{rel(page)}: no Open in Colab link to {notebooks.colab_url(notebook, site)}"
            )
    assert not problems, "\n".join(problems)


def test_tour_page_renders_with_outputs_and_fits_the_site(built_site):
    page = built_site / "notebooks" / "tour" / "index.html"
    html = page.read_text("utf-8")
    tour = nbformat.read(DOCS / notebooks.NOTEBOOK_DIR / "tour.ipynb", as_version=4)
    outputs = [o.text for c in tour.cells for o in c.get("outputs", [])]
    assert outputs and all(o.strip() in html for o in outputs), (
        "the tour's outputs are not on its page"
    )
    assert (page.parent / "tour.ipynb").read_bytes() == (
        DOCS / "notebooks" / "tour.ipynb"
    ).read_bytes()
    assert 'href="tour.ipynb" download' in html and "colab.research.google.com" in html
    # No inline JupyterLab CSS, no script from elsewhere (MathJax, require.js, mermaid).
    assert "<style" not in html
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.DOTALL)
    sources = re.findall(r'<script\b[^>]*\bsrc="([^"]*)"', html)
    assert all(src and not re.match(r"(https?:)?//", src) for src in sources), sources
    assert not any(
        re.search(r"mathjax|mermaid|require\.js", s, re.IGNORECASE) for s in scripts
    )
    # Page weight: what loading the page transfers, gzipped as GitHub Pages serves it
    # (tests/serve_site.py): the HTML, every stylesheet and script, the search worker and
    # the search index it fetches at once. Raw sizes are in the message.
    loaded = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) + sources
    loaded += re.findall(r'"search":\s*"([^"]+)"', html)
    loaded.append(get_relative_url("search/search_index.json", "notebooks/tour/"))
    files = [page] + [(page.parent / href).resolve() for href in loaded]
    sizes = {
        f.name: (f.stat().st_size, len(gzip.compress(f.read_bytes(), 6))) for f in files
    }
    transferred = sum(gz for _, gz in sizes.values())
    assert transferred <= PAGE_WEIGHT_LIMIT, (
        f"the tour page transfers {transferred / 1024:.0f} KiB (raw, gzipped): {sizes}"
    )
    css = built_site / "assets" / "stylesheets" / "notebooks.css"
    assert css in files and css.stat().st_size < 64 * 1024, (
        "the shared notebook CSS is not trimmed"
    )


def test_mkdocs_syntax_is_flattened_and_sections_keep_the_file_whole(tmp_path):
    """Admonitions, tabs, attribute lists, relative links; a file shown by sections in order is
    split at them, and every cell's stored output is its own `#>` lines."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "snippets" / "t").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    shutil.copy(ROOT / "requirements.txt", tmp_path)
    (tmp_path / "snippets" / "t" / "two.py").write_text(
        textwrap.dedent("""\
            import math

            # --8<-- [start:first]
            print(math.floor(1.5))
            #> 1
            # --8<-- [end:first]
            x = 2
            # --8<-- [start:second]
            print(x)
            #> 2
            # --8<-- [end:second]
            print("tail")
            #> tail
            """)
    )
    page = tmp_path / "docs" / "page.md"
    page.write_text(
        textwrap.dedent("""\
            # A page

            See [the errata](errata.md#example-1) and [home](index.md){ .md-button }.

            === "First"

                ```python title="snippets/t/two.py"
                --8<-- "snippets/t/two.py:first"
                ```

            !!! warning "Careful"
                Then the second part:

                ```python
                --8<-- "snippets/t/two.py:second"
                ```
            """)
    )
    nb = notebooks.page_notebook(page, tmp_path)
    cells = [(c.cell_type, c.source) for c in nb.cells]
    url = notebooks.site().url
    assert cells[0][0] == "markdown" and cells[0][1].startswith(
        "# A page\n\n*This notebook"
    )
    assert f"[the errata]({url}errata/#example-1) and [home]({url})." in cells[0][1]
    assert cells[0][1].endswith("**First**")
    assert cells[1] == (
        "code",
        "# snippets/t/two.py\nimport math\n\nprint(math.floor(1.5))\n#> 1",
    )
    assert cells[2] == ("markdown", "> **Careful**\n>\n> Then the second part:")
    assert cells[3] == (
        "code",
        '# snippets/t/two.py\nx = 2\nprint(x)\n#> 2\nprint("tail")\n#> tail',
    )
    assert [o.text for o in nb.cells[3].outputs] == ["2\ntail\n"]
