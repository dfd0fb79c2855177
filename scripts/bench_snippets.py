"""How long checking the snippets takes, against what it must cost (a script, not a test).

    python scripts/bench_snippets.py [-n WORKERS] [-k EXPR] [--also-cold] [--notebooks]

Prints, in one run, for the N snippets under snippets/:

(a) the floor: one process that imports TensorFlow once and executes every snippet body,
    print suppressed, `keras.backend.clear_session()` between snippets;
(b) the in-process check: `pytest tests/test_snippets.py`, in one process, then with
    `-n WORKERS` (pytest-xdist; default: the number of CPUs);
(c) the standalone check: `pytest -n WORKERS tests/test_standalone.py::test_standalone`,
    every snippet alone, forked from a Python that has imported keras (scripts/reader_run.py);
(d) with --notebooks: `pytest -n WORKERS -k test_notebook_runs tests/test_notebooks.py`,
    every notebook in a fresh kernel;
and one cold `python -c "import tensorflow"` (the median of three, all printed), then the
ratios (b)/(a) (target <= 1.5) and (c)/(N x cold import) (target <= 0.6 on 2 cores).

`--also-cold` adds (c) once more with STANDALONE_COLD=1: every snippet in its own fresh
`python`, importing TensorFlow each time, to show what the warm fork saves.

Wall times depend on what else the machine runs; the CPU seconds beside them (the
process and all its children) do much less, so both are printed, with the load average.
"""

from __future__ import annotations

import argparse
import builtins
import contextlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.project import KERAS3_SNIPPETS as SNIPPETS  # run as a file: ROOT first
from scripts.project import rel


def floor() -> None:
    """(a), run in its own process: TensorFlow once, every snippet body, nothing checked."""
    import keras
    import tensorflow  # noqa: F401

    failed = []
    real_print = builtins.print
    for path in SNIPPETS:
        keras.backend.clear_session()
        keras.config.enable_interactive_logging()
        code = compile(path.read_text("utf-8"), str(path), "exec")
        with (
            tempfile.TemporaryDirectory() as cwd,
            open(os.devnull, "w") as devnull,
            contextlib.redirect_stdout(devnull),
        ):
            os.chdir(cwd)
            builtins.print = lambda *args, **kwargs: None
            try:
                exec(code, {"__name__": "__main__", "__file__": str(path)})  # noqa: S102
            except Exception as exc:  # noqa: BLE001 (a snippet being written may raise)
                failed.append(f"{rel(path)}: {type(exc).__name__}")
            finally:
                builtins.print = real_print
                os.chdir(ROOT)
    for line in failed:
        print("floor: raised:", line, file=sys.stderr)


def timed(
    label: str, command: list[str], env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Wall and CPU seconds (the command and all its descendants) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        command, check=False, cwd=ROOT, env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = (done.stdout.strip().splitlines() or [""])[-1]
    print(
        f"{label:<46} {wall:6.1f} s wall {cpu:6.1f} s CPU  rc={done.returncode}  {summary}"
    )
    if done.returncode and command[1:3] != ["-m", "pytest"]:
        print(done.stderr[-2000:], file=sys.stderr)
    return wall, cpu


def main(workers: int, also_cold: bool, notebooks: bool, k: str) -> None:
    python = sys.executable
    n = len(SNIPPETS)
    print(f"{n} snippets, {os.cpu_count()} CPUs, load average {os.getloadavg()}")

    def pytest(target: str, parallel: bool = True, also: str = "") -> list[str]:
        select = " and ".join(f"({e})" for e in (k, also) if e) or "not nothing"
        xdist = ["-n", str(workers)] if parallel else []
        return [
            python,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            *xdist,
            "-k",
            select,
            target,
        ]

    colds = [
        timed(f"cold import #{i + 1}", [python, "-c", "import tensorflow"])
        for i in range(3)
    ]
    cold_wall = statistics.median(wall for wall, _ in colds)
    cold_cpu = statistics.median(cpu for _, cpu in colds)
    a_wall, a_cpu = timed("(a) floor: one process", [python, __file__, "--floor"])
    snippets = "tests/test_snippets.py"
    b_wall, b_cpu = timed("(b) in-process, one process", pytest(snippets, False))
    timed(f"(b) in-process, -n {workers}", pytest(snippets))
    standalone = pytest("tests/test_standalone.py::test_standalone")
    c_wall, c_cpu = timed(f"(c) standalone, -n {workers}", standalone)
    if also_cold:
        env = {**os.environ, "STANDALONE_COLD": "1"}
        c0_wall, c0_cpu = timed("(c) cold: STANDALONE_COLD=1", standalone, env)
    if notebooks:
        runs = pytest("tests/test_notebooks.py", also="test_notebook_runs")
        timed(f"(d) notebooks, -n {workers}", runs)

    print(f"load average at end {os.getloadavg()}")
    print(f"cold import (median of 3): {cold_wall:.2f} s wall, {cold_cpu:.2f} s CPU")
    if k:
        return  # the ratios below are for every snippet
    print(
        f"(b)/(a)          = {b_wall / a_wall:.2f}  target <= 1.5  (CPU seconds: {b_cpu / a_cpu:.2f})"
    )
    ratios = [("(c)/(N x cold)", c_wall, c_cpu)]
    if also_cold:
        ratios.append(("(c) cold", c0_wall, c0_cpu))
    for label, wall, cpu in ratios:
        print(
            f"{label:<16} = {wall / (n * cold_wall):.2f}  target <= 0.6 on 2 cores  "
            f"(CPU seconds / 2 cores: {cpu / (2 * n * cold_cpu):.2f})"
        )


if __name__ == "__main__":
    if sys.argv[1:] == ["--floor"]:
        floor()
    else:
        parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
        parser.add_argument(
            "-n", type=int, default=os.cpu_count() or 1, help="xdist workers"
        )
        parser.add_argument("--also-cold", action="store_true", help="also (c) cold")
        parser.add_argument("--notebooks", action="store_true", help="also run (d)")
        parser.add_argument("-k", help="only the tests pytest -k selects (not for (a))")
        args = parser.parse_args()
        main(args.n, args.also_cold, args.notebooks, args.k)
