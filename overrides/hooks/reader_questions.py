"""MkDocs hook: a page ends with "Questions readers asked": the TRAIN split's reader titles
of tests/search_cases.yml that it answers, as each reader wrote it, each a raw-HTML heading
(out of the table of contents; search-query.js weighs it) over a link to its thread. No test
case shows, nor a train title worded as one (tests/test_build.py). Not in the notebooks
(made from the Markdown files) nor in llms.txt (first sentences only)."""

import html
import re

from project_facts import search_cases, split

GITHUB = re.compile(r"https://github\.com/([^/]+/[^/]+)/(?:issues|pull|discussions)/(\d+)")
INTRO = "This page answers these questions, each as asked in the thread linked under it."
ITEM = """<h3 id="reader-question-{i}" class="reader-question">{q}</h3>
<p class="reader-question-source" data-search-exclude><a href="{url}">{where}</a></p>
"""


def on_page_markdown(markdown, page, config, files):
    words = lambda query: " ".join(re.findall(r"\w+", query.lower()))
    test = {words(c["query"]) for c in search_cases() if split(c) == "test"}
    lines = ["## Questions readers asked", "", INTRO, "{: data-search-exclude }", ""]
    for c in search_cases():
        if c["page"] == page.url and split(c) == "train" and words(c["query"]) not in test:
            # keras-team/keras#1765 for a GitHub thread, else its site: stackoverflow.com
            m = GITHUB.match(c["source"])
            where = f"{m[1]}#{m[2]}" if m else c["source"].split("/")[2].removeprefix("www.")
            q, url, i = html.escape(c["query"]), html.escape(c["source"]), len(lines) - 4
            lines.append(ITEM.format(i=i, q=q, url=url, where=where))
    return markdown if len(lines) == 5 else markdown.rstrip() + "\n\n" + "\n".join(lines)
