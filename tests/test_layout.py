"""The reader's first minute in Chromium (code that fits at 1280 px: tests/test_pages.py).
What fails each: the intents table below "How the examples are checked" in docs/index.md;
`.guide-steps` at 0.5rem, or an answer without its link; no `.code-output` wrap or copy-button
colour (extra.css); no 30rem prose max-width, "On this page", data-label script or card CSS
(extra.css, overrides/main.html); Material's actions.html; no overrides/hooks/llms_txt.py."""

import re

import pytest

from scripts.project import config, page_url

pytestmark = pytest.mark.browser

WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SHORT = {"width": 1280, "height": 800}
HOME_SCREENS = [{"viewport": SHORT}, {"viewport": PHONE, "is_mobile": True}]

# What the first screen shows: code, the links into the site, and the words of the outcomes,
# each counted only when it lies wholly inside the viewport.
FIRST_SCREEN_JS = """() => {
  const h = window.innerHeight, w = window.innerWidth;
  const inside = el => { const r = el.getBoundingClientRect();
    return el.getClientRects().length && r.top >= 0 && r.bottom <= h && r.left >= 0
      && r.right <= w && r.width > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const content = document.querySelector('.md-content');
  const code = [...content.querySelectorAll('code')].filter(inside).map(c => c.textContent);
  const links = [...content.querySelectorAll('a[href]')].filter(inside)
    .filter(a => a.origin === location.origin && !a.getAttribute('href').startsWith('#')
                 && !a.classList.contains('md-content__button'))
    .map(a => new URL(a.href).pathname);
  return {code, links, text: [...content.querySelectorAll('td, p, li')].filter(inside)
    .map(e => e.textContent).join(' ')};
}"""
CALLS = {
    "share: reuse the instance": r"\blayer\(a\).*\blayer\(b\)",
    "fresh: clone_model": r"keras\.models\.clone_model\(",
    "fresh: from_config": r"\.from_config\(",
    "copied: set_weights": r"\.set_weights\(",
    "copied: copy.deepcopy": r"copy\.deepcopy\(",
    "a tensor: reuse the output": r"\[out, out\]",
}


def _look(browser, url: str, js: str, **context):
    context = browser.new_context(**context)
    try:
        page = context.new_page()
        page.goto(url)
        return page.evaluate(js)
    finally:
        context.close()


@pytest.mark.parametrize("size", HOME_SCREENS, ids=["1280x800", "390x844"])
def test_home_first_screen_answers_the_question(browser, site_url, size):
    seen = _look(browser, site_url, FIRST_SCREEN_JS, **size)
    code = "\n".join(seen["code"])
    missing = [name for name, call in CALLS.items() if not re.search(call, code)]
    assert not missing, f"{size}: no call in view for {missing}; code: {seen['code']}"
    pages = set(seen["links"]) - {"/" + site_url.split("/", 3)[3]}  # less the home page
    assert len(pages) >= 3, f"{size}: the first screen links {sorted(pages)}"
    words = [w for w in ("shared", "copied", "fresh") if w not in seen["text"]]
    assert not words, f"the first screen does not say what each call gives: {words}"


# The smallest text of the page's content, and the decision guide's answers: each leaf of
# its outline holds a link to a page.
DECISION_GUIDE_JS = """() => {
  const walker = document.createTreeWalker(document.querySelector('.md-content'), 4);
  let smallest = {px: Infinity, text: ''}, node;
  while ((node = walker.nextNode())) {
    const el = node.parentElement, text = node.textContent.trim();
    if (!text || !el.getClientRects().length || el.closest('style, script')) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < smallest.px) smallest = {px, text: text.slice(0, 60)};
  }
  const answers = [...document.querySelectorAll('.guide-steps li:not(:has(ul))')];
  return {smallest, answers: answers.length,
    dead: answers.filter(li => !li.querySelector('a[href]')).map(li => li.textContent)};
}"""


def test_decision_guide_is_legible_on_a_phone_and_every_answer_links(browser, site_url):
    url = site_url + "decision-guide/"
    seen = _look(browser, url, DECISION_GUIDE_JS, viewport=PHONE, is_mobile=True)
    smallest = seen["smallest"]
    assert smallest["px"] >= 12, f"at 390 px, smallest text: {smallest}"
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
  const bar = rgb(getComputedStyle(button.closest('.highlight').firstChild).backgroundColor);
  const [r, g, b, a = 1] = rgb(getComputedStyle(button).color);
  const icon = lum([r, g, b].map((v, i) => v * a + bar[i] * (1 - a))), back = lum(bar);
  return {over: over.map(o => o.textContent.slice(0, 60)),
    contrast: (Math.max(icon, back) + 0.05) / (Math.min(icon, back) + 0.05)};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_phone_code_output_fits_and_copy_button_shows(browser, site_url, scheme):
    url = site_url + "backends/"  # the longest lines of output
    touch = {"is_mobile": True, "has_touch": True, "color_scheme": scheme}
    seen = _look(browser, url, PHONE_CODE_JS, viewport=PHONE, **touch)
    assert not seen["over"], f"at 390 px, output past its block's edge: {seen['over']}"
    assert seen["contrast"] >= 3, f"copy button {seen['contrast']:.2f}:1 ({scheme})"


