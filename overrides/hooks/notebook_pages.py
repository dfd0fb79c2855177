"""MkDocs hook: the notebooks on the site. Self-contained: imports nothing of tests/ or scripts/.

The notebooks themselves are made by `python -m scripts.notebooks`.

- A page whose notebook exists (docs/notebooks/<page>.ipynb) gets "Download notebook" and
  "Open in Colab" links under its title. The .ipynb files are copied as static files.
  The Colab link opens the notebook from the repository of `repo_url`, on the branch
  named in `edit_uri` ("edit/main/docs/"), so a fork that sets both gets its own links.
- A notebook rendered as a page by mkdocs-jupyter (the tour) gets the same links, and is made
  to fit the site: no third-party scripts (MathJax, mermaid and require.js tags are dropped),
  links to site_url made relative (a notebook's links are absolute so that they work in
  Jupyter and Colab), code cells focusable (they scroll), and its ~580 KiB of inline
  JupyterLab CSS replaced by one shared file, assets/stylesheets/notebooks.css, that keeps
  only the rules, variables and keyframes the notebook pages use, followed by
  notebooks.css next to this file (colours matched to Material's).
"""

from __future__ import annotations

import hashlib
import html as html_lib
import posixpath
import re
from pathlib import Path

import tinycss2
from mkdocs.utils import get_relative_url

NOTEBOOK_DIR = "notebooks"  # under docs/
CSS = "assets/stylesheets/notebooks.css"
OWN_CSS = Path(__file__).with_name("notebooks.css")

# The inline CSS of every notebook page (deduplicated, in order), and their class names.
_styles: dict[str, None] = {}
_classes: set[str] = set()


def colab_url(notebook: str, config) -> str:
    """notebook: the path under docs/, e.g. "notebooks/tour.ipynb"."""
    repo = re.fullmatch(
        r"https://github\.com/([^/]+/[^/]+?)(?:\.git)?/?", config["repo_url"] or ""
    )
    if not repo:
        raise ValueError(
            f"mkdocs.yml: repo_url is not a GitHub repository: {config['repo_url']}"
        )
    branch = re.match(r"(?:edit|blob)/([^/]+)/", config["edit_uri"] or "")
    branch = branch[1] if branch else "main"
    return f"https://colab.research.google.com/github/{repo[1]}/blob/{branch}/docs/{notebook}"


def on_files(files, config):
    # notebooks.css sits in the theme folder, next to this hook: read below, not published.
    own = files.get_file_from_path("hooks/notebooks.css")
    if own is not None:
        files.remove(own)
    return files


def on_pre_build(config):
    _styles.clear()
    _classes.clear()


def _links(download: str, colab: str) -> str:
    return (
        f'<p class="notebook-links"><a href="{download}" download>Download notebook</a>'
        f' · <a href="{colab}">Open in Colab</a></p>'
    )


def on_page_markdown(markdown, page, config, files):
    src = page.file.src_uri
    notebook = f"{NOTEBOOK_DIR}/{src[: -len('.md')]}.ipynb"
    if not src.endswith(".md") or files.get_file_from_path(notebook) is None:
        return markdown
    href = posixpath.relpath(notebook, posixpath.dirname(src) or ".")
    colab = colab_url(notebook, config)
    line = (
        f'[Download notebook]({href}){{ download="{posixpath.basename(notebook)}" }} · '
        f"[Open in Colab]({colab})\n{{: .notebook-links }}"
    )
    title = re.search(r"^# .*$", markdown, re.MULTILINE)
    if title:
        return markdown[: title.end()] + f"\n\n{line}\n" + markdown[title.end() :]
    return f"{line}\n\n{markdown}"


SCRIPT_RE = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
STYLE_RE = re.compile(r"<style\b[^>]*>(?P<css>.*?)</style>", re.DOTALL)


