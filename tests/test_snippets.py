"""The driver: every snippet runs through pytest-examples and its printed lines must match its `#>` comments.

pytest tests/test_snippets.py                    # check
pytest tests/test_snippets.py --update-examples  # rewrite the `#>` comments, then read the diff
"""

import linecache
import traceback

import keras  # imported once per test process; every snippet reuses it
import pytest
from pytest_examples import CodeExample, EvalExample

from scripts.project import ALL_BACKENDS_SNIPPETS, KERAS3_SNIPPETS, rel


class Snippet(CodeExample):
    def in_py_file(self) -> bool:
        # A whole .py file, not a docstring: black's docstring rules must not apply.
        return False


def snippet_traceback(exc: BaseException, path) -> str:
    """The exception as the snippet's own frames, `snippets/x.py:LINE: source` (pytest-examples'
    rewritten frames crash pytest's traceback printer on Python 3.11)."""
    lines = [
        f"{rel(path)}:{n}: {linecache.getline(str(path), n).strip()}"
        for frame, n in traceback.walk_tb(exc.__traceback__)
        if frame.f_code.co_filename == str(path)
    ]
    lines += traceback.format_exception_only(exc)
    return "\n".join(line.rstrip() for line in lines)


# Keras 2 code: -m legacy (test_standalone.py). The snippets that run every backend need
# JAX and PyTorch: they run with `-m backends`, in the venv of requirements-backends.txt.
CHECKED = [
    *KERAS3_SNIPPETS,
    *(pytest.param(p, marks=pytest.mark.backends) for p in ALL_BACKENDS_SNIPPETS),
]


@pytest.mark.parametrize("path", CHECKED, ids=rel)
def test_snippet(path, eval_example: EvalExample, monkeypatch, tmp_path):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.chdir(tmp_path)  # a snippet's files never land in the repo
    keras.backend.clear_session()
    keras.config.enable_interactive_logging()  # the article snippets turn it off
    example = Snippet.create(path.read_text("utf-8"), path=path)
    eval_example.set_config(line_length=88, quotes="double", isort=True)
    update = eval_example.update_examples
    if not path.name.startswith("article_"):  # the seed article's code, as published
        (eval_example.format if update else eval_example.lint)(example)
    try:
        run = eval_example.run_print_update if update else eval_example.run_print_check
        run(example)
    except pytest.fail.Exception:
        raise
    except Exception as exc:  # noqa: BLE001 - any error a snippet raises is reported
        raised = snippet_traceback(exc, path)
    else:
        return
    # outside the except block, so pytest never walks the rewritten frames
    pytest.fail(f"the snippet raised:\n{raised}", pytrace=False)
