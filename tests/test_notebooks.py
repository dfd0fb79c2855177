"""Notebooks (made by scripts/notebooks.py): faithful to their pages, up to date, and running
clean in a fresh kernel (`pytest -m notebooks -n auto`: one kernel per core). Expectations are
read from the pages and snippets, never from the generator, so a generator bug fails a test.
"""

import collections
import concurrent.futures
import json
import re
import shutil
import textwrap
import urllib.parse

import nbformat
import pytest
from nbformat import v4

from scripts import notebooks
from scripts.project import (
    ALL_BACKENDS,
    DOCS,
    FENCE_TITLE_RE,
    KERAS2,
    ROOT,
    SECTION_RE,
    config,
    difference,
    expected_lines,
    includes,
    page_url,
    pages_showing,
    rel,
)
from tests.test_wiring import CODE_SPAN, FENCE  # as Markdown reads them

pytestmark = pytest.mark.notebooks

COMMITTED = sorted((DOCS / "notebooks").glob("**/*.ipynb"))
# page (or the tour's source) -> its notebook; notebooks.check() fails on a missing or orphan one
SOURCES = {page: notebooks.notebook_of(page) for page in notebooks.strategy_pages()} | {
    ROOT / notebooks.TOUR: DOCS / "notebooks" / "tour.ipynb"
}
# Notebooks of pages that show Keras 2 code run where tf_keras is (-m legacy, the venv of
# requirements-legacy.txt); those of pages comparing the backends where JAX and PyTorch are
# (-m backends). Key None: an overview page, which has no notebook.
WHERE = {SOURCES.get(p): pytest.mark.legacy for p in pages_showing(KERAS2)}
WHERE |= {SOURCES.get(p): pytest.mark.backends for p in pages_showing(ALL_BACKENDS)}
RUNS = [pytest.param(nb, marks=WHERE.get(nb, ())) for nb in COMMITTED]


def test_notebooks_are_up_to_date():
    assert not (problems := notebooks.check()), "\n".join(problems)


def _code_spans(markdown: str) -> collections.Counter:
    """The inline code spans outside fenced blocks and front matter, each as often as found."""
    text = FENCE.sub("", re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.DOTALL))
    return collections.Counter(" ".join(m[2].split()) for m in CODE_SPAN.finditer(text))


@pytest.mark.parametrize(("page", "notebook"), SOURCES.items(), ids=lambda p: rel(p))
def test_notebook_shows_every_code_line_and_code_span_of_its_page(page, notebook):
    """Every line of every snippet the page includes (or of the section it includes) is in
    the code cells made from that file, in order, verbatim; every inline code span of the
    page's prose is in the notebook, verbatim."""
    cells = nbformat.read(notebook, as_version=4).cells
    code = {}  # snippet path -> the lines of its code cells
    for cell in cells:
        if cell.cell_type == "code":
            path = cell.metadata.get("source_file", "")
            code.setdefault(path, []).extend(cell.source.splitlines())
    prose = "\n".join(c.source for c in cells if c.cell_type == "markdown")
    problems = []
    for number, path, section in includes(page):
        lines = (ROOT / path).read_text("utf-8").splitlines()
        if section:
            marks = [n for n, line in enumerate(lines) if f":{section}]" in line]
            lines = lines[marks[0] + 1 : marks[-1]]
        # `in` on an iterator: each line found after the one before, or the rest is consumed
        shown = iter(line.rstrip() for line in code.get(path, []))
        for line in [s for s in lines if s.strip() and not SECTION_RE.search(s)]:
            if line.rstrip() not in shown:
                problems.append(f"{rel(page)}:{number}: {path}: {line.strip()!r}")
                break
    missing = _code_spans(page.read_text("utf-8")) - _code_spans(prose)
    problems += [f"{rel(page)}: inline code `{span}`" for span in missing.elements()]
    assert not problems, f"{rel(notebook)} lacks or alters:\n" + "\n".join(problems)


# In a kernel, TensorFlow logs to stdout ("WARNING:tensorflow:5 out of the last 7 calls ...
# triggered tf.function retracing"): log records, not printed output.
LOG_LINE_RE = re.compile(
    r"^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.]+:.*\n?", re.MULTILINE
)


