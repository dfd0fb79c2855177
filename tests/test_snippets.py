"""The driver: every snippet runs through pytest-examples and its printed lines must match its `#>` comments.

    pytest tests/test_snippets.py                    # check
    pytest tests/test_snippets.py --update-examples  # rewrite the `#>` comments, then read the diff
"""

import os

import keras  # imported once per test process; every snippet reuses it
import pytest
from pytest_examples import CodeExample, EvalExample

from tests.paths import SNIPPETS, rel


class Snippet(CodeExample):
    def in_py_file(self) -> bool:
        # A whole .py file, not a docstring: black's docstring rules must not apply.
        return False


@pytest.mark.parametrize("path", SNIPPETS, ids=rel)
def test_snippet(path, eval_example: EvalExample, monkeypatch, tmp_path):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.chdir(tmp_path)  # a snippet that writes a file never writes into the repo
    keras.backend.clear_session()
    keras.config.enable_interactive_logging()  # the article snippets turn it off
    example = Snippet.create(path.read_text("utf-8"), path=path)
    eval_example.set_config(line_length=88, quotes="double", isort=True)
    verbatim = path.name.startswith("article_")  # the seed article's code, kept as published
    if eval_example.update_examples:
        if not verbatim:
            eval_example.format(example)
        eval_example.run_print_update(example)
    else:
        if not verbatim:
            eval_example.lint(example)
        eval_example.run_print_check(example)
