"""The copy-paste guarantee: every snippet, run alone as `python snippets/x/y.py`, prints its `#>` lines.

    pytest -m standalone     # every snippet alone, in the reader's environment
    pytest -m envmatrix      # the same, cold, under TF_ENABLE_ONEDNN_OPTS=0/1, COLUMNS=40/200, PYTHONHASHSEED

How a file is run (the reader's environment, an empty working directory, warm or cold) is
scripts/reader_run.py: by default in a child forked from a Python that has imported keras
and nothing else, which skips the 6 s of CPU a TensorFlow import costs; STANDALONE_COLD=1
runs every file in its own fresh `python` instead. The tests at the end of this file show
that a warm run and a cold one see the same `__main__`, argv, sys.path, folder, stdin,
exit code and atexit handlers.

What is compared: stdout against the `#>` lines, exactly, by the one comparer
(scripts/expected.py: blank lines and trailing whitespace aside). On a mismatch the failure
names the snippet and shows a unified diff (`-` the `#>` lines, `+` stdout). When the snippet
raises, the failure shows `snippets/x/y.py:LINE: <source line>` for each of the snippet's own
frames, the exception, and the end of the subprocess's stderr.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

import pytest

from scripts.expected import difference, expected_outputs
from scripts.project import KERAS3_SNIPPETS
from scripts.project import rel as show
from scripts.reader_run import Run, run_file

# The matrix of settings that must not change any output. Each value of each setting
# appears in one combination; PYTHONHASHSEED is drawn per run.
ENVIRONMENTS = {
    "onednn0-columns40": {"TF_ENABLE_ONEDNN_OPTS": "0", "COLUMNS": "40"},
    "onednn1-columns200": {"TF_ENABLE_ONEDNN_OPTS": "1", "COLUMNS": "200"},
}


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
    setting = " ".join(f"{k}={v}" for k, v in run.overrides.items())
    how = "warm" if run.warm else "cold"
    where = f"{name} (reader's environment{', ' + setting if setting else ''}, {how})"
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
    # A fixed hash seed per session, drawn from pytest-randomly's seed when it runs, so a
    # failure can be replayed with `--randomly-seed=N`; random otherwise.
    seed = getattr(config.option, "randomly_seed", None)
    draw = (
        random.Random(f"{seed}-{env_name}")
        if isinstance(seed, int)
        else random.SystemRandom()
    )
    return {**ENVIRONMENTS[env_name], "PYTHONHASHSEED": str(draw.randrange(1, 2**32))}


# ---------------------------------------------------------------------------------------
# The tests


@pytest.mark.standalone
@pytest.mark.parametrize("path", KERAS3_SNIPPETS, ids=show)
def test_standalone(path):
    check(run_file(path))


@pytest.mark.envmatrix
@pytest.mark.parametrize("path", KERAS3_SNIPPETS, ids=show)
@pytest.mark.parametrize("env_name", ENVIRONMENTS)
def test_envmatrix(env_name, path, request):
    check(run_file(path, matrix_overrides(env_name, request.config)))


# The checker and the runner themselves, on throwaway snippets.

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
    run = run_file(path, cold=True)
    assert run.returncode == 0, run.stderr
    with pytest.raises(pytest.fail.Exception) as failed:
        check(run)  # the print to stderr is expected on stdout by its #> line
    message = str(failed.value)
    assert f"{path}" in message and "stdout differs" in message
    assert "\n-stderr is ignored" in message


@pytest.mark.standalone
@pytest.mark.parametrize("cold", [True, False], ids=["cold", "warm"])
def test_a_raising_snippet_shows_its_own_line(tmp_path, cold):
    path = fake(tmp_path, 'print("ok")\n#> ok\nvalue = {}\nvalue["missing"]\n')
    with pytest.raises(pytest.fail.Exception) as failed:
        check(run_file(path, cold=cold))
    message = str(failed.value)
    assert f'{path}:4: value["missing"]' in message
    assert "KeyError: 'missing'" in message


@pytest.mark.standalone
@pytest.mark.parametrize("cold", [True, False], ids=["cold", "warm"])
def test_the_reader_environment_has_no_harness_settings(tmp_path, monkeypatch, cold):
    monkeypatch.setenv("TF_ENABLE_ONEDNN_OPTS", "0")
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("PYTHONHASHSEED", "0")
    source = (
        "import os\n\n"
        'print(sorted(k for k in os.environ if k.startswith(("TF_", "KERAS_", "PYTHON", "PYTEST_")) or k in ("COLUMNS", "LINES")))\n'
        "#> []\n"
    )
    check(run_file(fake(tmp_path, source), cold=cold))


@pytest.mark.standalone
@pytest.mark.parametrize("env_name", ENVIRONMENTS)
def test_the_matrix_settings_reach_the_snippet(env_name, tmp_path, request):
    overrides = matrix_overrides(env_name, request.config)
    names = ["TF_ENABLE_ONEDNN_OPTS", "COLUMNS", "PYTHONHASHSEED"]
    source = "import os\n\n" + "".join(
        f'print(os.environ.get("{name}"))\n#> {overrides[name]}\n' for name in names
    )
    run = run_file(fake(tmp_path, source), overrides)
    assert not run.warm, "settings must be there before the import: a cold run"
    check(run)


# What a file sees, as `python file.py` runs it. Each line differs if the warm child got it
# wrong (a __main__ that is not the file, argv, sys.path, the folder, stdin, exit, atexit).
AS_A_SCRIPT = """\
import atexit, os, pickle, sys

class Point:  # pickling needs the class in sys.modules["__main__"]
    pass

print("name:", __name__, os.path.basename(__file__))
print("argv:", [os.path.basename(a) for a in sys.argv])
print("path[0] is the file's folder:", sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print("folder empty:", os.listdir(".") == [], os.getcwd() != os.path.dirname(os.path.abspath(__file__)))
print("stdin:", repr(sys.stdin.read()))
print("pickles a class of __main__:", type(pickle.loads(pickle.dumps(Point()))).__name__)
print("harness loaded:", sorted(m for m in ("pytest", "scripts", "tests") if m in sys.modules))
atexit.register(print, "atexit ran")
raise SystemExit(3)
"""


@pytest.mark.standalone
def test_a_warm_run_is_a_cold_run_but_for_the_import(tmp_path):
    path = fake(tmp_path, AS_A_SCRIPT)
    cold, warm = run_file(path, cold=True), run_file(path, cold=False)
    assert (warm.warm, cold.warm) == (True, False)
    assert cold.returncode == 3, cold.stderr
    assert cold.stdout.splitlines() == [
        "name: __main__ fake_snippet.py",
        "argv: ['fake_snippet.py']",
        "path[0] is the file's folder: True",
        "folder empty: True True",
        "stdin: ''",
        "pickles a class of __main__: Point",
        "harness loaded: []",
        "atexit ran",
    ]
    assert (warm.returncode, warm.stdout) == (cold.returncode, cold.stdout), warm.stderr


@pytest.mark.standalone
def test_a_warm_run_starts_from_keras_imported_and_nothing_run(tmp_path):
    source = (
        "import sys\n"
        'print("keras imported before:", "keras" in sys.modules)\n'
        "import keras\n"
        'print("layers made so far:", keras.backend.get_uid("dense"))\n'
    )
    run = run_file(fake(tmp_path, source), cold=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "keras imported before: True",
        "layers made so far: 1",
    ]
