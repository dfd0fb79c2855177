"""Lighthouse (mobile preset) on pages of the built site, served gzipped as GitHub Pages serves it.

    mkdocs build --strict -d /tmp/site
    python scripts/lighthouse_pages.py /tmp/site                  # the five pages, once each
    python scripts/lighthouse_pages.py /tmp/site --runs 2 --best   # best of two per page
    python scripts/lighthouse_pages.py /tmp/site decision-guide/ --json out.json

Lighthouse is the version pinned in package.json and the browser Debian's chromium, headless;
scripts/provision.py installs either when missing (`npm ci`, apt-get). Lighthouse downloads
nothing at run time. tests/test_lighthouse.py uses `audit()` from here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts import provision
from scripts.serve_site import make_server

CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-dev-shm-usage"
# Home, one long strategy page, the decision guide, the comparison, the tour.
PAGES = ["", "copy-weights/", "decision-guide/", "comparison/", "notebooks/tour/"]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


@dataclass
class Audit:
    page: str
    scores: dict[str, int]  # category -> 0..100
    tbt_ms: float
    lcp_ms: float
    fcp_ms: float
    cls: float
    dom_elements: int
    transfer_bytes: int  # everything the page downloads (gzipped sizes)
    script_bytes: int  # JavaScript, transferred (gzipped)
    script_bytes_raw: int  # JavaScript, uncompressed (what the phone parses)
    render_blocking: list[str]  # URLs that block the first paint
    main_thread_ms: dict[str, float] = field(default_factory=dict)  # by category
    load_avg: float = 0.0  # 1-minute load average when the run started

    def row(self) -> str:
        s = self.scores
        return (
            f"| {self.page or 'home'} | {s['performance']} | {self.tbt_ms:.0f} ms "
            f"| {self.dom_elements:,} | {self.script_bytes / 1024:.0f} KiB "
            f"({self.script_bytes_raw / 1024:.0f} KiB raw) "
            f"| {self.transfer_bytes / 1024:.0f} KiB | {len(self.render_blocking)} "
            f"| {s['accessibility']}/{s['best-practices']}/{s['seo']} | {self.load_avg:.1f} |"
        )


HEADER = (
    "| Page | Perf | TBT | DOM elements | JS transferred | All transferred "
    "| Render-blocking | A11y/BP/SEO | Load avg |\n|---|---|---|---|---|---|---|---|---|"
)


@contextmanager
def serve(site: Path):
    """The built site on a free port, under site_url's path, gzipped."""
    server = make_server(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{server.base}"
    finally:
        server.shutdown()
        server.server_close()


def _summarise(page: str, report: dict, load: float) -> Audit:
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    scripts = [r for r in requests if r.get("resourceType") == "Script"]
    blocking = audits.get("render-blocking-resources", {}).get("details") or {}
    breakdown = audits.get("mainthread-work-breakdown", {}).get("details") or {}
    return Audit(
        page=page,
        scores={
            c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES
        },
        tbt_ms=audits["total-blocking-time"]["numericValue"],
        lcp_ms=audits["largest-contentful-paint"]["numericValue"],
        fcp_ms=audits["first-contentful-paint"]["numericValue"],
        cls=audits["cumulative-layout-shift"]["numericValue"],
        dom_elements=int(audits["dom-size"]["numericValue"]),
        transfer_bytes=int(audits["total-byte-weight"]["numericValue"]),
        script_bytes=sum(int(r.get("transferSize", 0)) for r in scripts),
        script_bytes_raw=sum(int(r.get("resourceSize", 0)) for r in scripts),
        render_blocking=[i["url"] for i in blocking.get("items", [])],
        main_thread_ms={
            i["groupLabel"]: round(i["duration"]) for i in breakdown.get("items", [])
        },
        load_avg=load,
    )


def audit(url: str, page: str = "", timeout: float = 240) -> Audit:
    """One Lighthouse run (mobile preset: simulated slow 4G, 4x CPU slowdown) on url + page."""
    lighthouse, chrome = provision.lighthouse(), provision.chromium()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        run = subprocess.run(
            [
                str(lighthouse),
                url + page,
                "--quiet",
                "--output=json",
                f"--output-path={out}",
                f"--only-categories={','.join(CATEGORIES)}",
                f"--chrome-flags={CHROME_FLAGS}",
            ],
            env={**os.environ, "CHROME_PATH": chrome},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if run.returncode != 0 or not out.exists():
            raise RuntimeError(
                f"lighthouse failed on {page or '/'}:\n{run.stderr[-3000:]}"
            )
        report = json.loads(out.read_text("utf-8"))
    if report.get("runtimeError"):
        raise RuntimeError(f"lighthouse on {page or '/'}: {report['runtimeError']}")
    return _summarise(page, report, load)


def best(audits: list[Audit]) -> Audit:
    """The run with the highest performance score (ties: the lower TBT)."""
    return max(audits, key=lambda a: (a.scores["performance"], -a.tbt_ms))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="the built site (mkdocs build -d ...)")
    parser.add_argument("pages", nargs="*", default=PAGES, help="paths under the site")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument(
        "--best", action="store_true", help="one row per page: the best run"
    )
    parser.add_argument("--json", type=Path, help="write every run here")
    args = parser.parse_args()
    results: list[Audit] = []
    with serve(args.site) as url:
        print(HEADER, flush=True)
        for page in args.pages:
            runs = []
            for _ in range(args.runs):
                runs.append(audit(url, page))
                if not args.best:
                    print(runs[-1].row(), flush=True)
            if args.best:
                print(best(runs).row(), flush=True)
            results += runs
    if args.json:
        args.json.write_text(json.dumps([asdict(a) for a in results], indent=1))


if __name__ == "__main__":
    main()
