"""The one place notebooks are made: every strategy page, and the tour, from the same snippet files.

    python -m scripts.notebooks           # rewrite docs/notebooks/*.ipynb (and delete orphans)
    python -m scripts.notebooks --check   # exit 1 naming every stale, missing or orphan notebook

A strategy page is a page under docs/ that includes at least one snippet, except the overview
pages in OVERVIEW_PAGES. Its notebook is docs/notebooks/<page>.ipynb: the page's prose as Markdown
cells (MkDocs-only syntax flattened, relative links made absolute with site_url) and, where the
page includes a snippet, the snippet's code as a code cell. The stored outputs are the snippet's
`#>` lines, so making a notebook needs no TensorFlow; tests/test_notebooks.py executes every
notebook and checks that the real outputs equal them. The tour is TOUR below, built the same way.
hooks/notebook_pages.py (MkDocs) imports colab_url() from here for the page links.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import concurrent.futures
import copy
import itertools
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import nbformat
import yaml
from nbformat import v4

from scripts.expected import expected_outputs
from scripts.project import INCLUDE_RE, ROOT, SECTION_RE

NOTEBOOK_DIR = "notebooks"  # under docs/
# Pages that include snippets but are overviews, not strategies: their snippets are on strategy pages.
OVERVIEW_PAGES = {"index.md", "decision-guide.md", "comparison.md"}
COMMAND = "python -m scripts.notebooks"
KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


# ---------------------------------------------------------------------------- the site


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold tags such as !!python/name:...; their values are not needed here."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass(frozen=True)
class Site:
    url: str  # site_url, ending in "/"
    repo: str  # "owner/name" from repo_url
    branch: str  # from edit_uri ("edit/main/docs/"), else "main"
    directory_urls: bool


def site(root: Path = ROOT) -> Site:
    return site_from(
        yaml.load((root / "mkdocs.yml").read_text("utf-8"), Loader=_Loader)
    )


def site_from(config) -> Site:
    """From mkdocs.yml's settings: a dict, or the MkDocs config object in a hook."""
    repo = re.fullmatch(
        r"https://github\.com/([^/]+/[^/]+?)(?:\.git)?/?", config["repo_url"]
    )
    if not repo:
        raise ValueError(
            f"mkdocs.yml: repo_url is not a GitHub repository: {config['repo_url']}"
        )
    branch = re.match(r"(?:edit|blob)/([^/]+)/", config.get("edit_uri") or "")
    return Site(
        url=config["site_url"].rstrip("/") + "/",
        repo=repo[1],
        branch=branch[1] if branch else "main",
        directory_urls=config.get("use_directory_urls", True),
    )


def colab_url(notebook: str, info: Site) -> str:
    """notebook: the path under docs/, e.g. "notebooks/tour.ipynb"."""
    return f"https://colab.research.google.com/github/{info.repo}/blob/{info.branch}/docs/{notebook}"


def page_url(doc: str, info: Site) -> str:
    """The absolute URL of a file under docs/ ("errata.md" -> ".../errata/")."""
    if not doc.endswith(".md"):
        return info.url + doc
    stem = doc[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return info.url + stem[: -len("index")]
    return info.url + (f"{stem}/" if info.directory_urls else f"{stem}.html")


def pinned(root: Path = ROOT) -> str:
    """The pinned TensorFlow and Keras requirements, as one pip argument list."""
    wanted = ("tensorflow==", "keras==")
    lines = (root / "requirements.txt").read_text("utf-8").splitlines()
    return " ".join(line.strip() for line in lines if line.strip().startswith(wanted))


# ---------------------------------------------------------------------------- pages


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


@dataclass
class Include:
    path: str  # "snippets/x/y.py"
    section: str | None
    where: str  # "docs/page.md:12", for error messages


FENCE_RE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
CONTAINER_RE = re.compile(r"^(?P<indent> *)(?P<kind>!!!|\?\?\?\+?|===)\s*(?P<rest>.*)$")
ATTR = r"""(?:[.#][\w-]+|[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s}]+))?)"""
ATTR_LIST_RE = re.compile(rf"[ \t]*\{{:?[ \t]*{ATTR}(?:[ \t]+{ATTR})*[ \t]*\}}")
INLINE_LINK_RE = re.compile(r"(?P<head>!?\[[^\]]*\]\(\s*<?)(?P<target>[^)\s>]+)")
REF_LINK_RE = re.compile(r"^(?P<head> {0,3}\[[^\]]+\]:\s*<?)(?P<target>[^\s>]+)")
SCHEME_RE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|/)")


