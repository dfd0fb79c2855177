"""Static wiring between snippets and pages: every snippet is shown and checked, every include resolves."""

import pytest

from scripts.expected import expected_outputs
from scripts.project import ROOT, SECTION_RE, SNIPPETS, includes, pages, rel


def _included() -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for page in pages():
        for line, path, _ in includes(page):
            seen.setdefault(path, []).append(f"{rel(page)}:{line}")
    return seen


def test_snippets_exist():
    assert SNIPPETS, "no snippets found under snippets/"


@pytest.mark.parametrize("path", SNIPPETS, ids=rel)
def test_snippet_is_included_by_a_page(path):
    if rel(path) not in _included():
        pytest.fail(
            f"{rel(path)}:1: no page under docs/ includes this snippet", pytrace=False
        )


@pytest.mark.parametrize("path", SNIPPETS, ids=rel)
def test_snippet_prints_checked_output(path):
    """At least one print, and under every print the output it promises (the one reader)."""
    outputs = expected_outputs(path.read_text("utf-8"), path)
    if not outputs:
        pytest.fail(
            f"{rel(path)}:1: prints nothing, so nothing is checked", pytrace=False
        )
    unchecked = [f"{rel(path)}:{o.line}" for o in outputs if not o.lines]
    if unchecked:
        pytest.fail(f"a print with no #> lines under it: {unchecked}", pytrace=False)


def test_every_include_resolves():
    problems = []
    for page in pages():
        for line, path, section in includes(page):
            target = ROOT / path
            if not target.is_file():
                problems.append(f"{rel(page)}:{line}: includes missing file {path}")
                continue
            names = {m["name"] for m in SECTION_RE.finditer(target.read_text("utf-8"))}
            if section and section not in names:
                problems.append(
                    f"{rel(page)}:{line}: {path} has no section [{section}]"
                )
    assert not problems, "\n".join(problems)


def test_pages_include_by_name_not_line_numbers():
    bad = [
        f"{rel(page)}:{line}"
        for page in pages()
        for line, text in enumerate(page.read_text("utf-8").splitlines(), 1)
        if "--8<--" in text and any(f".py:{d}" in text for d in "0123456789")
    ]
    assert not bad, f"include by line numbers (use a named section): {bad}"
