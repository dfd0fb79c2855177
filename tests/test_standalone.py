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
(overrides/hooks/project_facts.py: blank lines and trailing whitespace aside). A failure is
the runner's report (scripts/reader_run.py, as the matrix and the canary report): the
snippet, how it ran, a unified diff (`-` the `#>` lines, `+` stdout), and when it raises,
`snippets/x/y.py:LINE: <source line>` for each of its own frames and the end of stderr.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from scripts.project import KERAS2_SNIPPETS, KERAS3_SNIPPETS, expected_outputs
from scripts.project import rel as show
from scripts.reader_run import Result, check_file, run_file

# The matrix of settings that must not change any output. Each value of each setting
# appears in one combination; PYTHONHASHSEED is drawn per run.
ENVIRONMENTS = {
    "onednn0-columns40": {"TF_ENABLE_ONEDNN_OPTS": "0", "COLUMNS": "40"},
    "onednn1-columns200": {"TF_ENABLE_ONEDNN_OPTS": "1", "COLUMNS": "200"},
}


def check(result: Result) -> None:
    """Fail with the runner's report unless stdout equals the `#>` lines."""
    __tracebackhide__ = True
    if result.result == "same":
        return
    message = [result.report()]
    source = Path(result.run.path).read_text("utf-8")
    blocks = [str(o.line) for o in expected_outputs(source) if o.block]
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
    check(check_file(path))


@pytest.mark.legacy  # the venv of requirements-legacy.txt, where tf_keras is installed
@pytest.mark.parametrize("path", KERAS2_SNIPPETS, ids=show)
def test_keras2_snippet_alone(path):
    check(check_file(path, cold=True))  # the warm Python imports Keras 3


@pytest.mark.envmatrix
@pytest.mark.parametrize("path", KERAS3_SNIPPETS, ids=show)
@pytest.mark.parametrize("env_name", ENVIRONMENTS)
def test_envmatrix(env_name, path, request):
    check(check_file(path, matrix_overrides(env_name, request.config)))


# The checker and the runner themselves, on throwaway snippets.


def fake(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "fake_snippet.py"
    path.write_text(source, "utf-8")
    return path


@pytest.mark.standalone
def test_mismatch_names_the_snippet_and_shows_a_diff(tmp_path):
    path = fake(tmp_path, 'import sys\n\nprint("out", file=sys.stderr)\n#> out\n')
    result = check_file(path, cold=True)
    assert result.run.returncode == 0, result.run.stderr
    with pytest.raises(pytest.fail.Exception) as failed:
        check(result)  # the print to stderr is expected on stdout by its #> line
    message = str(failed.value)
    assert f"{path} (cold): differs" in message
    assert "\n-out" in message


@pytest.mark.standalone
@pytest.mark.parametrize("cold", [True, False], ids=["cold", "warm"])
def test_a_raising_snippet_shows_its_own_line(tmp_path, cold):
    path = fake(tmp_path, 'print("ok")\n#> ok\nvalue = {}\nvalue["missing"]\n')
    with pytest.raises(pytest.fail.Exception) as failed:
        check(check_file(path, cold=cold))
    message = str(failed.value)
    assert f'at {path}:4: value["missing"]' in message
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
    check(check_file(fake(tmp_path, source), cold=cold))


@pytest.mark.standalone
@pytest.mark.parametrize("env_name", ENVIRONMENTS)
def test_the_matrix_settings_reach_the_snippet(env_name, tmp_path, request):
    overrides = matrix_overrides(env_name, request.config)
    names = ["TF_ENABLE_ONEDNN_OPTS", "COLUMNS", "PYTHONHASHSEED"]
    source = "import os\n\n" + "".join(
        f'print(os.environ.get("{name}"))\n#> {overrides[name]}\n' for name in names
    )
    result = check_file(fake(tmp_path, source), overrides)
    assert not result.run.warm, "settings must be there before the import: a cold run"
    check(result)


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
