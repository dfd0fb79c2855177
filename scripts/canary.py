"""What the next Keras would change: every Keras 3 snippet, run alone (scripts/reader_run.py)
against keras-nightly, the newest releases, or the newest pre-releases.

    python -m scripts.canary nightly|releases|prereleases  # a venv .venv-canary-<target>
    python -m scripts.canary --here                        # this Python as it is

The report, canary-<target>.md, lists the versions and each changed snippet's report. Exit 0
whenever it was written: the weekly job is non-blocking, the report is its result.
"""

import argparse
import importlib.metadata
import subprocess
import sys
from pathlib import Path

from scripts.project import KERAS3_SNIPPETS, ROOT, rel  # the standard library only

TARGETS = {
    "nightly": [["uninstall", "-y", "keras"], ["install", "--pre", "keras-nightly"]],
    "releases": [["install", "--upgrade", "keras", "tensorflow"]],
    "prereleases": [["install", "--upgrade", "--pre", "tensorflow"]],
}
# Both install keras/ (TensorFlow 2.22.0rc0 asks for keras-nightly): keep the one it asks for.
KERAS_DISTRIBUTIONS = ("keras", "keras-nightly")
WANTED_KERAS = """import importlib.metadata as m, re
wanted = [re.match(r"[A-Za-z0-9_.-]+", r)[0] for r in m.requires("tensorflow") or []]
print(next((w for w in wanted if w in ("keras", "keras-nightly")), "keras"))"""
SHOWN = ("keras", "keras-nightly", "tensorflow", "numpy", "h5py")


def run(*command, capture=False, check=True) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, capture_output=capture, text=True, check=check, cwd=ROOT
    )


def prepare(target: str, venv: Path) -> Path:
    """A fresh venv with the pinned stack, then the target's upgrades; its python."""
    run(sys.executable, "-m", "venv", "--clear", venv)
    python = venv / "bin" / "python"
    pip = [python, "-m", "pip", "-q"]
    run(*pip, "install", "-r", ROOT / "requirements.txt")
    for step in TARGETS[target]:
        run(*pip, *step)
    have = [d for d in KERAS_DISTRIBUTIONS if installed(python, d)]
    if len(have) == 2:
        wanted = run(python, "-c", WANTED_KERAS, capture=True).stdout.strip()
        version = installed(python, wanted)
        run(*pip, "uninstall", "-y", *KERAS_DISTRIBUTIONS)
        run(*pip, "install", "--no-deps", f"{wanted}=={version}")
    return python


def installed(python: Path, distribution: str) -> str:
    """The version of distribution in that Python, or "" when it is not installed."""
    code = f"import importlib.metadata as m; print(m.version({distribution!r}))"
    done = run(python, "-c", code, capture=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else ""


def report(target: str) -> str:
    from scripts.reader_run import check_file  # in the canary's venv

    body, changed = [], 0
    for path in KERAS3_SNIPPETS:
        run = check_file(path)
        if run.result != "same":
            changed += 1
            body += [f"### {rel(path)}", "", "```diff", run.report(), "```", ""]
        state = "same   " if run.result == "same" else "changed"
        print(f"{state} {rel(path)}", flush=True)
    versions = [
        f"{d.metadata['Name']} {d.version}"
        for d in importlib.metadata.distributions()
        if d.metadata["Name"] in SHOWN
    ]
    head = [
        f"# Canary: {target}",
        "",
        "Versions: " + ", ".join(sorted(versions)),
        "",
        f"{changed} of {len(KERAS3_SNIPPETS)} snippets print something other than their page.",
        "",
    ]
    return "\n".join(head + body) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", choices=sorted(TARGETS))
    parser.add_argument("--here", action="store_true", help="run in this Python")
    parser.add_argument("--name", help="the report's name (default: the target)")
    args = parser.parse_args(argv)
    if args.here:
        name = args.name or "here"
        (ROOT / f"canary-{name}.md").write_text(report(name), "utf-8")
        print(f"wrote canary-{name}.md")
        return 0
    if not args.target:
        parser.error("name a target, or --here")
    python = prepare(args.target, ROOT / f".venv-canary-{args.target}")
    here = [python, "-m", "scripts.canary", "--here", "--name", args.target]
    return run(*here, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
