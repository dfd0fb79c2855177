"""Shared fixtures: the site built once per session (the first xdist worker builds, the others
wait), served on 127.0.0.1 as GitHub Pages serves it, one Chromium (scripts/provision.py)."""

import fcntl
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scripts import provision
from scripts.project import ROOT
from scripts.serve_site import make_server

# What the build must never import: TensorFlow, Keras, the test harness, the tools.
BLOCKED = ("tensorflow", "keras", "pytest", "tests", "scripts")
BUILD = (
    f"import sys; sys.modules.update(dict.fromkeys({BLOCKED!r})); "
    "sys.argv[0] = 'mkdocs'; from mkdocs.__main__ import cli; cli()"
)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """`mkdocs build --strict` (never -q: it hides what --strict counts), BLOCKED unimportable."""
    shared = tmp_path_factory.getbasetemp()
    if "PYTEST_XDIST_WORKER" in os.environ:
        shared = shared.parent  # common to every worker of this session
    out, failed = shared / "site", shared / "site-build-failed.txt"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not failed.exists() and not (out / "index.html").exists():
            command = [sys.executable, "-c", BUILD, "build", "--strict", "-d", str(out)]
            env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            run = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, check=False, text=True
            )
            if run.returncode != 0:
                failed.write_text(f"{run.stdout}\n{run.stderr}")
    if failed.exists():
        pytest.fail(
            f"mkdocs build --strict failed:\n{failed.read_text()}", pytrace=False
        )
    return out


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    server = make_server(built_site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}{server.base}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def site_pages(built_site) -> list[str]:
    """Every page of the built site, relative to the site's URL ("" is the home page)."""
    indexes = sorted(built_site.rglob("index.html"))
    folders = [i.parent.relative_to(built_site).as_posix() for i in indexes]
    pages = [f"{f}/".removeprefix("./") for f in folders]
    pages = [p for p in pages if not p.startswith(("assets", "search"))]
    assert pages, f"no pages in {built_site}"
    return pages


@pytest.fixture(scope="session")
def browser():
    try:
        with provision.browser() as launched:
            yield launched
    except provision.ProvisionError as e:
        pytest.fail(str(e), pytrace=False)


@pytest.fixture(scope="session")
def screenshots() -> Path:
    (ROOT / "screenshots").mkdir(exist_ok=True)  # ignored by git; for people to look at
    return ROOT / "screenshots"
