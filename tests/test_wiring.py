"""Static wiring between snippets and pages: every snippet is shown and checked, every include resolves."""

import functools
import re

import pytest

from scripts.project import (
    DERIVED,
    DERIVED_RE,
    ROOT,
    SECTION_RE,
    SNIPPETS,
    expected_outputs,
    includes,
    pages,
    rel,
)


@functools.cache  # read the pages once, not once per snippet
def _included() -> set[str]:
    return {path for page in pages() for _, path, _ in includes(page)}


def test_snippets_exist():
    assert SNIPPETS, "no snippets found under snippets/"


@pytest.mark.parametrize("path", SNIPPETS, ids=rel)
def test_snippet_is_shown_and_its_output_checked_and_labelled(path):
    """A page includes it; it prints, every print has `#>` lines under it (the one reader),
    and every output says what its value proves: `#> same variable: True`, never `#> True`."""
    outputs = expected_outputs(path.read_text("utf-8"), rel(path))
    problems = [
        f"{rel(path)}:{o.line}: a print with no #> lines"
        for o in outputs
        if not o.lines
    ]
    if rel(path) not in _included():
        problems.append(f"{rel(path)}:1: no page under docs/ includes this snippet")
    if not outputs:
        problems.append(f"{rel(path)}:1: prints nothing, so nothing is checked")
    if bare := bare_outputs(path):
        problems.append(
            "output with no label (print a short label before the value, e.g. "
            '`print("same variable:", a is b)`):\n' + "\n".join(bare)
        )
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


FORMATS = '''\
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
'''


def test_the_reader_reads_the_pytest_examples_format():
    outputs = expected_outputs(FORMATS)
    assert [(o.line, o.lines, o.block) for o in outputs] == [
        (1, ["first"], False),
        (3, ["with a blank line before"], True),
        (8, ["loop 0", "loop 1"], False),
    ]


@pytest.mark.parametrize(
    "tail", ['"""\nsecond\n"""\n#> third\n', '#> second\n"""\nthird\n"""\n']
)
def test_the_reader_rejects_output_under_no_print(tail):
    """A block among `#>` lines (or a `#>` line after a block) would be read past."""
    source = 'print("first")\n' + tail
    with pytest.raises(ValueError, match=r"^x\.py:[2-5]: output under no print"):
        expected_outputs(source, "x.py")


def test_every_include_resolves():
    problems = []
    for page in pages():
        for line, path, section in includes(page):
            target, where = ROOT / path, f"{rel(page)}:{line}"
            if not target.is_file():
                problems.append(f"{where}: includes missing file {path}")
                continue
            names = {m["name"] for m in SECTION_RE.finditer(target.read_text("utf-8"))}
            if section and section not in names:
                problems.append(f"{where}: {path} has no section [{section}]")
    assert not problems, "\n".join(problems)


def test_pages_include_by_name_not_line_numbers():
    bad = [
        f"{rel(page)}:{line}"
        for page in pages()
        for line, text in enumerate(page.read_text("utf-8").splitlines(), 1)
        if "--8<--" in text and any(f".py:{d}" in text for d in "0123456789")
    ]
    assert not bad, f"include by line numbers (use a named section): {bad}"


# A value with nothing saying what it proves: a bool, a number (None too), or brackets,
# commas and spaces around only those: `True`, `3 0`, `(4, 5) False`, `[True, False]`, `[]`.
_VALUE = r"(?:True|False|None|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|nan|-?inf)"
BARE_RE = re.compile(rf"^[\s\[\](),]*(?:{_VALUE}[\s\[\](),]*)*$")


def _verbatim_lines(path) -> range:
    """The seed article's code, quoted verbatim on the errata page, prints `[]` under its own
    label lines: the prints of its [start:article] section (only) are exempt."""
    text = path.read_text("utf-8")
    marks = {
        m["kind"]: text.count("\n", 0, m.start()) + 1
        for m in SECTION_RE.finditer(text)
        if m["name"] == "article"
    }
    if not path.name.startswith("article_") or len(marks) != 2:
        return range(0)
    return range(marks["start"], marks["end"])


def bare_outputs(path) -> list[str]:
    """`snippets/x.py:LINE: #> VALUE` for each bare value; a line inside an open bracket
    continues the value above it (a long array) and is judged with it."""
    exempt = _verbatim_lines(path)
    found = []
    for output in expected_outputs(path.read_text("utf-8")):
        if output.line in exempt:
            continue
        depth = 0
        for text in output.lines:
            if depth <= 0 and BARE_RE.match(text):
                found.append(f"{rel(path)}:{output.line}: #> {text}")
            depth += sum(map(text.count, "[(")) - sum(map(text.count, "])"))
    return found


def test_derived_content_markers_name_a_maker_and_a_source():
    """`<!-- <what> from <source> -->`: a kind a hook makes, from a path that exists; and
    every kind is used (project_facts.DERIVED)."""
    found = [
        (rel(p), m) for p in pages() for m in DERIVED_RE.finditer(p.read_text("utf-8"))
    ]
    bad = [
        f"{page}: {m[0]}"
        for page, m in found
        if m["what"] not in DERIVED or not (ROOT / m["source"]).exists()
    ]
    why = "markers no hook fills, or whose source is missing:"
    assert not bad, "\n".join([why, *bad])
    assert {m["what"] for _, m in found} == set(DERIVED)


MD_PAGES = [p for p in pages() if p.suffix == ".md"]
# Inline code spans and fenced blocks, as Markdown reads them (a span may wrap a line).
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
FENCE = re.compile(r"^[ \t>]*(```|~~~).*?^[ \t>]*\1", re.DOTALL | re.MULTILINE)


@pytest.mark.parametrize("page", MD_PAGES, ids=rel)
def test_quoted_labels_match_the_printed_output(page):
    """A prose span `label: value` whose label a snippet on the page prints quotes a printed
    line (`...` elides), so a changed output cannot leave its quote stale. A message quoted
    as Keras raises it, `ValueError: msg`, needs only its `msg` printed."""
    printed = [
        line.strip()
        for _, path, _ in includes(page)
        for o in expected_outputs((ROOT / path).read_text("utf-8"), path)
        for line in o.lines
    ]
    labels = {line.split(": ", 1)[0] for line in printed}
    text = FENCE.sub(lambda m: "\n" * m[0].count("\n"), page.read_text("utf-8"))
    stale = [
        f"{rel(page)}:{text.count(chr(10), 0, m.start()) + 1}: `{quote}` is not printed"
        " by the snippets it includes"
        for m in CODE_SPAN.finditer(text)
        if ": " in (quote := " ".join(m[2].split()))
        and quote.split(": ", 1)[0] in labels
        and not any(
            re.search(".*?".join(map(re.escape, quote.split("..."))), p)
            or re.search(rf"(Error|Exception) - {re.escape(quote.split(': ', 1)[1])}", p)
            for p in printed
        )
    ]
    assert not stale, "\n".join(stale)
