"""The copy button: every code block of every page, copied with its own button, is what the
page shows and is the snippet file its title names, or a section of it titled "part i of n";
the parts, in page order, make the file; a part not titled "(needs part ...)" runs alone and
prints its own `#>` lines. (Whole files run alone in tests/test_standalone.py.)"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pytest

from scripts.project import ROOT, SECTION_RE, SNIPPET_PATH, TITLE_RE, comparable
from scripts.reader_run import check_code

pytestmark = pytest.mark.browser

# A notebook cell names its file in its first line (a Material block in its title, TITLE_RE).
CELL_HEAD_RE = re.compile(rf"^# (?P<path>{SNIPPET_PATH})\n")
NEEDS = "(needs part"  # in the title of a part that cannot run alone
BLOCKS_JS = """() => Array.from(document.querySelectorAll(
    'article div.highlight, article .jp-CodeCell .highlight-ipynb')).map((el, i) => {
  el.setAttribute('data-copy-test', i);
  return {
    notebook: el.classList.contains('highlight-ipynb'),
    title: ((el.querySelector('.filename') || {}).textContent || '').trim(),
    python: /language-py|highlight-ipynb/.test(el.className) || !/language-/.test(el.className),
    shown: (el.querySelector('code') || el.querySelector('pre')).innerText,
  };
})"""


@dataclass
class Block:
    where: str  # "page/ block N"
    title: str
    notebook: bool
    python: bool
    shown: str
    copied: str = ""
    path: str = ""  # the snippet file it names
    part: tuple[int, int] | None = None  # (i, n) from "part i of n"
    section: str | None = None  # the named section it shows; None: the whole file


def _copy(page, el, notebook: bool) -> str:
    """Show the block (select its content tab), hover it, click its copy button, read the clipboard."""
    if not el.is_visible():
        tab = el.locator("xpath=ancestor::div[contains(@class,'tabbed-block')][1]")
        nth = tab.evaluate("t => Array.from(t.parentElement.children).indexOf(t)")
        tab.locator("xpath=../../div[contains(@class,'tabbed-labels')]/label").nth(
            nth
        ).click()
    el.scroll_into_view_if_needed()
    el.hover()
    scope = (
        el.locator("xpath=ancestor::div[contains(@class,'jp-Cell')][1]")
        if notebook
        else el
    )
    button = scope.locator(
        "clipboard-copy" if notebook else "button[data-md-type=copy]"
    )
    button.wait_for(state="visible", timeout=3000)
    page.evaluate("navigator.clipboard.writeText('')")
    button.click()
    page.wait_for_function(
        "async () => (await navigator.clipboard.readText()).length > 0", timeout=3000
    )
    return page.evaluate("navigator.clipboard.readText()").strip("\n")


def _copied_blocks(browser, site_url, site_pages):
    """Yield (page, [Block, ...]) for every page, each block copied with its own button."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        permissions=["clipboard-read", "clipboard-write"],
    )
    try:
        page = context.new_page()
        for path in site_pages:
            page.goto(site_url + path)
            blocks = []
            for i, info in enumerate(page.evaluate(BLOCKS_JS)):
                block = Block(f"{path or '/'} block {i + 1}", **info)
                block.copied = _copy(
                    page, page.locator(f"[data-copy-test='{i}']"), block.notebook
                )
                if block.notebook and (head := CELL_HEAD_RE.match(block.copied + "\n")):
                    block.path = head["path"]
                elif m := TITLE_RE.match(block.title):
                    block.path = m["path"]
                    block.part = (int(m["part"]), int(m["of"])) if m["part"] else None
                blocks.append(block)
            yield path, blocks
    finally:
        context.close()


def _snippet_texts(path: str) -> dict[str | None, str]:
    """What the site shows of a snippet: the whole file (key None) and each named section, as
    the site's own engine renders them (pymdownx.snippets configured as in mkdocs.yml)."""
    from scripts.notebooks import expand

    names = [
        m["name"]
        for m in SECTION_RE.finditer((ROOT / path).read_text("utf-8"))
        if m["kind"] == "start"
    ]
    return {
        name: expand(f'--8<-- "{path}{":" + name if name else ""}"').strip("\n")
        for name in [None, *names]
    }


def _problem(b: Block, texts) -> str | None:
    """What is wrong with one copied block, or None; sets b.section to what it shows."""
    if b.copied.rstrip() != b.shown.strip("\n").rstrip():
        return f"{b.where}: the clipboard differs from the block shown"
    if not b.path:  # a shell command or a message: nothing to run
        return f"{b.where} (title {b.title!r}): name its file" if b.python else None
    if not (ROOT / b.path).is_file():
        return f"{b.where}: {b.path} does not exist"
    code = CELL_HEAD_RE.sub("", b.copied, count=1) if b.notebook else b.copied
    found = [s for s, t in texts(b.path).items() if t.rstrip() == code.rstrip()]
    where = f"{b.where} ({b.title or b.path})"
    if not found:
        return f"{where}: the clipboard is neither {b.path} nor one of its sections"
    b.section = found[0]
    if b.section is None and b.part:
        return f"{where}: shows the whole file, but its title says part {b.part[0]}"
    if b.section and not b.part:
        return f"{where}: shows section [{b.section}]: its title must say 'part i of n'"
    return None


def _parts_problem(page: str, file: str, shown: list[Block]) -> str | None:
    numbers = [b.part for b in shown]
    if numbers != [(i, len(shown)) for i in range(1, len(shown) + 1)]:
        return f"{page}: the parts of {file} are numbered {numbers}, in page order"
    lines = (ROOT / file).read_text("utf-8").splitlines()
    whole = [line for line in lines if not SECTION_RE.search(line)]
    copied = "\n".join(b.copied for b in shown).splitlines()
    if comparable(copied) != comparable(whole):
        return f"{page}: the parts of {file}, concatenated, are not the file"
    return None


def test_every_block_is_its_file_from_the_copy_button(browser, site_url, site_pages):
    problems: list[str] = []
    alone: dict[str, str] = {}  # code -> where, for the parts that run alone
    texts = functools.cache(_snippet_texts)
    count = 0
    for page, blocks in _copied_blocks(browser, site_url, site_pages):
        count += len(blocks)
        parts: dict[str, list[Block]] = {}
        for b in blocks:
            if problem := _problem(b, texts):
                problems.append(problem)
            elif b.section:
                parts.setdefault(b.path, []).append(b)
                if NEEDS not in b.title:
                    alone.setdefault(b.copied, f"{b.where} ({b.title})")
        problems += filter(None, (_parts_problem(page, f, s) for f, s in parts.items()))
    for code, where in alone.items():
        result = check_code(code)
        if result.result != "same":
            problems.append(f"{where}, run alone:\n{result.report()}")
    print(
        f"{count} code blocks on {len(site_pages)} pages; {len(alone)} parts run alone"
    )
    assert count, "no code blocks found on any page"
    assert not problems, "\n".join(problems)
