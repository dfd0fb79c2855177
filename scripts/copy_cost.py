"""What a copy of a Keras model costs, counting what the copy costs afterwards.

Two workloads (WORKLOADS), each timed per copy method (METHODS) against its lower bound: a
NumPy memcpy of the weights (into memory that is already there) plus the same forward passes
and optimizer steps on a model that was never copied. The source trains on after the copy:
otherwise there is no need for a copy, and TensorFlow's deferred copy would never be paid.
An optimizer step is SGD with zero gradients: the in-place writes an optimizer makes.

    python scripts/copy_cost.py                 # TensorFlow -> docs/data/copy_cost.json
    python scripts/copy_cost.py --sizes 1e6 --repeats 1 --no-peak --out /tmp/c.json
    KERAS_BACKEND=jax python scripts/copy_cost.py   # -> copy_cost_jax.json (torch: _torch),
                                                # in the venv of requirements-backends.txt

Timing: the methods run interleaved, in a rotated order, in each of --repeats runs; a
method's ratio is its time over the bound's in the same run. Peak memory: each method in
a fresh process, the resident-set high-water mark during the copy and the first forward
pass of the copy, minus the resident set before the copy (VmHWM reset through
/proc/self/clear_refs; Linux only), with glibc's MALLOC_MMAP_THRESHOLD_ at 128 KiB so
that freed buffers leave the resident set. The page's tables: hooks/copy_cost_tables.py.
"""

import argparse
import contextlib
import copy
import gc
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "overrides" / "hooks"))
from copy_cost_tables import BOUND, LABELS
from project_facts import ROOT

SIZES = [10_000_000, 100_000_000]
LAYERS = 8
BATCH = 8  # rows per forward pass
K = 10  # workload (a): forward passes of the copy
N = 10  # workload (b): steps per hard copy
WORKLOADS = {
    "a": (
        f"copy once, then {K} forward passes of the copy, then one optimizer step on the "
        "source (the source trains on)"
    ),
    "b": (
        f"target network: a hard copy every {N} steps; at each step one optimizer step "
        "on the source and one forward pass of the target"
    ),
}
MMAP_THRESHOLD = str(128 * 1024)
ENV_SHOWN = ("KERAS_BACKEND", "OMP_NUM_THREADS")  # recorded in the command

# name: what is timed (kept in the data files); the labels: LABELS, in the same order
METHODS = {
    BOUND: (
        "np.copyto(np_dst, np_src) of the weights' bytes; forward passes (and "
        "optimizer steps) on a model that is never copied"
    ),
    "assign": "for d, s in zip(dst.weights, src.weights): d.assign(s)",
    "assign_copy": (
        "for d, s in zip(dst.weights, src.weights): d.assign(keras.ops.copy(s))"
    ),
    "assign_slice": (
        "assign, then d.value[:1].assign(d.value[:1]) on each variable (TensorFlow only)"
    ),
    "set_weights": "dst.set_weights(src.get_weights())",
    "clone_model": "twin = clone_model(src); twin.set_weights(src.get_weights())",
    "deepcopy": "twin = copy.deepcopy(src)",
    "keras_file": "src.save(p); twin = keras.saving.load_model(p)",
    "weights_h5": "src.save_weights(p); dst.load_weights(p)",
}
INTO_DST = ("assign", "assign_copy", "assign_slice", "set_weights", "weights_h5")
NOT_A_COPY_ON = {"assign": ["jax"]}  # the target holds the source's arrays there


def methods_for(backend: str) -> list[str]:
    """The methods timed on `backend`: the slice write is TensorFlow's; on JAX, `d.assign(s)`
    leaves both models holding one array, which the first compiled call of either deletes
    (`RuntimeError: Array has been deleted`, the Backends page), so it is not a copy there."""
    return [
        m
        for m in METHODS
        if (m != "assign_slice" or backend == "tensorflow")
        and backend not in NOT_A_COPY_ON.get(m, [])
    ]


def default_out(backend: str) -> Path:
    name = "copy_cost" + ("" if backend == "tensorflow" else f"_{backend}")
    return ROOT / "docs" / "data" / f"{name}.json"


def _proc(key: str, path: str = "/proc/self/status") -> int:
    """A /proc field given in kB, in bytes."""
    for line in Path(path).read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(key)


def _keras():
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    import keras

    return keras


def width(size: int) -> int:
    return max(1, round(math.sqrt(size / LAYERS)))


def params(size: int) -> int:  # of the model built for `size`
    return LAYERS * (width(size) ** 2 + width(size))


def build(size: int, name: str, initializer: str = "glorot_uniform"):
    """LAYERS Dense layers of width w; zeros for a destination (no copy reads them)."""
    keras = _keras()
    w = width(size)
    layers = [
        keras.layers.Dense(w, kernel_initializer=initializer, name=f"{name}_{i}")
        for i in range(LAYERS)
    ]
    return keras.Sequential([keras.Input((w,)), *layers], name=name)


