"""The built site in a real browser: every page loads cleanly, offline, accessibly, with working links.

One crawl visits every page of the built site once (pages are found in the build, so a new
page is covered without editing this file) and reports every failing page of every check at
once. Screenshots (light and dark, full page) and crawl.json (timings, all axe findings) land
in screenshots/ for people to look at. Beside it: linkchecker, the copy button, search.

    pytest -m browser          # these tests only (needs /usr/bin/chromium, see tests/conftest.py)
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from scripts.expected import difference, expected_lines

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 900}
SHOT = {"full_page": True, "type": "jpeg", "quality": 80}  # JPEG: half the time of PNG
MISSING = "this-page-does-not-exist/"  # the 404 page, as GitHub Pages serves it
# Material renders mermaid into a closed shadow root; open it so the test can see the svg.
OPEN_SHADOW_ROOTS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { return attach.call(this, {...init, mode: "open"}); };
"""
# Same-page links (#...) whose target is missing; the highlighter's line anchors included.
# (Material rewrites href="#x" to an absolute URL, so compare resolved URLs.)
MISSING_ANCHORS_JS = """() => {
  const here = location.href.split('#')[0];
  return Array.from(document.querySelectorAll('a[href*="#"]'))
    .map(a => a.href.split('#'))
    .filter(([page, id]) => page === here && id)
    .map(([, id]) => decodeURIComponent(id))
    .filter(id => !document.getElementById(id) && !document.getElementsByName(id).length);
}"""
SERIOUS = ("critical", "serious")


@dataclass
class PageReport:
    path: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)
    missing_anchors: list[str] = field(default_factory=list)
    mermaid: tuple[int, int] = (0, 0)  # diagrams, diagrams rendered to svg
    toggle: str = ""  # what went wrong with the light/dark toggle, if anything
    axe: list[dict] = field(default_factory=list)  # violations, light and dark
    crashed: str = ""
    seconds: dict[str, float] = field(default_factory=dict)  # per step, for people


@dataclass
class Crawl:
    base: str
    pages: dict[str, PageReport]
    requests: list[str]  # every URL the pages asked for
    blocked: list[tuple[str, str]]  # (page, URL) for each request to another host
    seconds: float


def _slug(path: str) -> str:
    return path.strip("/").replace("/", "_") or "index"


def _violations(axe_response: dict, scheme: str) -> list[dict]:
    found = []
    for v in axe_response["violations"]:
        # For contrast rules: each distinct (foreground, background, ratio), what to change in CSS.
        colours = sorted(
            {
                f"{c['data']['fgColor']} on {c['data']['bgColor']}: {c['data']['contrastRatio']}"
                for n in v["nodes"]
                for c in n.get("any", [])
                if isinstance(c.get("data"), dict) and "fgColor" in c["data"]
            }
        )
        found.append(
            {
                "scheme": scheme,
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "nodes": len(v["nodes"]),
                "targets": [" ".join(map(str, n["target"])) for n in v["nodes"]][:8],
                "colours": colours,
                "summary": (v["nodes"][0].get("failureSummary") or "").replace(
                    "\n", " "
                )[:300],
            }
        )
    return found


# axe-core's colour-contrast rule costs most on code: a page's highlighted tokens are most of its
# elements, yet their colours are a handful of theme variables. So every rule runs on every page
# outside code, and inside code colour-contrast runs on one token per distinct (class, colour,
# background), the first time the site shows it in that scheme.
CODE = [
    [".highlight code"],
    [".highlight-ipynb pre"],
]  # Material's blocks, notebook cells
MARK_CODE_SAMPLES_JS = """seen => {
  const keys = [];
  for (const el of document.querySelectorAll('.highlight code span, .highlight-ipynb pre span')) {
    if (el.children.length || !el.textContent.trim()) continue;
    const style = getComputedStyle(el);
    const back = getComputedStyle(el.closest('.hll') || el.closest('pre') || el).backgroundColor;
    const key = `${el.className}|${style.color}|${back}|${style.fontWeight}`;
    if (seen.includes(key) || keys.includes(key)) continue;
    keys.push(key);
    el.setAttribute('data-axe-sample', '');
  }
  return keys;
}"""


def _axe(
    page, axe_script: str, scheme: str, rules: list[str] | None, seen: set[str]
) -> list[dict]:
    """axe-core on the page (injected once per page load) outside code, then on new code token samples."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_script)
    options = {"resultTypes": ["violations"], **({"runOnly": rules} if rules else {})}
    run = "([context, options]) => axe.run(context, options)"
    found = _violations(page.evaluate(run, [{"exclude": CODE}, options]), scheme)
    keys = page.evaluate(MARK_CODE_SAMPLES_JS, sorted(seen))
    if keys:
        seen.update(keys)
        samples = {"include": [["[data-axe-sample]"]]}
        found += _violations(
            page.evaluate(run, [samples, {**options, "runOnly": ["color-contrast"]}]),
            scheme,
        )
        page.evaluate(
            "document.querySelectorAll('[data-axe-sample]').forEach(e => e.removeAttribute('data-axe-sample'))"
        )
    return found


def _palette(page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def _toggle(page, expected: str) -> str:
    """Click the visible palette toggle; return a problem, or "" when the scheme became `expected`."""
    label = page.locator("form[data-md-component=palette] label:not([hidden])")
    if label.count() != 1:
        return f"{label.count()} visible palette toggles"
    before = page.evaluate("getComputedStyle(document.body).backgroundColor")
    label.click()
    try:
        page.wait_for_function(
            "s => document.body.getAttribute('data-md-color-scheme') === s",
            arg=expected,
            timeout=3000,
        )
    except PlaywrightTimeout:
        return f"scheme stayed {_palette(page)!r}, expected {expected!r}"
    after = page.evaluate("getComputedStyle(document.body).backgroundColor")
    if after == before:
        return f"background stayed {before} after switching to {expected!r}"
    return ""


def _crawl(browser, site_url: str, site_pages: list[str], screenshots) -> Crawl:
    """Visit every page (and the 404 page) once, recording what each check needs."""
    from axe_playwright_python.sync_playwright import Axe

    start = time.perf_counter()
    host = urllib.parse.urlsplit(site_url).netloc
    axe_script = Axe().axe_script  # the axe-core build that axe-playwright-python ships
    seen_code_colours = {"light": set(), "dark": set()}
    requests: list[str] = []
    blocked: list[tuple[str, str]] = []
    current = {"path": ""}
    reports = {path: PageReport(path) for path in [*site_pages, MISSING]}

    def route(r):
        url = r.request.url
        requests.append(url)
        parts = urllib.parse.urlsplit(url)
        if parts.scheme in ("data", "blob") or parts.netloc == host:
            r.continue_()
        else:
            blocked.append((current["path"], url))
            r.abort("blockedbyclient")

    context = browser.new_context(
        viewport=VIEWPORT, color_scheme="light", service_workers="block"
    )
    context.add_init_script(OPEN_SHADOW_ROOTS)
    context.route("**/*", route)
    page = context.new_page()
    page.on(
        "console",
        lambda m: (
            m.type == "error"
            and reports[current["path"]].console_errors.append(
                f"{m.text} ({m.location.get('url', '')}:{m.location.get('lineNumber', '')})"
            )
        ),
    )
    page.on("pageerror", lambda e: reports[current["path"]].page_errors.append(str(e)))

    def on_response(response):
        if response.status >= 400 and not (
            current["path"] == MISSING and response.url.endswith(MISSING)
        ):
            reports[current["path"]].bad_responses.append(
                f"{response.status} {response.url}"
            )

    page.on("response", on_response)

    for path, report in reports.items():
        current["path"] = path
        clock = time.perf_counter()

        def lap(step, report=report):
            nonlocal clock
            now = time.perf_counter()
            report.seconds[step] = round(now - clock, 3)
            clock = now

        try:
            page.goto(site_url + path, wait_until="load")
            lap("load")
            if path == MISSING:  # the browser logs this page's own 404: expected
                report.console_errors = [
                    e for e in report.console_errors if "404" not in e
                ]
            report.missing_anchors = page.evaluate(MISSING_ANCHORS_JS)
            diagrams = page.locator(".mermaid").count()
            if diagrams:
                try:
                    page.wait_for_function(
                        "n => document.querySelectorAll('.mermaid').length === n && Array.from("
                        "document.querySelectorAll('.mermaid')).every(m => (m.shadowRoot || m)"
                        ".querySelector('svg'))",
                        arg=diagrams,
                        timeout=10_000,
                    )
                except PlaywrightTimeout:
                    pass  # counted below: diagrams without an svg
            rendered = page.evaluate(
                "Array.from(document.querySelectorAll('.mermaid'))"
                ".filter(m => (m.shadowRoot || m).querySelector('svg')).length"
            )
            report.mermaid = (diagrams, rendered)
            lap("anchors+mermaid")
            assert _palette(page) == "default", (
                f"page opened in scheme {_palette(page)!r}"
            )
            report.axe += _axe(
                page, axe_script, "light", None, seen_code_colours["light"]
            )
            lap("axe")
            page.screenshot(path=screenshots / f"{_slug(path)}-light.jpg", **SHOT)
            lap("screenshot")
            report.toggle = _toggle(page, "slate")
            lap("toggle")
            if not report.toggle:
                # Only colours change between the schemes: check contrast again in dark.
                report.axe += _axe(
                    page,
                    axe_script,
                    "dark",
                    ["color-contrast", "link-in-text-block"],
                    seen_code_colours["dark"],
                )
                lap("axe dark")
                page.screenshot(path=screenshots / f"{_slug(path)}-dark.jpg", **SHOT)
                lap("screenshot dark")
                report.toggle = _toggle(page, "default")
                lap("toggle back")
        except Exception as e:  # noqa: BLE001 - one broken page must not hide the others
            report.crashed = f"{type(e).__name__}: {e}"
    context.close()
    result = Crawl(site_url, reports, requests, blocked, time.perf_counter() - start)
    # For people: what every page did, axe findings of every impact included.
    (screenshots / "crawl.json").write_text(
        json.dumps(dataclasses.asdict(result), indent=1)
    )
    return result


def _problems(crawl: Crawl) -> dict[str, list[str]]:
    """Every failure of the crawl, by check: an empty list is a pass."""
    pages = crawl.pages.values()
    diagrams = [r for r in pages if r.mermaid[0]]
    return {
        "pages that broke the crawl": [
            f"{r.path or '/'}: {r.crashed}" for r in pages if r.crashed
        ],
        "console errors, page errors and HTTP errors": [
            f"{r.path or '/'}: {kind}: {msg}"
            for r in pages
            for kind, msgs in (
                ("console", r.console_errors),
                ("page error", r.page_errors),
                ("HTTP", r.bad_responses),
            )
            for msg in msgs
        ],
        "requests to hosts other than 127.0.0.1 (blocked)": [
            f"{page or '/'}: {url}" for page, url in crawl.blocked
        ],
        "links to anchors missing on their own page": [
            f"{r.path or '/'}: #{a}" for r in pages for a in r.missing_anchors
        ],
        "mermaid diagrams without an svg (offline rendering failed)": [
            f"{r.path or '/'}: {r.mermaid[0] - r.mermaid[1]} of {r.mermaid[0]}"
            for r in diagrams
            if r.mermaid[1] < r.mermaid[0]
        ],
        "light/dark palette toggle": [
            f"{r.path or '/'}: {r.toggle}" for r in pages if r.toggle
        ],
        "axe-core violations, serious or critical": [
            f"{r.path or '/'} [{v['scheme']}] {v['impact']} {v['id']}: {v['help']}: "
            f"{v['nodes']} nodes, e.g. {v['targets']} {v['colours'] or v['summary']}"
            for r in pages
            for v in r.axe
            if v["impact"] in SERIOUS
        ],
    }


def _fail_if(problems: list[str], what: str):
    if problems:
        pytest.fail(f"{what}:\n" + "\n".join(problems), pytrace=False)


def test_every_page_in_the_browser(browser, site_url, site_pages, screenshots):
    """Every page: no console/page/HTTP error, no request off 127.0.0.1, same-page anchors
    resolve, mermaid renders offline, the palette toggles light <-> dark, and axe-core finds
    nothing serious or critical in either scheme.

    One test, not one per check: under pytest-xdist the tests of a module spread over
    workers, and each worker would crawl the site again.
    """
    crawl = _crawl(browser, site_url, site_pages, screenshots)
    problems = _problems(crawl)
    mermaid = sum(r.mermaid[0] for r in crawl.pages.values())
    print(
        f"{len(crawl.pages)} pages (404 page included) in {crawl.seconds:.1f} s, "
        f"{len(crawl.requests)} requests, {len(crawl.blocked)} blocked, "
        f"{mermaid} mermaid diagrams; details in {screenshots / 'crawl.json'}"
    )
    failed = {what: found for what, found in problems.items() if found}
    if failed:
        pytest.fail(
            "\n\n".join(
                f"{what}:\n" + "\n".join(found) for what, found in failed.items()
            ),
            pytrace=False,
        )
    assert crawl.requests, "the crawl recorded no requests"


# --- links -------------------------------------------------------------------------------

LINKCHECKERRC = """\
[checking]
threads=4
maxrequestspersecond=200
[filtering]
checkextern=0
# The highlighter's line-number anchors: checked in the browser (same-page anchors).
ignore=
  \\#__codelineno-
[output]
log=csv
[csv]
separator=;
[AnchorCheck]
"""


def test_links_and_anchors(site_url, site_pages):
    """linkchecker over HTTP from every page, anchors included: raw-HTML and notebook links too."""
    exe = shutil.which("linkchecker", path=os.path.dirname(sys.executable))
    assert exe, "linkchecker not installed (pip install -r requirements.txt)"
    with tempfile.TemporaryDirectory() as tmp:
        # linkchecker drops root privileges to `nobody`: its config must be world-readable.
        os.chmod(tmp, 0o755)
        rc = Path(tmp) / "linkcheckerrc"
        rc.write_text(LINKCHECKERRC)
        rc.chmod(0o644)
        run = subprocess.run(
            [
                exe,
                "--config",
                str(rc),
                "--no-status",
                *(site_url + p for p in site_pages),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    rows = csv.DictReader(
        (line for line in io.StringIO(run.stdout) if not line.startswith("#")),
        delimiter=";",
    )
    # Without --verbose, linkchecker logs only URLs with an error or a warning (a missing
    # anchor is a warning), so every row is a problem.
    problems = [
        f"{r['parentname'] or '(start)'}:{r['line']}: {r['urlname']} -> "
        f"{r['result']} {r['warningstring'][:160]}".strip()
        for r in rows
    ]
    _fail_if(problems, f"broken links (linkchecker exit {run.returncode})")
    assert run.returncode == 0, (run.stdout + run.stderr)[-3000:]


# --- copy button -------------------------------------------------------------------------

# Representative code blocks, (page, index of the block on it): copied weights (the home
# page's set_weights example), fresh weights, shared weights. Each run starts TensorFlow
# (~2 s), so not every block; tests/test_standalone.py runs every snippet file alone.
COPY_CASES = [("", 0), ("get-config/", 0), ("shared-layers/", 0)]


@pytest.mark.parametrize(
    ("path", "index"), COPY_CASES, ids=[p or "home" for p, _ in COPY_CASES]
)
def test_copy_button_copies_runnable_code(
    browser, site_url, site_pages, path, index, tmp_path
):
    """Hover a block, click its copy button, run the clipboard in a fresh interpreter: it prints the `#>` lines."""
    assert path in site_pages, f"{path} is not a page of the built site"
    context = browser.new_context(
        viewport=VIEWPORT, permissions=["clipboard-read", "clipboard-write"]
    )
    try:
        page = context.new_page()
        page.goto(site_url + path)
        block = page.locator("div.highlight").nth(index)
        shown = block.locator("code").inner_text()
        block.hover()
        button = block.locator("button[data-md-type=copy]")
        button.wait_for(state="visible", timeout=3000)
        page.evaluate("navigator.clipboard.writeText('')")
        button.click()
        page.wait_for_function(
            "async () => (await navigator.clipboard.readText()).length > 0",
            timeout=3000,
        )
        copied = page.evaluate("navigator.clipboard.readText()")
    finally:
        context.close()
    assert copied.rstrip() == shown.rstrip(), (
        f"{path}: the clipboard differs from the block shown"
    )
    promised = expected_lines(copied, Path("copied.py"))
    assert promised, f"{path}: block {index} shows no #> output"
    run = subprocess.run(
        [sys.executable, "-c", copied],
        cwd=tmp_path,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, (
        f"{path or '/'}: exit {run.returncode}: {run.stderr[-1500:]}"
    )
    diff = difference(
        promised, run.stdout, f"{path or '/'} (#> lines on the page)", "printed"
    )
    assert not diff, diff


# --- search ------------------------------------------------------------------------------

# (query, page expected as the first result).
SEARCH_CASES = [
    ("siamese", "shared-layers/"),
    ("clone_model", "clone-model/"),
    ("set_weights", "copy-weights/"),
    ("MirroredStrategy", "distributed/"),
    ("from_config", "get-config/"),
    ("deepcopy", "deepcopy/"),
    ("target network", "target-networks/"),
    ("tied weights", "tied-weights/"),
    ("RepeatVector", "duplicate-values/"),
]


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize(
    ("query", "expected"), SEARCH_CASES, ids=[q for q, _ in SEARCH_CASES]
)
def test_search_finds_the_right_page_first(
    search_page, site_url, site_pages, query, expected
):
    assert expected in site_pages, f"{expected} is not a page of the built site"
    page = search_page
    page.goto(site_url)
    box = page.locator("input[data-md-component=search-query]")
    box.click()
    page.keyboard.type(query, delay=10)  # key presses: Material searches on keyup
    first = page.locator(".md-search-result__item a.md-search-result__link").first
    first.wait_for(timeout=10_000)
    href = urllib.parse.urlsplit(
        urllib.parse.urljoin(page.url, first.get_attribute("href"))
    ).path
    titles = page.locator(".md-search-result__item > a h1").all_inner_texts()
    assert href == urllib.parse.urlsplit(site_url + expected).path, (
        f"{query!r}: first result {href}, expected {expected}; results: {titles}"
    )
