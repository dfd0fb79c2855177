"""Run a Python file as a reader runs what they copied: `python file.py`, alone, in an empty folder.

    run_file(path)                      # the reader's environment
    run_file(path, {"COLUMNS": "40"})   # ... with these settings added (always cold)
    run_file(path, backend="jax")       # ... under another Keras backend (KERAS_BACKEND)
    check_file(path, ...)               # run_file, compared with the `#>` lines: a Result
    check_code(text)                    # the same for a copied text, saved as copied.py

The one runner of the standalone check, the backend matrix and the canary; each reports
with Result.report(): the snippet, how it ran, same/differs/error, and the diff or the
exception with the snippet's own lines from the traceback.

The environment is the reader's: the variables a harness sets (`TF_*`, `KERAS_*`,
`PYTHON*`, `PYTEST_*`, `COLUMNS`, `LINES`) are removed, so TensorFlow runs with its
defaults (oneDNN on) and the hash seed is random. stdin is empty; stdout and stderr are
returned.

Warm or cold. By default a file runs in a child forked from scripts/warm_interpreter.py,
a Python started in that same environment that has imported keras and nothing else, one
per test process: it saves the 6 s of CPU that importing TensorFlow costs every fresh
interpreter. It runs cold, in its own `python path` subprocess, when settings are added
(they must be there before the import), when the file mentions `os.environ` (it may set
something before importing keras), or with STANDALONE_COLD=1 (every file). With a
`backend`, KERAS_BACKEND is set to it, and the warm Python is one started with that setting
(one per backend).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from scripts.project import difference, expected_lines, rel

TIMEOUT_S = 600  # one file
WARM_PRELOAD = ["keras"]
HARNESS_PREFIXES = ("TF_", "KERAS_", "PYTHON", "PYTEST_")
HARNESS_NAMES = {"COLUMNS", "LINES"}
ALL_COLD = os.environ.get("STANDALONE_COLD", "0") == "1"


def reader_env(**overrides: str) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(HARNESS_PREFIXES) and name not in HARNESS_NAMES
    }
    env.update(overrides)
    return env


@dataclass
class Run:
    path: Path
    overrides: dict[str, str]
    returncode: int
    stdout: str
    stderr: str
    warm: bool
    backend: str | None = None  # KERAS_BACKEND; None: the reader's default


def _timed_out(stderr: str) -> str:
    return f"timed out after {TIMEOUT_S} s\n{stderr}"


def _cold(path: Path, cwd: str, overrides: dict[str, str]) -> tuple[int, str, str]:
    try:
        done = subprocess.run(
            [sys.executable, str(path)],
            check=False,
            cwd=cwd,
            env=reader_env(**overrides),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode("utf-8", "replace") if exc.stderr else ""
        return -1, "", _timed_out(stderr)
    return done.returncode, done.stdout, done.stderr


class _Warm:
    """The client of one scripts/warm_interpreter.py, started on first use."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.env = env or {}

    def start(self) -> subprocess.Popen:
        script = Path(__file__).with_name("warm_interpreter.py")
        process = subprocess.Popen(
            [sys.executable, str(script), *WARM_PRELOAD],
            cwd=tempfile.gettempdir(),
            env=reader_env(**self.env),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        ready = process.stdout.readline().strip()
        if ready != "ready":
            process.kill()
            raise RuntimeError(
                f"{script} did not start (it wrote {ready!r}); "
                "run with STANDALONE_COLD=1 to run every file cold"
            )
        return process

    def run(self, path: Path, cwd: str) -> tuple[int, str, str]:
        with self.lock, tempfile.TemporaryDirectory(prefix="warm-") as streams:
            out, err = Path(streams, "stdout"), Path(streams, "stderr")
            if self.process is None or self.process.poll() is not None:
                self.process = self.start()
            request = {
                "path": str(path),
                "cwd": cwd,
                "stdout": str(out),
                "stderr": str(err),
            }
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            pid = int(self.process.stdout.readline())
            killed = threading.Event()

            def kill() -> None:
                killed.set()
                os.kill(pid, signal.SIGKILL)

            timer = threading.Timer(TIMEOUT_S, kill)
            timer.start()
            try:
                returncode = int(self.process.stdout.readline())
            finally:
                timer.cancel()
            stdout = out.read_text("utf-8", "replace") if out.exists() else ""
            stderr = err.read_text("utf-8", "replace") if err.exists() else ""
        if killed.is_set():
            return -1, stdout, _timed_out(stderr)
        return returncode, stdout, stderr


# backend (None: the reader's default) -> its Python
_warm: dict[str | None, _Warm] = {}


def run_file(
    path: Path,
    overrides: dict[str, str] | None = None,
    *,
    cold: bool | None = None,
    backend: str | None = None,
) -> Run:
    """Run the file alone; `cold` None: warm unless the module docstring says otherwise."""
    overrides = overrides or {}
    if cold is None:
        cold = ALL_COLD or "os.environ" in Path(path).read_text("utf-8")
    cold = cold or bool(overrides)
    setting = {"KERAS_BACKEND": backend} if backend else {}
    with tempfile.TemporaryDirectory(prefix="reader-") as cwd:
        if cold:
            returncode, stdout, stderr = _cold(path, cwd, {**overrides, **setting})
        else:
            warm = _warm.setdefault(backend, _Warm(setting))
            returncode, stdout, stderr = warm.run(Path(path), cwd)
    return Run(Path(path), overrides, returncode, stdout, stderr, not cold, backend)


ADDRESS_RE = re.compile(r"0x[0-9a-fA-F]+")
EXCEPTION_RE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b.*$")


def exception_line(stderr: str) -> str:
    """The last traceback's `Name: message` line (addresses masked), or stderr's last line."""
    start = stderr.rfind("Traceback (most recent call last):")
    lines = stderr[start:].splitlines() if start >= 0 else stderr.splitlines()
    found = [line for line in lines if EXCEPTION_RE.match(line)]
    line = found[-1] if found else (lines[-1] if lines else "(no stderr)")
    return ADDRESS_RE.sub("0x…", line.strip())[:400]


@dataclass
class Result:
    """One run of a snippet against its `#>` lines."""

    run: Run
    result: str  # same, differs (exit 0, other stdout) or error (a non-zero exit)
    diff: str  # unified diff, `-` the `#>` lines, `+` stdout; "" when equal
    source: str  # the file that ran

    @property
    def error(self) -> str:
        return exception_line(self.run.stderr) if self.result == "error" else ""

    def frames(self) -> list[str]:
        """`snippets/x.py:LINE: source` for each traceback frame in the snippet itself."""
        path, source = self.run.path, self.source.splitlines()
        found = re.finditer(
            rf'^\s*File "{re.escape(str(path))}", line (\d+)',
            self.run.stderr,
            re.MULTILINE,
        )
        return [
            f"{rel(path)}:{n}: {source[n - 1].strip()}"
            for n in (int(m[1]) for m in found)
            if 0 < n <= len(source)
        ]

    def report(self) -> str:
        """The one report format: what ran, how, the verdict, then why."""
        run = self.run
        how = [f"KERAS_BACKEND={run.backend}"] if run.backend else []
        how += [f"{k}={v}" for k, v in run.overrides.items()]
        how.append("warm" if run.warm else "cold")
        lines = [f"{rel(run.path)} ({', '.join(how)}): {self.result}"]
        if self.result == "error":
            lines.append(f"exit {run.returncode}: {self.error}")
            lines += [f"  at {frame}" for frame in self.frames()]
            start = run.stderr.rfind("Traceback (most recent call last):")
            tail = (
                run.stderr[start:]
                if start >= 0
                else "\n".join(run.stderr.splitlines()[-25:])
            )
            lines += ["stderr:", *(f"  {line}" for line in tail.rstrip().splitlines())]
        if self.diff:
            lines.append(self.diff)
        return "\n".join(lines)


def check_file(path: Path, overrides: dict[str, str] | None = None, **how) -> Result:
    """Run the file alone (run_file's arguments) and compare stdout with its `#>` lines."""
    run = run_file(path, overrides, **how)
    name = rel(path)
    source = Path(path).read_text("utf-8")
    expected = expected_lines(source, name)
    diff = difference(expected, run.stdout, f"{name} (#> lines)", f"{name} (stdout)")
    verdict = "error" if run.returncode != 0 else "differs" if diff else "same"
    return Result(run, verdict, diff, source)


def check_code(code: str, name: str = "copied.py") -> Result:
    """check_file for a copied text, saved as copied.py first."""
    with tempfile.TemporaryDirectory(prefix="copied-") as folder:
        path = Path(folder, name)
        path.write_text(code + "\n", "utf-8")
        return check_file(path)