def split_page(text: str, source: str) -> list[str | Include]:
    """A page as Markdown chunks and snippet includes, in order.

    Admonitions (!!! / ???) become block quotes with a bold title, content tabs (===) a bold label,
    their bodies dedented; a fenced block that includes snippets becomes one Include per snippet;
    every other fence stays Markdown (its info string cut to the language).
    """
    lines = text.splitlines()
    out: list[str | Include] = []
    md: list[str] = []
    stack: list[
        tuple[int, bool]
    ] = []  # (indent of the container's body, renders as a quote)

    def flush():
        chunk = "\n".join(md).strip("\n")
        if chunk.strip():
            out.append(chunk)
        md.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip():
            while stack and len(line) - len(line.lstrip(" ")) < stack[-1][0]:
                stack.pop()
        depth = stack[-1][0] if stack else 0
        quote = "> " * sum(q for _, q in stack)
        text_ = line[depth:] if line.strip() else ""

        container = CONTAINER_RE.match(text_)
        if container:
            kind, rest = container["kind"], container["rest"].strip()
            title = re.search(r'"([^"]*)"', rest)
            if kind == "===":
                md.extend([quote + f"**{title[1] if title else rest}**", ""])
            else:
                name = rest.split()[0] if rest else "note"
                label = title[1] if title else name.capitalize()
                if label:  # !!! note "" has no title
                    md.extend([quote + f"> **{label}**", quote + ">"])
            stack.append((depth + len(container["indent"]) + 4, kind != "==="))
            i += 1
            continue

        fence = FENCE_RE.match(text_)
        if fence:
            body, j = [], i + 1
            close = re.compile(rf"^ *{fence['fence'][0]}{{{len(fence['fence'])},}}\s*$")
            while j < len(lines) and not close.match(lines[j][depth:]):
                body.append(lines[j][depth + len(fence["indent"]) :])
                j += 1
            found = [(n, m) for n, b in enumerate(body) for m in INCLUDE_RE.finditer(b)]
            if found:
                flush()
                for n, m in found:
                    out.append(
                        Include(m["path"], m["section"], f"{source}:{i + n + 2}")
                    )
            else:
                language = fence["info"].split()[0] if fence["info"].split() else ""
                md.append(quote + fence["indent"] + fence["fence"] + language)
                md.extend((quote + b).rstrip() for b in body)
                md.append(quote + fence["indent"] + fence["fence"])
            i = j + 1
            continue

        if INCLUDE_RE.search(text_):
            raise ValueError(
                f"{source}:{i + 1}: an include outside a code block is not supported"
            )
        md.append((quote + text_).rstrip() if text_ else "")
        i += 1
    flush()
    return out


def markdown_for_notebook(chunk: str, page: str, info: Site) -> str:
    """Links made absolute (MkDocs does not rewrite them inside a notebook), attribute lists removed.

    page: the path under docs/ that the relative links are relative to. Whether the targets
    exist is checked by the strict build for pages, and by tests/test_notebooks.py here.
    """

    def absolute(target: str) -> str:
        if SCHEME_RE.match(target):
            return target
        path, _, anchor = target.partition("#")
        doc = page
        if path:
            doc = (Path(page).parent / path).as_posix()
            doc = Path(*_normalize(doc.split("/"))).as_posix()
        return page_url(doc, info) + (f"#{anchor}" if anchor else "")

    out, in_fence = [], None
    for line in chunk.splitlines():
        fence = FENCE_RE.match(line.lstrip("> "))
        if fence and (in_fence is None or fence["fence"].startswith(in_fence)):
            in_fence = None if in_fence else fence["fence"]
            out.append(line)
            continue
        if in_fence:
            out.append(line)
            continue
        line = ATTR_LIST_RE.sub("", line)
        line = INLINE_LINK_RE.sub(lambda m: m["head"] + absolute(m["target"]), line)
        line = REF_LINK_RE.sub(lambda m: m["head"] + absolute(m["target"]), line)
        out.append(line)
    return "\n".join(out)


