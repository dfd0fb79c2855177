"""Keras 2 code, run where it runs: tf_keras next to the pinned TensorFlow (marker `legacy`).

    python3 -m venv .venv-legacy && .venv-legacy/bin/pip install -r requirements-legacy.txt
    .venv-legacy/bin/python -m pytest -m legacy

Snippets under snippets/keras2/ import `tf_keras`. Each runs alone in a fresh interpreter
and must print exactly its `#>` lines (the standalone check), and the notebook of each page
that shows them must run clean and print its outputs (the notebook check). The Keras 3 side
of those pages runs in the default suite like every other snippet.
"""

import importlib.util

import pytest
from test_notebooks import KERAS2_NOTEBOOKS, execute
from test_standalone import check

from scripts.project import KERAS2_SNIPPETS, rel
from scripts.reader_run import run_file

pytestmark = pytest.mark.legacy


def test_tf_keras_is_installed():
    if importlib.util.find_spec("tf_keras") is None:
        pytest.fail(
            "tf_keras is not installed: run `pytest -m legacy` in the venv of "
            "requirements-legacy.txt",
            pytrace=False,
        )


def test_there_is_keras2_code_and_a_page_for_it():
    assert KERAS2_SNIPPETS, "no snippets under snippets/keras2/"
    assert KERAS2_NOTEBOOKS, "no notebook of a page that shows snippets/keras2/ code"


@pytest.mark.parametrize("path", KERAS2_SNIPPETS, ids=rel)
def test_keras2_snippet_alone(path):
    check(run_file(path, cold=True))  # the warm Python imports Keras 3


@pytest.mark.parametrize("path", KERAS2_NOTEBOOKS, ids=rel)
def test_keras2_notebook_runs_and_prints_its_outputs(path, tmp_path):
    problems = execute(path, tmp_path)
    assert not problems, "\n".join(problems)
