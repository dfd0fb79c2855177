"""The facts of overrides/hooks/project_facts.py, for the scripts and the tests.

The build imports nothing of scripts/, so the facts it shares live beside its hooks; this
module puts that folder on sys.path and re-exports all of it (`from scripts.project
import ROOT`).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "overrides" / "hooks"))
from project_facts import *
