"""The copy button: every code block of every page, copied with its own button, is what the
page shows and is the snippet file its title names, or a section of it titled "part i of n";
the parts, in page order, make the file; a part not titled "(needs part ...)" runs alone and
prints its own `#>` lines. (Whole files run alone in tests/test_standalone.py.)"""

import functools

import pytest

from scripts.notebooks import expand
from scripts.project import ROOT, SECTION_RE, TITLE_RE, comparable
from scripts.reader_run import check_code

pytestmark = pytest.mark.browser

BLOCKS_JS = """() => { document.querySelectorAll('details').forEach(d => d.open = true);
  return Array.from(document.querySelectorAll(  // folds open; output (no button) left out
    'article div.highlight:not(.language-text.no-copy)')).map((el, i) => {
  el.setAttribute('data-copy-test', i);
  return {
    title: ((el.querySelector('.filename') || {}).textContent || '').trim(),
    python: /language-py/.test(el.className) || !/language-/.test(el.className),
    shown: el.querySelector('code').innerText,
  };
}); }"""


def _copy(page, el) -> str:
    """Show the block (select its content tab), hover it, click its copy button, read the clipboard."""
    if not el.is_visible():
        tab = el.locator("xpath=ancestor::div[contains(@class,'tabbed-block')][1]")
        nth = tab.evaluate("t => Array.from(t.parentElement.children).indexOf(t)")
        labels = "xpath=../../div[contains(@class,'tabbed-labels')]/label"
        tab.locator(labels).nth(nth).click()
    el.scroll_into_view_if_needed()
    el.hover()
    button = el.locator("button[data-md-type=copy]")
    button.wait_for(state="visible", timeout=3000)
    page.evaluate("navigator.clipboard.writeText('')")
    button.click()
    page.wait_for_function(
        "async () => (await navigator.clipboard.readText()).length > 0", timeout=3000
    )
    return page.evaluate("navigator.clipboard.readText()").strip("\n")


@functools.cache
def _snippet_texts(path: str) -> dict[str | None, str]:
    """The whole file (key None) and each named section, as the site's engine renders them."""
    text = (ROOT / path).read_text("utf-8")
    names = [m["name"] for m in SECTION_RE.finditer(text) if m["kind"] == "start"]
    return {
        name: expand(f'--8<-- "{path}{":" + name if name else ""}"').strip("\n")
        for name in [None, *names]
    }


def _problem(b: dict) -> str | None:
    """What is wrong with one copied block, or None; sets b["section"] to what it shows."""
    if b["copied"].rstrip() != b["shown"].strip("\n").rstrip():
        return f"{b['where']}: the clipboard differs from the block shown"
    if not b["path"] and b["python"]:
        return f"{b['where']} (title {b['title']!r}): name its file"
    if not b["path"]:  # a shell command or a message: nothing to run
        return None
    if not (ROOT / b["path"]).is_file():
        return f"{b['where']}: {b['path']} does not exist"
    texts = _snippet_texts(b["path"]).items()
    found = [s for s, t in texts if t.rstrip() == b["copied"].rstrip()]
    where = f"{b['where']} ({b['title'] or b['path']})"
    if not found:
        return f"{where}: the clipboard is neither {b['path']} nor one of its sections"
    section = b["section"] = found[0]
    if section is None and b["part"]:
        return f"{where}: shows the whole file, but its title says part {b['part'][0]}"
    if section and not b["part"]:
        return f"{where}: shows section [{section}]: its title must say 'part i of n'"
    return None


def _parts_problem(page: str, file: str, shown: list[dict]) -> str | None:
    numbers = [b["part"] for b in shown]
    if numbers != [(i, len(shown)) for i in range(1, len(shown) + 1)]:
        return f"{page}: the parts of {file} are numbered {numbers}, in page order"
    lines = (ROOT / file).read_text("utf-8").splitlines()
    whole = [line for line in lines if not SECTION_RE.search(line)]
    copied = "\n".join(b["copied"] for b in shown).splitlines()
    if comparable(copied) != comparable(whole):
        return f"{page}: the parts of {file}, concatenated, are not the file"
    return None


def test_every_block_is_its_file_from_the_copy_button(browser, site_url, site_pages):
    problems: list[str] = []
    alone: dict[str, str] = {}  # code -> where, for the parts that run alone
    count = 0
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = context.new_page()
    for path in site_pages:
        page.goto(site_url + path)
        parts: dict[str, list[dict]] = {}
        for i, b in enumerate(page.evaluate(BLOCKS_JS)):
            count += 1
            el = page.locator(f"[data-copy-test='{i}']")
            b |= {"where": f"{path or '/'} block {i + 1}", "path": "", "part": None}
            b["copied"] = _copy(page, el)
            if m := TITLE_RE.match(b["title"]):
                b["path"] = m["path"]
                b["part"] = (int(m["part"]), int(m["of"])) if m["part"] else None
            if problem := _problem(b):
                problems.append(problem)
            elif b.get("section"):
                parts.setdefault(b["path"], []).append(b)
                if "(needs part" not in b["title"]:
                    alone.setdefault(b["copied"], f"{b['where']} ({b['title']})")
        problems += filter(None, (_parts_problem(path, f, s) for f, s in parts.items()))
    context.close()
    for code, where in alone.items():
        if (result := check_code(code)).result != "same":
            problems.append(f"{where}, run alone:\n{result.report()}")
    print(
        f"{count} code blocks on {len(site_pages)} pages; {len(alone)} parts run alone"
    )
    assert count, "no code blocks found on any page"
    assert not problems, "\n".join(problems)