class Bench:
    """One size: the source, the never-copied model, the inputs, the memcpy arrays."""

    def __init__(self, size: int, light: bool = False):
        keras = _keras()
        self.size = size
        self.src = build(size, "src")
        self.count = self.src.count_params()
        self.x = np.ones((BATCH, width(size)), np.float32)
        self.zeros = [
            keras.ops.zeros(v.shape, v.dtype) for v in self.src.trainable_variables
        ]
        self.opt_src = keras.optimizers.SGD(0.01)
        self.step(self.src, self.opt_src)
        if light:  # what one copy, a forward pass and a source step need
            return
        self.plain = build(size, "plain", "zeros")  # the bound's model: never copied
        self.opt_plain = keras.optimizers.SGD(0.01)
        self.step(self.plain, self.opt_plain)
        self.plain.predict_on_batch(self.x)
        self.np_src = np.ones(self.count, np.float32)
        self.np_dst = np.zeros(self.count, np.float32)
        self.np_dst.fill(1)  # touched: the bound pays no first-touch page faults

    def step(self, model, opt) -> None:
        """One optimizer step: the in-place writes that training makes to every weight."""
        opt.apply(self.zeros, model.trainable_variables)

    def trained(self, method: str):
        """The model that trains on, and its optimizer: the never-copied one for the bound."""
        if method == BOUND:
            return self.plain, self.opt_plain
        return self.src, self.opt_src

    def destination(self):
        """A model the reader already has and has used: built and run once."""
        dst = build(self.size, "dst", "zeros")
        dst.predict_on_batch(self.x)
        return dst

    def copy(self, method: str, dst, tmp: str):  # -> the model that holds the copy
        keras = _keras()
        src = self.src
        if method == BOUND:
            np.copyto(self.np_dst, self.np_src)
            return self.plain
        if method in ("assign", "assign_copy", "assign_slice"):
            for d, s in zip(dst.weights, src.weights, strict=True):
                d.assign(keras.ops.copy(s) if method == "assign_copy" else s)
            if method == "assign_slice":  # the write the old page recommended
                for d in dst.weights:
                    d.value[:1].assign(d.value[:1])
            return dst
        if method == "set_weights":
            dst.set_weights(src.get_weights())
            return dst
        if method == "clone_model":
            twin = keras.models.clone_model(src)
            twin.set_weights(src.get_weights())
            return twin
        if method == "deepcopy":
            return copy.deepcopy(src)
        if method == "keras_file":
            path = Path(tmp) / "model.keras"
            src.save(path)
            twin = keras.saving.load_model(path)
            path.unlink()
            return twin
        if method == "weights_h5":
            path = Path(tmp) / "model.weights.h5"
            src.save_weights(path)
            dst.load_weights(path)
            path.unlink()
            return dst
        raise ValueError(method)

    def workload_a(self, method: str, tmp: str) -> float:
        dst = self.destination() if method in INTO_DST else None
        gc.collect()
        start = time.perf_counter()
        target = self.copy(method, dst, tmp)
        for _ in range(K):
            target.predict_on_batch(self.x)
        self.step(*self.trained(method))
        return time.perf_counter() - start

    def workload_b(self, method: str, tmp: str) -> float:
        """Two periods; the second is timed (the first brings the target to its steady
        state: a copy into a target that was copied into before)."""
        dst = self.destination() if method in INTO_DST else None
        source, opt = self.trained(method)
        seconds = 0.0
        for period in range(2):
            gc.collect()
            start = time.perf_counter()
            target = self.copy(method, dst, tmp)
            for _ in range(N):
                self.step(source, opt)
                target.predict_on_batch(self.x)
            seconds = time.perf_counter() - start
            del target
        return seconds


def measure(
    sizes=SIZES, repeats: int = 3, log=lambda line: print(line, flush=True)
) -> list[dict]:
    """One row per (size, workload, method), each ratio to the bound of the same run."""
    keras = _keras()
    methods = methods_for(keras.backend.backend())
    keras.utils.set_random_seed(0)
    rows = []
    for size in sizes:
        bench = Bench(size)
        runs = {(w, m): [] for w in WORKLOADS for m in methods}
        loads = []
        for r in range(repeats):
            order = methods[r % len(methods) :] + methods[: r % len(methods)]
            with tempfile.TemporaryDirectory() as tmp:
                for method in order:
                    runs[("a", method)].append(bench.workload_a(method, tmp))
                for method in order:
                    runs[("b", method)].append(bench.workload_b(method, tmp))
            loads.append(round(os.getloadavg()[0], 2))
            log(f"{bench.count:,} run {r + 1}/{repeats} done, load {loads[-1]}")
        for w in WORKLOADS:
            bounds = runs[(w, BOUND)]
            for method in methods:
                seconds = runs[(w, method)]
                ratios = [s / b for s, b in zip(seconds, bounds, strict=True)]
                median, ratio = statistics.median(seconds), statistics.median(ratios)
                row = {
                    "workload": w,
                    "method": method,
                    "params": bench.count,
                    "bytes": bench.count * 4,
                    "seconds": median,
                    "ratio": ratio,
                    "all_seconds": [round(s, 5) for s in seconds],
                    "all_ratios": [round(x, 4) for x in ratios],
                    "load_average": loads,  # one minute, after each run
                }
                rows.append(row)
                log(
                    f"{bench.count:>12,} ({w}) {method:<13} {median:8.3f} s  {ratio:6.2f}x"
                )
        del bench
        gc.collect()
    return rows


