"""The reader's first minute, in Chromium: an answer on the home page's first screen, a
decision guide readable on a phone, and llms.txt. (Code that fits: tests/test_pages.py.)

Each test names the change to the product that makes it fail:

- the home page's first screen: move the intents table below "How the examples are checked"
  in docs/index.md, or put a long paragraph above it;
- the decision guide: on a phone, remove the `display: none` of `.diagram` below 45em in
  extra.css (labels at about 4 px); at 1280, main's decision-guide.mmd of 2026-12-06 (11.3 px);
- llms.txt: drop overrides/hooks/llms_txt.py from mkdocs.yml, or a page from its output.
"""

from __future__ import annotations

import re

import pytest

from scripts.project import config, page_url

pytestmark = pytest.mark.browser

WIDE = {"width": 1280, "height": 900}
HOME_SCREENS = [{"width": 1280, "height": 800}, {"width": 390, "height": 844}]
PHONE = {"width": 390, "height": 844}
MIN_PHONE_TEXT_PX = 12

# What the first screen shows: code, the links into the site, and the words of the outcomes,
# each counted only when it lies wholly inside the viewport.
FIRST_SCREEN_JS = """() => {
  const h = window.innerHeight, w = window.innerWidth;
  const inside = el => {
    if (!el.getClientRects().length) return false;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.top >= 0 && r.bottom <= h && r.left >= 0 && r.right <= w
      && r.width > 0 && style.visibility !== 'hidden';
  };
  const content = document.querySelector('.md-content');
  const code = [...content.querySelectorAll('code')].filter(inside).map(c => c.textContent);
  const links = [...content.querySelectorAll('a[href]')].filter(inside)
    .filter(a => a.origin === location.origin && !a.getAttribute('href').startsWith('#')
                 && !a.classList.contains('md-content__button'))
    .map(a => new URL(a.href).pathname);
  const text = [...content.querySelectorAll('td, p, li')].filter(inside)
    .map(e => e.textContent).join(' ');
  return {code, links, text};
}"""
CALLS = {
    "share: reuse the instance": r"\blayer\(a\).*\blayer\(b\)",
    "fresh: clone_model": r"keras\.models\.clone_model\(",
    "fresh: from_config": r"\.from_config\(",
    "copied: set_weights": r"\.set_weights\(",
    "copied: copy.deepcopy": r"copy\.deepcopy\(",
    "a tensor: reuse the output": r"\[out, out\]",
}


@pytest.mark.parametrize(
    "size", HOME_SCREENS, ids=lambda s: f"{s['width']}x{s['height']}"
)
def test_home_first_screen_answers_the_question(browser, site_url, size):
    context = browser.new_context(viewport=size, is_mobile=size["width"] < 600)
    page = context.new_page()
    try:
        page.goto(site_url)
        seen = page.evaluate(FIRST_SCREEN_JS)
    finally:
        context.close()
    code = "\n".join(seen["code"])
    missing = [name for name, call in CALLS.items() if not re.search(call, code)]
    assert not missing, (
        f"at {size['width']}x{size['height']} without scrolling, the home page shows no "
        f"call for: {missing}; code in view: {seen['code']}"
    )
    pages = set(seen["links"]) - {"/" + site_url.split("/", 3)[3]}  # less the home page
    assert len(pages) >= 3, (
        f"at {size['width']}x{size['height']} the first screen links {len(pages)} pages: "
        f"{sorted(pages)}"
    )
    words = [w for w in ("shared", "copied", "fresh") if w not in seen["text"]]
    assert not words, f"the first screen does not say what each call gives: {words}"


# The smallest text rendered under `root`: an element's computed font size, times the scale
# its svg is drawn at (a 1300-unit-wide chart in a 360 px column is drawn at a quarter size).
SMALLEST_TEXT_JS = """(root) => {
  const content = document.querySelector(root);
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  let smallest = {px: Infinity, text: ''};
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el || !el.getClientRects().length) continue;
    if (el.closest('title, desc, style, script')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    let px = parseFloat(style.fontSize);
    if (el instanceof SVGElement) {
      const m = el.getScreenCTM();
      if (!m) continue;
      px *= Math.hypot(m.a, m.b);
    }
    if (px < smallest.px) smallest = {px: px, text: text.slice(0, 60)};
  }
  return smallest;
}"""


@pytest.mark.parametrize("size, root", [(PHONE, ".md-content"), (WIDE, ".diagram")])
def test_decision_guide_text_is_legible(browser, site_url, size, root):
    context = browser.new_context(viewport=size, is_mobile=size is PHONE)
    page = context.new_page()
    try:
        page.goto(site_url + "decision-guide/")
        smallest = page.evaluate(SMALLEST_TEXT_JS, root)
        steps = page.evaluate(
            """() => { const li = [...document.querySelectorAll('.diagram-steps li')]
                 .filter(e => e.getClientRects().length);
               return {links: li.filter(e => e.querySelector(':scope > a[href]')).length,
                 dead: li.filter(e => !e.querySelector(':scope > :is(a[href], ul)'))
                   .map(e => e.textContent)}; }"""
        )
    finally:
        context.close()
    assert smallest["px"] >= MIN_PHONE_TEXT_PX, (
        f"at {size['width']} px the decision guide draws {smallest['text']!r} at "
        f"{smallest['px']:.1f} px (at least {MIN_PHONE_TEXT_PX})"
    )
    assert steps["links"] >= 20, f"the guide's steps link {steps['links']} pages"
    assert not steps["dead"], f"answers that lead nowhere: {steps['dead']}"


def test_llms_txt_lists_every_nav_page(built_site):
    text = (built_site / "llms.txt").read_text("utf-8")
    listed = set(re.findall(r"^- \[[^\]]+\]\((\S+)\)", text, re.MULTILINE))
    cfg = config()
    wanted = [page_url(doc) for doc in _nav_docs(cfg["nav"])]
    missing = [url for url in wanted if url not in listed]
    assert wanted and not missing, f"llms.txt does not list: {missing}"
    assert len(listed) == len(wanted), f"llms.txt lists pages outside the nav: {listed}"
    outside = [u for u in listed if not u.startswith(cfg["site_url"])]
    assert not outside, f"llms.txt links outside the site: {outside}"


def _nav_docs(nav) -> list[str]:
    docs = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            docs += _nav_docs(value)
        else:
            docs.append(value)
    return docs
