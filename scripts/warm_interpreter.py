"""A Python that has imported keras and nothing else, forking a child for each file it runs.

Started by tests/test_standalone.py in the reader's environment, once per test process:

    python scripts/warm_interpreter.py keras

It imports the modules named on its command line, writes `ready`, then reads one JSON
request per line from stdin, `{"path", "cwd", "stdout", "stderr"}`, and for each forks a
child that runs the file as `python PATH` would: `__name__ == "__main__"`, `sys.argv ==
[PATH]`, `sys.path[0]` the file's folder, the working directory `cwd`, stdin empty, stdout
and stderr written to the two files named, an uncaught exception printed by
`sys.excepthook` and exit code 1, `SystemExit` honoured, atexit handlers run. It writes the
child's pid, then its exit code (negative: killed by that signal), one line each.

What the child does not redo is the import of TensorFlow, about 6 s of CPU in every fresh
interpreter (three quarters of a typical snippet's run alone). Nothing has run in the
parent but those imports: no op, no layer, no seed. A file that reads or sets
`os.environ` before importing keras would see the import already done; the test runs
those in a cold interpreter instead.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import json
import os
import runpy
import sys


def _run_child(request: dict) -> None:
    """In the forked child: run the file, then leave without returning to the loop."""
    code = 0
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        out = os.open(request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        err = os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        for fd, target in ((null, 0), (out, 1), (err, 2)):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        path = request["path"]
        sys.argv = [path]
        sys.path[0] = os.path.dirname(os.path.abspath(path))
        try:
            runpy.run_path(path, run_name="__main__")
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:
                print(exc.code, file=sys.stderr)
                code = 1
        except BaseException:  # noqa: BLE001 - as Python does: print it, exit 1
            sys.excepthook(*sys.exc_info())
            code = 1
        atexit._run_exitfuncs()
    except BaseException:  # noqa: BLE001 - the child never falls back into the loop
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def main() -> None:
    for module in sys.argv[1:]:
        importlib.import_module(module)
    channel = sys.stdout
    sys.stdout.flush()
    sys.stderr.flush()
    print("ready", file=channel, flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _run_child(request)
        print(pid, file=channel, flush=True)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), file=channel, flush=True)


if __name__ == "__main__":
    main()
