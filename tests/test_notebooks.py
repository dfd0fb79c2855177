"""Notebooks: faithful to their pages, up to date, valid, and running clean in a fresh kernel.

    pytest -m notebooks -n auto          # this file, one kernel per core
    python -m scripts.notebooks          # regenerate after changing a page or a snippet

The generator is scripts/notebooks.py. What is expected here is read from the pages and the
snippet files directly, never from the generator, so a generator bug fails a test.
"""

import collections
import concurrent.futures
import gzip
import json
import re
import shutil
import textwrap
import urllib.parse

import nbformat
import pytest
from mkdocs.utils import get_relative_url
from nbformat import v4

from scripts import notebooks
from scripts.project import (
    DOCS,
    ROOT,
    SECTION_RE,
    all_backends_pages,
    config,
    difference,
    expected_lines,
    includes,
    keras2_pages,
    page_url,
    rel,
)

pytestmark = pytest.mark.notebooks

COMMITTED = sorted((DOCS / "notebooks").glob("**/*.ipynb"))
# page (or the tour's source) -> its notebook; notebooks.check() fails on a missing or orphan one
SOURCES = {page: notebooks.notebook_of(page) for page in notebooks.strategy_pages()} | {
    ROOT / notebooks.TOUR: DOCS / "notebooks" / "tour.ipynb"
}
# A page showing Keras 2 code has a notebook that runs only where tf_keras is installed:
# it runs with -m legacy, in the venv of requirements-legacy.txt.
KERAS2_NOTEBOOKS = [SOURCES[page] for page in keras2_pages() if page in SOURCES]
# A page that compares the backends has a notebook that needs JAX and PyTorch:
# tests/test_backends.py runs it, with -m backends.
BACKENDS_NOTEBOOKS = [SOURCES[page] for page in all_backends_pages() if page in SOURCES]


def test_notebooks_are_up_to_date():
    problems = notebooks.check()
    assert not problems, "\n".join(problems)


def _code_spans(markdown: str) -> collections.Counter:
    """The inline code spans outside fenced blocks, each as often as it occurs."""
    text = re.sub(r"(```|~~~).*?\1", "", markdown, flags=re.DOTALL)
    return collections.Counter(re.findall(r"(?<!`)`([^`\n]+)`(?!`)", text))


def _source(cell) -> str:
    return (
        cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
    )


@pytest.mark.parametrize(("page", "notebook"), SOURCES.items(), ids=lambda p: rel(p))
def test_notebook_shows_every_code_line_and_code_span_of_its_page(page, notebook):
    """Every line of every snippet the page includes (or of the section it includes) is in
    the code cells made from that file, in order, verbatim; every inline code span of the
    page's prose is in the notebook, verbatim."""
    cells = json.loads(notebook.read_text("utf-8"))["cells"]
    code = {}  # snippet path -> the lines of its code cells
    for cell in cells:
        if cell["cell_type"] == "code":
            path = cell["metadata"].get("source_file", "")
            code.setdefault(path, []).extend(_source(cell).splitlines())
    prose = "\n".join(_source(c) for c in cells if c["cell_type"] == "markdown")
    problems = []
    for number, path, section in includes(page):
        lines = (ROOT / path).read_text("utf-8").splitlines()
        if section:
            marks = [n for n, line in enumerate(lines) if f":{section}]" in line]
            lines = lines[marks[0] + 1 : marks[-1]]
        shown = iter(line.rstrip() for line in code.get(path, []))
        for (
            line
        ) in lines:  # `in` on an iterator: found in order, or the rest is consumed
            if (
                line.strip()
                and not SECTION_RE.search(line)
                and line.rstrip() not in shown
            ):
                problems.append(f"{rel(page)}:{number}: {path}: {line.strip()!r}")
                break
    missing = _code_spans(page.read_text("utf-8")) - _code_spans(prose)
    problems += [f"{rel(page)}: inline code `{span}`" for span in missing.elements()]
    assert not problems, f"{rel(notebook)} lacks or alters:\n" + "\n".join(problems)


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
    """Links to the site are absolute in a notebook; each must name a page, or a file the
    site serves from docs/ (such as docs/data/copy_cost.json), that exists."""
    text = "".join(c.source for c in nbformat.read(path, as_version=4).cells)
    pages = {page_url(p.relative_to(DOCS).as_posix()) for p in DOCS.rglob("*.md")}
    pages.add(page_url("notebooks/tour.ipynb"))
    pages |= {page_url(p.relative_to(DOCS).as_posix()) for p in DOCS.glob("data/*")}
    site = page_url("")
    links = re.findall(rf"\]\(({re.escape(site)}[^)#\s]*)", text)
    broken = sorted({link for link in links if link not in pages})
    assert not broken, f"{rel(path)}: links to no page: {broken}"


# Running: each notebook in a fresh python3 kernel (nbclient), one test each, so that
# `pytest -n auto` runs one kernel per core.

