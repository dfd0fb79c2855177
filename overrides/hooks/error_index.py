"""MkDocs hook: the index of error messages, made from the snippets' checked output.

A page line `<!-- error-index from snippets/ -->` becomes one table per exception type, a row
per message that a snippet prints (a `#> ` line naming an exception and going on with its
message; table rows do not), linking to each page section that shows it. Nothing is typed by
hand and nothing runs (the build runs no TensorFlow); `mkdocs build --strict` checks that
each anchor exists. A row starts where the message starts: one without a capital fails the
build, unless its snippet notes `message starts "<its first words>"`. Of several links, the
first is the section that says `<!-- start here: <the message's first words> -->`.
"""

import collections
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
STARTS = re.compile(r'message starts "([^"]+)"')  # noted first words (lowercase)
START_HERE = re.compile(r"<!-- start here: (.+?) -->")
# A name in quotes or a number: rows that differ only there are one row.
SLOT = re.compile(r"""(?<=")[\w.-]+(?=")|(?<=')[\w.-]+(?=')|\b\d+\b""")
MID_MESSAGE = "starts mid-message: print it from its first word (textwrap.shorten)"
MID_MESSAGE += '; a lowercase first word is noted: # message starts "<first words>"'


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
    start: bool  # the section says `<!-- start here: ... -->` for this message


def messages(source: str) -> list[tuple[int, str, str]]:
    """(line, exception type, message) of each checked output line (project_facts) that names
    an exception and goes on with its message: a table row (` | `) does not, nor a line that
    ends with the name (`by_name=True on net.keras raises ValueError`, a label)."""
    return [
        (o.line + i + 1 + o.block, m["type"], m["message"].strip())
        for o in expected_outputs(source)
        for i, line in enumerate(o.lines)
        if " | " not in line
        and (m := MESSAGE.search(text := line.strip()))
        and not text.endswith(("Error", "Exception"))
    ]


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
            prose.setdefault(heading := m["text"], "")
        elif not fenced:
            prose[heading] = f"{prose.get(heading, '')} {line.strip()}"
        for inc in INCLUDE.finditer(line):
            included.setdefault(inc["path"], heading)
    return included, prose


def shown(e: Entry) -> str:
    """The link text: the heading without a message quoted at its end (the row shows one)."""
    return re.sub(r':\s*"[^"]*"$', "", e.heading) or e.title


def collect(root: Path, docs: Path) -> list[Entry]:
    """Every error message printed by a snippet that a page includes, with where it is shown."""
    where: dict[str, tuple[str, str, str, dict[str, str]]] = {}
    marks = []  # (page, line, first words) of each `<!-- start here: ... -->`
    for page in sorted(docs.rglob("*.md")):
        text, name = page.read_text("utf-8"), page.relative_to(docs).as_posix()
        title = heading_text((re.findall(r"^# (.+)", text, re.MULTILINE) or [""])[0])
        included, prose = sections(text)
        for m in START_HERE.finditer(text):
            marks.append((name, text.count("\n", 0, m.start()) + 1, m[1]))
        for snippet, heading in included.items():
            where.setdefault(snippet, (name, title, heading, prose))
    entries = []
    for snippet, (page, title, under, prose) in sorted(where.items()):
        path = root / snippet
        if not path.is_file():
            continue  # a missing include fails the build in pymdownx.snippets, naming it
        noted = tuple(STARTS.findall(source := path.read_text("utf-8")))
        for line, kind, message in messages(source):
            if not (message[:1].isupper() or message.startswith(noted)):
                raise ValueError(f"{snippet}:{line}: {message!r} {MID_MESSAGE}")
            # The include's section if its prose quotes the message, else the first that does.
            quoting = [h for h, text in prose.items() if message in text]
            heading = quoting[0] if quoting and under not in quoting else under
            text = heading_text(heading)
            given = re.search(r"\{\s*#([\w-]+)[^}]*\}\s*$", heading)  # attr_list id
            anchor = given[1] if given else slugify(text, "-") if text else ""
            start = any(map(message.startswith, START_HERE.findall(prose[heading])))
            entry = (kind, message, snippet, line, page, title, text, anchor, start)
            entries.append(Entry(*entry))
    for page, line, first in marks:  # left behind when its message changed or moved
        shown_here = (e.message for e in entries if e.start and e.page == page)
        if not any(message.startswith(first) for message in shown_here):
            raise ValueError(f"{docs.name}/{page}:{line}: 'start here: {first}' marks no message")
    return entries


def escape(text: str) -> str:
    """Raw HTML that Markdown leaves alone: `_*[]` as entities, `|` escaped for the table."""
    text = html.escape(text).replace("|", "\\|")
    return re.sub(r"[`_*\[\]]", lambda m: f"&#{ord(m[0])};", text)


def placeholders(masked: str, messages: list[str]) -> str:
    """A row's message as HTML (masked: its longest message, each SLOT a NUL): a slot shows
    the value that all the row's messages have there, else *name* in quotes, or *N*."""
    parts, values = masked.split("\0"), [SLOT.findall(m) for m in messages]
    out = escape(parts[0])
    for i, after in enumerate(parts[1:]):
        seen = {v[i] for v in values if len(v) > i}
        var = "name" if parts[i].endswith(("'", '"')) else "N"
        out += escape(seen.pop()) if len(seen) == 1 else f"<var>{var}</var>"
        out += escape(after)
    return out


def render(entries: list[Entry], from_page: str) -> str:
    """A table per exception type, most rows first; a row per message, sorted case and quotes
    ignored. Messages differing only in a quoted name or a number share a row (`The name
    "name" is used N times`), as does a message that starts a longer one. The row links each
    section that shows it, `start here` first; the snippet lines are the link's title."""
    out, up = [], "../" * from_page.count("/")
    kinds = collections.Counter(e.type for e in entries)
    for kind in sorted(kinds, key=lambda k: (-kinds[k], k)):
        # In a div of its own: extra.css sets the columns, and a phone shows cards.
        out += [f"## {kind}", "", '<div class="error-index" markdown>', ""]
        out += ["| Message | Explained in |", "|---|---|"]
        same_kind = [e for e in entries if e.type == kind]
        masked = {e.message: SLOT.sub("\0", e.message) for e in same_kind}
        row: dict[str, str] = {}  # masked message -> the longest one it starts
        for text in sorted(set(masked.values()), key=len, reverse=True):
            start = text.removesuffix(" [...]").rstrip(".")
            row[text] = next((r for r in row.values() if r.startswith(start)), text)
        for text in sorted(set(row.values()), key=lambda t: t.strip("`'\"(").lower()):
            rows = [e for e in same_kind if row[masked[e.message]] == text]
            message = placeholders(text, [e.message for e in rows])
            linked = {(e.page, e.anchor) for e in rows}  # (not `sections`, a function here)
            starts = {(e.page, e.anchor) for e in rows if e.start and len(linked) > 1}
            places: dict[str, dict[str, int]] = {}  # link -> snippet -> line
            for e in sorted(rows, key=lambda e: (e.page, e.anchor) not in starts):
                label = "<strong>Start here:</strong> " * ((e.page, e.anchor) in starts)
                place = f"{label}{e.title} › [{shown(e)}]({up}{e.page}#{e.anchor}"
                places.setdefault(place, {}).setdefault(e.snippet, e.line)
            where = "".join(f'<span class="error-place">{place} "' + ", ".join(
                f"{path}:{n}" for path, n in lines.items()) + '")</span>'
                for place, lines in places.items())  # fmt: skip
            out.append(f"| <code>{message}</code> | {where} |")
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
