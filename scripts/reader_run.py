"""Run a Python file as a reader runs what they copied: `python file.py`, alone, in an empty
folder, without the variables a harness sets (reader_env); compare its stdout with its
`#>` lines (check_file, check_code). The one runner and report of the standalone check,
the matrix and the canary. Warm by default: forked from scripts/warm_interpreter.py (keras
imported, one per backend and process). Cold (`python path`) when settings are added (they
must precede the import), when the file mentions `os.environ`, or with STANDALONE_COLD=1.
"""

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
HARNESS_PREFIXES = ("TF_", "KERAS_", "PYTHON", "PYTEST_")
ALL_COLD = os.environ.get("STANDALONE_COLD", "0") == "1"


def reader_env(**overrides: str) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(HARNESS_PREFIXES) and name not in ("COLUMNS", "LINES")
    }
    return {**env, **overrides}


@dataclass
class Run:
    path: Path
    overrides: dict[str, str]
    returncode: int
    stdout: str
    stderr: str
    warm: bool
    backend: str | None = None  # KERAS_BACKEND; None: the reader's default


def _cold(path: Path, cwd: str, env: dict[str, str]) -> tuple[int, str, str]:
    try:
        done = subprocess.run(
            [sys.executable, str(path)],
            check=False,
            cwd=cwd,
            env=reader_env(**env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as exc:
        return -signal.SIGALRM, "", (exc.stderr or b"").decode("utf-8", "replace")
    return done.returncode, done.stdout, done.stderr


class _Warm:
    """The client of one scripts/warm_interpreter.py, started on first use."""

    def __init__(self, env: dict[str, str]) -> None:
        self.lock, self.process, self.env = threading.Lock(), None, env

    def run(self, path: Path, cwd: str) -> tuple[int, str, str]:
        with self.lock, tempfile.TemporaryDirectory(prefix="warm-") as streams:
            if self.process is None or self.process.poll() is not None:
                script = Path(__file__).with_name("warm_interpreter.py")
                self.process = subprocess.Popen(
                    [sys.executable, str(script), "keras"],
                    cwd=tempfile.gettempdir(),
                    env=reader_env(**self.env),
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                )
                if (ready := self.process.stdout.readline().strip()) != "ready":
                    raise RuntimeError(
                        f"{script} wrote {ready!r}; try STANDALONE_COLD=1"
                    )
            out, err = Path(streams, "stdout"), Path(streams, "stderr")
            request = {"path": str(path), "cwd": cwd, "timeout": TIMEOUT_S}
            request |= {"stdout": str(out), "stderr": str(err)}
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            returncode = int(self.process.stdout.readline())
            read = [
                p.read_text("utf-8", "replace") if p.exists() else ""
                for p in (out, err)
            ]
        return returncode, *read


_warm: dict[str | None, _Warm] = {}  # backend (None: the reader's default) -> Python


def run_file(path, overrides=None, *, cold=None, backend=None) -> Run:
    """Run the file alone; `cold` None: warm unless the module docstring says otherwise."""
    overrides = overrides or {}
    if cold is None:
        cold = ALL_COLD or "os.environ" in Path(path).read_text("utf-8")
    cold = cold or bool(overrides)
    setting = {"KERAS_BACKEND": backend} if backend else {}
    with tempfile.TemporaryDirectory(prefix="reader-") as cwd:
        if cold:
            code, stdout, stderr = _cold(path, cwd, {**overrides, **setting})
        else:
            warm = _warm.setdefault(backend, _Warm(setting))
            code, stdout, stderr = warm.run(path, cwd)
    if code == -signal.SIGALRM:
        stderr = f"timed out after {TIMEOUT_S} s\n{stderr}"
    return Run(Path(path), overrides, code, stdout, stderr, not cold, backend)


ADDRESS_RE = re.compile(r"0x[0-9a-fA-F]+")
EXCEPTION_RE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b.*$")
TRACEBACK = "Traceback (most recent call last):"


def exception_line(stderr: str) -> str:
    """The last traceback's `Name: message` line (addresses masked), or stderr's last line."""
    lines = stderr[max(stderr.rfind(TRACEBACK), 0) :].splitlines()
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

    def report(self) -> str:
        """What ran, how, the verdict; the exception with the snippet's own frames; the diff."""
        run = self.run
        how = [f"KERAS_BACKEND={run.backend}"] if run.backend else []
        how += [f"{k}={v}" for k, v in run.overrides.items()]
        how.append("warm" if run.warm else "cold")
        lines = [f"{rel(run.path)} ({', '.join(how)}): {self.result}"]
        if self.result == "error":
            source = self.source.splitlines()
            frame = rf'^\s*File "{re.escape(str(run.path))}", line (\d+)'
            frames = re.finditer(frame, run.stderr, re.MULTILINE)
            lines.append(f"exit {run.returncode}: {self.error}")
            lines += [
                f"  at {rel(run.path)}:{n}: {source[n - 1].strip()}"
                for n in (int(m[1]) for m in frames)
                if 0 < n <= len(source)
            ]
            start = run.stderr.rfind(TRACEBACK)
            tail = (
                run.stderr[start:]
                if start >= 0
                else "\n".join(run.stderr.splitlines()[-25:])
            )
            lines += ["stderr:", *(f"  {line}" for line in tail.rstrip().splitlines())]
        return "\n".join([*lines, self.diff] if self.diff else lines)


def check_file(path: Path, overrides: dict[str, str] | None = None, **how) -> Result:
    """Run the file alone (run_file's arguments) and compare stdout with its `#>` lines."""
    run = run_file(path, overrides, **how)
    name, source = rel(path), Path(path).read_text("utf-8")
    expected = expected_lines(source, name)
    diff = difference(expected, run.stdout, f"{name} (#> lines)", f"{name} (stdout)")
    verdict = "error" if run.returncode != 0 else "differs" if diff else "same"
    return Result(run, verdict, diff, source)


def check_code(code: str) -> Result:
    with tempfile.TemporaryDirectory(prefix="copied-") as folder:
        path = Path(folder, "copied.py")
        path.write_text(code + "\n", "utf-8")
        return check_file(path)
