"""Every page of the built site (found in the build, the 404 page too) once in Chromium at
1280 px: no console, page or HTTP error, no request off 127.0.0.1, same-page anchors resolve,
the palette toggles light <-> dark; in either scheme nothing serious or critical from axe-core
and no code block or table wider than its box (drop `toc.integrate` from mkdocs.yml and the
sidebar takes the width back). One test, not one per check: under pytest-xdist each worker
would crawl the site again. Screenshots of both schemes land in screenshots/ for people."""

import urllib.parse
from collections import defaultdict

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.browser

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
# colour-contrast costs most on code, whose tokens are most of a page's elements but a
# handful of colours: inside code it runs on one token per distinct (class, colour,
# background, weight), the first time the site shows it in that scheme.
CODE = [[".highlight code"], [".highlight-ipynb pre"]]  # code blocks, notebook cells
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
# Every code block and table of the page's content that is wider than its own box: a reader
# would have to scroll it sideways. Named by the snippet in its title where there is one.
WIDER_THAN_BOX_JS = """() => {
  const boxes = document.querySelectorAll(
    '.md-content pre, .md-content pre > code, .md-content .md-typeset__scrollwrap,'
    + ' .md-content .md-typeset__table, .md-content table, .md-content .jp-OutputArea-output');
  const wide = [];
  for (const el of boxes) {
    if (!el.getClientRects().length || el.scrollWidth <= el.clientWidth + 1) continue;
    const block = el.closest('.highlight, .jp-Cell, .md-typeset__scrollwrap, table');
    const title = block && block.querySelector('.filename');
    let name = title ? title.textContent.split(',')[0].trim() : '';
    if (!name && block) {
      const line = (block.textContent.match(/# (snippets\\/\\S+\\.py)/) || [])[1];
      name = line || block.textContent.trim().slice(0, 60);
    }
    wide.push({name: name, tag: el.tagName, scroll: el.scrollWidth, box: el.clientWidth});
  }
  return wide;
}"""
AXE_RUN = "([context, options]) => axe.run(context, options)"


