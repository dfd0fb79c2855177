"""MkDocs hook: how each snippet runs on TensorFlow, JAX and PyTorch, from
docs/data/backends.json (`python -m scripts.backend_matrix`; nothing here runs a snippet).

1. Under every block titled `snippets/...`, a line "TensorFlow ✓ · JAX ✓ · PyTorch: prints
   other output, why?": a cell not `same` links to the section of docs/backends.md under
   which `<!-- explains: jax snippets/x/y.py -->` stands (none there fails the build), n/a
   to the TensorFlow-only list; snippets/backends/ and keras2/: see on_page_content.
2. Markers `backend-table`, `backend-counts`, `runner-output` (project_facts.DERIVED).
3. At the end of a page that shows a snippet, the pinned versions and the matrix's date.
"""

import html
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from project_facts import (
    BACKENDS,
    FENCE_TITLE_RE,
    MATRIX_COMMAND,
    RESULTS,
    ROOT,
    derive,
    expected_lines,
    load_matrix,
)

# What a cell that is not `same` says under a block, after the backend's name.
WORDS = {
    "differs": "prints other output",
    "error": "raises an error",
    "n/a": "not run (TensorFlow code)",
}
PAGE = "backends.md"
NOT_APPLICABLE_ID = "tensorflow-only-snippets"
EXPLAINS = re.compile(
    r"^<!-- explains: (?P<backend>\w+) (?P<path>\S+) -->$", re.MULTILINE
)
HEADING = re.compile(r"^#{2,6} .*?\{ *#(?P<id>[\w-]+)[^}]*\}\s*$", re.MULTILINE)
SELF_RUNNING = "snippets/backends/"
KERAS2 = "snippets/keras2/"
CSS = {result: result.replace("/", "") for result in RESULTS}  # n/a: class bk-na
KERAS2_LINE = '<p class="backend-line">Keras 2 code (tf_keras): TensorFlow only</p>'
PIN = re.compile(
    rf"^(?P<name>keras|{'|'.join(BACKENDS)})==(?P<version>[\w.]+)", re.MULTILINE
)


def explained(root: Path) -> dict[tuple[str, str], str]:
    """(backend, snippet) -> the id of the Backends page section that explains it."""
    text = (root / "docs" / PAGE).read_text("utf-8")
    found = {}
    for m in EXPLAINS.finditer(text):
        headings = list(HEADING.finditer(text, 0, m.start()))
        if not headings:
            raise ValueError(f"docs/{PAGE}: {m[0]} is under no heading with an {{#id}}")
        found[(m["backend"], m["path"])] = headings[-1]["id"]
    return found


def pins(root: Path) -> dict[str, str]:
    files = ("requirements.txt", "requirements-backends.txt")
    text = "\n".join((root / name).read_text("utf-8") for name in files)
    return {m["name"]: m["version"] for m in PIN.finditer(text)}


