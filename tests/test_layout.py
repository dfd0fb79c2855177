"""The reader's first minute, in Chromium: an answer on the home page's first screen, a
decision guide readable on a phone, and llms.txt. (Code that fits: tests/test_pages.py.)

Each test names the change to the product that makes it fail:

- the home page's first screen: move the intents table below "How the examples are checked"
  in docs/index.md, or put a long paragraph above it;
- the decision guide on a phone: set `.guide-steps` in extra.css to `font-size: 0.5rem`
  (8.5 px), or drop the links from an answer in docs/decision-guide.md (at 1280 px its table is
  in the first test);
- llms.txt: drop overrides/hooks/llms_txt.py from mkdocs.yml, or a page from its output;
- code on a phone (no pointer over it): drop the `.code-output` wrap or the
  `.md-code__button` colour from extra.css (output past the block's edge; 1.15:1 button).
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


# The smallest text of the page's content, and the decision guide's answers: each leaf of
# its outline holds a link to a page.
DECISION_GUIDE_JS = """() => {
  const walker = document.createTreeWalker(
    document.querySelector('.md-content'), NodeFilter.SHOW_TEXT);
  let smallest = {px: Infinity, text: ''};
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement, text = node.textContent.trim();
    if (!text || !el.getClientRects().length || el.closest('style, script')) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < smallest.px) smallest = {px: px, text: text.slice(0, 60)};
  }
  const answers = [...document.querySelectorAll('.guide-steps li:not(:has(ul))')];
  return {smallest, answers: answers.length,
    dead: answers.filter(li => !li.querySelector('a[href]')).map(li => li.textContent)};
}"""


def test_decision_guide_is_legible_on_a_phone_and_every_answer_links(browser, site_url):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(site_url + "decision-guide/")
        seen = page.evaluate(DECISION_GUIDE_JS)
    finally:
        context.close()
    smallest = seen["smallest"]
    assert smallest["px"] >= MIN_PHONE_TEXT_PX, (
        f"at 390 px the decision guide draws {smallest['text']!r} at "
        f"{smallest['px']:.1f} px (at least {MIN_PHONE_TEXT_PX})"
    )
    assert not seen["dead"], f"answers that lead to no page: {seen['dead']}"
    assert seen["answers"] >= 4, f"the guide's outline has {seen['answers']} answers"


PHONE_CODE_JS = """() => {
  const rgb = c => c.match(/[\\d.]+/g).map(Number);
  const lum = c => c.map(v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const text = o => { const r = document.createRange(); r.selectNodeContents(o); return r; };
  const over = [...document.querySelectorAll('.md-content .code-output')].filter(o => [...text(o)
    .getClientRects()].some(r => r.right > o.closest('pre').getBoundingClientRect().right + 1));
  const button = document.querySelector('.md-content .md-code__button[data-md-type=copy]');
  const bar = rgb(getComputedStyle(button.closest('.highlight').querySelector('.filename'))
    .backgroundColor);
  const [r, g, b, a = 1] = rgb(getComputedStyle(button).color);
  const icon = lum([r, g, b].map((v, i) => v * a + bar[i] * (1 - a))), back = lum(bar);
  return {over: over.map(o => o.textContent.slice(0, 60)),
    contrast: (Math.max(icon, back) + 0.05) / (Math.min(icon, back) + 0.05)};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_phone_code_output_fits_and_copy_button_shows(browser, site_url, scheme):
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, color_scheme=scheme
    )
    try:
        page = context.new_page()
        page.goto(site_url + "backends/")  # the longest lines of output
        seen = page.evaluate(PHONE_CODE_JS)
    finally:
        context.close()
    assert not seen["over"], f"at 390 px, output past its block's edge: {seen['over']}"
    assert seen["contrast"] >= 3, f"copy button {seen['contrast']:.2f}:1 ({scheme})"


def test_llms_txt_lists_every_nav_page(built_site):
    text = (built_site / "llms.txt").read_text("utf-8")
    listed = set(re.findall(r"^- \[[^\]]+\]\((\S+)\)", text, re.MULTILINE))
    # page_url is under site_url: a link outside the site is a page outside the nav
    wanted = {page_url(doc) for doc in _nav_docs(config()["nav"])}
    assert wanted and listed == wanted, (
        f"llms.txt lacks {wanted - listed}; lists outside the nav {listed - wanted}"
    )


def _nav_docs(nav) -> list[str]:
    docs = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            docs += _nav_docs(value)
        else:
            docs.append(value)
    return docs
