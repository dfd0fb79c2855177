"""The copy-paste guarantee: every snippet, run alone as `python snippets/x/y.py`, prints its
`#>` lines (scripts/reader_run.py runs it and reports). `-m envmatrix`: the same, cold, under
settings that must not change an output."""

import random

import pytest

from scripts.project import KERAS2_SNIPPETS, KERAS3_SNIPPETS
from scripts.project import rel as show
from scripts.reader_run import Result, check_file, run_file

# Each value of each setting appears in one combination; PYTHONHASHSEED is drawn per run.
ENVIRONMENTS = {
    "onednn0-columns40": {"TF_ENABLE_ONEDNN_OPTS": "0", "COLUMNS": "40"},
    "onednn1-columns200": {"TF_ENABLE_ONEDNN_OPTS": "1", "COLUMNS": "200"},
}


def check(result: Result) -> None:
    """Fail with the runner's report unless stdout equals the `#>` lines."""
    __tracebackhide__ = True
    if result.result != "same":
        pytest.fail(result.report(), pytrace=False)


def matrix_overrides(env_name: str, config) -> dict[str, str]:
    # The hash seed is drawn from pytest-randomly's seed when it runs (replay with
    # `--randomly-seed=N`), at random otherwise.
    seed = getattr(config.option, "randomly_seed", None)
    draw = random.Random(f"{seed}-{env_name}") if isinstance(seed, int) else random
    return {**ENVIRONMENTS[env_name], "PYTHONHASHSEED": str(draw.randrange(1, 2**32))}


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


# The runner itself, on throwaway snippets.
@pytest.mark.standalone
@pytest.mark.parametrize("cold", [True, False], ids=["cold", "warm"])
def test_the_report_names_the_snippet_its_diff_and_raising_line(tmp_path, cold):
    path = tmp_path / "fake_snippet.py"
    path.write_text(
        'import sys\nprint("out", file=sys.stderr)\n#> out\n{}["missing"]\n'
    )
    with pytest.raises(pytest.fail.Exception) as failed:
        check(check_file(path, cold=cold))  # stderr is not stdout; then it raises
    report = str(failed.value)
    assert f"{path} ({'cold' if cold else 'warm'}): error" in report
    assert f'at {path}:4: {{}}["missing"]' in report
    assert "KeyError: 'missing'" in report and "\n-out" in report


@pytest.mark.standalone
@pytest.mark.parametrize("env_name", ENVIRONMENTS)
def test_the_matrix_settings_reach_the_snippet(env_name, tmp_path, request):
    overrides = matrix_overrides(env_name, request.config)
    path = tmp_path / "fake_snippet.py"
    code = [f'print(os.environ.get("{k}"))\n#> {v}\n' for k, v in overrides.items()]
    path.write_text("import os\n\n" + "".join(code))
    result = check_file(path, overrides)
    assert not result.run.warm, "settings must be there before the import: a cold run"
    check(result)


# What a file sees, as `python file.py` runs it in the reader's environment. Each line
# differs if the warm child got it wrong, or if the harness's settings leaked.
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
print("harness settings:", sorted(k for k in os.environ if k.startswith(("TF_", "KERAS_", "PYTHON", "PYTEST_")) or k in ("COLUMNS", "LINES")))
import keras
print("layers made so far:", keras.backend.get_uid("dense"))
atexit.register(print, "atexit ran")
raise SystemExit(3)
"""


@pytest.mark.standalone
def test_a_warm_run_is_a_cold_run_but_for_the_import(tmp_path, monkeypatch):
    for name, value in {"TF_ENABLE_ONEDNN_OPTS": "0", "COLUMNS": "40"}.items():
        monkeypatch.setenv(name, value)
    path = tmp_path / "fake_snippet.py"
    path.write_text(AS_A_SCRIPT)
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
        "harness settings: []",
        "layers made so far: 1",
        "atexit ran",
    ]
    assert (warm.returncode, warm.stdout) == (cold.returncode, cold.stdout), warm.stderr
