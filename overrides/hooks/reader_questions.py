"""MkDocs hook: a page ends with "Questions readers asked", the reader titles of
tests/search_cases.yml's TRAIN split (project_facts.split) that the page answers, each as
its reader wrote it, linking its thread: the reader sees their own question, and search
finds the readers' words. Made at build time from the yml, so a new train case shows on its
page by itself; a test case never shows, nor does a train title worded as a test one
(tests/test_build.py checks both). Each title is a heading, out of the table of contents
(raw HTML), so that search-query.js can weigh how many typed words it holds. The notebooks
are made from the Markdown files, so they never show it; llms.txt quotes first sentences."""

from __future__ import annotations

import html
import re
import urllib.parse

from project_facts import search_cases, split

HEADING = "Questions readers asked"  # its anchor: questions-readers-asked
GITHUB = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/(?:issues|pull|discussions)/(?P<n>\d+)")
# backends.py's stamp, the page's last line: it stays above this section
STAMP_AFTER = re.compile(
    r'(?P<questions><h2 id="questions-readers-asked".*)'
    r'(?P<stamp><p class="verified-with">.*?</p>)$',
    re.DOTALL,
)


def words(query: str) -> str:
    return " ".join(re.findall(r"\w+", query.lower()))


def questions(page_url: str) -> list[dict]:
    """The train cases answered by the page at page_url ("clone-model/"), in file order,
    but those worded as a test case is."""
    cases = search_cases()
    test = {words(c["query"]) for c in cases if split(c) == "test"}
    return [
        c
        for c in cases
        if c["page"] == page_url
        and split(c) == "train"
        and words(c["query"]) not in test
    ]


def where(source: str) -> str:
    """The thread's place, as readers know it: keras-team/keras#1765, stackoverflow.com."""
    url = urllib.parse.urlsplit(source)
    if url.netloc == "github.com" and (m := GITHUB.match(url.path)):
        return f"{m['repo']}#{m['n']}"
    return url.netloc.removeprefix("www.")


def render(cases: list[dict]) -> str:
    lines = [f"## {HEADING}", "", "This page answers these questions, each as its reader "
             "asked it in the thread linked under it.", "{: data-search-exclude }", ""]  # fmt: skip
    for i, c in enumerate(cases, 1):
        lines += [
            f'<h3 id="reader-question-{i}" class="reader-question">'
            f"{html.escape(c['query'])}</h3>",
            f'<p class="reader-question-source" data-search-exclude>'
            f"<a href=\"{html.escape(c['source'])}\">{where(c['source'])}</a></p>",
            "",
        ]
    return "\n".join(lines)


def on_page_markdown(markdown, page, config, files):
    if not (cases := questions(page.url)):
        return markdown
    return markdown.rstrip("\n") + "\n\n" + render(cases)


def on_page_content(content, page, config, files):
    return STAMP_AFTER.sub(r"\g<stamp>\g<questions>", content)
