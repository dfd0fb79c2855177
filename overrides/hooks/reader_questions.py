"""MkDocs hook: a page ends with "Questions readers asked", the TRAIN split's titles of
tests/search_cases.yml it answers (raw-HTML headings search-query.js weighs, each over a link
to its source); no test case nor a train title worded as one shows (tests/test_build.py)."""

import html
import re

from project_facts import questions_shown

GITHUB = re.compile(r"https://github\.com/([^/]+/[^/]+)/(?:issues|pull|discussions)/(\d+)")
INTRO = ("This page answers the threads, pull requests and articles below, titled as their "
         "authors wrote them or cut to the words a reader types.")
ITEM = """<h3 id="reader-question-{i}" class="reader-question">{q}</h3>
<p class="reader-question-source" data-search-exclude><a href="{url}">{where}</a></p>\n"""


def on_page_markdown(markdown, page, config, files):
    lines = ["## Questions readers asked", "", INTRO, "{: data-search-exclude }", ""]
    for i, c in enumerate(questions_shown().get(page.url, []), start=1):
        m = GITHUB.match(c["source"])  # keras-team/keras#1765, else its site
        where = f"{m[1]}#{m[2]}" if m else c["source"].split("/")[2].removeprefix("www.")
        q, url = html.escape(c["query"]), html.escape(c["source"])
        q = re.sub(r"`([^`]+)`", r"<code>\1</code>", q)  # code spans as on the page
        lines.append(ITEM.format(i=i, q=q, url=url, where=where))
    return markdown if len(lines) == 5 else markdown.rstrip() + "\n\n" + "\n".join(lines)
