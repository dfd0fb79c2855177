"""MkDocs hook: the notebooks on the site (made by `python -m scripts.notebooks`).
Self-contained: imports nothing of tests/ or scripts/.

A page whose notebook exists gets "Download notebook" and "Open in Colab" links under its
title; Colab opens it from `repo_url`'s repository, on `edit_uri`'s branch (a fork that sets
both gets its own links). The tour, rendered by mkdocs-jupyter, gets the same links and is
made a page like the others (CELL_RE): its code cells titled by their snippet, for the copy
button and the backend line; links to site_url relative (absolute in the notebook, for Colab).
"""

import posixpath
import re

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

NOTEBOOK_DIR = "notebooks"  # under docs/


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


def on_page_markdown(markdown, page, config, files):
    src = page.file.src_uri
    # `edit_source: <file>` in front matter: "Edit this page" opens what generates the body.
    if page.edit_url and (source := page.meta.get("edit_source")):
        page.edit_url = page.edit_url.removesuffix(f"docs/{src}") + source
    notebook = f"{NOTEBOOK_DIR}/{src[: -len('.md')]}.ipynb"
    if not src.endswith(".md") or files.get_file_from_path(notebook) is None:
        return markdown
    href = posixpath.relpath(notebook, posixpath.dirname(src) or ".")
    colab = colab_url(notebook, config)
    line = (
        f'[Download notebook]({href}){{ download="{posixpath.basename(notebook)}" }} · '
        f"[Open in Colab]({colab})\n{{: .notebook-links }}"
    )
    if title := re.search(r"^# .*$", markdown, re.MULTILINE):
        return markdown[: title.end()] + f"\n\n{line}\n" + markdown[title.end() :]
    return f"{line}\n\n{markdown}"


# What the page keeps of mkdocs-jupyter's HTML: each Markdown cell's content, and each code
# cell's code, whose first line names its snippet. The rest goes: JupyterLab's wrappers,
# prompts and ~580 KiB of inline CSS, its scripts and copy button, and each output, which
# the cell's `#>` lines show (the notebook keeps it).
CELL_RE = re.compile(
    r'<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput"[^>]*>'
    r"(?P<markdown>.*?)</div>\s*</div>\s*</div>\s*</div>"
    r'|<div class="highlight-ipynb hl-python"><pre>(?:<span></span>)?(?:'
    r'<span class="c1"># (?P<path>snippets/[\w/]+\.py)</span>\n(?P<code>.*?)|.*?)</pre></div>',
    re.DOTALL,
)


def _cell(m: re.Match) -> str:
    if m["markdown"] is not None:
        return m["markdown"]
    if not m["path"] and "google.colab" in m[0]:
        return ""  # the notebook's install cell, for Colab only (scripts/notebooks.py)
    if not m["path"]:
        raise PluginError(
            f"a code cell whose first line names no snippet: {m[0][:200]}"
        )
    return (
        f'<div class="language-python highlight"><span class="filename">{m["path"]}'
        f"</span><pre><span></span><code>{m['code']}</code></pre></div>"
    )


def on_page_content(html, page, config, files):
    src = page.file.src_uri
    if not src.endswith(".ipynb"):
        return html
    # The tour repeats every strategy's name; the strategy's own page should rank first.
    page.meta["search"] = {"boost": 0.1}
    html = "\n".join(map(_cell, CELL_RE.finditer(html)))
    html = html.replace('class="anchor-link"', 'class="headerlink"')
    url = re.escape(config.site_url.rstrip("/") + "/")
    relative = lambda m: f'href="{get_relative_url(m[1], page.url)}{m[2] or ""}"'
    html = re.sub(rf'href="{url}([^"#]*)(#[^"]*)?"', relative, html)
    # The download is the copy that include_source puts next to the page.
    name, colab = posixpath.basename(src), colab_url(src, config)
    links = (
        f'<p class="notebook-links"><a download="{name}" href="{name}">Download '
        f'notebook</a> · <a href="{colab}">Open in Colab</a></p>'
    )
    return re.sub(r"</h1>", lambda m: m[0] + links, html, count=1)