def _third_party(m: re.Match) -> bool:
    src = re.search(r"""\bsrc\s*=\s*["']?([^"'\s>]*)""", m["attrs"])
    if src:  # an empty src would fetch the page itself
        return not src[1] or bool(re.match(r"(?:https?:)?//", src[1]))
    return bool(re.search(r"mathjax|mermaid|requirejs", m["body"], re.IGNORECASE))


def on_page_content(html, page, config, files):
    src = page.file.src_uri
    if not src.endswith(".ipynb"):
        return html
    # The tour repeats every strategy's name; the strategy's own page should rank first.
    page.meta["search"] = {"boost": 0.1}
    html = SCRIPT_RE.sub(lambda m: "" if _third_party(m) else m[0], html)
    html = re.sub(
        r"<!-- (?:Load mathjax|MathJax configuration|End of mathjax configuration) -->",
        "",
        html,
    )
    for m in STYLE_RE.finditer(html):
        _styles[m["css"]] = None
    html = STYLE_RE.sub("", html)
    # A code cell scrolls sideways: focusable, as Material makes its own code blocks.
    html = html.replace(
        '<div class="highlight-ipynb', '<div tabindex="0" class="highlight-ipynb'
    )

    url = config.site_url.rstrip("/") + "/"
    html = re.sub(
        rf'href="{re.escape(url)}([^"#]*)(#[^"]*)?"', lambda m: _relative(m, page), html
    )

    html = _mark_repeated_outputs(html)

    # The download is the copy that include_source puts next to the page.
    links = _links(posixpath.basename(src), colab_url(src, config))
    html = re.sub(r"</h1>", lambda m: m[0] + links, html, count=1)
    css = get_relative_url(CSS, page.url)
    return f'<link rel="stylesheet" href="{css}">\n{html}'


CELL_START = '<div class="jp-Cell '
# A `#>` comment as the cell's highlighted code shows it (the cell's copy-button text, which
# holds the code a second time, is not highlighted).
PROMISE_RE = re.compile(r'<span class="c1">#&gt; ?(.*?)</span>')
OUTPUT_RE = re.compile(
    r'<div class="jp-RenderedText[^"]*"[^>]*>\s*<pre>(.*?)</pre>', re.DOTALL
)
REPEATED = "nb-output-repeated"


def _text(fragment: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", "", fragment))


def _mark_repeated_outputs(html: str) -> str:
    """Outputs that their cell's `#>` lines already show, line for line, get a class that
    hides them (docs/assets/stylesheets/extra.css): the page shows each output once, under
    its print, as every other page does. They stay in the HTML and in the notebook file."""
    first, *cells = html.split(CELL_START)
    out = [first]
    for cell in cells:
        code, _, rest = cell.partition('<div class="jp-Cell-outputWrapper">')
        promised = [_text(p).rstrip() for p in PROMISE_RE.findall(code) if p.strip()]
        printed = [
            line.rstrip()
            for body in OUTPUT_RE.findall(rest)
            for line in _text(body).splitlines()
            if line.strip()
        ]
        if rest and printed and printed == promised:
            cell = f'{code}<div class="jp-Cell-outputWrapper {REPEATED}">{rest}'
        out.append(cell)
    return CELL_START.join(out)


def _relative(m: re.Match, page) -> str:
    return f'href="{get_relative_url(m[1], page.url)}{m[2] or ""}"'


def on_post_page(output, page, config):
    if page.file.src_uri.endswith(".ipynb"):
        for attr in re.findall(r'class="([^"]*)"', output):
            _classes.update(attr.split())
    return output


def on_post_build(config):
    if not _styles:
        return
    css = (
        _cached_trim("\n".join(_styles), _classes, config)
        + "\n"
        + OWN_CSS.read_text("utf-8")
    )
    path = Path(config.site_dir) / CSS
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(css, "utf-8")


# ---------------------------------------------------------------------------- CSS trimming


def _cached_trim(css: str, classes: set[str], config) -> str:
    """trim() takes about a second on 600 KB; its input rarely changes between builds.
    The cache is .cache/notebook-css/ beside mkdocs.yml (ignored by git, next to mkdocs-jupyter's)."""
    cache = Path(config.config_file_path).parent / ".cache" / "notebook-css"
    key = hashlib.sha256("\0".join([css, *sorted(classes)]).encode()).hexdigest()
    path = cache / f"{key}.css"
    if path.is_file():
        return path.read_text("utf-8")
    out = trim(css, classes)
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob("*.css"):
        old.unlink()
    path.write_text(out, "utf-8")
    return out


def trim(css: str, classes: set[str]) -> str:
    """Keep the selectors whose classes all occur on the pages, then only the custom
    properties and keyframes those rules use; minimize."""
    items = _rules(
        tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True),
        classes,
    )
    decls = list(_walk(items))
    used_vars = {
        v for name, value in decls if not name.startswith("--") for v in _vars(value)
    }
    defined: dict[str, list[str]] = {}
    for name, value in decls:
        if name.startswith("--"):
            defined.setdefault(name, []).append(value)
    todo = list(used_vars)
    while todo:
        for value in defined.get(todo.pop(), []):
            for v in _vars(value) - used_vars:
                used_vars.add(v)
                todo.append(v)
    text = " ".join(value for name, value in decls if not name.startswith("--"))
    return "".join(_serialize(items, used_vars, text))


