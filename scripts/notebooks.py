"""Notebooks: docs/notebooks/<page>.ipynb per strategy page (a page under docs/ that
includes a snippet, except OVERVIEW_PAGES), and tour.ipynb from scripts/tour.md.

    python -m scripts.notebooks   # write the notebooks that changed, delete orphans

flatten (plain Markdown), expand (the includes, by the engine that shows the page), then
make_notebook: each code cell's stored output is its `#>` lines, so that making a notebook
needs no TensorFlow; first, a cell that installs requirements.txt's pins, in Colab only.
"""

import posixpath
import re
from pathlib import Path

import jupytext
import markdown
import nbformat
from mkdocs.utils.meta import get_data
from nbformat import v4

from scripts.project import INCLUDE_RE, ROOT, config, expected_lines, page_url

NOTEBOOK_DIR = "notebooks"  # under docs/
# Pages that include snippets but are overviews, not strategies: their snippets are on strategy pages.
OVERVIEW_PAGES = {"index.md", "decision-guide.md", "errors.md"}
TOUR = "scripts/tour.md"  # the tour's prose and includes, written like a page
COMMAND = "python -m scripts.notebooks"
KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}
COLAB_PIP = """import sys

if "google.colab" in sys.modules:  # Colab: the versions the outputs were made with
    %pip install -q {pins}"""


def strategy_pages(root: Path = ROOT) -> list[Path]:
    docs = root / "docs"
    return sorted(
        page
        for page in docs.rglob("*.md")
        if page.relative_to(docs).as_posix() not in OVERVIEW_PAGES
        and INCLUDE_RE.search(page.read_text("utf-8"))
    )


def notebook_of(page: Path, root: Path = ROOT) -> Path:
    """docs/<page>.md -> docs/notebooks/<page>.ipynb"""
    docs = root / "docs"
    return docs / NOTEBOOK_DIR / page.relative_to(docs).with_suffix(".ipynb")


FENCE_RE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
CONTAINER_RE = re.compile(r"^(?P<indent> *)(?P<kind>!!!|\?\?\?\+?|===)\s*(?P<rest>.*)$")


def flatten(text: str, where: str) -> str:
    """Step 1: plain Markdown, with one ```python block per snippet to include."""
    lines, out = text.splitlines(), []
    # The open containers: (indent of the body, shown as a quote).
    stack: list[tuple[int, bool]] = []
    seen: set[str] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip():
            while stack and len(line) - len(line.lstrip(" ")) < stack[-1][0]:
                stack.pop()
        depth = stack[-1][0] if stack else 0
        quote = "> " * sum(q for _, q in stack)
        body = line[depth:] if line.strip() else ""
        if m := CONTAINER_RE.match(body):
            title = re.search(r'"([^"]*)"', m["rest"])
            if m["kind"] == "===":
                out += [quote + f"**{title[1] if title else m['rest'].strip()}**", ""]
            else:
                label = (
                    title[1] if title else (m["rest"].split() or ["note"])[0].title()
                )
                if label:  # !!! note "" has no title
                    out += [quote + f"> **{label}**", quote + ">"]
            stack.append((depth + len(m["indent"]) + 4, m["kind"] != "==="))
            i += 1
            continue
        if m := FENCE_RE.match(body):
            close = re.compile(rf"^ *{m['fence'][0]}{{{len(m['fence'])},}}\s*$")
            j, block = i + 1, []
            while j < len(lines) and not close.match(lines[j][depth:]):
                block.append(lines[j][depth + len(m["indent"]) :])
                j += 1
            found = [inc["path"] for b in block for inc in INCLUDE_RE.finditer(b)]
            for path in dict.fromkeys(p for p in found if p not in seen):
                seen.add(path)  # whole: a notebook runs top to bottom
                out += ["", f'```python source_file="{path}"\n--8<-- "{path}"\n```', ""]
            if not found:
                info = m["info"].split()
                out.append(quote + m["indent"] + m["fence"] + (info[0] if info else ""))
                out += [(quote + b).rstrip() for b in block]
                out.append(quote + m["indent"] + m["fence"])
            i = j + 1
            continue
        if INCLUDE_RE.search(body):
            raise ValueError(f"{where}:{i + 1}: an include outside a code block")
        out.append((quote + body).rstrip() if body else "")
        i += 1
    # A title with nothing quoted under it (a fold of code already in a cell) goes too.
    return re.sub(r"(?m)^> \*\*.*\*\*\n>\n(?=\n*[^>`\n])", "", "\n".join(out))


