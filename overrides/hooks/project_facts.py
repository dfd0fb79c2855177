"""Facts the build, the scripts and the tests share, each written once (standard library;
MkDocs in config()). The hooks import it from beside them; scripts/project.py re-exports it."""

import ast
import difflib
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# KERAS_BACKEND value -> the name readers know
BACKENDS = {"tensorflow": "TensorFlow", "jax": "JAX", "torch": "PyTorch"}
# What a snippet gives on one backend, in docs/data/backends.json
RESULTS = ("same", "differs", "error", "n/a")
# pymdownx.snippets: --8<-- "path" or --8<-- "path:section"; sections in the snippet file
INCLUDE_RE = re.compile(r'--8<--\s+"(?P<path>[^":]+)(?::(?P<section>[\w-]+))?"')
SECTION_RE = re.compile(r"# --8<-- \[(?P<kind>start|end):(?P<name>[\w-]+)\]")
# A snippet whose point is TensorFlow itself says so: the matrix marks it n/a elsewhere.
TENSORFLOW_ONLY_RE = re.compile(r"^# TensorFlow only: (.+)$", re.MULTILINE)
# A code block's title names its snippet: `snippets/x/y.py`, or a part of it,
# `snippets/x/y.py, part 2 of 3: what it does (needs part 1)`; a notebook cell's first line
# is `# snippets/x/y.py`.
SNIPPET_PATH = r"snippets/[\w/]+\.py"
TITLE_RE = re.compile(
    rf"^(?P<path>{SNIPPET_PATH})(?:, part (?P<part>\d+) of (?P<of>\d+)\b.*)?$"
)
# A highlighted code block as Material writes it, with that title.
FENCE_TITLE_RE = re.compile(
    r'<div class="(?:language-\w+ )?highlight"><span class="filename">'
    rf"(?P<path>{SNIPPET_PATH})[^<]*</span>.*?</pre></div>",
    re.DOTALL,
)
MATRIX = "docs/data/backends.json"  # written by `python -m scripts.backend_matrix`
MATRIX_COMMAND = "python -m scripts.backend_matrix"
# A page line `<!-- <what> from <source> -->` becomes what this hook makes from <source>:
DERIVED = {
    "backend-counts": "backends.py",
    "backend-table": "backends.py",
    "comparison-table": "comparison_table.py",
    "copy-cost-summary": "copy_cost_tables.py",
    "copy-cost-table": "copy_cost_tables.py",
    "error-index": "error_index.py",
    "runner-output": "backends.py",
}
DERIVED_RE = re.compile(
    r"^<!-- (?P<what>[\w-]+) from (?P<source>\S+) -->$", re.MULTILINE
)


def derive(markdown: str, what: str, make) -> str:
    """Each `<!-- what from source -->` line replaced with make(source)."""
    return DERIVED_RE.sub(
        lambda m: make(m["source"]) if m["what"] == what else m[0], markdown
    )


def load_matrix(root: Path = ROOT) -> dict:
    """docs/data/backends.json; empty when there is none yet (the build never needs it)."""
    path = Path(root) / MATRIX
    if not path.exists():
        return {"checked": None, "versions": {}, "snippets": {}}
    return json.loads(path.read_text("utf-8"))


@functools.cache
def search_cases(path: Path = ROOT / "tests" / "search_cases.yml") -> list[dict]:
    import yaml  # MkDocs' own dependency

    cases = yaml.safe_load(path.read_text("utf-8"))
    assert all({"query", "page", "source"} <= set(c) for c in cases), path
    return cases


def split(case: dict) -> str:
    """The rule, fixed before tuning: TEST when sha256(source URL)'s first hex digit is 0-5."""
    digest = hashlib.sha256(case["source"].encode("utf-8")).hexdigest()
    return "test" if digest[0] in "012345" else "train"


query_words = lambda text: " ".join(re.findall(r"\w+", text.lower()))  # same words: one question
plain = lambda html, gap=" ": unescape(re.sub(r"<[^>]+>", gap, html))  # an HTML text's words: tags out


@functools.cache
def questions_shown() -> dict[str, list[dict]]:
    """page -> its "Questions readers asked": train cases, none worded as a test one."""
    test = {query_words(c["query"]) for c in search_cases() if split(c) == "test"}
    train = [c for c in search_cases() if query_words(c["query"]) not in test]  # no test case
    return {p: [c for c in train if c["page"] == p] for p in {c["page"] for c in train}}


# ------------------------------------------------------------- the `#>` reader and comparer
# pytest-examples writes a print's output under it: `#> ` lines, or a triple-quoted block.
OUTPUT_LINE_RE = re.compile(r"^ *#> ")
TRIPLE_QUOTES_RE = re.compile(r"^ *(?:\"{3}|'{3})")


@dataclass
class Output:
    line: int  # 1-based line of the print's last line; its output starts below it
    lines: list[str]  # the promised text, one item per output line
    block: bool  # written as a triple-quoted block rather than `#> ` lines


