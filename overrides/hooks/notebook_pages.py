"""MkDocs hook: the notebooks on the site. Self-contained: imports nothing of tests/ or scripts/.

The notebooks themselves are made by `python -m scripts.notebooks`.

- A page whose notebook exists (docs/notebooks/<page>.ipynb) gets "Download notebook" and
  "Open in Colab" links under its title. The .ipynb files are copied as static files.
  The Colab link opens the notebook from the repository of `repo_url`, on the branch
  named in `edit_uri` ("edit/main/docs/"), so a fork that sets both gets its own links.
- A notebook rendered as a page by mkdocs-jupyter (the tour) gets the same links, and reads
  as the site's other pages: its scripts (a copy button, MathJax, mermaid) and its ~580 KiB of
  inline JupyterLab CSS go; each code cell becomes a block as Material writes it, titled by
  the snippet path on its first line (`# snippets/x/y.py`), so that Material styles it and
  gives it a copy button, and the backends hook adds its backend line; an output goes, as the
  cell's `#>` lines already show it (the notebook keeps it); links to site_url are made
  relative (a notebook's links are absolute so that they work in Jupyter and Colab).
"""

from __future__ import annotations

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


# mkdocs-jupyter's scripts, styles and comments; its copy button and the code a second
# time, for that button (Material gives one).
DROP_RE = re.compile(
    r"<(script|style)\b.*?</\1>|<!--.*?-->"
    r'|<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>'
    r'|<div class="clipboard-copy-txt"[^>]*>.*?</div>',
    re.DOTALL,
)
# A code cell, whose first line names its snippet; the output under it (one stream).
CELL_RE = re.compile(
    r'<div class="highlight-ipynb hl-python"><pre><span></span><span class="c1"># '
    r"(?P<path>snippets/[\w/]+\.py)</span>\n(?P<code>.*?)</pre></div>",
    re.DOTALL,
)
OUTPUT_RE = re.compile(
    r'<div class="jp-Cell-outputWrapper">.*?</pre>(?:\s*</div>){4}', re.DOTALL
)


def on_page_content(html, page, config, files):
    src = page.file.src_uri
    if not src.endswith(".ipynb"):
        return html
    # The tour repeats every strategy's name; the strategy's own page should rank first.
    page.meta["search"] = {"boost": 0.1}
    html = OUTPUT_RE.sub("", DROP_RE.sub("", html))
    html = CELL_RE.sub(
        r'<div class="language-python highlight"><span class="filename">\g<path></span>'
        r"<pre><span></span><code>\g<code></code></pre></div>",
        html,
    )
    if re.search(r'class="(?:highlight-ipynb|jp-Cell-outputWrapper)', html):
        raise PluginError(f"{src}: a cell that is not a snippet and its one output")
    html = html.replace('class="anchor-link"', 'class="headerlink"')
    # nbconvert's cell ids, `cell-id=cell-1`: Material names a block's copy target after one
    html = html.replace('id="cell-id=', 'id="')
    url = re.escape(config.site_url.rstrip("/") + "/")
    html = re.sub(
        rf'href="{url}([^"#]*)(#[^"]*)?"',
        lambda m: f'href="{get_relative_url(m[1], page.url)}{m[2] or ""}"',
        html,
    )
    # The download is the copy that include_source puts next to the page.
    links = _links(posixpath.basename(src), colab_url(src, config))
    return re.sub(r"</h1>", lambda m: m[0] + links, html, count=1)
