"""Every snippet under TensorFlow, JAX and PyTorch: docs/data/backends.json.

    python -m scripts.backend_matrix                    # every cell (venv of requirements-backends.txt)
    python -m scripts.backend_matrix snippets/recurrent # only these snippets (files or folders)

Each snippet runs as a reader runs it (scripts/reader_run.py) with KERAS_BACKEND set; a cell
is `same` or `differs` (exit 0; "diff": - page, + this backend), `error` (the exception line)
or `n/a`, declared by the snippet (project_facts.not_applicable). `pytest -m backends`
re-runs the cells (tests/test_backends.py).
"""

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

    if why := not_applicable(path).get(backend):
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


def run_cells(paths: list[Path], jobs: int) -> dict:
    """{snippet: {backend: cell}} for every path and backend, printing progress."""
    tasks = [(rel(p), b) for b in BACKENDS for p in paths]
    cells: dict[str, dict] = {name: {} for name, _ in tasks}
    context = multiprocessing.get_context("fork")  # workers import nothing heavy first
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context) as pool:
        results = pool.map(cell, [ROOT / n for n, _ in tasks], [b for _, b in tasks])
        for done, ((name, backend), result) in enumerate(zip(tasks, results), 1):
            cells[name][backend] = result
            print(f"[{done}/{len(tasks)}] {backend:10} {result['result']:7} {name}")
    return cells


def versions() -> dict[str, str]:
    return {name: importlib.metadata.version(name) for name in PACKAGES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "only", nargs="*", help="snippet files or folders (default: all)"
    )
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    wanted = [(ROOT / o).resolve() for o in args.only]
    paths = [
        p for p in MATRIX_SNIPPETS if not wanted or any(map(p.is_relative_to, wanted))
    ]
    if not paths:
        print(f"no snippet matches {args.only}", file=sys.stderr)
        return 2
    old = load_matrix()["snippets"]
    # orphans go
    snippets = {n: c for n, c in old.items() if ROOT / n in MATRIX_SNIPPETS}
    snippets |= run_cells(paths, args.jobs)
    today = datetime.date.today().isoformat()
    data = {"checked": today, "versions": versions(), "snippets": snippets}
    text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True)
    DATA.write_text(text + "\n", "utf-8")
    print(f"wrote {rel(DATA)}: {len(snippets)} of {len(MATRIX_SNIPPETS)} snippets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