def peak_one(method: str, size: int) -> int:
    """In this (fresh) process: the resident-set high-water mark during workload (a) with
    one forward pass (the copy, a forward pass of the copy, the source's optimizer step:
    where TensorFlow's deferred copy is made), above the resident set before the copy."""
    _keras().utils.set_random_seed(0)
    bench = Bench(size, light=method != BOUND)
    dst = bench.destination() if method in INTO_DST else None
    with tempfile.TemporaryDirectory() as tmp:
        gc.collect()
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
        before = _proc("VmRSS")
        target = bench.copy(method, dst, tmp)
        target.predict_on_batch(bench.x)
        bench.step(*bench.trained(method))
        return max(0, _proc("VmHWM") - before)


def peaks(sizes, methods, log) -> list[dict]:
    out = []
    env = {**os.environ, "MALLOC_MMAP_THRESHOLD_": MMAP_THRESHOLD}
    for size in sizes:
        for method in methods:
            command = [sys.executable, __file__, "--peak", method, "--size", str(size)]
            done = subprocess.run(
                command, env=env, capture_output=True, text=True, check=True
            )
            peak = int(done.stdout.strip().splitlines()[-1])
            out.append({"method": method, "params": params(size), "peak_bytes": peak})
            log(
                f"{params(size):>12,} {method:<13} peak +{peak / 2**20:7.1f} MiB (fresh process)"
            )
    return out


def machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError):
        cpuinfo = Path("/proc/cpuinfo").read_text()
        m = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
        cpu = m[1].strip() if m else ""
    return {
        "cpu": cpu or platform.processor(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "memory_gib": round(_proc("MemTotal", "/proc/meminfo") / 2**30, 1),
        "os": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def versions() -> dict:
    from importlib import metadata

    out = {"python": platform.python_version(), "backend": _keras().backend.backend()}
    for package in ("keras", "tensorflow", "jax", "torch", "numpy", "h5py"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[package] = metadata.version(package)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", type=lambda s: [int(float(x)) for x in s.split(",")], default=SIZES
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--no-peak", action="store_true", help="skip the memory runs")
    parser.add_argument(
        "--merge", action="store_true", help="keep --out's rows of the other sizes"
    )
    parser.add_argument(
        "--peak-only", action="store_true", help="measure peak memory again into --out"
    )
    parser.add_argument("--peak", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peak:
        print(peak_one(args.peak, args.size))
        return
    backend = _keras().backend.backend()
    out = args.out or default_out(backend)
    measured = {params(s) for s in args.sizes}
    old = json.loads(out.read_text("utf-8")) if out.exists() or args.peak_only else {}
    # keep --out's rows (and peaks) of the sizes not measured
    merge = args.merge and old
    kept = [p for p in old["peak"] if p["params"] not in measured] if merge else []
    if args.peak_only:
        old["peak"] = kept + peaks(args.sizes, methods_for(backend), print)
        out.write_text(json.dumps(old, indent=1) + "\n", "utf-8")
        return
    started = datetime.now(UTC)
    info = machine()
    rows = measure(args.sizes, args.repeats)
    memory = [] if args.no_peak else peaks(args.sizes, methods_for(backend), print)
    if merge:
        rows = [r for r in old["results"] if r["params"] not in measured] + rows
        memory = kept + memory
        info["load_average_at_start"] = old["machine"]["load_average_at_start"]
    info["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    shown = [f"{k}={os.environ[k]}" for k in ENV_SHOWN if os.environ.get(k)]
    data = {
        "date": started.strftime("%Y-%m-%d"),
        "command": " ".join([*shown, "python scripts/copy_cost.py", *sys.argv[1:]]),
        "repeats": args.repeats,
        "batch": BATCH,
        "workloads": WORKLOADS,
        "machine": info,
        "versions": versions(),
        "methods": {
            k: {
                "label": LABELS[k],
                "timed": METHODS[k],
                "not_a_copy_on": NOT_A_COPY_ON.get(k, []),
            }
            for k in methods_for(backend)
        },
        "minutes": round((datetime.now(UTC) - started).seconds / 60, 1),
        "results": rows,
        "peak": memory,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    print(f"results -> {out}")


if __name__ == "__main__":
    main()