def _axe(page, script: str, rules: list[str] | None, seen: set[str]) -> list[dict]:
    """axe-core's violations outside code, then on new code token samples."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(script)
    options = {"resultTypes": ["violations"], **({"runOnly": rules} if rules else {})}
    found = page.evaluate(AXE_RUN, [{"exclude": CODE}, options])["violations"]
    if keys := page.evaluate(MARK_CODE_SAMPLES_JS, sorted(seen)):
        seen.update(keys)
        samples = [
            {"include": [["[data-axe-sample]"]]},
            {**options, "runOnly": ["color-contrast"]},
        ]
        found += page.evaluate(AXE_RUN, samples)["violations"]
        page.evaluate(
            "document.querySelectorAll('[data-axe-sample]')"
            ".forEach(e => e.removeAttribute('data-axe-sample'))"
        )
    return found


def _toggle(page, expected: str) -> str:
    """Click the visible palette toggle; a problem, or "" when the scheme became `expected`."""
    label = page.locator("form[data-md-component=palette] label:not([hidden])")
    if label.count() != 1:
        return f"{label.count()} visible palette toggles"
    background = "getComputedStyle(document.body).backgroundColor"
    before = page.evaluate(background)
    label.click()
    try:
        scheme_is = "s => document.body.getAttribute('data-md-color-scheme') === s"
        page.wait_for_function(scheme_is, arg=expected, timeout=3000)
    except PlaywrightTimeout:
        return f"the scheme did not become {expected!r}"
    if page.evaluate(background) == before:
        return f"background stayed {before} after switching to {expected!r}"
    return ""


def test_every_page_in_the_browser(browser, site_url, site_pages, screenshots):
    from axe_playwright_python.sync_playwright import Axe

    axe_script = Axe().axe_script  # the axe-core build that axe-playwright-python ships
    host = urllib.parse.urlsplit(site_url).netloc
    problems = defaultdict(list)  # check -> "page: what"
    seen_code = {"light": set(), "dark": set()}
    requests = []
    now = {"path": ""}

    def found(check: str, what: str) -> None:
        problems[check].append(f"{now['path'] or '/'}: {what}")

    def axe(scheme: str, rules: list[str] | None = None) -> list[tuple[dict, str]]:
        return [(v, scheme) for v in _axe(page, axe_script, rules, seen_code[scheme])]

    def too_wide(scheme: str) -> None:
        for w in page.evaluate(WIDER_THAN_BOX_JS):
            found(
                "code blocks or tables wider than their box (they scroll sideways)",
                f"[{scheme}] {w['name']} ({w['tag']} {w['scroll']} px in {w['box']} px)",
            )

    def route(r):
        requests.append(r.request.url)
        parts = urllib.parse.urlsplit(r.request.url)
        if parts.scheme in ("data", "blob") or parts.netloc == host:
            return r.continue_()
        found("requests to hosts other than 127.0.0.1 (blocked)", r.request.url)
        r.abort("blockedbyclient")

    def response(r):
        if r.status >= 400 and not (now["path"] == MISSING and r.url.endswith(MISSING)):
            found("HTTP errors", f"{r.status} {r.url}")

    def console(m):
        # The 404 page's own 404 is expected.
        if m.type == "error" and not (now["path"] == MISSING and "404" in m.text):
            found("console errors", f"{m.text} ({m.location.get('url', '')})")

    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        color_scheme="light",
        service_workers="block",
    )
    context.route("**/*", route)
    page = context.new_page()
    page.on("console", console)
    page.on("pageerror", lambda e: found("page errors", str(e)))
    page.on("response", response)
    for path in [*site_pages, MISSING]:
        now["path"] = path
        shot = screenshots / (path.strip("/").replace("/", "_") or "index")
        violations = []
        try:
            page.goto(site_url + path, wait_until="load")
            for anchor in page.evaluate(MISSING_ANCHORS_JS):
                found("links to anchors missing on their own page", f"#{anchor}")
            violations += axe("light")
            too_wide("light")
            page.screenshot(path=f"{shot}-light.jpg", **SHOT)
            for scheme in ("slate", "default"):
                if toggled := _toggle(page, scheme):
                    found("light/dark palette toggle", toggled)
                    break
                if scheme == "slate":  # only colours change: contrast again in dark
                    violations += axe("dark", ["color-contrast", "link-in-text-block"])
                    too_wide("dark")
                    page.screenshot(path=f"{shot}-dark.jpg", **SHOT)
        except Exception as e:  # noqa: BLE001 - one broken page must not hide the others
            found("pages that broke the crawl", f"{type(e).__name__}: {e}")
        for v, scheme in violations:
            if v["impact"] in ("critical", "serious"):
                nodes = v["nodes"]
                colours = sorted(  # for contrast: what to change in the CSS
                    f"{c['data']['fgColor']} on {c['data']['bgColor']}: {c['data']['contrastRatio']}"
                    for n in nodes
                    for c in n.get("any", [])
                    if isinstance(c.get("data"), dict) and "fgColor" in c["data"]
                )
                targets = [" ".join(map(str, n["target"])) for n in nodes][:8]
                summary = (nodes[0].get("failureSummary") or "")[:300]
                found(
                    "axe-core violations, serious or critical",
                    f"[{scheme}] {v['impact']} {v['id']}: {v['help']}: {len(nodes)} nodes, "
                    f"e.g. {targets} {sorted(set(colours)) or summary}",
                )
    context.close()
    print(f"{len(site_pages) + 1} pages (404 page included), {len(requests)} requests")
    assert requests, "the crawl recorded no requests"
    report = ["\n".join([f"{k}:", *v]) for k, v in problems.items()]
    assert not problems, "\n\n".join(report)
