"""The copy-paste guarantee: every snippet, run alone as `python snippets/x/y.py`, prints its `#>` lines.

    pytest -m standalone     # every snippet in a fresh interpreter, the reader's environment
    pytest -m envmatrix      # the same under TF_ENABLE_ONEDNN_OPTS=0/1, COLUMNS=40/200, PYTHONHASHSEED

Each snippet runs in its own `python <snippet>` subprocess (this venv's interpreter), in a
temporary working directory, with the environment a reader has: the variables a harness
sets (`TF_*`, `KERAS_*`, `PYTHON*`, `PYTEST_*`, `COLUMNS`, `LINES`) are removed, so
TensorFlow runs with its defaults (oneDNN on) and the hash seed is random. stderr is ignored.

What is compared: stdout against the `#>` lines, exactly, by the one comparer
(scripts/expected.py: blank lines and trailing whitespace aside). On a mismatch the failure
names the snippet and shows a unified diff (`-` the `#>` lines, `+` stdout). When the snippet
raises, the failure shows `snippets/x/y.py:LINE: <source line>` for each of the snippet's own
frames, the exception, and the end of the subprocess's stderr.

Speed: one subprocess per test; `pytest -n auto` runs one per core. The one thing added to
the reader's environment is PYTHONPATH=scripts/standalone_exit, whose sitecustomize skips
the garbage collection at interpreter exit (a quarter of a TensorFlow process's CPU time),
after the snippet and every atexit handler have run; STANDALONE_FREEZE_GC_AT_EXIT=0 runs
without it (scripts/bench_snippets.py measures both).
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.expected import difference, expected_outputs
from scripts.project import KERAS3_SNIPPETS, ROOT
from scripts.project import rel as show

TIMEOUT_S = 600  # one snippet, one fresh interpreter
# See scripts/standalone_exit/sitecustomize.py; STANDALONE_FREEZE_GC_AT_EXIT=0 turns it off.
FREEZE_GC_AT_EXIT = os.environ.get("STANDALONE_FREEZE_GC_AT_EXIT", "1") != "0"
EXIT_HOOK = ROOT / "scripts" / "standalone_exit"

# The reader's environment, and the matrix of settings that must not change any output.
# Each value of each setting appears in one combination; PYTHONHASHSEED is drawn per run.
ENVIRONMENTS = {
    "reader": {},
    "onednn0-columns40": {"TF_ENABLE_ONEDNN_OPTS": "0", "COLUMNS": "40"},
    "onednn1-columns200": {"TF_ENABLE_ONEDNN_OPTS": "1", "COLUMNS": "200"},
}
HARNESS_PREFIXES = ("TF_", "KERAS_", "PYTHON", "PYTEST_")
HARNESS_NAMES = {"COLUMNS", "LINES"}


def reader_env(**overrides: str) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(HARNESS_PREFIXES) and name not in HARNESS_NAMES
    }
    if FREEZE_GC_AT_EXIT:
        env["PYTHONPATH"] = str(EXIT_HOOK)
    env.update(overrides)
    return env


# ---------------------------------------------------------------------------------------
# Running a snippet


@dataclass
class Run:
    path: Path
    env_name: str
    overrides: dict[str, str]
    returncode: int
    stdout: str
    stderr: str


def run_snippet(path: Path, env_name: str, overrides: dict[str, str]) -> Run:
    with tempfile.TemporaryDirectory(prefix="standalone-") as cwd:
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
            return Run(
                path,
                env_name,
                overrides,
                -1,
                "",
                f"timed out after {TIMEOUT_S} s\n{stderr}",
            )
    return Run(path, env_name, overrides, done.returncode, done.stdout, done.stderr)


def snippet_frames(stderr: str, path: Path) -> list[str]:
    """`snippets/x.py:LINE: source` for each traceback frame in the snippet itself."""
    frame_re = re.compile(
        rf'^\s*File "{re.escape(str(path))}", line (\d+)', re.MULTILINE
    )
    source = Path(path).read_text("utf-8").splitlines()
    frames = []
    for match in frame_re.finditer(stderr):
        number = int(match[1])
        code = source[number - 1].strip() if 0 < number <= len(source) else ""
        frames.append(f"{show(path)}:{number}: {code}")
    return frames


def check(run: Run) -> None:
    """Fail, naming the snippet, unless stdout equals the `#>` lines (see the module docstring)."""
    __tracebackhide__ = True
    outputs = expected_outputs(Path(run.path).read_text("utf-8"), run.path)
    expected = [line for output in outputs for line in output.lines]
    name = show(run.path)
    setting = (
        " ".join(f"{k}={v}" for k, v in run.overrides.items()) or "reader's environment"
    )
    where = f"{name} ({run.env_name}: {setting})"
    diff = difference(expected, run.stdout, f"{name} (#> lines)", f"{name} (stdout)")
    if run.returncode != 0:
        frames = snippet_frames(run.stderr, run.path)
        stderr = run.stderr.rstrip()
        start = stderr.rfind("Traceback (most recent call last):")  # not TF's log lines
        tail = stderr[start:] if start >= 0 else "\n".join(stderr.splitlines()[-25:])
        message = [f"{where} exited with code {run.returncode}"]
        if frames:
            message += ["raised at:", *(f"  {frame}" for frame in frames)]
        message += ["stderr:", textwrap.indent(tail, "  ")]
        if diff:
            message += ["stdout so far against the #> lines:", diff]
        pytest.fail("\n".join(message), pytrace=False)
    if diff:
        message = [f"{where}: stdout differs from the #> lines", diff]
        blocks = [str(output.line) for output in outputs if output.block]
        if blocks:
            message.append(
                f"note: the output under the print ending on line {', '.join(blocks)} is a "
                "triple-quoted block; pytest-examples reformats long values there. "
                "Keep each print short so it is written as #> lines."
            )
        pytest.fail("\n".join(message), pytrace=False)


def matrix_overrides(env_name: str, config) -> dict[str, str]:
    overrides = dict(ENVIRONMENTS[env_name])
    if env_name != "reader":
        # A fixed hash seed per session, drawn from pytest-randomly's seed when it runs, so
        # a failure can be replayed with `--randomly-seed=N`; random otherwise.
        seed = getattr(config.option, "randomly_seed", None)
        draw = (
            random.Random(f"{seed}-{env_name}")
            if isinstance(seed, int)
            else random.SystemRandom()
        )
        overrides["PYTHONHASHSEED"] = str(draw.randrange(1, 2**32))
    return overrides


# ---------------------------------------------------------------------------------------
# The tests


@pytest.mark.standalone
@pytest.mark.parametrize("path", KERAS3_SNIPPETS, ids=show)
def test_standalone(path):
    check(run_snippet(path, "reader", {}))


@pytest.mark.envmatrix
@pytest.mark.parametrize("path", KERAS3_SNIPPETS, ids=show)
@pytest.mark.parametrize(
    "env_name", [name for name in ENVIRONMENTS if name != "reader"]
)
def test_envmatrix(env_name, path, request):
    check(run_snippet(path, env_name, matrix_overrides(env_name, request.config)))


# The checker itself, on throwaway snippets that need no TensorFlow (fast).

FAKE = '''\
import sys

print("first")
#> first
print("\\nwith a blank line before")
"""
with a blank line before
"""
for i in range(2):
    print("loop", i)
    #> loop 0
    #> loop 1
print("stderr is ignored", file=sys.stderr)
#> stderr is ignored
'''


def fake(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "fake_snippet.py"
    path.write_text(source, "utf-8")
    return path


@pytest.mark.standalone
def test_reads_the_pytest_examples_format(tmp_path):
    path = fake(tmp_path, FAKE)
    outputs = expected_outputs(FAKE, path)
    assert [(o.line, o.lines, o.block) for o in outputs] == [
        (3, ["first"], False),
        (5, ["with a blank line before"], True),
        (10, ["loop 0", "loop 1"], False),
        (13, ["stderr is ignored"], False),
    ]


@pytest.mark.standalone
def test_mismatch_names_the_snippet_and_shows_a_diff(tmp_path):
    path = fake(tmp_path, FAKE)
    run = run_snippet(path, "reader", {})
    assert run.returncode == 0, run.stderr
    with pytest.raises(pytest.fail.Exception) as failed:
        check(run)  # the print to stderr is expected on stdout by its #> line
    message = str(failed.value)
    assert f"{path}" in message and "stdout differs" in message
    assert "\n-stderr is ignored" in message


@pytest.mark.standalone
def test_a_raising_snippet_shows_its_own_line(tmp_path):
    path = fake(tmp_path, 'print("ok")\n#> ok\nvalue = {}\nvalue["missing"]\n')
    with pytest.raises(pytest.fail.Exception) as failed:
        check(run_snippet(path, "reader", {}))
    message = str(failed.value)
    assert f'{path}:4: value["missing"]' in message
    assert "KeyError: 'missing'" in message


@pytest.mark.standalone
def test_the_reader_environment_has_no_harness_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("TF_ENABLE_ONEDNN_OPTS", "0")
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("PYTHONHASHSEED", "0")
    hook = ["PYTHONPATH"] if FREEZE_GC_AT_EXIT else []  # the exit hook, nothing else
    source = (
        "import os\n\n"
        'print(sorted(k for k in os.environ if k.startswith(("TF_", "PYTHON")) or k == "COLUMNS"))\n'
        f"#> {hook}\n"
        'print(os.environ.get("PYTHONPATH", "").endswith("standalone_exit"))\n'
        f"#> {FREEZE_GC_AT_EXIT}\n"
    )
    check(run_snippet(fake(tmp_path, source), "reader", {}))


@pytest.mark.standalone
@pytest.mark.parametrize(
    "env_name", [name for name in ENVIRONMENTS if name != "reader"]
)
def test_the_matrix_settings_reach_the_snippet(env_name, tmp_path, request):
    overrides = matrix_overrides(env_name, request.config)
    names = ["TF_ENABLE_ONEDNN_OPTS", "COLUMNS", "PYTHONHASHSEED"]
    source = "import os\n\n" + "".join(
        f'print(os.environ.get("{name}"))\n#> {overrides[name]}\n' for name in names
    )
    check(run_snippet(fake(tmp_path, source), env_name, overrides))
