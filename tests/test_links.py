"""Every link of the built site, anchors included, over HTTP: linkchecker from every page."""

import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

LINKCHECKERRC = """\
[checking]
threads=4
maxrequestspersecond=200
[filtering]
checkextern=0
# The highlighter's line-number anchors: checked in the browser (same-page anchors).
ignore=
  \\#__codelineno-
[output]
log=csv
[csv]
separator=;
[AnchorCheck]
"""


def test_links_and_anchors(site_url, site_pages):
    exe = shutil.which("linkchecker", path=os.path.dirname(sys.executable))
    assert exe, "linkchecker not installed (pip install -r requirements.txt)"
    with tempfile.TemporaryDirectory() as tmp:
        # linkchecker drops root privileges to `nobody`: its config must be world-readable.
        os.chmod(tmp, 0o755)
        rc = Path(tmp) / "linkcheckerrc"
        rc.write_text(LINKCHECKERRC)
        rc.chmod(0o644)
        pages = [site_url + p for p in site_pages]
        command = [exe, "--config", str(rc), "--no-status", *pages]
        run = subprocess.run(
            command, capture_output=True, text=True, timeout=600, check=False
        )
    lines = [line for line in io.StringIO(run.stdout) if not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter=";")
    # Without --verbose, linkchecker logs only URLs with an error or a warning (a missing
    # anchor is a warning), so every row is a problem.
    problems = [
        f"{r['parentname'] or '(start)'}:{r['line']}: {r['urlname']} -> "
        f"{r['result']} {r['warningstring'][:160]}".strip()
        for r in rows
    ]
    assert not problems, (
        f"broken links (linkchecker exit {run.returncode}):\n" + "\n".join(problems)
    )
    assert run.returncode == 0, (run.stdout + run.stderr)[-3000:]
