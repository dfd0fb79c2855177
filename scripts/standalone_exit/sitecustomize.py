"""Put on PYTHONPATH by tests/test_standalone.py: a fresh interpreter skips its final garbage collection.

A Python process that has imported TensorFlow spends about a quarter of its CPU time
(0.6 s of 2.6 s here) in the garbage collection that runs at interpreter exit, after the
program has finished and stdout is written. `gc.freeze()` at exit skips it: it is
registered first, so it runs last, after every atexit handler of the snippet and of
TensorFlow. Nothing the snippet prints changes. Any other sitecustomize is still run.
"""

import atexit
import gc
import importlib.machinery
import importlib.util
import os
import sys

atexit.register(gc.freeze)

_here = os.path.dirname(os.path.abspath(__file__))
_others = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
_spec = importlib.machinery.PathFinder.find_spec("sitecustomize", _others)
if _spec is not None and _spec.loader is not None:
    _spec.loader.exec_module(importlib.util.module_from_spec(_spec))
