"""The build: strict, importing nothing of the tests, the tools or TensorFlow (conftest.py
builds with them unimportable; it reads tests/search_cases.yml), no mermaid runtime published
(no page draws a diagram). A missing include never ships: tests/test_wiring.py checks it."""

import re
from html import unescape

from scripts.project import DERIVED_RE, plain, query_words, questions_shown, search_cases, split


def test_site_builds_with_tensorflow_keras_pytest_tests_and_scripts_unimportable(
    built_site,
):
    assert (built_site / "index.html").is_file()
    assert not [p.name for p in built_site.rglob("*mermaid*")]
    assert not any(DERIVED_RE.search(f.read_text()) for f in built_site.rglob("*.html"))


def test_no_rendered_prose_repeats_a_phrase(built_site):
    """No "slice write slice write": a phrase of 1-3 words twice in a row in a paragraph or
    list item of an article (tables and code blocks skipped, each code span a word)."""
    found, tag = [], re.DOTALL
    doubled = re.compile(r"\b(\w+(?: \w+){0,2}) \1\b", re.IGNORECASE)
    for page in sorted(built_site.rglob("*.html")):
        html = "".join(re.findall(r"<article\b.*?</article>", page.read_text(), tag))
        html = re.sub(r"<(table|pre)\b.*?</\1>", " ", html, flags=tag)
        for _, inner in re.findall(r"<(p|li)\b[^>]*>(.*?)</\1>", html, tag):
            parts = re.split(r"<code\b.*?</code>", inner, flags=tag)
            text = " ".join(f"{part} C{i}" for i, part in enumerate(parts))
            text = " ".join(plain(text, "").split())
            found += [f"{page.parent.name}: {m[0]}" for m in doubled.finditer(text)]
    assert not found


def test_train_questions_on_their_pages_and_no_test_question_anywhere(built_site):
    """Each train case of tests/search_cases.yml is a question on its page, and only there,
    but one worded as a test case; no test case's text or thread shows (the leak guard: it
    names pages and counts only, since nobody reads test queries)."""
    words = lambda t: query_words(plain(t, ""))
    test = [c for c in search_cases() if split(c) == "test"]
    hidden = {query_words(c["query"]) for c in test} | {c["source"] for c in test}
    shown, leaks = {}, {}
    for path in sorted(built_site.rglob("index.html")):
        after = path.read_text().partition('<h2 id="questions-readers-asked"')[2]
        section = after.partition("</article>")[0]
        found = re.findall(r'<h3 [^>]*>(.*?)</h3>\s*<p [^>]*><a href="([^"]+)"', section)
        page = f"{path.parent.relative_to(built_site).as_posix()}/".removeprefix("./")
        shown[page] = [(words(q), unescape(url)) for q, url in found]
        if n := sum(q in hidden or url in hidden for q, url in shown[page]):
            leaks[page] = n
    assert not leaks, f"test-split questions shown (page: how many): {leaks}"
    expected = {p: [(query_words(c["query"]), c["source"]) for c in cases]
                for p, cases in questions_shown().items()}  # train ones minus test wordings
    assert {page: q for page, q in shown.items() if q} == expected