def expand(text: str, root: Path = ROOT) -> str:
    """Step 2: pymdownx.snippets with mkdocs.yml's settings, paths taken from the project root."""
    settings = dict(config(root)["mdx_configs"]["pymdownx.snippets"])
    settings["base_path"] = [str(root / p) for p in settings.get("base_path", ["."])]
    name = "pymdownx.snippets"
    md = markdown.Markdown(extensions=[name], extension_configs={name: settings})
    return "\n".join(md.preprocessors["snippet"].run(text.split("\n")))


INLINE_CODE_RE = re.compile(r"(`+)(?:(?!\1).)+?\1")
ATTR = r"""(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))"""
ATTR_LIST_RE = re.compile(rf"[ \t]*\{{:?[ \t]*{ATTR}(?:[ \t]+{ATTR})*[ \t]*\}}")
LINK_RE = re.compile(r"(?P<head>!?\[[^\]]*\]\(\s*<?)(?P<target>[^)\s>]+)")
REF_LINK_RE = re.compile(r"^(?P<head> {0,3}\[[^\]]+\]:\s*<?)(?P<target>[^\s>]+)", re.MULTILINE)
SCHEME_RE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|/)")


def absolute(target: str, doc: str, root: Path = ROOT) -> str:
    """A link of the file docs/<doc>, as an absolute URL of the site."""
    if SCHEME_RE.match(target):
        return target
    path, _, anchor = target.partition("#")
    to = doc
    if path:
        to = posixpath.normpath(posixpath.join(posixpath.dirname(doc), path))
    if to == ".." or to.startswith("../"):
        raise ValueError(f"docs/{doc}: the link {target} leaves docs/")
    return page_url("" if to == "." else to, root) + (f"#{anchor}" if anchor else "")


def for_notebook(text: str, doc: str, root: Path = ROOT) -> str:
    """Outside fenced code: links made absolute (a link's text may wrap onto the next line);
    outside any code: attribute lists dropped."""
    blocks, fence = [[]], None  # lists: runs of prose lines; strings: fenced lines
    for line in text.splitlines():
        m = FENCE_RE.match(line.lstrip("> "))
        if m and (fence is None or m["fence"].startswith(fence)):
            fence = None if fence else m["fence"]
        elif not fence:
            parts, last = [], 0  # attribute lists go, outside code spans
            for m in INLINE_CODE_RE.finditer(line):
                parts += [ATTR_LIST_RE.sub("", line[last : m.start()]), m[0]]
                last = m.end()
            blocks[-1].append("".join(parts) + ATTR_LIST_RE.sub("", line[last:]))
            continue
        blocks += [line, []]
    link = lambda m: m["head"] + absolute(m["target"], doc, root)
    prose = lambda run: REF_LINK_RE.sub(link, LINK_RE.sub(link, "\n".join(run)))
    return "\n".join(prose(b) if isinstance(b, list) else b for b in blocks if b != [])


