"""Every snippet on TensorFlow, JAX and PyTorch: docs/data/backends.json is true and explained.

    pytest -m backends    # re-run every cell (venv of requirements-backends.txt), ~10 min on 2 cores
    pytest                # the rest: the file covers every snippet, n/a is declared, every
                          # difference is explained on docs/backends.md, the built pages show it

The file is written by `python -m scripts.backend_matrix` (see there for what a cell is).
"""

from __future__ import annotations

import html
import importlib.util
import json
import re

import pytest
from test_notebooks import BACKENDS_NOTEBOOKS, execute

from scripts.backend_matrix import DATA, MATRIX_SNIPPETS, RESULTS, cell, load
from scripts.project import BACKENDS, ROOT, not_applicable, rel

REGENERATE = "python -m scripts.backend_matrix"


def hook():
    spec = importlib.util.spec_from_file_location(
        "backends_hook", ROOT / "overrides" / "hooks" / "backends.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def data() -> dict:
    assert DATA.exists(), f"{rel(DATA)} is missing: run `{REGENERATE}`"
    return load()


# ------------------------------------------------------------------ re-run every cell


@pytest.mark.backends
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("path", MATRIX_SNIPPETS, ids=rel)
def test_cell_is_as_recorded(path, backend, data):
    recorded = data["snippets"].get(rel(path), {}).get(backend)
    now = cell(path, backend)
    if recorded != now:
        pytest.fail(
            f"{rel(DATA)} is stale for {rel(path)} on {backend}:\n"
            f"  recorded: {json.dumps(recorded, ensure_ascii=False)}\n"
            f"  a run:    {json.dumps(now, ensure_ascii=False)}\n"
            f"Regenerate it with `{REGENERATE} {rel(path)}`, then read `git diff {rel(DATA)}`.",
            pytrace=False,
        )


@pytest.mark.backends
@pytest.mark.parametrize("path", BACKENDS_NOTEBOOKS, ids=rel)
def test_backends_notebook_runs_and_prints_its_outputs(path, tmp_path):
    problems = execute(path, tmp_path)
    assert not problems, "\n".join(problems)


def test_the_backends_page_has_a_notebook_run_here():
    assert BACKENDS_NOTEBOOKS, "no notebook of a page that shows snippets/backends/"


@pytest.mark.backends
def test_versions_are_the_installed_ones(data):
    from scripts.backend_matrix import versions

    assert data["versions"] == versions(), f"re-run `{REGENERATE}` after an upgrade"


# ------------------------------------------------------------------ the file itself


def test_the_file_covers_every_snippet_on_every_backend(data):
    names = {rel(p) for p in MATRIX_SNIPPETS}
    missing = sorted(names - data["snippets"].keys())
    orphans = sorted(data["snippets"].keys() - names)
    assert not missing, f"not in {rel(DATA)}: {missing}; run `{REGENERATE} <path>`"
    assert not orphans, f"in {rel(DATA)} but no longer snippets: {orphans}"
    for name, cells in data["snippets"].items():
        assert set(cells) == set(BACKENDS), name
        for backend, c in cells.items():
            assert c["result"] in RESULTS, (name, backend, c)


def test_the_counts_add_up(data):
    for backend in BACKENDS:
        counted = {r: 0 for r in RESULTS}
        for cells in data["snippets"].values():
            counted[cells[backend]["result"]] += 1
        assert data["counts"][backend] == counted, backend


def test_the_pinned_versions_are_the_matrix_versions(data):
    pins = hook().pins(ROOT)
    for name, version in data["versions"].items():
        assert version.split("+")[0] == pins[name], (
            f"{rel(DATA)} was made with {name} {version}, the requirements pin "
            f"{pins[name]}: re-run `{REGENERATE}` in the venv of requirements-backends.txt"
        )


@pytest.mark.parametrize("path", MATRIX_SNIPPETS, ids=rel)
def test_not_applicable_only_where_the_snippet_says_so(path, data):
    declared = not_applicable(path)
    for backend, c in data["snippets"][rel(path)].items():
        if backend in declared:
            assert c == {"result": "n/a", "why": declared[backend]}, (
                rel(path),
                backend,
            )
        else:
            assert c["result"] != "n/a", (
                f"{rel(path)} is n/a on {backend} in {rel(DATA)} but declares nothing"
            )


def test_tensorflow_prints_what_the_page_shows(data):
    """The #> lines are TensorFlow's: anything else there is a broken snippet."""
    bad = {
        name: cells["tensorflow"]
        for name, cells in data["snippets"].items()
        if cells["tensorflow"]["result"] != "same"
    }
    assert not bad


def test_every_difference_is_explained_on_the_backends_page(data):
    anchors = hook().explained(ROOT)
    different = {
        (backend, name)
        for name, cells in data["snippets"].items()
        for backend, c in cells.items()
        if c["result"] in ("differs", "error")
    }
    unexplained = sorted(different - anchors.keys())
    stale = sorted(anchors.keys() - different)
    assert not unexplained, f"docs/backends.md explains none of: {unexplained}"
    assert not stale, f"docs/backends.md explains cells that are the same now: {stale}"


def test_an_unexplained_difference_fails_the_build(tmp_path):
    (tmp_path / "docs" / "data").mkdir(parents=True)
    cells = {b: {"result": "same"} for b in BACKENDS}
    cells["jax"] = {"result": "error", "error": "RuntimeError: boom"}
    data = {
        "checked": "2026-01-01",
        "versions": {},
        "snippets": {"snippets/a/b.py": cells},
    }
    (tmp_path / "docs" / "data" / "backends.json").write_text(json.dumps(data))
    (tmp_path / "docs" / "backends.md").write_text("# Backends\n")
    for name in ("requirements.txt", "requirements-backends.txt"):
        (tmp_path / name).write_text("")
    matrix = hook().Matrix(tmp_path)
    with pytest.raises(
        ValueError, match=r"snippets/a/b.py is `error` on jax.*explains"
    ):
        matrix.line("snippets/a/b.py", "page/")


# ------------------------------------------------------------------ the built site

BLOCK_AND_LINE = re.compile(
    r'<span class="filename">(?P<path>snippets/[^<,\s]+\.py)[^<]*</span>.*?</pre></div>'
    r'(?P<line><p class="backend-line">.*?</p>)?',
    re.DOTALL,
)
CELL = re.compile(
    r'<span class="bk bk-(?P<css>\w+)" title="[^"]*">(?P<inner>.*?)</span>'
)


def test_every_code_block_shows_its_backends(built_site, data):
    seen = 0
    for page in sorted(built_site.rglob("*.html")):
        for m in BLOCK_AND_LINE.finditer(page.read_text("utf-8")):
            where = f"{page.relative_to(built_site)}: {m['path']}"
            if m["path"].startswith("snippets/backends/"):
                assert m["line"] is None, where
                continue
            if m["path"].startswith("snippets/keras2/"):
                assert "TensorFlow only" in m["line"], where
                continue
            assert m["line"], f"{where}: no backend line under the block"
            shown = [c["css"] for c in CELL.finditer(m["line"])]
            want = [
                data["snippets"][m["path"]][b]["result"].replace("/", "")
                for b in BACKENDS
            ]
            assert shown == want, where
            labels = re.sub(r"<[^>]+>", "", html.unescape(m["line"]))
            assert all(label in labels for label in BACKENDS.values()), where
            seen += 1
    assert seen > 100, f"only {seen} code blocks with a backend line"


def test_every_page_with_output_says_what_checked_it(built_site, data):
    pins = hook().pins(ROOT)
    stamp = (
        f"TensorFlow {pins['tensorflow']} and Keras {pins['keras']} on every test run; "
        f"on JAX {pins['jax']} and PyTorch {pins['torch']} (CPU)"
    )
    for page in sorted(built_site.rglob("*.html")):
        text = page.read_text("utf-8")
        if 'class="backend-line"' in text:
            plain = re.sub(r"<[^>]+>", "", text)
            assert stamp in plain, page.relative_to(built_site)
            assert f"backend matrix of {data['checked']}" in plain


def test_the_comparison_matrix_has_a_column_per_backend(built_site, data):
    page = (built_site / "comparison" / "index.html").read_text("utf-8")
    head = re.search(r"<thead><tr>(.*?)</tr></thead>", page)[1]
    assert head.endswith(
        '<th scope="col">TensorFlow</th><th scope="col">JAX</th><th scope="col">PyTorch</th>'
    )
    cells = data["snippets"]["snippets/comparison/strategy_matrix.py"]
    body = re.search(r"<tbody>(.*?)</tbody>", page, re.DOTALL)[1]
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.DOTALL):
        results = re.findall(r'<td class="bk bk-(\w+)">', row)
        if all(c["result"] in ("same", "error") for c in cells.values()):
            assert results == [cells[b]["result"] for b in BACKENDS], row
        else:
            assert len(results) == 3, row
