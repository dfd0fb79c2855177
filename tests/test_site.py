"""Search in the built site, in a real browser: reader queries rank the page that answers them.

pytest -m browser          # the browser tests (needs /usr/bin/chromium, see tests/conftest.py)
"""

from __future__ import annotations

import time
import urllib.parse

import pytest

from scripts.project import ROOT

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 900}


def _fail_if(problems: list[str], what: str):
    if problems:
        pytest.fail(f"{what}:\n" + "\n".join(problems), pytrace=False)


# --- search ------------------------------------------------------------------------------

# Reader queries (real issue and Q&A titles) and the page that answers each: tests/search_cases.yml.
SEARCH_CASES_FILE = ROOT / "tests" / "search_cases.yml"
# At least SEARCH_TOP_SHARE of the queries in the top 3, every one in the top 5.
TOP, ALL_IN = 3, 5
SEARCH_TOP_SHARE = 0.9
MISSING_PAGE = "(page not in the build)"
RESULT_PAGES_JS = """() => Array.from(document.querySelectorAll('.md-search-result__item'))
  .map(li => li.querySelector('a.md-search-result__link'))
  .filter(a => a).map(a => new URL(a.href).pathname)"""


def search_cases() -> list[dict]:
    import yaml

    cases = yaml.safe_load(SEARCH_CASES_FILE.read_text("utf-8"))
    assert all({"query", "page", "source"} <= set(c) for c in cases), SEARCH_CASES_FILE
    return cases


def _ranked_pages(page, box, query: str) -> list[str]:
    """Clear the box, enter the query, wait until the results stop changing, and return
    the result pages (URL paths) in Material's order. All but the last character are
    filled in at once and the last is a key press: Material searches on keyup, so it
    searches once, for the whole query, rather than once per prefix."""
    box.fill("")  # empties the box and the result list
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__item')", timeout=15_000
    )
    box.click()
    box.fill(query[:-1])
    page.keyboard.press(query[-1])
    seen, stable, deadline = None, 0, time.monotonic() + 10
    while stable < 3 and time.monotonic() < deadline:
        time.sleep(0.15)
        now = (
            page.locator(".md-search-result__meta").inner_text(),
            page.evaluate(RESULT_PAGES_JS),
        )
        stable = stable + 1 if now == seen else 0
        seen = now
    return list(dict.fromkeys(seen[1])) if seen else []


def test_search_answers_reader_queries(browser, site_url, site_pages):
    """Each reader query, typed into the real search box, ranks the page that answers it:
    >= 90% in the top 3 and 100% in the top 5. A case whose page is not in the build fails."""
    cases = search_cases()
    context = browser.new_context(viewport=VIEWPORT)
    base = urllib.parse.urlsplit(site_url).path
    rows = []
    try:
        page = context.new_page()  # one page for every query
        page.goto(site_url)
        box = page.locator("input[data-md-component=search-query]")
        for case in cases:
            if case["page"] not in site_pages:
                rows.append((case, None, MISSING_PAGE))
                continue
            ranked = [
                p.removeprefix(base) for p in _ranked_pages(page, box, case["query"])
            ]
            rank = ranked.index(case["page"]) + 1 if case["page"] in ranked else None
            rows.append((case, rank, ", ".join(ranked[:3])))
    finally:
        context.close()

    width = max(len(c["query"]) for c, _, _ in rows)
    table = [f"{'rank':>4}  {'query':<{width}}  expected -> top 3"]
    for case, rank, top in rows:
        table.append(
            f"{rank or '-':>4}  {case['query']:<{width}}  {case['page']} -> {top}"
        )
    n = len(rows)
    in_top = sum(1 for _, r, _ in rows if r and r <= TOP)
    summary = (
        f"{n} reader queries: top 1 {sum(1 for _, r, _ in rows if r == 1)}, "
        f"top {TOP} {in_top} ({in_top / n:.0%}), "
        f"top {ALL_IN} {sum(1 for _, r, _ in rows if r and r <= ALL_IN)}"
    )
    print("\n".join([*table, summary]))
    misses = [
        f"{c['query']!r}: {c['page']} "
        + (
            "is missing from the build"
            if r is None and top == MISSING_PAGE
            else f"ranked {r or '-'}"
        )
        + f" ({c['source']})"
        for c, r, top in rows
        if not r or r > ALL_IN
    ]
    problems = [f"not in the top {ALL_IN}: " + m for m in misses]
    if in_top < SEARCH_TOP_SHARE * n:
        problems.append(
            f"only {in_top} of {n} queries ({in_top / n:.0%}) rank their page in the top "
            f"{TOP}; at least {SEARCH_TOP_SHARE:.0%} must: "
            + "; ".join(
                f"{c['query']!r} -> {c['page']} ranked {r or '-'}"
                for c, r, _ in rows
                if not r or r > TOP
            )
        )
    _fail_if(problems, summary)