def expected_outputs(source: str, where: str = "<source>") -> list[Output]:
    """The output under each `print(...)`, in file order, but those inside a `def program()`
    (snippets/backends/ run its source per backend; the print relaying its lines carries them).
    Output under no print is an error naming `where` and its line (read past, it would drop
    promised lines unseen)."""
    lines = source.splitlines()
    tree = ast.parse(source)
    run_elsewhere = [f for f in ast.walk(tree) if getattr(f, "name", "") == "program"]
    ends = sorted(
        {
            node.end_lineno
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", None) == "print"
            and not any(f.lineno < node.lineno <= f.end_lineno for f in run_elsewhere)
        }
    )
    outputs, read = [], set()  # read: 1-based lines that belong to an output
    for end in ends:
        below = lines[end:]
        if below and TRIPLE_QUOTES_RE.match(below[0]):
            indent = len(below[0]) - len(below[0].lstrip())
            close = next(
                i for i, s in enumerate(below[1:], 1) if TRIPLE_QUOTES_RE.match(s)
            )
            body = [s[indent:] for s in below[1:close]]
            outputs.append(Output(end, body, block=True))
            read.update(range(end + 1, end + close + 2))
            continue
        body = []
        for n, text in enumerate(below, end + 1):
            if not OUTPUT_LINE_RE.match(text):
                break
            body.append(OUTPUT_LINE_RE.sub("", text, count=1))
            read.add(n)
        outputs.append(Output(end, body, block=False))
    stray = [  # a `#>` line, or a block opened under one
        n
        for n, s in enumerate(lines, 1)
        if OUTPUT_LINE_RE.match(s)
        or (
            TRIPLE_QUOTES_RE.match(s)
            and OUTPUT_LINE_RE.match(lines[n - 2] if n > 1 else "")
        )
    ]
    for n in sorted(set(stray) - read):
        raise ValueError(
            f"{where}:{n}: output under no print (a triple-quoted block among `#>` "
            "lines, or a `#>` line after one): keep each print short, so that "
            "--update-examples writes `#>` lines, and regenerate"
        )
    return outputs


def expected_lines(source: str, where: str = "<source>") -> list[str]:
    """Every line the file's `#>` comments (and blocks) promise, in file order."""
    return [line for o in expected_outputs(source, where) for line in o.lines]


def comparable(lines: list[str]) -> list[str]:
    """What the `#>` format can represent: no blank lines, no trailing whitespace."""
    return [line.rstrip() for line in lines if line.strip()]


def difference(
    expected: list[str], printed: str, want: str = "#> lines", got: str = "stdout"
) -> str:
    """A unified diff (`-` promised, `+` printed), or "" when the output is as promised."""
    a, b = comparable(expected), comparable(printed.splitlines())
    if a == b:
        return ""
    return "\n".join(difflib.unified_diff(a, b, want, got, lineterm=""))


# ------------------------------------------------------------- snippets and pages

DOCS = ROOT / "docs"
SNIPPETS = sorted(ROOT.glob("snippets/**/*.py"))
# Keras 2 code (tf_keras): `-m legacy`. Snippets that run every backend themselves: `-m backends`.
KERAS2 = ROOT / "snippets" / "keras2"
KERAS2_SNIPPETS = [p for p in SNIPPETS if p.is_relative_to(KERAS2)]
ALL_BACKENDS = ROOT / "snippets" / "backends"
ALL_BACKENDS_SNIPPETS = [p for p in SNIPPETS if p.is_relative_to(ALL_BACKENDS)]
KERAS3_SNIPPETS = [
    p for p in SNIPPETS if p not in KERAS2_SNIPPETS + ALL_BACKENDS_SNIPPETS
]


def not_applicable(path: Path) -> dict[str, str]:
    """backend -> why the matrix does not run the snippet there, as the snippet declares it."""
    if Path(path).resolve().is_relative_to(ALL_BACKENDS):
        why = "the snippet runs every backend itself, each in its own Python"
        return {b: why for b in BACKENDS if b != "tensorflow"}
    only = TENSORFLOW_ONLY_RE.search(Path(path).read_text("utf-8"))
    if only:
        return {b: f"TensorFlow only: {only[1]}" for b in BACKENDS if b != "tensorflow"}
    return {}


def rel(path: Path) -> str:
    """`snippets/x/y.py` for a file in the repository, the full path otherwise."""
    path = Path(path)
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*") if p.suffix in (".md", ".ipynb"))


def includes(page: Path):
    """Yield (line_number, snippet_path, section) for every include in a page."""
    for number, line in enumerate(page.read_text("utf-8").splitlines(), 1):
        for m in INCLUDE_RE.finditer(line):
            yield number, m["path"], m["section"]


@functools.cache
def config(root: Path = ROOT):
    """mkdocs.yml as MkDocs reads it: the tools' one reader of it."""
    from mkdocs.config import load_config

    return load_config(str(root / "mkdocs.yml"))


def page_url(doc: str, root: Path = ROOT) -> str:
    """The absolute URL of a file under docs/ ("errata.md" -> ".../errata/")."""
    cfg = config(root)
    base = cfg["site_url"].rstrip("/") + "/"
    if not doc.endswith((".md", ".ipynb")):
        return base + doc
    stem = doc.rsplit(".", 1)[0]
    if stem == "index" or stem.endswith("/index"):
        return base + stem[: -len("index")]
    return base + (f"{stem}/" if cfg["use_directory_urls"] else f"{stem}.html")


def pages_showing(folder: Path) -> list[Path]:
    """The pages that include a snippet from this folder."""
    return [
        page
        for page in pages()
        if any((ROOT / path).is_relative_to(folder) for _, path, _ in includes(page))
    ]
