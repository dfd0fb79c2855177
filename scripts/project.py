"""overrides/hooks/project_facts.py for the scripts and tests (`from scripts.project import ROOT`):
the facts the build shares live beside its hooks, since it imports nothing of scripts/."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "overrides" / "hooks"))
from project_facts import *
