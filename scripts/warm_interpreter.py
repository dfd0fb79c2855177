"""A Python that has imported the modules named on its command line (keras) and nothing else;
for each JSON request line {"path", "cwd", "stdout", "stderr", "timeout"} on stdin it forks a
child that runs the file as `python PATH` would, and writes the child's exit code (negative:
killed by that signal; SIGALRM: timed out). It saves every run the ~4 s of CPU of importing
TensorFlow (scripts/reader_run.py; measured 2026-12-07: `python -c "import keras"`).
"""

import atexit
import contextlib
import importlib
import json
import os
import runpy
import signal
import sys


def _run_child(request: dict) -> None:
    code = 1  # the child never falls back into the loop
    try:
        for target, name, flags in (
            (0, os.devnull, os.O_RDONLY),
            (1, request["stdout"], os.O_WRONLY | os.O_CREAT),
            (2, request["stderr"], os.O_WRONLY | os.O_CREAT),
        ):
            os.dup2(os.open(name, flags), target)
        os.chdir(request["cwd"])
        signal.alarm(request["timeout"])
        sys.argv = [request["path"]]
        sys.path[0] = os.path.dirname(os.path.abspath(request["path"]))
        try:
            runpy.run_path(request["path"], run_name="__main__")
            code = 0
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:
                print(exc.code, file=sys.stderr)
        except BaseException:  # noqa: BLE001 - as Python does: print it, exit 1
            sys.excepthook(*sys.exc_info())
        atexit._run_exitfuncs()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    for module in sys.argv[1:]:
        importlib.import_module(module)
    print("ready", flush=True)
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            _run_child(json.loads(line))
        print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
