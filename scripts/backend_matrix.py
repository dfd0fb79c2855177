"""Every snippet under TensorFlow, JAX and PyTorch: docs/data/backends.json.

    python -m scripts.backend_matrix                   # run every cell, write the file
    python -m scripts.backend_matrix snippets/recurrent # only these snippets (a file or folder)
    python -m scripts.backend_matrix -j 1              # one worker (default: one per core)

Needs the venv of requirements-backends.txt (TensorFlow, JAX and PyTorch). Each snippet runs
as a reader runs it (scripts/reader_run.py: alone, in an empty folder, the reader's
environment) with KERAS_BACKEND set, and its stdout is compared with its `#>` lines, which
are the TensorFlow backend's. Each cell is one of:

    same     exit 0, stdout equals the `#>` lines
    differs  exit 0, stdout differs: "diff" holds the unified diff (- page, + this backend)
    error    a non-zero exit: "error" holds the exception line
    n/a      declared, never guessed (scripts/project.py): a snippet that says
             `# TensorFlow only: <why>`, or one of snippets/backends/, which runs every
             backend itself; "why" says which

The file also records the versions the cells were run with and the date of the run; the
site shows both (overrides/hooks/backends.py). `pytest -m backends` (tests/test_backends.py)
re-runs every cell and fails on a stale one, with the cell it recorded and the run's.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import importlib.metadata
import json
import multiprocessing
import os
import sys
from pathlib import Path

from scripts.project import (
    ALL_BACKENDS_SNIPPETS,
    BACKENDS,
    KERAS3_SNIPPETS,
    MATRIX,
    ROOT,
    comparable,
    load_matrix,
    not_applicable,
    rel,
)

DATA = ROOT / MATRIX
MATRIX_SNIPPETS = sorted(KERAS3_SNIPPETS + ALL_BACKENDS_SNIPPETS)
PACKAGES = ("tensorflow", "keras", "jax", "torch")


def cell(path: Path, backend: str) -> dict:
    """Run one snippet under one backend and say how its output compares with the page."""
    from scripts.reader_run import check_file  # only where something runs

    why = not_applicable(path).get(backend)
    if why:
        return {"result": "n/a", "why": why}
    run = check_file(path, backend=backend)
    if run.result == "error":
        return {"result": "error", "error": run.error}
    if run.result == "same":
        return {"result": "same"}
    return {
        "result": "differs",
        "diff": run.diff.splitlines()[2:],  # without the ---/+++ header
        "output": comparable(run.run.stdout.splitlines()),
    }


def _cell_task(task: tuple[str, str]) -> tuple[str, str, dict]:
    name, backend = task
    return name, backend, cell(ROOT / name, backend)


def run_cells(paths: list[Path], jobs: int = 1, progress=None) -> dict:
    """{snippet: {backend: cell}} for every path and backend."""
    tasks = [(rel(p), b) for b in BACKENDS for p in paths]
    cells: dict[str, dict] = {name: {} for name, _ in tasks}
    # fork: the workers import nothing heavy first
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context) as pool:
        for done, (name, backend, result) in enumerate(pool.map(_cell_task, tasks), 1):
            cells[name][backend] = result
            if progress:
                progress(
                    f"[{done}/{len(tasks)}] {backend:10} {result['result']:7} {name}"
                )
    return cells


def versions() -> dict[str, str]:
    return {name: importlib.metadata.version(name) for name in PACKAGES}


def dumps(data: dict) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "only", nargs="*", help="snippet files or folders (default: all)"
    )
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    wanted = [(ROOT / o).resolve() for o in args.only]
    paths = [
        p
        for p in MATRIX_SNIPPETS
        if not wanted or any(p == w or p.is_relative_to(w) for w in wanted)
    ]
    if not paths:
        print(f"no snippet matches {args.only}", file=sys.stderr)
        return 2
    new_cells = run_cells(paths, args.jobs, progress=print)
    old = load_matrix()
    snippets = {
        name: cells
        for name, cells in old.get("snippets", {}).items()
        if (ROOT / name) in MATRIX_SNIPPETS  # orphans go
    }
    snippets.update(new_cells)
    data = {
        "checked": datetime.date.today().isoformat(),
        "versions": versions(),
        "snippets": snippets,
    }
    DATA.write_text(dumps(data), "utf-8")
    print(f"wrote {rel(DATA)}: {len(snippets)} of {len(MATRIX_SNIPPETS)} snippets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