def make_notebook(text: str, source: str, doc: str, note: str, root: Path = ROOT):
    """Steps 3 and 4: the notebook of a flattened, expanded page (doc: its path under docs/)."""
    nb = v4.new_notebook()
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    cells: list = []
    for cell in jupytext.reads(text, fmt="md").cells:
        path = cell.metadata.get("source_file")
        if cell.cell_type == "code" and path:
            code = f"# {path}\n{cell.source.strip(chr(10))}"
            stdout = "".join(f"{x}\n" for x in expected_lines(cell.source, path))
            outputs = [v4.new_output("stream", name="stdout", text=stdout)]
            count = sum(c.cell_type == "code" for c in cells) + 1
            cells.append(v4.new_code_cell(code, execution_count=count))
            cells[-1].metadata["source_file"] = path
            cells[-1].outputs = outputs if stdout else []
            continue
        # Markdown, or a ```python block that includes nothing: Markdown too.
        md = cell.source
        if cell.cell_type != "markdown":
            md = f"```python\n{md}\n```"
        if cells and cells[-1].cell_type == "markdown":
            cells[-1].source = cells[-1].source.rstrip("\n") + "\n\n" + md
        else:
            cells.append(v4.new_markdown_cell(md, metadata={"source_file": source}))
    first = cells[0].source
    at = title.end() if (title := re.search(r"^# .+$", first, re.MULTILINE)) else 0
    cells[0].source = f"{first[:at]}\n\n{note}".strip()
    rest = [v4.new_markdown_cell(first[at:].strip(), metadata=dict(cells[0].metadata))]
    install = v4.new_code_cell(COLAB_PIP.format(pins=pins(root)))
    cells[1:1] = [install] + rest * bool(rest[0].source)  # the page's lead, if any
    for n, cell in enumerate(cells):
        cell.id = f"cell-{n}"  # deterministic: an unchanged notebook is byte-identical
        if cell.cell_type == "markdown":
            cell.source = for_notebook(cell.source, doc, root)
    nb.cells = cells
    nbformat.validate(nb)
    return nb


def pins(root: Path) -> str:
    """requirements.txt's TensorFlow and Keras, as one pip argument list."""
    text = (root / "requirements.txt").read_text("utf-8")
    return " ".join(re.findall(r"(?m)^(?:tensorflow|keras)==[\w.]+", text))


def _note(root: Path, page: tuple[str, str] | None = None) -> str:
    this = page and f"This notebook is the page [{page[0]}]({page[1]}) with its code from the site's tested snippets. "
    return (
        f"*{this or ''}The outputs shown are the ones the test suite checks, on "
        f"`{pins(root)}`; in Colab, the notebook's first code cell installs those.*"
    )


def page_notebook(page: Path, root: Path = ROOT) -> nbformat.NotebookNode:
    doc = page.relative_to(root / "docs").as_posix()
    text, _ = get_data(page.read_text("utf-8"))  # no front matter (a search boost)
    # The Performance page's tables, made from the data files as the build makes them.
    import copy_cost_tables  # overrides/hooks/, on sys.path through scripts.project

    text = copy_cost_tables.on_page_markdown(text, None, None, None)
    title = re.search(r"^# (.+)$", text, re.MULTILINE)
    note = _note(root, (title[1] if title else doc, page_url(doc, root)))
    text = expand(flatten(text, f"docs/{doc}"), root)
    return make_notebook(text, f"docs/{doc}", doc, note, root)


def expected(root: Path = ROOT) -> dict[Path, nbformat.NotebookNode]:
    """Every notebook the sources make, by path."""
    notebooks = {
        notebook_of(p, root): page_notebook(p, root) for p in strategy_pages(root)
    }
    tour = expand(flatten((root / TOUR).read_text("utf-8"), TOUR), root)
    name = f"{NOTEBOOK_DIR}/tour.ipynb"
    notebooks[root / "docs" / name] = make_notebook(tour, TOUR, name, _note(root), root)
    return notebooks


def changes(root: Path = ROOT) -> dict[Path, str | None]:
    """The notebooks to write (path -> text) and the orphans to delete (path -> None)."""
    want = {path: nbformat.writes(nb) + "\n" for path, nb in expected(root).items()}
    out = {p: t for p, t in want.items() if not p.exists() or p.read_text("utf-8") != t}
    notebooks = sorted((root / "docs" / NOTEBOOK_DIR).glob("**/*.ipynb"))
    return out | {path: None for path in notebooks if path not in want}


def check(root: Path = ROOT) -> list[str]:
    """One line per notebook that is missing, stale or an orphan (from no page)."""
    return [
        f"{'orphan' if text is None else 'stale' if path.exists() else 'missing'}: "
        f"{path.relative_to(root).as_posix()}; run {COMMAND}"
        for path, text in changes(root).items()
    ]


def write(root: Path = ROOT) -> list[str]:
    """Write every notebook that changed and delete orphans; says what it did."""
    done = []
    for path, text in changes(root).items():
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
        name = path.relative_to(root).as_posix()
        done.append(f"{'deleted' if text is None else 'wrote'} {name}")
    return done


if __name__ == "__main__":
    print("\n".join(write()) or "notebooks are up to date")
