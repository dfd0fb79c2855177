"""Every page of the built site in a real browser: it loads cleanly, offline, and accessibly.

One crawl visits every page once (pages are found in the build, so a new page is covered
without editing this file) and reports every failing page of every check at once: console,
page and HTTP errors, requests to other hosts, same-page anchors, the light/dark toggle,
axe-core in both schemes. Screenshots (light and dark, full page) and crawl.json (all axe
findings) land in screenshots/ for people to look at.

    pytest -m browser          # the browser tests (needs /usr/bin/chromium, see tests/conftest.py)
"""

from __future__ import annotations

import dataclasses
import json
import urllib.parse
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 900}
SHOT = {"full_page": True, "type": "jpeg", "quality": 80}  # JPEG: half the time of PNG
MISSING = "this-page-does-not-exist/"  # the 404 page, as GitHub Pages serves it
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
    toggle: str = ""  # what went wrong with the light/dark toggle, if anything
    axe: list[dict] = field(default_factory=list)  # violations, light and dark
    crashed: str = ""


@dataclass
class Crawl:
    base: str
    pages: dict[str, PageReport]
    requests: list[str]  # every URL the pages asked for
    blocked: list[tuple[str, str]]  # (page, URL) for each request to another host


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
        try:
            page.goto(site_url + path, wait_until="load")
            if path == MISSING:  # the browser logs this page's own 404: expected
                report.console_errors = [
                    e for e in report.console_errors if "404" not in e
                ]
            report.missing_anchors = page.evaluate(MISSING_ANCHORS_JS)
            assert _palette(page) == "default", (
                f"page opened in scheme {_palette(page)!r}"
            )
            report.axe += _axe(
                page, axe_script, "light", None, seen_code_colours["light"]
            )
            page.screenshot(path=screenshots / f"{_slug(path)}-light.jpg", **SHOT)
            report.toggle = _toggle(page, "slate")
            if not report.toggle:
                # Only colours change between the schemes: check contrast again in dark.
                report.axe += _axe(
                    page,
                    axe_script,
                    "dark",
                    ["color-contrast", "link-in-text-block"],
                    seen_code_colours["dark"],
                )
                page.screenshot(path=screenshots / f"{_slug(path)}-dark.jpg", **SHOT)
                report.toggle = _toggle(page, "default")
        except Exception as e:  # noqa: BLE001 - one broken page must not hide the others
            report.crashed = f"{type(e).__name__}: {e}"
    context.close()
    result = Crawl(site_url, reports, requests, blocked)
    # For people: what every page did, axe findings of every impact included.
    (screenshots / "crawl.json").write_text(
        json.dumps(dataclasses.asdict(result), indent=1)
    )
    return result


def _problems(crawl: Crawl) -> dict[str, list[str]]:
    """Every failure of the crawl, by check: an empty list is a pass."""
    pages = crawl.pages.values()
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


def test_every_page_in_the_browser(browser, site_url, site_pages, screenshots):
    """Every page: no console/page/HTTP error, no request off 127.0.0.1, same-page anchors
    resolve, the palette toggles light <-> dark, and axe-core finds
    nothing serious or critical in either scheme.

    One test, not one per check: under pytest-xdist the tests of a module spread over
    workers, and each worker would crawl the site again.
    """
    crawl = _crawl(browser, site_url, site_pages, screenshots)
    problems = _problems(crawl)
    print(
        f"{len(crawl.pages)} pages (404 page included), "
        f"{len(crawl.requests)} requests, {len(crawl.blocked)} blocked; "
        f"details in {screenshots / 'crawl.json'}"
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