class Matrix:
    def __init__(self, root: Path):
        self.data = load_matrix(root)
        self.anchors = explained(root)
        self.versions = pins(root)

    def href(self, path: str, backend: str, result: str) -> str | None:
        if result == "same":
            return None
        if result == "n/a":
            return f"#{NOT_APPLICABLE_ID}"
        if (backend, path) not in self.anchors:
            raise ValueError(
                f"{path} is `{result}` on {backend} (docs/data/backends.json) and "
                f"docs/{PAGE} does not explain it: add `<!-- explains: {backend} {path} -->` "
                "under the heading of the section that does"
            )
        return f"#{self.anchors[(backend, path)]}"

    def line(self, path: str, page_url: str) -> str:
        """In words, not a red mark (a TensorFlow reader reads "JAX ✗" as broken code); a
        cell not the same links to its explanation, one tap away on a phone."""
        cells, parts = self.data["snippets"].get(path), []
        if cells is None:  # not run yet: tests/test_backends.py fails
            parts.append(
                f'<span class="bk bk-unchecked" title="run `{MATRIX_COMMAND} {path}`">'
                "not yet checked on JAX and PyTorch</span>"
            )
        for backend, label in BACKENDS.items() if cells is not None else ():
            cell = cells[backend]
            result = cell["result"]
            text = f"{label} ✓" if result == "same" else f"{label}: {WORDS[result]}"
            why = "the output shown on this page" if result == "same" else result
            title = html.escape(cell.get("why") or cell.get("error") or why)
            href = self.href(path, backend, result)
            inner = html.escape(text)
            if href:
                inner = f'<a href="{relative(href, page_url)}">{inner}, why?</a>'
            span = f'<span class="bk bk-{CSS[result]}" title="{title}">'
            parts.append(f"{span}{inner}</span>")
        return (
            f'<p class="backend-line"><a href="{relative("", page_url)}">'
            "Checked on each Keras backend</a>: " + " · ".join(parts) + "</p>"
        )

    def stamp(self, page_url: str) -> str:
        v = self.versions
        return (
            '<p class="verified-with">Output on this page checked with TensorFlow '
            f"{v['tensorflow']} and Keras {v['keras']} on every test run; on JAX {v['jax']} "
            f"and PyTorch {v['torch']} (CPU) by the "
            f'<a href="{relative("", page_url)}">backend matrix</a> of {self.data["checked"]}.</p>'
        )

    def counts(self) -> str:
        total, parts = len(self.data["snippets"]), []
        count = {b: dict.fromkeys(RESULTS, 0) for b in BACKENDS}
        for cells in self.data["snippets"].values():
            for backend, cell in cells.items():
                count[backend][cell["result"]] += 1
        for backend in ("jax", "torch"):
            n = count[backend]
            parts.append(
                f"on {BACKENDS[backend]}, {n['same']} of the {total - n['n/a']} snippets "
                f"it runs print exactly what the page shows ({n['differs']} print "
                f"something else, {n['error']} raise)"
            )
        return (
            f"In the last run of the backend check ({self.data['checked']}), "
            + "; ".join(parts)
            + f". Of the {total} snippets, {count['jax']['n/a']} are about TensorFlow "
            "itself or run every backend themselves, and are not run per backend."
        )

    def table(self) -> str:
        rows = []
        for path, cells in sorted(self.data["snippets"].items()):
            same = all(c["result"] == "same" for c in cells.values())
            if path.startswith(SELF_RUNNING) or same:
                continue
            tds = [f"<td><code>{html.escape(path)}</code></td>"]
            for backend in BACKENDS:
                result = cells[backend]["result"]
                href = self.href(path, backend, result)
                inner = f'<a href="{href}">{result}</a>' if href else result
                tds.append(f'<td class="bk bk-{CSS[result]}">{inner}</td>')
            rows.append(f"<tr>{''.join(tds)}</tr>")
        head = "".join(f'<th scope="col">{label}</th>' for label in BACKENDS.values())
        return (
            '<div class="md-typeset__scrollwrap" tabindex="0" role="region" '
            'aria-label="Snippets whose output is not the same on every backend">'
            '<div class="md-typeset__table"><table><thead><tr><th scope="col">Snippet</th>'
            f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></div>"
        )


def printed(source: str) -> str:  # a folded runner's `#>` lines: output, so .no-copy
    lines = expected_lines((ROOT / source).read_text("utf-8"), source)
    out = "\n".join(f'<span class="code-output">{html.escape(s)}</span>' for s in lines)
    return '<div class="language-text highlight no-copy"><span class="filename">' + (
        f"What part 2 prints</span><pre><code>{out}\n</code></pre></div>"
    )


def relative(fragment: str, page_url: str) -> str:
    """A link from the page at `page_url` to the Backends page (plus `#fragment`)."""
    depth = page_url.count("/")
    return "../" * depth + PAGE.removesuffix(".md") + "/" + fragment


_matrix: Matrix | None = None


def on_config(config):
    global _matrix
    try:
        _matrix = Matrix(Path(config.config_file_path).parent)
    except (OSError, ValueError, KeyError) as e:
        raise PluginError(f"backends hook: {e}") from e
    return config


def on_page_markdown(markdown, page, config, files):
    markdown = derive(markdown, "backend-counts", lambda source: _matrix.counts())
    markdown = derive(markdown, "runner-output", printed)
    return derive(markdown, "backend-table", lambda source: f"\n{_matrix.table()}\n")


def on_page_content(content, page, config, files):
    def add_line(m: re.Match) -> str:
        if m["path"].startswith(SELF_RUNNING):
            return m[0]
        if m["path"].startswith(KERAS2):
            return m[0] + KERAS2_LINE
        return m[0] + _matrix.line(m["path"], page.url)

    try:
        content, shown = FENCE_TITLE_RE.subn(add_line, content)
    except ValueError as e:
        raise PluginError(f"{page.file.src_uri}: {e}") from e
    if shown:
        content += _matrix.stamp(page.url)
    return content