def _normalize(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if part == "..":
            if not out:
                raise ValueError(f"link leaves docs/: {'/'.join(parts)}")
            out.pop()
        elif part not in ("", "."):
            out.append(part)
    return out


# ---------------------------------------------------------------------------- snippets


def snippet_chunks(includes: list[Include], root: Path = ROOT) -> list[str | None]:
    """The code cell for each include; None where an earlier cell already holds that code.

    A notebook must run like the snippet file does, so each file goes in whole, exactly once:
    a file included whole goes in at its first include. A file included by sections is split
    at those sections, when the page shows them in file order: each cell holds its section plus
    the file's code since the previous one (its imports, its setup), the last cell the rest.
    Otherwise (one section, sections out of order, or a cut that is not valid Python) the whole
    file goes in at the first include, keeping the markers of the sections the page shows.
    """
    by_file: dict[str, list[int]] = defaultdict(list)
    for n, include in enumerate(includes):
        by_file[include.path].append(n)
    cells: list[str | None] = [None] * len(includes)
    for path, indices in by_file.items():
        lines = (root / path).read_text("utf-8").splitlines()
        chunks = _split_at_sections(lines, [includes[n].section for n in indices])
        for n, chunk in zip(indices, chunks):
            cells[n] = f"# {path}\n{chunk}" if chunk is not None else None
    return cells


def _split_at_sections(
    lines: list[str], sections: list[str | None]
) -> list[str | None]:
    # In the whole file, the markers of the sections the page shows stay: they mark its part.
    shown = {name for name in sections if name}
    whole = [_code(lines, keep=shown)] + [None] * (len(sections) - 1)
    if None in sections or len(sections) == 1:
        return whole
    marks: dict[tuple[str, str], int] = {}
    for n, line in enumerate(lines):
        m = SECTION_RE.search(line)
        if m:
            marks[(m["kind"], m["name"])] = n
    ends, previous = [], -1
    for name in sections:
        start, end = marks.get(("start", name), -1), marks.get(("end", name), -1)
        if not previous < start < end:
            return whole
        ends.append(end)
        previous = end
    bounds = [0] + [end + 1 for end in ends[:-1]] + [len(lines)]
    chunks = [_code(lines[a:b]) for a, b in itertools.pairwise(bounds)]
    try:
        for chunk in chunks:
            ast.parse(chunk)
    except SyntaxError:
        return whole
    return chunks


def _code(lines: list[str], keep: set[str] = frozenset()) -> str:
    kept = [
        line
        for line in lines
        if not (m := SECTION_RE.search(line)) or m["name"] in keep
    ]
    return "\n".join(kept).strip("\n")


def expected_output(code: str) -> tuple[list[str], bool]:
    """The printed lines a snippet's comments promise, and whether they are exact.

    `#> ` lines are exact. A triple-quoted block under a print is what pytest-examples writes
    for long or multi-line output; it drops blank edges and re-wraps values with black, so it
    is only exact up to whitespace (see same_output).
    """
    outputs = expected_outputs(code, Path("cell.py"))
    lines = [line for output in outputs for line in output.lines]
    return lines, not any(output.block for output in outputs)


def same_output(real: str, expected: list[str], exact: bool) -> bool:
    if exact:
        return [line.rstrip() for line in real.splitlines()] == [
            line.rstrip() for line in expected
        ]
    return _canonical(real) == _canonical("\n".join(expected))


def _canonical(text: str) -> str:
    return re.sub(r",(?=[\]\)}])", "", re.sub(r"\s+", "", text))


# ---------------------------------------------------------------------------- notebooks


def _notebook(cells: list[tuple[str, str, str]]) -> nbformat.NotebookNode:
    """cells: (kind, text, source file) with kind "markdown" or "code"."""
    nb = v4.new_notebook()
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": {"name": "python"}}
    count = 0
    for n, (kind, text, source) in enumerate(cells):
        if kind == "markdown":
            cell = v4.new_markdown_cell(text, metadata={"source_file": source})
        else:
            count += 1
            lines, _ = expected_output(text)
            outputs = []
            if lines:
                stdout = "".join(f"{line}\n" for line in lines)
                outputs.append(v4.new_output("stream", name="stdout", text=stdout))
            cell = v4.new_code_cell(
                text,
                metadata={"source_file": source},
                execution_count=count,
                outputs=outputs,
            )
        cell.id = (
            f"cell-{n}"  # deterministic, so an unchanged notebook is byte-identical
        )
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def _note(title: str, url: str, root: Path) -> str:
    return (
        f"*This notebook is the page [{title}]({url}) with its code from the site's tested "
        f"snippets. The outputs shown are the ones the test suite checks, on `{pinned(root)}`; "
        f"install those to get the same lines (in Colab: `%pip install {pinned(root)}`).*"
    )


def _tour_note(root: Path) -> str:
    return (
        f"*The outputs shown are the ones the test suite checks, on `{pinned(root)}`; install "
        f"those to get the same lines (in Colab: `%pip install {pinned(root)}`).*"
    )


def strip_front_matter(text: str) -> str:
    """Drop a page's YAML front matter (MkDocs metadata such as a search boost)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5 :].lstrip("\n")
    return text


def page_notebook(page: Path, root: Path = ROOT) -> nbformat.NotebookNode:
    info = site(root)
    doc = page.relative_to(root / "docs").as_posix()
    source = f"docs/{doc}"
    parts = split_page(strip_front_matter(page.read_text("utf-8")), source)
    includes = [part for part in parts if isinstance(part, Include)]
    code = dict(zip(map(id, includes), snippet_chunks(includes, root)))
    cells: list[tuple[str, str, str]] = []
    noted = False
    for part in parts:
        if isinstance(part, Include):
            if code[id(part)] is not None:
                cells.append(("code", code[id(part)], part.path))
            continue
        text = markdown_for_notebook(part, doc, info)
        if not noted:
            title = re.search(r"^# (.+)$", text, re.MULTILINE)
            note = _note(title[1] if title else doc, page_url(doc, info), root)
            if title:
                text = text.replace(title[0], f"{title[0]}\n\n{note}", 1)
            else:
                text = f"{note}\n\n{text}"
            noted = True
        cells.append(("markdown", text, source))
    return _notebook(cells)


# The tour: one walk through the main strategies, made of snippets the pages include.
# Links are relative to docs/notebooks/tour.ipynb; they are written out absolute.
TOUR_SOURCE = "tests/notebooks.py"
TOUR: list[str] = [
    """# A tour of duplicating Keras layers

"Duplicate this layer" has several meanings in Keras, and each gives different variables.
This tour runs one snippet per strategy, from fresh copies to shared weights to a
duplicated output, and reads what each one prints. Every code cell is a snippet from the
site, checked by its test suite.""",
    """## 1. A new instance: same architecture, fresh weights

Create the class again. Each instance creates its own variables when it is built; before
that there is nothing to compare. More in [New instances](../new-instances.md).""",
    "snippets/new_instances/independent_weights.py",
    """The unbuilt layer has no weights (`False 0`). Once built, the kernels are different
variables (`False`) with different values (`False`); only the zero-initialized biases
happen to be equal.

## 2. get_config and from_config: the settings, not the weights

The config is a plain dict of the architecture. `from_config` returns a new, unbuilt layer
with the same name, units and activation. More in [get_config / from_config](../get-config.md).""",
    "snippets/get_config/layer_config_round_trip.py",
    """The copy starts unbuilt (`False`), and once built its kernel differs from the source's
(`False`): the config carries the initializer, not the values it drew.

## 3. clone_model: a whole model, fresh weights

`keras.models.clone_model` rebuilds a Sequential or functional model with new variables.
More in [clone_model](../clone-model.md).""",
    "snippets/clone_model/sequential_and_functional.py",
    """Same class, same layer names, same parameter count, already built. Per weight, the
clone has new variables (`False` everywhere in the first list); kernels differ and zero
biases match.

## 4. set_weights: equal values, independent variables

To start equal and then train independently, build both models and copy the values.
More in [set_weights between twins](../copy-weights.md).""",
    "snippets/copy_weights/set_weights_then_train_independently.py",
    """After the copy every weight is equal (`True`) but not the same variable (`False`).
One optimizer step on `src` changes all of its weights and none of `dst`'s.

## 5. One instance in two places: shared variables

Calling the same layer instance in two branches shares its variables: a Siamese pair.
More in [Reuse one layer instance](../shared-layers.md).""",
    "snippets/shared_layers/siamese_branches_share_variables.py",
    """Both branches hold the same layer and the same kernel (`True`, `True`). Training the
left branch moves the right one too (`False`: its output changed), and both still compute
the same function (`True`).

## 6. One output, several branches

To use a layer's output twice, use the tensor twice: a functional tensor is a value, and
nothing needs copying. More in [One tensor, several branches](../output-branches.md).""",
    "snippets/output_branches/one_tensor_feeds_two_branches.py",
    """Both heads read the very same tensor (`True`, `True`), and the trunk's 16 parameters
are counted once in the total of 31. The two heads are two instances, with weights of
their own.

## 7. The same output twice, under two names

A model can return one tensor twice, with a loss on each copy. Watch the names.""",
    "snippets/output_branches/same_tensor_returned_twice.py",
    """Both outputs are the same tensor (`True`) named after its layer, `head`, so the logs
keep one `head_loss` for two losses: `3.0` is the second loss alone, while the total `4.0`
counts both. An `Identity` layer per copy gives each copy a name of its own:""",
    "snippets/output_branches/identity_layers_name_each_copy.py",
    """The outputs are `a` and `b`, the `Identity` layers add no parameters (`4` is the
head's), and each loss is logged under its own name.

## Where next

The [decision guide](../decision-guide.md) goes from what you want to the page that does it,
and the [comparison matrix](../comparison.md) runs every strategy through the same checks.""",
]


def tour_notebook(root: Path = ROOT) -> nbformat.NotebookNode:
    info = site(root)
    doc = f"{NOTEBOOK_DIR}/tour.ipynb"
    cells: list[tuple[str, str, str]] = []
    for n, part in enumerate(TOUR):
        if part.startswith("snippets/"):
            includes = [Include(part, None, f"{TOUR_SOURCE}: TOUR[{n}]")]
            cells.append(("code", snippet_chunks(includes, root)[0], part))
        else:
            text = markdown_for_notebook(part, doc, info)
            if n == 0:
                text = text.replace("\n", f"\n\n{_tour_note(root)}\n", 1)
            cells.append(("markdown", text, TOUR_SOURCE))
    return _notebook(cells)


def expected(root: Path = ROOT) -> dict[Path, nbformat.NotebookNode]:
    """Every notebook the sources make, by path."""
    notebooks = {
        notebook_of(page, root): page_notebook(page, root)
        for page in strategy_pages(root)
    }
    notebooks[root / "docs" / NOTEBOOK_DIR / "tour.ipynb"] = tour_notebook(root)
    return notebooks


def dumps(nb: nbformat.NotebookNode) -> str:
    return nbformat.writes(nb) + "\n"


def sources(nb: nbformat.NotebookNode) -> list[str]:
    return list(dict.fromkeys(cell.metadata["source_file"] for cell in nb.cells))


def check(root: Path = ROOT) -> list[str]:
    """One line per notebook that is missing, stale (naming the cells' sources) or an orphan."""
    problems = []
    want = expected(root)
    run = f"run {COMMAND}"
    for path, nb in want.items():
        name = path.relative_to(root).as_posix()
        if not path.exists():
            problems.append(f"missing: {name} from {sources(nb)[0]}; {run}")
            continue
        text = path.read_text("utf-8")
        if text == dumps(nb):
            continue
        try:
            old = json.loads(text).get("cells", [])
        except ValueError:
            old = []
        changed = [
            f"{cell.metadata['source_file']} (cell {n})"
            for n, cell in enumerate(nb.cells)
            if n >= len(old)
            or old[n] != json.loads(nbformat.writes(_alone(nb, cell)))["cells"][0]
        ]
        if len(old) > len(nb.cells):
            changed.append(f"cells {len(nb.cells)}-{len(old) - 1} removed")
        changed = list(dict.fromkeys(changed)) or sources(nb)[:1]
        problems.append(f"stale: {name} from {', '.join(changed)}; {run}")
    for path in sorted((root / "docs" / NOTEBOOK_DIR).glob("**/*.ipynb")):
        if path not in want:
            name = path.relative_to(root).as_posix()
            problems.append(f"orphan: {name} comes from no page; {run} to delete it")
    return problems


def _alone(nb: nbformat.NotebookNode, cell) -> nbformat.NotebookNode:
    one = v4.new_notebook(metadata=nb.metadata)
    one.cells.append(cell)
    return one


def write(root: Path = ROOT) -> list[Path]:
    """Write every notebook that changed and delete orphans; returns what changed."""
    want = expected(root)
    changed = []
    for path, nb in want.items():
        text = dumps(nb)
        if not path.exists() or path.read_text("utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
            changed.append(path)
    for path in sorted((root / "docs" / NOTEBOOK_DIR).glob("**/*.ipynb")):
        if path not in want:
            path.unlink()
            changed.append(path)
    return changed


# ---------------------------------------------------------------------------- running


def run_async(coro):
    """asyncio.run, in a thread of its own: Playwright's sync API (the browser tests) keeps
    an event loop running on the main thread for the whole test session."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def execute(path: Path, cwd: Path, timeout: int = 600) -> list[str]:
    """Run a notebook top to bottom in a fresh python3 kernel; one line per problem.

    A cell that raises stops the run and is named with its index and source file. Every code
    cell's stdout must equal its `#>` lines (same_output) and its stored output; anything else
    it displays, other than stderr, is a problem too. Logging lines on stdout are ignored.
    """
    return run_async(_execute(path, cwd, timeout))


def execute_all(
    paths: list[Path], cwd: Path, jobs: int, timeout: int = 600
) -> dict[Path, list[str]]:
    """execute() for several notebooks, one kernel each, at most `jobs` kernels at a time."""

    async def run_all():
        limit = asyncio.Semaphore(jobs)

        async def one(n: int, path: Path):
            async with limit:
                folder = cwd / str(n)
                folder.mkdir(parents=True, exist_ok=True)
                return await _execute(path, folder, timeout)

        results = await asyncio.gather(*(one(n, p) for n, p in enumerate(paths)))
        return dict(zip(paths, results))

    return run_async(run_all())


# In a kernel, TensorFlow logs to stdout ("WARNING:tensorflow:5 out of the last 7 calls ...
# triggered tf.function retracing"): log records, not printed output.
LOG_LINE_RE = re.compile(
    r"^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.]+:.*\n?", re.MULTILINE
)


async def _execute(path: Path, cwd: Path, timeout: int) -> list[str]:
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    name = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
    nb = nbformat.read(path, as_version=4)
    stored = [copy.deepcopy(cell.get("outputs", [])) for cell in nb.cells]
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    problems = []
    async with client.async_setup_kernel():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            where = f"{name}: cell {index} ({cell.metadata.get('source_file', '?')})"
            try:
                await client.async_execute_cell(cell, index)
            except CellExecutionError as e:
                problems.append(f"{where} raised {e.ename}: {e.evalue}")
                break
            real = "".join(
                o.text
                for o in cell.outputs
                if o.output_type == "stream" and o.name == "stdout"
            )
            real = LOG_LINE_RE.sub("", real)
            other = [o.output_type for o in cell.outputs if _visible_display(o)]
            lines, exact = expected_output(cell.source)
            want = "".join(o.text for o in stored[index] if o.output_type == "stream")
            if not same_output(real, lines, exact) or not same_output(
                want, lines, exact
            ):
                problems.append(
                    f"{where} printed other lines than its #> comments:\n"
                    f"--- expected\n{''.join(line + chr(10) for line in lines)}--- printed\n{real}"
                )
            if other:
                problems.append(f"{where} displayed {', '.join(other)}: print instead")
    return problems


def _visible_display(output) -> bool:
    """A display or result other than print's stdout. Keras's model.summary() with interactive
    logging off (the article snippets) still leaves rich's empty <pre> in Jupyter: not visible."""
    if output.output_type == "stream":
        return False
    data = output.get("data", {})
    blank = (
        set(data) <= {"text/plain", "text/html"}
        and not data.get("text/plain", "").strip()
    )
    return not (blank and output.output_type == "display_data")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="only report, write nothing"
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "notebooks are up to date")
        return 1 if problems else 0
    for path in write():
        print(
            f"{'wrote' if path.exists() else 'deleted'} {path.relative_to(ROOT).as_posix()}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