def _rules(rules, classes):
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [s for s in _selectors(rule.prelude) if _needed(s, classes)]
            if selectors:
                out.append(("rule", ",".join(selectors), _declarations(rule.content)))
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports"):
            inner = _rules(
                tinycss2.parse_rule_list(
                    rule.content, skip_comments=True, skip_whitespace=True
                ),
                classes,
            )
            if inner:
                prelude = _squash(tinycss2.serialize(rule.prelude))
                out.append(("block", f"@{rule.at_keyword} {prelude}", inner))
        elif rule.type == "at-rule" and rule.lower_at_keyword.endswith("keyframes"):
            name = _squash(tinycss2.serialize(rule.prelude))
            out.append(
                (
                    "keyframes",
                    f"@{rule.at_keyword} {name}",
                    _squash(tinycss2.serialize(rule.content)),
                )
            )
        # @charset, @font-face, @import and the rest: not needed (and a font would be a request)
    return out


def _selectors(prelude) -> list[str]:
    parts, current = [], []
    for token in prelude:  # commas inside :is(...) are nested in a function token
        if token.type == "literal" and token.value == ",":
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    return [
        _squash(tinycss2.serialize(p)) for p in parts if _squash(tinycss2.serialize(p))
    ]


def _needed(selector: str, classes: set[str]) -> bool:
    # Classes in :not(.x), :is(.x, .y) are not all required; [href$=".x"] is no class.
    plain = re.sub(r"\([^()]*\)|\[[^\]]*\]", "", selector)
    return set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", plain)) <= classes


def _declarations(content) -> list[tuple[str, str]]:
    out = []
    for decl in tinycss2.parse_blocks_contents(
        content, skip_comments=True, skip_whitespace=True
    ):
        if decl.type == "declaration":
            value = _squash(tinycss2.serialize(decl.value))
            out.append(
                (
                    decl.name if decl.name.startswith("--") else decl.lower_name,
                    value + ("!important" if decl.important else ""),
                )
            )
    return out


def _walk(items):
    for item in items:
        if item[0] == "rule":
            yield from item[2]
        elif item[0] == "block":
            yield from _walk(item[2])


def _vars(value: str) -> set[str]:
    return set(re.findall(r"var\(\s*(--[\w-]+)", value))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _serialize(items, used_vars, text):
    for kind, head, body in items:
        if kind == "rule":
            kept = [
                f"{n}:{v}" for n, v in body if not n.startswith("--") or n in used_vars
            ]
            if kept:
                yield f"{head}{{{';'.join(kept)}}}"
        elif kind == "block":
            inner = "".join(_serialize(body, used_vars, text))
            if inner:
                yield f"{head}{{{inner}}}"
        elif kind == "keyframes" and head.split()[-1] in text:
            yield f"{head}{{{body}}}"
