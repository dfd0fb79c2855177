"""Where things are, and the one reader of mkdocs.yml. No TensorFlow here.

The facts the build shares (root, backend names, include pattern, the `#>` reader and
comparer) live in overrides/hooks/project_facts.py; this module re-exports them.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "overrides" / "hooks"))
from project_facts import (  # noqa: F401 (re-exported)
    BACKENDS,
    DERIVED,
    DERIVED_RE,
    FENCE_TITLE_RE,
    INCLUDE_RE,
    MATRIX,
    MATRIX_COMMAND,
    RESULTS,
    ROOT,
    SECTION_RE,
    SNIPPET_PATH,
    TENSORFLOW_ONLY_RE,
    TITLE_RE,
    comparable,
    difference,
    expected_lines,
    expected_outputs,
    load_matrix,
)

DOCS = ROOT / "docs"
SNIPPETS = sorted(ROOT.glob("snippets/**/*.py"))
# Keras 2 code (it imports tf_keras) lives in snippets/keras2/ and runs only where tf_keras is
# installed: `pytest -m legacy` in the venv of requirements-legacy.txt.
KERAS2 = ROOT / "snippets" / "keras2"
KERAS2_SNIPPETS = [p for p in SNIPPETS if p.is_relative_to(KERAS2)]
# Snippets that compare the Keras backends run a small program under each backend in its own
# Python (KERAS_BACKEND is read at `import keras`): they live in snippets/backends/ and run
# only where JAX and PyTorch are installed, `pytest -m backends` in the venv of
# requirements-backends.txt.
ALL_BACKENDS = ROOT / "snippets" / "backends"
ALL_BACKENDS_SNIPPETS = [p for p in SNIPPETS if p.is_relative_to(ALL_BACKENDS)]
# Keras 3 on its default backend, TensorFlow: what the README's test command runs.
KERAS3_SNIPPETS = [
    p
    for p in SNIPPETS
    if not p.is_relative_to(KERAS2) and p not in ALL_BACKENDS_SNIPPETS
]


def not_applicable(path: Path) -> dict[str, str]:
    """backend -> why the matrix does not run the snippet there, as the snippet declares it."""
    if Path(path).resolve().is_relative_to(ALL_BACKENDS):
        why = "the snippet runs every backend itself, each in its own Python"
        return {b: why for b in BACKENDS if b != "tensorflow"}
    only = TENSORFLOW_ONLY_RE.search(Path(path).read_text("utf-8"))
    if only:
        return {b: f"TensorFlow only: {only[1]}" for b in BACKENDS if b != "tensorflow"}
    return {}


def rel(path: Path) -> str:
    """`snippets/x/y.py` for a file in the repository, the full path otherwise."""
    path = Path(path)
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*") if p.suffix in (".md", ".ipynb"))


def includes(page: Path):
    """Yield (line_number, snippet_path, section) for every include in a page."""
    for number, line in enumerate(page.read_text("utf-8").splitlines(), 1):
        for m in INCLUDE_RE.finditer(line):
            yield number, m["path"], m["section"]


@functools.cache
def config(root: Path = ROOT):
    """mkdocs.yml as MkDocs reads it (`load_config`: defaults filled in, tags resolved)."""
    from mkdocs.config import load_config

    return load_config(str(root / "mkdocs.yml"))


def page_url(doc: str, root: Path = ROOT) -> str:
    """The absolute URL of a file under docs/ ("errata.md" -> ".../errata/")."""
    cfg = config(root)
    base = cfg["site_url"].rstrip("/") + "/"
    if not doc.endswith((".md", ".ipynb")):
        return base + doc
    stem = doc.rsplit(".", 1)[0]
    if stem == "index" or stem.endswith("/index"):
        return base + stem[: -len("index")]
    return base + (f"{stem}/" if cfg["use_directory_urls"] else f"{stem}.html")


def pages_showing(folder: Path) -> list[Path]:
    """The pages that include a snippet from this folder."""
    return [
        page
        for page in pages()
        if any((ROOT / path).is_relative_to(folder) for _, path, _ in includes(page))
    ]


def keras2_pages() -> list[Path]:
    """The pages that show Keras 2 code: their notebooks run in the legacy venv only."""
    return pages_showing(KERAS2)


def all_backends_pages() -> list[Path]:
    """The pages that show snippets/backends/: their notebooks need JAX and PyTorch."""
    return pages_showing(ALL_BACKENDS)
