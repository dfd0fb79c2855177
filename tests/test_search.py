"""Site search answers what readers type: the queries of tests/search_cases.yml (real titles,
pasted errors), typed into Material's search box in Chromium. A rule fixed before any tuning
(`split`) makes a TRAIN split (tuned on; each query shown on its page, "Questions readers
asked", so its figure is fitted: a regression guard) and a TEST split (never tuned to, never
shown). Goal on TEST: 90% rank their page in the top 3, all in the top 5; neither split may
fall below its floor. A page and its sections are one result. The box ranks by words and by
meaning (search-semantic.js): each test waits for its model to load.

    [SEARCH_SPLIT=train] pytest tests/test_search.py -s  # tables, worst first [train only]
"""

import os
import time
import urllib.parse
from dataclasses import dataclass

import pytest

from scripts.project import search_cases as all_cases
from scripts.project import split

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 900}
TOP, ALL_IN = 3, 5
GOAL_TOP_SHARE = 0.9  # of the test split, in the top TOP; all of it in the top ALL_IN
MISSING_PAGE = "(page not in the build)"
WORST_FIRST = lambda row: (-(row.rank or 10**6), row.case["query"])  # a sort key
# Floors, a ratchet: (top 3, top 5) as last measured; raise them when a change lifts them,
# never lower them to let a change in. Train (572) is fitted: each query is on its page (judge
# by cross-validation, tests/search_cases.yml); test (323) was collected before each round's
# tuning and is asserted apart from the goal. Lowered twice, said: for audit fixes (2026-12-07)
# and, test top 5 158 -> 155, for the readers' questions, chosen by cross-validation before
# the test split ran (then 34 test queries up, 10 down, top 3 +8).
TRAIN_FLOOR = (569, 572)
TEST_FLOOR = (280, 298)
RESULT_PAGES_JS = """() => Array.from(document.querySelectorAll('.md-search-result__item'))
  .map(li => li.querySelector('a.md-search-result__link'))
  .filter(a => a).map(a => new URL(a.href).pathname)"""


# SEARCH_SPLIT=train: the train split only, so that test queries and ranks stay unseen.
ONLY_SPLIT = os.environ.get("SEARCH_SPLIT", "")


def _ranked_pages(page, box, query: str) -> list[str]:
    """The result pages (URL paths) in Material's order, once its answer has stopped changing.
    The query is filled in at once, then a key is pressed: Material searches on keyup, so
    once, for the whole query."""
    box.fill("")  # empties the box and the result list
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__item') && !/matching/i"
        ".test(document.querySelector('.md-search-result__meta').textContent)",
        timeout=15_000,
    )
    box.click()
    box.fill(query)
    page.keyboard.press("End")  # "？" (a full-width question mark) is no key to press
    page.wait_for_function(
        "() => /matching/i.test("
        "document.querySelector('.md-search-result__meta').textContent)",
        timeout=15_000,
    )
    seen, stable, deadline = None, 0, time.monotonic() + 10
    while stable < 2 and time.monotonic() < deadline:
        now = (
            page.locator(".md-search-result__meta").inner_text(),
            page.evaluate(RESULT_PAGES_JS),
        )
        stable = stable + 1 if now == seen else 0
        seen = now
        time.sleep(0.05)
    # A page is one result however many of its sections match.
    return list(dict.fromkeys(seen[1])) if seen else []


@dataclass
class Row:
    case: dict
    rank: int | None  # 1-based rank of the answering page; None: not among the results
    top: list[str]  # the first pages returned


@pytest.fixture(scope="module")
def search(browser, site_url):
    """query -> the result pages, relative to the site, typed into one page's search box."""
    context = browser.new_context(viewport=VIEWPORT)
    base = urllib.parse.urlsplit(site_url).path
    page = context.new_page()
    page.goto(site_url)
    box = page.locator("input[data-md-component=search-query]")
    _meaning_loaded(page, box)
    ranked = lambda query: [p.removeprefix(base) for p in _ranked_pages(page, box, query)]
    ranked.invalid = []  # Material's worker logs this and shows no result when lunr fails
    ranked.page = page
    page.on("console", lambda m: "Invalid query" in m.text and ranked.invalid.append(m.text))
    yield ranked
    context.close()


def _meaning_loaded(page, box):
    """The search box's model loads when the box is first used (search-semantic.js)."""
    box.click()
    page.wait_for_function("() => window.searchQueryMeaning?.docs.length", timeout=60_000)
    assert page.evaluate("() => window.searchQueryMeaning.ready"), (
        "search/sections.bin was not written from this search index (overrides/hooks/search_model.py)")


def _rank(search, site_pages: list[str], case: dict) -> Row:
    if case["page"] not in site_pages:
        return Row(case, None, [MISSING_PAGE])
    ranked = search(case["query"])
    rank = ranked.index(case["page"]) + 1 if case["page"] in ranked else None
    return Row(case, rank, ranked[:ALL_IN])