# In a kernel, TensorFlow logs to stdout ("WARNING:tensorflow:5 out of the last 7 calls ...
# triggered tf.function retracing"): log records, not printed output.
LOG_LINE_RE = re.compile(
    r"^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.]+:.*\n?", re.MULTILINE
)


# The cells that may display something besides printing: the seed article's code, run as
# published, whose model.summary() shows a table in a notebook, as the errata page says.
MAY_DISPLAY = {f"snippets/errata/article_example_{n}.py" for n in (1, 2, 3)}


def _stdout(outputs) -> str:
    return "".join(
        o.text for o in outputs if o.output_type == "stream" and o.name == "stdout"
    )


def execute(path, cwd, timeout=600) -> list[str]:
    """Run a notebook top to bottom, allow_errors off; one line per problem.

    A cell that raises stops the run and is named with its index and snippet. Every code
    cell's stdout must equal its `#>` lines exactly (the stored output is made from those
    lines: test_notebooks_are_up_to_date). Anything else it displays is a problem too. Runs in a thread of its own: Playwright's sync API (the browser tests)
    may hold an event loop on this worker's main thread.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": str(cwd)}},
    )

    def run():
        problems = []
        with client.setup_kernel():
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                where = f"{rel(path)}: cell {index} ({cell.metadata.get('source_file', '?')})"
                try:
                    client.execute_cell(cell, index)
                except CellExecutionError as e:
                    problems.append(f"{where} raised {e.ename}: {e.evalue}")
                    break
                printed = LOG_LINE_RE.sub("", _stdout(cell.outputs))
                promised = expected_lines(cell.source)
                if diff := difference(promised, printed, "its #> lines", "printed"):
                    problems.append(
                        f"{where} printed other lines than its #> lines:\n{diff}"
                    )
                shown = [
                    o.output_type for o in cell.outputs if o.output_type != "stream"
                ]
                allowed = cell.metadata.get("source_file") in MAY_DISPLAY
                if shown and not allowed:
                    problems.append(
                        f"{where} displayed {', '.join(shown)}: print instead"
                    )
                elif allowed and not shown:
                    problems.append(f"{where} is in MAY_DISPLAY but displays nothing")
        return problems

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(run).result()


def test_the_keras2_and_backends_pages_have_notebooks():
    assert KERAS2_NOTEBOOKS, "no notebook of a page that shows snippets/keras2/ code"
    assert BACKENDS_NOTEBOOKS, "no notebook of a page that shows snippets/backends/"


# Notebooks of pages that show Keras 2 code run where tf_keras is (-m legacy); those that
# show snippets/backends/ where JAX and PyTorch are (-m backends).
WHERE = {
    **{nb: pytest.mark.legacy for nb in KERAS2_NOTEBOOKS},
    **{nb: pytest.mark.backends for nb in BACKENDS_NOTEBOOKS},
}


@pytest.mark.parametrize(
    "path",
    [pytest.param(nb, marks=WHERE.get(nb, ())) for nb in COMMITTED],
    ids=rel,
)
def test_notebook_runs_and_prints_its_outputs(path, tmp_path):
    problems = execute(path, tmp_path)
    assert not problems, "\n".join(problems)


# Bad input: the failures name what to fix.


def _write(tmp_path, *cells):
    nb = v4.new_notebook(metadata={"kernelspec": notebooks.KERNELSPEC})
    for n, (source, stored) in enumerate(cells):
        outputs = (
            [v4.new_output("stream", name="stdout", text=stored)] if stored else []
        )
        nb.cells.append(
            v4.new_code_cell(
                source,
                id=f"c{n}",
                outputs=outputs,
                metadata={"source_file": f"snippets/t/{n}.py"},
            )
        )
    path = tmp_path / "t.ipynb"
    path.write_text(notebooks.dumps(nb), "utf-8")
    return path


def test_a_raising_cell_is_named(tmp_path):
    path = _write(
        tmp_path, ('print("ok")\n#> ok', "ok\n"), ('raise ValueError("boom")', "")
    )
    assert execute(path, tmp_path, 60) == [
        f"{path}: cell 1 (snippets/t/1.py) raised ValueError: boom"
    ]


def test_a_wrong_output_is_named(tmp_path):
    path = _write(tmp_path, ('print("[1, 2]")\n#> [12]', "[12]\n"))
    [problem] = execute(path, tmp_path, 60)
    assert problem.startswith(
        f"{path}: cell 0 (snippets/t/0.py) printed other lines than its #> lines"
    )
    assert "-[12]" in problem and "+[1, 2]" in problem


@pytest.fixture
def project(tmp_path):
    """A throwaway project: this mkdocs.yml and theme, an empty docs/, a one-line tour."""
    for name in ("mkdocs.yml", "requirements.txt"):
        shutil.copy(ROOT / name, tmp_path)
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    (tmp_path / "docs").mkdir()
    (tmp_path / "snippets" / "t").mkdir(parents=True)
    (tmp_path / notebooks.TOUR).parent.mkdir(parents=True)
    (tmp_path / notebooks.TOUR).write_text("# Tour\n")
    return tmp_path


def test_a_stale_notebook_names_notebook_and_snippet(project):
    snippet = project / "snippets" / "t" / "shows.py"
    snippet.write_text('print("one")\n#> one\n')
    (project / "docs" / "page.md").write_text(
        '# A page\n\n```python title="snippets/t/shows.py"\n--8<-- "snippets/t/shows.py"\n```\n'
    )
    assert notebooks.check(project)[0].startswith("missing: docs/notebooks/page.ipynb")
    notebooks.write(project)
    assert notebooks.check(project) == []

    snippet.write_text('print("two")\n#> two\n')
    stale = "stale: docs/notebooks/page.ipynb from snippets/t/shows.py (cell 1)"
    assert notebooks.check(project) == [f"{stale}; run {notebooks.COMMAND}"]
    orphan = project / "docs" / "notebooks" / "gone.ipynb"
    orphan.write_text("{}")
    assert any(
        p.startswith("orphan: docs/notebooks/gone.ipynb")
        for p in notebooks.check(project)
    )
    notebooks.write(project)
    assert notebooks.check(project) == [] and not orphan.exists()
    cell = json.loads((project / "docs/notebooks/page.ipynb").read_text())["cells"][1]
    assert cell["outputs"][0]["text"] == ["two\n"]


# On the built site (no browser needed here).

PAGE_WEIGHT_LIMIT = 450 * 1024


def _page_dir(doc: str) -> str:
    """docs path -> built page folder ("new-instances.md" -> "new-instances/")."""
    return page_url(doc)[len(page_url("")) :]


def colab_url(notebook: str) -> str:
    """Colab opens docs/<notebook> from repo_url's repository, on edit_uri's branch."""
    repo = urllib.parse.urlsplit(config()["repo_url"]).path.strip("/")
    branch = config()["edit_uri"].split("/")[1]  # "edit/main/docs/"
    return (
        f"https://colab.research.google.com/github/{repo}/blob/{branch}/docs/{notebook}"
    )


def test_strategy_pages_link_their_notebook_and_colab(built_site):
    problems = []
    for page, nb in SOURCES.items():
        if not page.is_relative_to(DOCS):
            continue  # the tour: its own test below
        doc = rel(page)[len("docs/") :]
        html = (built_site / _page_dir(doc) / "index.html").read_text("utf-8")
        notebook = rel(nb)[len("docs/") :]
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
        if f'href="{colab_url(notebook)}"' not in links[1]:
            problems.append(
                f"{rel(page)}: no Open in Colab link to {colab_url(notebook)}"
            )
    assert not problems, "\n".join(problems)


def test_tour_page_renders_with_outputs_and_fits_the_site(built_site):
    page = built_site / "notebooks" / "tour" / "index.html"
    html = page.read_text("utf-8")
    tour = nbformat.read(DOCS / "notebooks" / "tour.ipynb", as_version=4)
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
    # (level 6): the HTML, every stylesheet and script, the search worker and
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


def test_mkdocs_syntax_is_flattened_and_sections_keep_the_file_whole(project):
    """Admonitions, tabs, attribute lists, relative links; a file shown by sections goes in
    whole at its first include; a ```python block that includes nothing stays Markdown."""
    (project / "snippets" / "t" / "two.py").write_text(
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
            """)
    )
    page = project / "docs" / "page.md"
    page.write_text(
        textwrap.dedent("""\
            # A page

            See [the errata](errata.md#example-1) and [home](index.md){ .md-button },
            `name=f"dense_{i}"` stays.

            === "First"

                ```python title="snippets/t/two.py"
                --8<-- "snippets/t/two.py:first"
                ```

            !!! warning "Careful"
                Then the second part:

                ```python
                --8<-- "snippets/t/two.py:second"
                ```

            ```python
            not_run = True
            ```
            """)
    )
    nb = notebooks.page_notebook(page, project)
    cells = [(c.cell_type, c.source) for c in nb.cells]
    url = page_url("", project)
    assert cells[0][0] == "markdown" and cells[0][1].startswith(
        "# A page\n\n*This notebook"
    )
    assert f"[the errata]({url}errata/#example-1) and [home]({url})," in cells[0][1]
    assert '`name=f"dense_{i}"` stays.' in cells[0][1]
    assert cells[0][1].endswith("**First**")
    assert cells[1] == (
        "code",
        "# snippets/t/two.py\nimport math\n\nprint(math.floor(1.5))\n#> 1\nx = 2\nprint(x)\n#> 2",
    )
    assert cells[2] == (
        "markdown",
        "> **Careful**\n>\n> Then the second part:\n\n```python\nnot_run = True\n```",
    )
    assert len(cells) == 3 and nb.cells[1].outputs[0].text == "1\n2\n"
