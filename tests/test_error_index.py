"""The error index (docs/errors.md) lists every error message a snippet prints, and nothing else.
The expected messages are read here independently of the hook (overrides/hooks/), with
pytest-examples' own `#>` reader, and compared with what the hook collects and the page.
"""

import html
import re

import error_index as hook  # overrides/hooks/error_index.py
import pytest

from scripts.project import DOCS, ROOT, SNIPPETS, expected_outputs, rel

# A name ending a line is a label.
EXCEPTION = re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b(?!$)")


def printed_errors() -> set[tuple[str, str]]:
    found = set()
    for path in SNIPPETS:
        for output in expected_outputs(path.read_text("utf-8")):
            for line in output.lines:
                if EXCEPTION.search(line) and " | " not in line:
                    found.add((rel(path), line.strip()))
    return found


def test_the_index_collects_every_printed_error_and_nothing_else():
    entries, printed = hook.collect(ROOT, DOCS), printed_errors()
    missing = [
        f"{snippet}: {line}"
        for snippet, line in sorted(printed)
        if not any(e.snippet == snippet and line.endswith(e.message) for e in entries)
    ]
    assert not missing, "printed but not in the error index:\n" + "\n".join(missing)
    assert len(entries) >= 20, f"only {len(entries)} messages: is the reader broken?"
    stale = [
        f"{e.snippet}:{e.line}: {e.message}"
        for e in entries
        if not any(s == e.snippet and line.endswith(e.message) for s, line in printed)
    ]
    assert not stale, "in the index but not printed:\n" + "\n".join(stale)


@pytest.mark.browser
def test_the_built_page_shows_every_message(built_site):
    """Each printed message is in a row (a placeholder stands for any name or number, a
    shortened message starts a row's), and that row names the message's snippet; no two
    rows of a table differ only in a name or a number."""
    page = (built_site / "errors" / "index.html").read_text("utf-8")
    names = re.compile(r"(?<=[\"'])[\w.-]+(?=[\"'])|\b\d+\b|<var>\w+</var>")  # as X
    rows = [(i, names.sub("X", html.unescape(code)), row)  # (table, message, row)
            for i, table in enumerate(page.split("<h2"))
            for row in re.findall(r"<tr>(.*?)</tr>", table, re.DOTALL)
            for code in re.findall(r"<code>(.*?)</code>", row)[:1]]  # fmt: skip
    assert len({r[:2] for r in rows}) == len(rows), "rows that differ only in a name"
    entries = hook.collect(ROOT, DOCS)
    missing = [f"{snippet}: {line}" for snippet, line in sorted(printed_errors())
               if not any(e.snippet == snippet and line.endswith(e.message)
                          and names.sub("X", e.message).removesuffix(" [...]") in message
                          and re.search(f'title="([^"]*, )?{re.escape(snippet)}:\\d', row)
                          for e in entries for _, message, row in rows)
               ]  # fmt: skip
    assert not missing, "not on the built errors page:\n" + "\n".join(missing)


def test_an_entry_links_to_a_section_that_quotes_it():
    """Where a page quotes a message in its prose, the row links to such a section (the four
    `Tiny` rows once linked to the section that shows the code, not the one that explains)."""
    wrong = []
    for e in hook.collect(ROOT, DOCS):
        page = (DOCS / e.page).read_text("utf-8")
        parts = re.split(r"^#{2,6} ", page, flags=re.MULTILINE)[1:]
        quoting = [
            p.split("\n", 1)[0] for p in parts if e.message in " ".join(p.split())
        ]
        if quoting and e.heading not in [hook.heading_text(h) for h in quoting]:
            wrong.append(f"{e.snippet}:{e.line} -> {e.page}#{e.anchor}")
    assert not wrong, "linked to a section not quoting it:\n" + "\n".join(wrong)


def test_a_row_with_several_links_starts_where_a_page_says_start_here():
    """A row linking several sections has one "Start here:", first: the section whose
    Markdown says `<!-- start here: <the message's first words> -->`."""
    first = '| <span class="error-place"><strong>Start here:</strong> '
    wrong = [r[:90] for r in hook.render(hook.collect(ROOT, DOCS), "errors.md").splitlines()
             if r.count("</span>") > 1 and (r.count("Start here:") != 1 or first not in r)]  # fmt: skip
    assert not wrong, "rows without one 'Start here:' first:\n" + "\n".join(wrong)