# The cells that may display something besides printing: the seed article's code, run as
# published, whose model.summary() shows a table in a notebook, as the errata page says.
MAY_DISPLAY = {f"snippets/errata/article_example_{n}.py" for n in (1, 2, 3)}


def execute(path, cwd, timeout=600) -> list[str]:
    """One line per problem: a raising cell (which stops the run), a cell whose stdout is
    not its `#>` lines, a display. In a thread of its own: Playwright's sync API (the
    browser tests) may hold an event loop on this worker's main thread."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", allow_errors=False,
                            record_timing=False, resources={"metadata": {"path": str(cwd)}},
                            )  # fmt: skip

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
                stdout = [o.text for o in cell.outputs if o.get("name") == "stdout"]
                printed = LOG_LINE_RE.sub("", "".join(stdout))
                promised = expected_lines(cell.source.replace("%pip", "pass  # %pip"))
                if diff := difference(promised, printed, "its #> lines", "printed"):
                    problems += [
                        f"{where} printed other lines than its #> lines:\n{diff}"
                    ]
                shown = [
                    o.output_type for o in cell.outputs if o.output_type != "stream"
                ]
                allowed = cell.metadata.get("source_file") in MAY_DISPLAY
                if shown and not allowed:
                    problems += [f"{where} displayed {', '.join(shown)}: print instead"]
                elif allowed and not shown:
                    problems.append(f"{where} is in MAY_DISPLAY but displays nothing")
        return problems

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(run).result()


@pytest.mark.parametrize("path", RUNS, ids=rel)
def test_notebook_runs_and_prints_its_outputs(path, tmp_path):
    problems = execute(path, tmp_path)
    assert not problems, "\n".join(problems)


def test_a_wrong_output_and_a_raising_cell_are_named(tmp_path):
    nb = v4.new_notebook(metadata={"kernelspec": notebooks.KERNELSPEC})
    for n, code in enumerate(['print("[1, 2]")\n#> [12]', 'raise ValueError("boom")']):
        meta = {"source_file": f"snippets/t/{n}.py"}
        nb.cells.append(v4.new_code_cell(code, id=f"c{n}", metadata=meta))
    path = tmp_path / "t.ipynb"
    nbformat.write(nb, path)
    wrong, raised = execute(path, tmp_path, 60)
    assert wrong.startswith(
        f"{path}: cell 0 (snippets/t/0.py) printed other lines than its #> lines"
    )
    assert "-[12]" in wrong and "+[1, 2]" in wrong
    assert raised == f"{path}: cell 1 (snippets/t/1.py) raised ValueError: boom"


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


def test_a_missing_stale_or_orphan_notebook_is_named_and_rewritten(project):
    snippet = project / "snippets" / "t" / "shows.py"
    snippet.write_text('print("one")\n#> one\n')
    (project / "docs" / "page.md").write_text(
        '# A page\n\n```python title="snippets/t/shows.py"\n--8<-- "snippets/t/shows.py"\n```\n'
    )
    assert notebooks.check(project)[0].startswith("missing: docs/notebooks/page.ipynb")
    notebooks.write(project)
    assert notebooks.check(project) == []

    snippet.write_text('print("two")\n#> two\n')
    stale = f"stale: docs/notebooks/page.ipynb; run {notebooks.COMMAND}"
    assert notebooks.check(project) == [stale]
    orphan = project / "docs" / "notebooks" / "gone.ipynb"
    orphan.write_text("{}")
    orphaned = "orphan: docs/notebooks/gone.ipynb"
    assert any(p.startswith(orphaned) for p in notebooks.check(project))
    notebooks.write(project)
    assert notebooks.check(project) == [] and not orphan.exists()
    cell = json.loads((project / "docs/notebooks/page.ipynb").read_text())["cells"][2]
    assert cell["outputs"][0]["text"] == ["two\n"]


def test_pages_link_their_notebook_and_colab(built_site):
    """Strategy pages and the tour link their committed notebook and its Colab URL."""
    # Colab opens docs/<notebook> from repo_url's repository, on edit_uri's branch.
    repo = urllib.parse.urlsplit(config()["repo_url"]).path.strip("/")
    branch = config()["edit_uri"].split("/")[1]  # "edit/main/docs/"
    problems = []
    for page, nb in SOURCES.items():
        notebook = rel(nb)[len("docs/") :]
        colab = f"https://colab.research.google.com/github/{repo}/blob/{branch}/docs/{notebook}"
        doc = rel(page)[len("docs/") :] if page.is_relative_to(DOCS) else notebook
        folder = built_site / page_url(doc)[len(page_url("")) :]
        html = (folder / "index.html").read_text("utf-8")
        links = re.search(r'<p class="notebook-links">(.*?)</p>', html)
        if not links:
            problems.append(f"{rel(page)}: no notebook links under the title")
            continue
        name = notebook.split("/")[-1]  # download="x.ipynb" on every page
        download = re.search(f'download="{name}" href="(.+?)">Download', links[1])
        target = folder / download[1] if download else folder
        if not target.is_file() or target.read_bytes() != nb.read_bytes():
            problems.append(f"{rel(page)}: the download link does not give {notebook}")
        if f'href="{colab}"' not in links[1]:
            problems.append(f"{rel(page)}: no Open in Colab link to {colab}")
    assert not problems, "\n".join(problems)


def test_the_tour_shows_its_cells_as_the_site_shows_snippets(built_site):
    """Each code cell of the tour is a code block titled with its snippet, followed by the
    snippet's backend line, as on every page; none of mkdocs-jupyter's inline CSS."""
    html = (built_site / "notebooks" / "tour" / "index.html").read_text("utf-8")
    tour = nbformat.read(DOCS / "notebooks" / "tour.ipynb", as_version=4)
    cells = [c.metadata["source_file"] for c in tour.cells[2:] if c.cell_type == "code"]
    blocks = [
        (m["path"], html.startswith('<p class="backend-line">', m.end()))
        for m in FENCE_TITLE_RE.finditer(html)
    ]
    assert blocks == [(path, True) for path in cells]
    assert "<style" not in html


def test_mkdocs_syntax_is_flattened_and_sections_keep_the_file_whole(project):
    """Admonitions, tabs, attribute lists, relative links (one wrapped); a file shown by sections goes in
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

            See [the errata](errata.md#example-1), [the wrapped
            data](data/x.json) and [home](index.md){ .md-button }, `name=f"dense_{i}"` stays.

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
    (project / "requirements.txt").write_text("tensorflow==9.1.2\nkeras==8.3.4\n")
    nb = notebooks.page_notebook(page, project)
    cells = [(c.cell_type, c.source) for c in nb.cells]
    url = page_url("", project)
    assert cells[0][0] == "markdown" and cells[0][1].startswith("# A page\n\n*This")
    install = cells.pop(1)[1]  # runs %pip in Colab only: the tests run each notebook
    assert install.startswith('import sys\n\nif "google.colab" in sys.modules:  # Colab') and \
        install.endswith("\n    %pip install -q tensorflow==9.1.2 keras==8.3.4")  # fmt: skip
    _, md = cells.pop(1)
    assert f"[the errata]({url}errata/#example-1), [the wrapped\ndata]({url}data/x" in md
    assert f'[home]({url}), `name=f"dense_{{i}}"` stays.' in md
    assert md.endswith("**First**")
    assert cells[1] == (
        "code",
        "# snippets/t/two.py\nimport math\n\nprint(math.floor(1.5))\n#> 1\nx = 2\nprint(x)\n#> 2",
    )
    assert cells[2] == (
        "markdown",
        "> **Careful**\n>\n> Then the second part:\n\n```python\nnot_run = True\n```",
    )
    code = nb.cells[3]
    assert len(cells) == 3 and code.metadata == {"source_file": "snippets/t/two.py"}
    assert code.execution_count == 1
    assert code.outputs == [v4.new_output("stream", name="stdout", text="1\n2\n")]