# Characters per full line of prose; "On this page" links, h2s, cards too wide or unnamed.
LINES_JS = """() => [...document.querySelectorAll('.md-content article > :is(p, ul > li)')]
  .flatMap(block => { const per = {}, walk = document.createTreeWalker(block, 4);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) for (let i = 0; i < n.length; i++) {
      const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
      const y = Math.round((r.getClientRects()[0] || {y: -9}).y / 4); per[y] = (per[y] || 0) + 1;
    } return Object.values(per).slice(0, -1); }).sort((a, b) => a - b)"""
PHONE_JS = """() => { const q = s => [...document.querySelectorAll('.md-content ' + s)];
  const cards = ':is(.comparison-matrix, .cost-table) ', head = td => JSON.stringify(
    td.closest('table').tHead.rows[0].cells[td.cellIndex].textContent.trim());
  return {scroll: document.documentElement.scrollWidth - innerWidth,
    links: q('.on-this-page a').filter(a => a.offsetParent).map(a => a.hash),
    h2: q('h2[id]').map(h => '#' + h.id), unnamed: q(cards + 'td:not(:first-child)')
      .filter(td => getComputedStyle(td, '::before').content !== head(td)).length,
    wide: q(cards + ':is(table, div)').filter(e => e.scrollWidth > e.clientWidth + 1)
      .map(e => e.scrollWidth)}; }"""


@pytest.mark.parametrize("path", ["comparison/", "performance/", "backends/", "devices/"])
def test_measure_at_1280_sections_and_tables_on_a_phone(browser, site_url, path):
    page = browser.new_page(viewport=WIDE)
    try:
        page.goto(site_url + path)
        lines, wide = page.evaluate(LINES_JS), page.evaluate(PHONE_JS)
        page.set_viewport_size(PHONE)
        seen = page.evaluate(PHONE_JS)
    finally:
        page.close()
    median = lines[len(lines) // 2]  # characters a line of prose at 1280 px
    assert 60 <= median <= 90 and lines[-1] <= 100, f"{median}, {lines[-1]} max"
    assert not wide["links"], f"{path} at 1280 px lists its sections twice"
    assert seen["links"] == seen["h2"], f"{path} at 390 px: 'On this page' {seen}"
    assert not seen["wide"] and not seen["unnamed"] and seen["scroll"] <= 0, f"{path}: {seen}"


def test_view_source_opens_the_page_notebook(built_site):  # not its --8<-- lines
    """The notebook; a page without one: its first snippet (home), none if made by a hook."""
    assert "/edit/main/scripts/tour.md" in (built_site / "notebooks/tour/index.html").read_text()
    views = {p.parent.relative_to(built_site).as_posix(): re.findall(
        r'/blob/main/([^"]+)" title="View|/raw/main/([^"]+)" title="View', p.read_text())
        for p in built_site.rglob("index.html")}  # fmt: skip
    assert views["copy-weights"] == [("docs/notebooks/copy-weights.ipynb", "")]
    assert views["."] == [("snippets/home/one_call_per_intent.py", "")] and not views["errors"]
    raw = [(page, v[1]) for page, paths in views.items() for v in paths if v[1]]
    assert raw == [("decision-guide", "docs/decision-guide.md")], "Markdown, no code"


def test_llms_txt_lists_every_nav_page(built_site):
    text = (built_site / "llms.txt").read_text("utf-8")
    listed = set(re.findall(r"^- \[[^\]]+\]\((\S+)\)", text, re.MULTILINE))
    # page_url is under site_url: a link outside the site is a page outside the nav
    wanted = {page_url(doc) for doc in _nav_docs(config()["nav"])}
    assert wanted and listed == wanted, (
        f"llms.txt lacks {wanted - listed}; lists outside the nav {listed - wanted}"
    )
    bad = re.findall(r"^- .*?\): (?:(?:When to|Short|The short).*|.*\w…)$", text, re.M)
    assert not bad, f"summaries that start with a lead's label or end mid-word: {bad}"


def _nav_docs(nav) -> list[str]:
    values = [next(iter(i.values())) if isinstance(i, dict) else i for i in nav]
    return [d for v in values for d in (_nav_docs(v) if isinstance(v, list) else [v])]
