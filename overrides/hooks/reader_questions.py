"""MkDocs hook: a page ends with "Questions readers asked": the reader titles of the TRAIN
split of tests/search_cases.yml that it answers, each as its reader wrote it, linking its
thread; made from the yml at build time, so a new train case shows by itself. No test case
shows, nor a train title worded as one (tests/test_build.py). Each title is a raw-HTML
heading (out of the table of contents) that docs/assets/javascripts/search-query.js weighs.
Notebooks are made from the Markdown files, so never show it; llms.txt quotes first lines."""

import html
import re
import urllib.parse

from project_facts import search_cases, split

GITHUB = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/(?:issues|pull|discussions)/(?P<n>\d+)")
# backends.py's stamp, the page's last line, stays above the section
STAMP_AFTER = re.compile(
    r'(<h2 id="questions-readers-asked".*)(<p class="verified-with">.*?</p>)$', re.DOTALL
)
INTRO = "This page answers these questions, each as asked in the thread linked under it."
ITEM = """<h3 id="reader-question-{i}" class="reader-question">{q}</h3>
<p class="reader-question-source" data-search-exclude><a href="{url}">{where}</a></p>
"""


def where(source: str) -> str:
    """keras-team/keras#1765 for a GitHub thread, else its site: stackoverflow.com"""
    url = urllib.parse.urlsplit(source)
    m = GITHUB.match(url.path) if url.netloc == "github.com" else None
    return f"{m['repo']}#{m['n']}" if m else url.netloc.removeprefix("www.")


def on_page_markdown(markdown, page, config, files):
    words = lambda query: " ".join(re.findall(r"\w+", query.lower()))
    test = {words(c["query"]) for c in search_cases() if split(c) == "test"}
    asked = [
        c
        for c in search_cases()
        if c["page"] == page.url and split(c) == "train" and words(c["query"]) not in test
    ]
    lines = ["## Questions readers asked", "", INTRO, "{: data-search-exclude }", ""]
    for i, c in enumerate(asked, 1):
        q, url = html.escape(c["query"]), html.escape(c["source"])
        lines.append(ITEM.format(i=i, q=q, url=url, where=where(c["source"])))
    return markdown.rstrip() + "\n\n" + "\n".join(lines) if asked else markdown


def on_page_content(content, page, config, files):
    return STAMP_AFTER.sub(r"\2\1", content)
