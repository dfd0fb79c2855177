"""The one reader and the one comparer of `#>` output (no TensorFlow here).

Reader: for every `print(...)`, pytest-examples' own `find_print_location` finds where its
output is written and `remove_old_print` says which lines below it are that output: `#> `
lines, or a triple-quoted block.

Comparer: printed text equals the promised lines exactly, line by line, except for what
the `#>` format cannot represent: blank lines (pytest-examples strips a value's leading and
trailing newlines and writes no empty `#> ` line) and trailing whitespace (pytest-examples
and ruff strip it). A print too long for one `#> ` line is written as a triple-quoted block
whose values black reformats, which is not what stdout shows: keep prints short.

Used by the standalone check, the notebooks and the copy-button test.
"""

from __future__ import annotations

import ast
import difflib
from dataclasses import dataclass
from pathlib import Path

from pytest_examples import CodeExample
from pytest_examples.run_code import (
    comment_prefix_re,
    find_print_location,
    remove_old_print,
    triple_quotes_prefix_re,
)


@dataclass
class Output:
    line: int  # 1-based line of the print's last line; its output starts below it
    lines: list[str]  # the printed text, one item per output line
    block: bool  # written as a triple-quoted block rather than `#> ` lines


def expected_outputs(source: str, path: Path) -> list[Output]:
    """The output pytest-examples wrote under each print, in file order."""
    example = CodeExample.create(source, path=Path(path))
    lines = source.splitlines()
    starts = sorted(
        {
            node.lineno
            for node in ast.walk(ast.parse(source, filename=str(path)))
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "print"
        }
    )
    outputs = {}
    for start in starts:
        line_no, col = find_print_location(example, start)
        if line_no in outputs:
            continue
        remaining = lines[:]
        remove_old_print(
            remaining, line_no - 1
        )  # pytest-examples' own notion of "the output"
        written = lines[line_no : line_no + len(lines) - len(remaining)]
        if written and triple_quotes_prefix_re.match(written[0]):
            prefix = " " * col
            body = [s.removeprefix(prefix) for s in written[1:-1]]
            outputs[line_no] = Output(line_no, body, block=True)
        else:
            body = [comment_prefix_re.sub("", s, count=1) for s in written]
            outputs[line_no] = Output(line_no, body, block=False)
    return [outputs[n] for n in sorted(outputs)]


def expected_lines(source: str, path: Path) -> list[str]:
    """Every line the file's `#>` comments (and blocks) promise, in file order."""
    return [line for output in expected_outputs(source, path) for line in output.lines]


def comparable(lines: list[str]) -> list[str]:
    """What the `#>` format can represent: no blank lines, no trailing whitespace."""
    return [line.rstrip() for line in lines if line.strip()]


def difference(
    expected: list[str], printed: str, want: str = "#> lines", got: str = "stdout"
) -> str:
    """A unified diff (`-` promised, `+` printed), or "" when the output is as promised."""
    a, b = comparable(expected), comparable(printed.splitlines())
    if a == b:
        return ""
    return "\n".join(difflib.unified_diff(a, b, want, got, lineterm=""))
