"""MkDocs hook: the built site's `llms.txt` (llmstxt.org): its name and description, then
`- [Title](absolute URL): first sentence` for each page of the nav, under its sections."""

import html
import re
from pathlib import Path

FILE = "llms.txt"
PARAGRAPH = re.compile(r"<p\b[^>]*>(?P<body>.*?)</p>", re.DOTALL)
SENTENCE = re.compile(r"^(.{20,}?[.?!])(?:\s|$)")
LABEL = re.compile(r"^(The short answer|Short answer|When to use it): ")  # a lead's label
MAX_CHARS = 200

_nav = None
_first_sentence: dict[str, str] = {}


def on_nav(nav, config, files):
    global _nav
    _nav = nav
    return nav


def on_page_content(content, page, config, files):
    _first_sentence[page.url] = first_sentence(content)
    return content


def first_sentence(content: str) -> str:
    """The first sentence of the page's first paragraph of running text, as plain text."""
    for m in PARAGRAPH.finditer(content):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", m["body"])).split())
        if len(text) < 40 or text.startswith(("Download notebook", "Backends:")):
            continue  # a link line or a caption, not the page's opening
        text, labelled = LABEL.subn("", text)
        text = found[1] if (found := SENTENCE.match(text)) else text
        text = text[:1].upper() + text[1:] if labelled else text
        return text if len(text) <= MAX_CHARS else text[:MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return ""


def render(nav, config, sentences: dict[str, str]) -> str:
    base = config.site_url.rstrip("/") + "/"
    lines = [f"# {config.site_name}", ""]
    if config.site_description:
        lines += [f"> {' '.join(config.site_description.split())}", ""]
    lines += ["Every page of the site, in the order of its navigation. Every code example on",
              "it is a runnable file whose printed output the test suite checks."]  # fmt: skip

    def page_line(page) -> str:
        note = sentences.get(page.url, "")
        return f"- [{page.title}]({base}{page.url})" + (f": {note}" if note else "")

    if loose := [item for item in nav.items if item.is_page]:
        lines += ["", "## Pages", ""] + [page_line(p) for p in loose]
    for section in nav.items:
        if section.is_section:
            pages = [p for p in nav.pages if _within(p, section)]
            lines += ["", f"## {section.title}", ""] + [page_line(p) for p in pages]
    return "\n".join(lines) + "\n"


def _within(item, section) -> bool:
    return item.parent is not None and (
        item.parent is section or _within(item.parent, section)
    )


def on_post_build(config):
    if _nav is None:
        return
    text = render(_nav, config, _first_sentence)
    Path(config.site_dir, FILE).write_text(text, "utf-8")