def figures(rows: list[Row]) -> tuple[int, int, int, int]:
    """(queries, in the top 1, in the top TOP, in the top ALL_IN); said by _said()"""
    ranks = [r.rank for r in rows if r.rank]
    return len(rows), *(sum(r <= k for r in ranks) for k in (1, TOP, ALL_IN))


def _said(rows: list[Row]) -> str:
    n, *tops = figures(rows)
    return f"{n} queries: " + ", ".join(
        f"top {k} {v} ({v / n:.0%})" for k, v in zip((1, TOP, ALL_IN), tops)
    )


def _table(rows: list[Row]) -> str:
    width = min(70, max(len(r.case["query"]) for r in rows))
    lines = [f"{'rank':>4}  {'query':<{width}}  expected -> top {ALL_IN}"]
    for r in sorted(rows, key=WORST_FIRST):
        q = r.case["query"]
        q = q if len(q) <= width else q[: width - 1] + "…"
        lines.append(
            f"{r.rank or '-':>4}  {q:<{width}}  {r.case['page']} -> {', '.join(r.top)}"
        )
    return "\n".join(lines)


@pytest.fixture(scope="module")
def search_rows(search, site_pages) -> dict[str, list[Row]]:
    """Every reader query typed into the search box once, both splits; prints both tables."""
    rows = [_rank(search, site_pages, case) for case in all_cases()
            if not ONLY_SPLIT or split(case) == ONLY_SPLIT]
    by_split = {s: [r for r in rows if split(r.case) == s] for s in ("train", "test")}
    for s, part in by_split.items():
        if part:
            print(f"\n--- {s} split, worst first ---\n{_table(part)}\n{s}: {_said(part)}")
    return by_split


def _misses(rows: list[Row], k: int) -> list[str]:
    return [
        f"{r.case['query']!r} -> {r.case['page']} ranked {r.rank or '-'} "
        f"(top: {', '.join(r.top)}; {r.case['source']})"
        for r in sorted(rows, key=WORST_FIRST)
        if not r.rank or r.rank > k
    ]


# Issue 20 is open: the goal is not met yet. Strict, so the day it is met this test fails
# until the marker goes; the floors below catch a fall meanwhile.
@pytest.mark.xfail(
    strict=True,
    reason="issue 20: test split 280/323 in the top 3, 298/323 in the top 5 (goal 90%, 100%)",
)
def test_search_meets_goal_on_test_split(search_rows):
    """The split never tuned to: >= 90% of its queries rank their page in the top 3,
    every one in the top 5. The message lists the worst queries with their ranks."""
    rows = _split_rows(search_rows, "test")
    n, _, top3, _ = figures(rows)
    problems = [f"not in the top {ALL_IN}: {m}" for m in _misses(rows, ALL_IN)]
    if top3 < GOAL_TOP_SHARE * n:
        problems.append(
            f"only {top3} of {n} ({top3 / n:.0%}) in the top {TOP}, "
            f"goal {GOAL_TOP_SHARE:.0%}; outside the top {TOP}, worst first: "
            + "; ".join(_misses(rows, TOP))
        )
    assert not problems, f"test split: {_said(rows)}\n" + "\n".join(problems)


def _split_rows(search_rows, name: str) -> list[Row]:
    if ONLY_SPLIT and ONLY_SPLIT != name:
        pytest.skip(f"SEARCH_SPLIT={ONLY_SPLIT}")
    return search_rows[name]


@pytest.mark.parametrize(
    ("name", "floor"), [("train", TRAIN_FLOOR), ("test", TEST_FLOOR)]
)
def test_search_split_no_worse_than_before(search_rows, name, floor):
    """Each split stays at or above its floor (the figures last measured), whether or not
    the test split meets the goal."""
    rows = _split_rows(search_rows, name)
    top3, top5 = figures(rows)[2:]
    assert top3 >= floor[0] and top5 >= floor[1], (
        f"{name} split: {_said(rows)}; floor (top {TOP}, top {ALL_IN}) = {floor}\n"
        + "\n".join(_misses(rows, TOP))
    )


# A Keras 2 message as readers paste it: the layer name is their own, in double quotes,
# which Material alone turns into a term that must occur (and so found nothing).
PASTED_ERROR = (
    'ValueError: You called `set_weights(weights)` on layer "conv_block_3" with a weight '
    "list of length 2, but the layer was expecting 4 weights."
)
PASTED_ERROR_PAGE = "copy-weights/"  # "weight list of length 2, but the layer was expecting"


