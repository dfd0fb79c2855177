"""The build: strict, needing nothing of the tests, the tools or TensorFlow (tests/conftest.py
builds with them unimportable), and no mermaid runtime published (no page draws a diagram).
A missing include never ships: tests/test_wiring.py::test_every_include_resolves."""

import re
from html import unescape

from scripts.project import DERIVED_RE  # a `<!-- x from y -->` line no hook replaced


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
            text = " ".join(unescape(re.sub(r"<[^>]+>", "", text)).split())
            found += [f"{page.parent.name}: {m[0]}" for m in doubled.finditer(text)]
    assert not found
