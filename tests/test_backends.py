"""docs/data/backends.json is true (`-m backends` re-runs the cells), complete, explained on
docs/backends.md, and shown on the built pages."""

import html
import json
import re

import backends as hook  # overrides/hooks/backends.py
import pytest

from scripts.backend_matrix import DATA, MATRIX_SNIPPETS, cell, versions
from scripts.project import (
    BACKENDS,
    FENCE_TITLE_RE,
    MATRIX_COMMAND,
    RESULTS,
    ROOT,
    load_matrix,
    not_applicable,
    rel,
)


@pytest.fixture(scope="module")
def data() -> dict:
    return load_matrix()


# ------------------------------------------------------------------ re-run every cell
# A Keras 3 snippet's TensorFlow cell is the standalone check's very run, and
# the file test demands `same` of it: not re-run here.
CELLS = [
    (path, backend)
    for path in MATRIX_SNIPPETS
    for backend in BACKENDS
    if backend != "tensorflow" or rel(path).startswith("snippets/backends/")
]


@pytest.mark.backends
@pytest.mark.parametrize(
    ("path", "backend"), CELLS, ids=lambda x: rel(x) if hasattr(x, "parts") else x
)
def test_cell_is_as_recorded(path, backend, data):
    recorded = data["snippets"].get(rel(path), {}).get(backend)
    now = cell(path, backend)
    if recorded != now:
        pytest.fail(
            f"{rel(DATA)} is stale for {rel(path)} on {backend}:\n"
            f"  recorded: {json.dumps(recorded, ensure_ascii=False)}\n"
            f"  a run:    {json.dumps(now, ensure_ascii=False)}\n"
            f"Regenerate it with `{MATRIX_COMMAND} {rel(path)}`, then read `git diff {rel(DATA)}`.",
            pytrace=False,
        )


@pytest.mark.backends
def test_versions_are_the_installed_ones(data):
    assert data["versions"] == versions(), f"re-run `{MATRIX_COMMAND}` after an upgrade"


# ------------------------------------------------------------------ the file itself
def test_the_file_has_every_snippet_and_each_cell_as_declared(data):
    """A cell per backend; n/a exactly where the snippet declares it; TensorFlow `same` (the
    #> lines are TensorFlow's: anything else is a broken snippet)."""
    names = {rel(p): p for p in MATRIX_SNIPPETS}
    missing = sorted(names.keys() - data["snippets"].keys())
    orphans = sorted(data["snippets"].keys() - names.keys())
    assert not missing, f"not in {rel(DATA)}: {missing}; run `{MATRIX_COMMAND} <path>`"
    assert not orphans, f"in {rel(DATA)} but no longer snippets: {orphans}"
    bad = []
    for name, path in names.items():
        declared, cells = not_applicable(path), data["snippets"][name]
        for backend in BACKENDS:
            c = cells.get(backend, {})
            if backend in declared:
                ok = c == {"result": "n/a", "why": declared[backend]}
            else:
                ran = {"same"} if backend == "tensorflow" else set(RESULTS) - {"n/a"}
                ok = c.get("result") in ran
            if not ok or set(cells) != set(BACKENDS):
                bad.append(
                    f"{name} on {backend}: {c} (declared n/a: {declared or 'none'})"
                )
    assert not bad, "\n".join(bad)


def test_the_pinned_versions_are_the_matrix_versions(data):
    pins = hook.pins(ROOT)
    for name, version in data["versions"].items():
        assert version.split("+")[0] == pins[name], (
            f"{rel(DATA)} was made with {name} {version}, the requirements pin "
            f"{pins[name]}: re-run `{MATRIX_COMMAND}` in the venv of requirements-backends.txt"
        )


def test_every_difference_is_explained_on_the_backends_page(data):
    anchors = hook.explained(ROOT)
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


def test_an_unexplained_difference_fails_the_build_an_unchecked_snippet_not(tmp_path):
    (tmp_path / "docs" / "data").mkdir(parents=True)
    cells = {b: {"result": "same"} for b in BACKENDS}
    cells["jax"] = {"result": "error", "error": "RuntimeError: boom"}
    data = {"checked": "2026-01-01", "snippets": {"snippets/a/b.py": cells}}
    (tmp_path / "docs" / "data" / "backends.json").write_text(json.dumps(data))
    (tmp_path / "docs" / "backends.md").write_text("# Backends\n")
    for name in ("requirements.txt", "requirements-backends.txt"):
        (tmp_path / name).write_text("")
    matrix = hook.Matrix(tmp_path)
    unexplained = r"snippets/a/b.py is `error` on jax.*explains"
    with pytest.raises(ValueError, match=unexplained):
        matrix.line("snippets/a/b.py", "page/")
    unchecked = matrix.line("snippets/a/new.py", "page/")
    assert "not yet checked on JAX and PyTorch" in unchecked


# ------------------------------------------------------------------ the built site
BLOCK_AND_LINE = re.compile(
    FENCE_TITLE_RE.pattern + r'(?P<line><p class="backend-line">.*?</p>)?', re.DOTALL
)
CELL = re.compile(r'<span class="bk bk-(?P<css>\w+)" title="[^"]*">.*?</span>')


def test_every_code_block_shows_its_backends_and_each_page_its_versions(
    built_site, data
):
    pins = hook.pins(ROOT)
    stamp = (
        f"TensorFlow {pins['tensorflow']} and Keras {pins['keras']} on every test run; "
        f"on JAX {pins['jax']} and PyTorch {pins['torch']} (CPU) by the backend matrix "
        f"of {data['checked']}."
    )
    seen = 0
    for page in sorted(built_site.rglob("*.html")):
        text = page.read_text("utf-8")
        if 'class="backend-line"' in text:
            assert stamp in re.sub(r"<[^>]+>", "", text), page.relative_to(built_site)
        for m in BLOCK_AND_LINE.finditer(text):
            where = f"{page.relative_to(built_site)}: {m['path']}"
            if m["path"].startswith("snippets/backends/"):
                assert m["line"] is None, where
                continue
            if m["path"].startswith("snippets/keras2/"):
                assert "TensorFlow only" in m["line"], where
                continue
            assert m["line"], f"{where}: no backend line under the block"
            if m["path"] not in data["snippets"]:  # the coverage test fails
                assert "not yet checked on JAX and PyTorch" in m["line"], where
                continue
            shown = [c["css"] for c in CELL.finditer(m["line"])]
            cells = data["snippets"][m["path"]]
            wanted = [cells[b]["result"].replace("/", "") for b in BACKENDS]
            assert shown == wanted, where
            labels = re.sub(r"<[^>]+>", "", html.unescape(m["line"]))
            assert all(label in labels for label in BACKENDS.values()), where
            seen += 1
    assert seen > 100, f"only {seen} code blocks with a backend line"
