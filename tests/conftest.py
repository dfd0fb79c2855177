"""Session fixtures for the browser tests: the site built once, served on 127.0.0.1, one headless Chromium.

No TensorFlow here: these fixtures build and serve HTML. The browser is Debian's `chromium`
package (installed with apt-get by the `browser` fixture when it is missing and the tests run
as root; otherwise install it yourself), driven by the
Python `playwright` package; `playwright install` is never needed (nor possible offline).
Override the browser's path with CHROMIUM_PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scripts.project import ROOT
from scripts.serve_site import make_server

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--metrics-recording-only",
    "--safebrowsing-disable-auto-update",
]
# `mkdocs build`, with TensorFlow and Keras made unimportable: the build must never need them.
BUILD_WITHOUT_TENSORFLOW = (
    "import sys; sys.modules.update(tensorflow=None, keras=None); "
    "sys.argv[0] = 'mkdocs'; from mkdocs.__main__ import cli; cli()"
)
SCREENSHOTS = ROOT / "screenshots"  # ignored by git; for people to look at


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """`mkdocs build --strict` once per session (never -q: it hides what --strict counts).

    TensorFlow and Keras are blocked in the build process, so a plugin or hook that imported
    them would fail the build."""
    out = tmp_path_factory.mktemp("site")
    run = subprocess.run(
        [sys.executable, "-c", BUILD_WITHOUT_TENSORFLOW, "build", "--strict", "-d", str(out)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        check=False,
        text=True,
    )
    if run.returncode != 0:
        pytest.fail(
            f"mkdocs build --strict failed:\n{run.stdout}\n{run.stderr}", pytrace=False
        )
    return out


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """The built site served as GitHub Pages serves it (under site_url's path, gzipped) on a free port."""
    server = make_server(built_site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}{server.base}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def site_pages(built_site) -> list[str]:
    """Every page of the built site, as a path relative to the site's URL ("" is the home page)."""
    pages = []
    for index in sorted(built_site.rglob("index.html")):
        rel = index.parent.relative_to(built_site).as_posix()
        if rel.startswith(("assets", "search")):
            continue
        pages.append("" if rel == "." else rel + "/")
    assert pages, f"no pages in {built_site}"
    return pages


def ensure_chromium() -> None:
    """Install Debian's chromium when it is missing and we may (root with apt-get), else fail clearly."""
    if Path(CHROMIUM).is_file():
        return
    how = "install Debian's browser with `apt-get install chromium`, or set CHROMIUM_PATH"
    if os.geteuid() != 0 or not shutil.which("apt-get") or "CHROMIUM_PATH" in os.environ:
        pytest.fail(f"{CHROMIUM} not found: {how}", pytrace=False)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium"]):
        run = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if run.returncode != 0:
            pytest.fail(f"{' '.join(command)} failed ({how}):\n{run.stderr[-2000:]}", pytrace=False)


@pytest.fixture(scope="session")
def browser():
    ensure_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS
