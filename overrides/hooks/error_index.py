"""MkDocs hook: the index of error messages, made from the snippets' checked output.

A page line `<!-- error-index from snippets/ -->` is replaced by one table per exception type. Each row is
an error message that a snippet on the site prints (a `#> ` line naming an exception, as the
test suite checks it), the page and section that show it, and the snippet. Nothing is typed
by hand and nothing runs here (the build runs no TensorFlow): a new pitfall snippet appears
in the index at the next build, and a message that changes changes here too.

A `#> ` line counts when it names an exception (`ValueError`, `DeadlineExceededError`, ...)
followed by its message: `ValueError The name "x" is used 2 times`, `error: ValueError -
msg`, `label: TypeError - msg`. Table rows (`a | b | TypeError | c`) are not messages.
The section is the last heading above the include on the page that includes the snippet,
unless another section of that page quotes the message and the include's does not (a long
program shown under one heading, explained under another): then the first that quotes it;
its anchor is made the way Python-Markdown's toc makes it, and `mkdocs build --strict`
checks that every anchor exists. The standard library, MkDocs and project_facts only.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify
from project_facts import INCLUDE_RE as INCLUDE
from project_facts import derive, expected_outputs

HEADING = re.compile(r"^(?P<level>#{2,6})\s+(?P<text>.+?)\s*#*\s*$")
MESSAGE = re.compile(
    r"(?P<type>\b[A-Z][A-Za-z]*(?:Error|Exception))(?::| -)?\s+(?P<message>(?![|]).+)$"
)

TYPE_ONLY = re.compile(r"(?P<type>\b[A-Z][A-Za-z]*(?:Error|Exception))$")


@dataclass(frozen=True)
class Entry:
    type: str
    message: str
    snippet: str  # snippets/x/y.py
    line: int  # of the `#> ` line in the snippet
    page: str  # docs-relative path of the page that includes the snippet
    title: str  # that page's title (its first `# ` heading)
    heading: str  # the section of that page, as written in Markdown
    anchor: str


def output_lines(source: str) -> list[tuple[int, str]]:
    """(line number, text) of the checked output (`#> ` lines and blocks, project_facts)."""
    return [
        (o.line + i + 1 + o.block, text.strip())
        for o in expected_outputs(source)
        for i, text in enumerate(o.lines)
    ]


def messages(source: str) -> list[tuple[int, str, str]]:
    """(line, exception type, message) for every checked output line that names an exception.

    The message is what follows the exception's name. A line that ends with the name
    (`by_name=True on net.keras raises ValueError`) is a label, not a message a reader could
    paste, and is left out."""
    found = []
    for number, text in output_lines(source):
        if " | " in text:
            continue
        m = MESSAGE.search(text)
        if m and not TYPE_ONLY.search(text):
            found.append((number, m["type"], m["message"].strip()))
    return found


def heading_text(markdown_heading: str) -> str:
    """The heading as a reader sees it: no backticks, emphasis or link syntax."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown_heading)
    text = re.sub(r"\{[^}]*\}\s*$", "", text)  # attr_list
    return text.replace("`", "").replace("**", "").strip()


def sections(page_text: str) -> tuple[dict[str, str], dict[str, str]]:
    """One walk of a page: snippet path -> the last heading above its first include, and
    heading -> the section's text outside code blocks, its lines joined by spaces."""
    included, prose, heading, fenced = {}, {}, "", False
    for line in page_text.splitlines():
        if line.strip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and (m := HEADING.match(line)):
            heading = m["text"]
        elif not fenced:
            prose[heading] = f"{prose.get(heading, '')} {line.strip()}"
        for inc in INCLUDE.finditer(line):
            included.setdefault(inc["path"], heading)
    return included, prose


def explaining(prose: dict[str, str], included_under: str, message: str) -> str:
    """The section that explains a message: the include's own section if its prose quotes
    the message, else the first section whose prose does, else the include's section."""
    quoting = [h for h, text in prose.items() if message in text]
    return included_under if included_under in quoting or not quoting else quoting[0]


def shown(e: Entry) -> str:
    """The link text: a heading that quotes another message ("length 4 ... 6" for the
    row "length 6 ... 4") without its quote."""
    if e.message in e.heading:
        return e.heading or e.title
    return re.sub(r':\s*"[^"]*"$', "", e.heading) or e.title


def collect(root: Path, docs: Path) -> list[Entry]:
    """Every error message printed by a snippet that a page includes, with where it is shown."""
    where: dict[str, tuple[str, str, str, dict[str, str]]] = {}
    for page in sorted(docs.rglob("*.md")):
        text = page.read_text("utf-8")
        title = next(
            (heading_text(t[2:]) for t in text.splitlines() if t.startswith("# ")), ""
        )
        included, prose = sections(text)
        for snippet, heading in included.items():
            where.setdefault(
                snippet, (page.relative_to(docs).as_posix(), title, heading, prose)
            )
    entries = []
    for snippet, (page, title, included_under, prose) in sorted(where.items()):
        path = root / snippet
        if not path.is_file():
            continue  # a missing include fails the build in pymdownx.snippets, naming it
        for line, kind, message in messages(path.read_text("utf-8")):
            heading = explaining(prose, included_under, message)
            text = heading_text(heading)
            given = re.search(r"\{\s*#([\w-]+)\s*\}\s*$", heading)  # attr_list id
            anchor = given[1] if given else slugify(text, "-") if text else ""
            entries.append(
                Entry(kind, message, snippet, line, page, title, text, anchor)
            )
    return entries


def link(entry: Entry, from_page: str) -> str:
    depth = from_page.count("/")
    return "../" * depth + entry.page + (f"#{entry.anchor}" if entry.anchor else "")


def render(entries: list[Entry], from_page: str) -> str:
    """Markdown: a heading and a table per exception type, one row per message (sorted), with
    every place that shows it."""
    out = []
    for kind in sorted({e.type for e in entries}):
        same_kind = [e for e in entries if e.type == kind]
        # In a div of its own: on a phone the rows stack (docs/assets/stylesheets/extra.css).
        out += [f"## {kind}", "", '<div class="error-index" markdown>', ""]
        out += ["| Message | Shown on | Snippet |", "|---|---|---|"]
        for text in sorted({e.message for e in same_kind}):
            places = [e for e in same_kind if e.message == text]
            message = html.escape(text).replace("|", "\\|")
            for char in "`_*[]":  # Markdown would read these inside the raw <code>
                message = message.replace(char, f"&#{ord(char)};")
            where = "<br>".join(
                dict.fromkeys(
                    f"{e.title} › [{shown(e)}]({link(e, from_page)})" for e in places
                )
            )
            snippets = "<br>".join(f"`{e.snippet}:{e.line}`" for e in places)
            out.append(f"| <code>{message}</code> | {where} | {snippets} |")
        out += ["", "</div>", ""]
    return "\n".join(out)


def on_page_markdown(markdown, page, config, files):
    root = Path(config["config_file_path"]).parent

    def make(source: str) -> str:
        entries = collect(root, Path(config["docs_dir"]))
        if not entries:
            raise ValueError(f"{page.file.src_uri}: found no error message in {source}")
        return render(entries, page.file.src_uri)

    return derive(markdown, "error-index", make)