def test_pasted_error_with_quoted_layer_name(search):
    """The pasted message returns the page that explains it in the top 3 (the goal's
    measure; the error index, which links to it, may come first), and the query the
    worker receives has no quotes left in it."""
    ranked = search(PASTED_ERROR)
    rewritten = search.page.evaluate(
        "q => window.searchQueryRewrite ? window.searchQueryRewrite(q) : q", PASTED_ERROR
    )
    assert PASTED_ERROR_PAGE in ranked[:TOP], (
        f"{PASTED_ERROR!r} -> {ranked[:ALL_IN]}; expected {PASTED_ERROR_PAGE} in the top {TOP} "
        f"(the query as the worker got it: {rewritten!r})"
    )
    assert '"' not in rewritten and "`" not in rewritten, rewritten


PHONE = {"width": 390, "height": 844}
# Queries whose results include sections made of a long code block or a long diagram text.
PHONE_QUERIES = ("set_weights", "copy weights to another model")
RESULT_HEIGHTS_JS = """() => Array.from(document.querySelectorAll('.md-search-result__item'))
  .slice(0, 3).map(li => Math.round(li.getBoundingClientRect().height))"""
# Text lines that a result's box (or a box inside it) shows only in part: the start of each.
CUT_LINES_JS = """() => [...document.querySelectorAll('.md-search-result__article')].flatMap(a => {
  const w = document.createTreeWalker(a, NodeFilter.SHOW_TEXT), cut = [];
  while (w.nextNode()) { const r = document.createRange(); r.selectNodeContents(w.currentNode);
    for (const q of r.getClientRects()) { let top = q.top, end = q.bottom;
      for (let e = w.currentNode.parentElement; a.contains(e); e = e.parentElement) {
        if (getComputedStyle(e).overflowY === 'visible') continue;
        const t = e.getBoundingClientRect().top + e.clientTop;
        top = Math.max(top, t); end = Math.min(end, t + e.clientHeight); }
      if (end - top > 1 && end - top < q.height - 1) cut.push(w.currentNode.data.slice(0, 30)); } }
  return cut; })"""


def test_results_fit_a_phone(browser, site_url):
    """On a phone, none of the first three results is taller than half the screen, so a
    code block in a matching section cannot fill the list (without
    docs/assets/stylesheets/search.css the third result of "set_weights" is 1,042 px),
    and no result shows half a line (a height limit did, for both queries)."""
    context = browser.new_context(viewport=PHONE)
    problems = []
    try:
        page = context.new_page()
        page.goto(site_url)
        page.evaluate(
            "() => { const t = document.getElementById('__search');"
            " t.checked = true; t.dispatchEvent(new Event('change')) }"
        )
        box = page.locator("input[data-md-component=search-query]")
        _meaning_loaded(page, box)
        for query in PHONE_QUERIES:
            _ranked_pages(page, box, query)
            heights = page.evaluate(RESULT_HEIGHTS_JS)
            if len(heights) < 3 or max(heights) > PHONE["height"] / 2:
                problems.append(f"{query!r}: first results {heights} px high")
            if cut := page.evaluate(CUT_LINES_JS):
                problems.append(f"{query!r}: lines cut in half: {cut[:3]}")
    finally:
        context.close()
    assert not problems, (
        f"results taller than half a {PHONE['height']} px screen, or cut: {problems}"
    )


def test_no_query_breaks_the_search(search, search_rows):
    """Every query gives lunr a valid query (a bare "2^2" once left a pasted error no result)."""
    for query in ["used 2 times", "keras 3 clone model", "shape (3, 4)", "model 0 1 5 6 7 8 9"]:
        search(query)
    assert not search.invalid, "\n".join(search.invalid)


# Strings that part the tokenizers if a rule differs: accents, CJK, control characters,
# symbols, code, a word over 100 letters, more than 128 tokens.
MEANING_TEXTS = ["Café naïve — 模型 `model.get_config()` ©€ a\x00b\tc İ", "x" * 101 + " end",
                 "ValueError: Unknown layer: 'MyLayer'. Please ensure...", "copy " * 140]
EMBED_JS = """text => new Promise(done => { const w = window.searchQueryMeaning.worker, id = -1;
  const take = ({ data }) => data.id === id && (w.removeEventListener("message", take),
    done({ ids: data.ids, vector: Array.from(data.vector) }));
  w.addEventListener("message", take); w.postMessage({ type: "embed", id, text, debug: true }) })"""


def test_query_meaning_as_the_build_computes_it(search):
    """The browser turns a query into the tokens and the vector that the build's Python
    (overrides/hooks/search_model.py) gives the same text, so the two sides compare."""
    from search_model import MODEL, embed, read, tokens
    head, weights = read(MODEL)
    vocab = {t: i for i, t in enumerate(head["vocab"])}
    for text in MEANING_TEXTS:
        got = search.page.evaluate(EMBED_JS, text)
        ids = tokens(text, vocab)
        assert got["ids"] == ids, f"{text[:40]!r}: browser {got['ids'][:12]}, build {ids[:12]}"
        cosine = sum(a * b for a, b in zip(got["vector"], embed(ids, weights)))
        assert cosine > 0.9999, f"{text[:40]!r}: the two vectors' cosine is {cosine}"
