"""What a copy of a Keras model costs, counting what the copy costs afterwards.

Two workloads, each timed per copy method against its lower bound:

  (a) "copy once": copy the source, then K forward passes of the copy, then one optimizer
      step on the source (it trains on: otherwise there is no need for a copy, and
      TensorFlow's deferred copy would never be paid);
  (b) "target network": a period of N steps that starts with a hard copy of the source
      into the target; at every step one optimizer step updates the source in place (SGD,
      zero gradients: the writes an optimizer makes) and the target runs a forward pass.

The bound of each is a NumPy memcpy of the weights (into memory that is already there) plus
the same forward passes (and optimizer steps) on a model that was never copied.

    python scripts/copy_cost.py                 # TensorFlow: measure, then write the JSON,
                                                # the plots and the page's tables
    python scripts/copy_cost.py --render        # plots and tables again from the JSON files
    python scripts/copy_cost.py --sizes 1e6 --repeats 1 --no-peak --out /tmp/c.json --no-render
    KERAS_BACKEND=jax python scripts/copy_cost.py --out docs/data/copy_cost_jax.json \
        --no-render                             # JAX (torch: copy_cost_torch.json), in the
                                                # venv of requirements-backends.txt

The model is 8 Dense layers of equal width, the width chosen for each size; a forward pass
is `model.predict_on_batch(x)` (compiled on TensorFlow and JAX) on BATCH rows. Timing: the
methods run interleaved, in a rotated order, in each of --repeats runs; each run times the
bound too, and a method's ratio is its time over the bound's in the same run. The JSON keeps
every run's seconds and ratio, the medians, and the one-minute load average of each run.
Peak memory: each method in a fresh process (`--peak METHOD --size N`), the resident-set
high-water mark during the copy and the first forward pass of the copy, minus the resident
set before the copy (VmHWM reset through /proc/self/clear_refs; Linux only), with glibc's
MALLOC_MMAP_THRESHOLD_ at 128 KiB so that freed buffers leave the resident set.

Writing: docs/data/copy_cost.json (TensorFlow) or --out, and from the JSON files
(`--render`, matplotlib): docs/assets/images/copy-cost-{light,dark}.svg and the blocks of
docs/performance.md between "copy_cost" markers. tests/test_copy_cost.py checks that the
page is made from the JSON and that its recommendations are the measured minima.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime
import gc
import hashlib
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "performance.md"
DATA = {
    b: ROOT
    / "docs"
    / "data"
    / ("copy_cost.json" if b == "tensorflow" else f"copy_cost_{b}.json")
    for b in ("tensorflow", "jax", "torch")
}
PLOTS = {
    scheme: ROOT / "docs" / "assets" / "images" / f"copy-cost-{scheme}.svg"
    for scheme in ("light", "dark")
}
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
BOUND = "bound"
GOAL = 1.2  # a method within GOAL times the bound costs little more than its bytes

# name: (label on the page, what is timed, backends where it is not a safe copy)
METHODS = {
    BOUND: (
        "Bound (memcpy, never copied)",
        (
            "np.copyto(np_dst, np_src) of the weights' bytes; forward passes (and "
            "optimizer steps) on a model that is never copied"
        ),
        (),
    ),
    "assign": (
        "`d.assign(s)`",
        "for d, s in zip(dst.weights, src.weights): d.assign(s)",
        ("jax",),  # not a copy there: the target holds the source's arrays
    ),
    "assign_copy": (
        "`d.assign(keras.ops.copy(s))`",
        "for d, s in zip(dst.weights, src.weights): d.assign(keras.ops.copy(s))",
        (),
    ),
    "assign_slice": (
        "`d.assign(s)` + slice write",
        "assign, then d.value[:1].assign(d.value[:1]) on each variable (TensorFlow only)",
        (),
    ),
    "set_weights": (
        "`set_weights(get_weights())`",
        "dst.set_weights(src.get_weights())",
        (),
    ),
    "clone_model": (
        "`clone_model` + `set_weights`",
        "twin = clone_model(src); twin.set_weights(src.get_weights())",
        (),
    ),
    "deepcopy": ("`copy.deepcopy`", "twin = copy.deepcopy(src)", ()),
    "keras_file": (
        "`.keras` save + load",
        "src.save(p); twin = keras.saving.load_model(p)",
        (),
    ),
    "weights_h5": (
        "`.weights.h5` save + load",
        "src.save_weights(p); dst.load_weights(p)",
        (),
    ),
}
INTO_DST = ("assign", "assign_copy", "assign_slice", "set_weights", "weights_h5")


def methods_for(backend: str) -> list[str]:
    """The methods timed on `backend`: the slice write is TensorFlow's; on JAX, `d.assign(s)`
    leaves both models holding one array, which the first compiled call of either deletes
    (`RuntimeError: Array has been deleted`, the Backends page), so it is not a copy there."""
    return [
        m
        for m in METHODS
        if (m != "assign_slice" or backend == "tensorflow")
        and backend not in METHODS[m][2]
    ]


def safe(method: str, backend: str) -> bool:
    return backend not in METHODS[method][2]


# --- memory ---------------------------------------------------------------------------------


def _status(key: str) -> int:
    """A /proc/self/status field in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(key)


# --- the model and the methods ----------------------------------------------------------------


def _keras():
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    import keras

    return keras


def width(size: int) -> int:
    return max(1, round(math.sqrt(size / LAYERS)))


def params(size: int) -> int:
    """The parameters of the model built for `size`: LAYERS * (w * w + w)."""
    return LAYERS * (width(size) ** 2 + width(size))


def build(size: int, name: str, initializer: str = "glorot_uniform"):
    """LAYERS Dense layers of width w; a destination is built with zeros (cheaper: its
    initial values are not part of any copy)."""
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
        import numpy as np

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

    def destination(self):
        """A model the reader already has and has used: built and run once."""
        dst = build(self.size, "dst", "zeros")
        dst.predict_on_batch(self.x)
        return dst

    def copy(self, method: str, dst, tmp: str):
        """Copy the source by `method`; returns the model that holds the copy."""
        keras = _keras()
        src = self.src
        if method == BOUND:
            import numpy as np

            np.copyto(self.np_dst, self.np_src)
            return self.plain
        if method in ("assign", "assign_slice"):
            for d, s in zip(dst.weights, src.weights, strict=True):
                d.assign(s)
            if method == "assign_slice":  # the write the old page recommended
                for d in dst.weights:
                    d.value[:1].assign(d.value[:1])
            return dst
        if method == "assign_copy":
            for d, s in zip(dst.weights, src.weights, strict=True):
                d.assign(keras.ops.copy(s))
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
        if method == BOUND:
            self.step(self.plain, self.opt_plain)
        else:
            self.step(self.src, self.opt_src)
        return time.perf_counter() - start

    def workload_b(self, method: str, tmp: str) -> float:
        """Two periods; the second is timed (the first brings the target to its steady
        state: a copy into a target that was copied into before)."""
        dst = self.destination() if method in INTO_DST else None
        bound = method == BOUND
        source, opt = (
            (self.plain, self.opt_plain) if bound else (self.src, self.opt_src)
        )
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
    sizes=SIZES, repeats: int = 3, methods=None, log=None, done=None
) -> list[dict]:
    """One row per (size, workload, method): every run's seconds and its ratio to the
    bound of the same run, their medians, and each run's load average."""
    log = log or (lambda line: print(line, flush=True))
    keras = _keras()
    backend = keras.backend.backend()
    methods = list(methods or methods_for(backend))
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
                rows.append(
                    {
                        "workload": w,
                        "method": method,
                        "params": bench.count,
                        "bytes": bench.count * 4,
                        "seconds": statistics.median(seconds),
                        "ratio": statistics.median(ratios),
                        "all_seconds": [round(s, 5) for s in seconds],
                        "all_ratios": [round(x, 4) for x in ratios],
                        "load_average": loads,  # one minute, after each run
                    }
                )
                log(
                    f"{bench.count:>12,} ({w}) {method:<13} "
                    f"{statistics.median(seconds):8.3f} s  {statistics.median(ratios):6.2f}x"
                )
        del bench
        gc.collect()
        if done:
            done(rows)
    return rows


def peak_one(method: str, size: int) -> int:
    """In this (fresh) process: the resident-set high-water mark during workload (a) with
    one forward pass (the copy, a forward pass of the copy, the source's optimizer step:
    where TensorFlow's deferred copy is made), above the resident set before the copy."""
    keras = _keras()
    keras.utils.set_random_seed(0)
    bench = Bench(size, light=method != BOUND)
    dst = bench.destination() if method in INTO_DST else None
    with tempfile.TemporaryDirectory() as tmp:
        gc.collect()
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
        before = _status("VmRSS")
        target = bench.copy(method, dst, tmp)
        target.predict_on_batch(bench.x)
        if method == BOUND:
            bench.step(bench.plain, bench.opt_plain)
        else:
            bench.step(bench.src, bench.opt_src)
        return max(0, _status("VmHWM") - before)


def peaks(sizes, methods, log) -> list[dict]:
    """Each method in a fresh process of its own."""
    out = []
    env = {**os.environ, "MALLOC_MMAP_THRESHOLD_": MMAP_THRESHOLD}
    for size in sizes:
        for method in methods:
            result = subprocess.run(
                [sys.executable, __file__, "--peak", method, "--size", str(size)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            peak = int(result.stdout.strip().splitlines()[-1])
            out.append({"method": method, "params": params(size), "peak_bytes": peak})
            log(
                f"{params(size):>12,} {method:<13} peak +{peak / 2**20:7.1f} MiB (fresh process)"
            )
    return out


# --- machine and versions -------------------------------------------------------------------


def machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError):
        m = re.search(
            r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.MULTILINE
        )
        cpu = m[1].strip() if m else ""
    mem = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem = int(line.split()[1]) * 1024
    return {
        "cpu": cpu or platform.processor(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "memory_gib": round(mem / 2**30, 1),
        "os": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def versions() -> dict:
    from importlib import metadata

    keras = _keras()
    out = {"python": platform.python_version(), "backend": keras.backend.backend()}
    for package in ("keras", "tensorflow", "jax", "torch", "numpy", "h5py"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[package] = metadata.version(package)
    return out


# --- what the page shows ----------------------------------------------------------------------

BACKEND_NAMES = {"tensorflow": "TensorFlow", "jax": "JAX", "torch": "PyTorch"}


def load(backend: str) -> dict | None:
    path = DATA[backend]
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def _millions(n: int) -> str:
    return f"{n / 1e6:.0f}M"


def _x(ratio: float) -> str:
    return f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.0f}×"


def _rows(data: dict) -> dict[tuple[str, str, int], dict]:
    return {(r["workload"], r["method"], r["params"]): r for r in data["results"]}


def sizes_of(data: dict) -> list[int]:
    return sorted({r["params"] for r in data["results"]})


def recommend(data: dict, workload: str, size: int) -> dict:
    """The safe copy method with the lowest median ratio to the bound (each ratio taken
    within one run, so that a change of load between runs cancels), its row."""
    backend = data["versions"]["backend"]
    rows = [
        r
        for r in data["results"]
        if r["workload"] == workload
        and r["params"] == size
        and r["method"] != BOUND
        and safe(r["method"], backend)
    ]
    return min(rows, key=lambda r: r["ratio"])


def _label(method: str, backend: str) -> str:
    label = METHODS[method][0]
    return label if safe(method, backend) else f"{label} (shares, not a copy)"


def summary(all_data: dict[str, dict]) -> str:
    """The recommendation table: per backend, workload and size, the cheapest method."""
    lines = [
        "| Backend | Workload | Size | Cheapest method | Time ÷ bound | Bound, seconds |",
        "|---|---|---|---|---|---|",
    ]
    for backend, data in all_data.items():
        by = _rows(data)
        for w in WORKLOADS:
            for size in sizes_of(data):
                best = recommend(data, w, size)
                bound = by[(w, BOUND, size)]
                lines.append(
                    f"| {BACKEND_NAMES[backend]} | ({w}) | {_millions(size)} "
                    f"| {METHODS[best['method']][0]} | {_x(best['ratio'])} "
                    f"| {bound['seconds']:.3f} |"
                )
    missing = [
        f"{BACKEND_NAMES[b]} at {_millions(params(s))}"
        for b, data in all_data.items()
        for s in SIZES
        if params(s) not in sizes_of(data)
    ]
    lines += ["", goal(all_data)]
    if missing:
        lines[-1] += " Not measured: " + ", ".join(missing) + "."
    return "\n".join(lines)


def goal(all_data: dict[str, dict]) -> str:
    """Which backend and workload has a method within 1.2x of the bound at every size."""
    missed = []
    for backend, data in all_data.items():
        for w in WORKLOADS:
            over = [s for s in sizes_of(data) if recommend(data, w, s)["ratio"] > GOAL]
            if over:
                sizes = " and ".join(_millions(s) for s in over)
                missed.append(f"{BACKEND_NAMES[backend]} ({w}) at {sizes}")
    if not missed:
        return (
            f"Every backend and workload has a method within {GOAL}× of the bound at "
            "every size measured."
        )
    return f"No method within {GOAL}× of the bound: " + "; ".join(missed) + "."


def table(data: dict) -> str:
    """Markdown: one row per method, its median ratio to the bound in each workload at each
    size, and its peak memory (fresh process) at the largest size."""
    backend = data["versions"]["backend"]
    by = _rows(data)
    sizes = [params(s) for s in SIZES]  # a size not measured shows as "–"
    top = sizes[-1]
    peak = {(p["method"], p["params"]): p["peak_bytes"] for p in data.get("peak", [])}
    head = (
        "| Method "
        + "".join(f"| ({w}) {_millions(s)} " for w in WORKLOADS for s in sizes)
        + f"| Peak, {_millions(top)} |"
    )
    lines = [head, "|---" * (1 + len(WORKLOADS) * len(sizes) + 1) + "|"]
    for method in (m for m in METHODS if m in methods_for(backend)):
        cells = []
        for w in WORKLOADS:
            for s in sizes:
                r = by.get((w, method, s))
                if r is None:
                    cells.append("–")
                else:
                    cells.append(
                        f"{r['seconds']:.3f} s" if method == BOUND else _x(r["ratio"])
                    )
        mem = peak.get((method, top))
        lines.append(
            f"| {_label(method, backend)} | "
            + " | ".join(cells)
            + f" | {'–' if mem is None else f'+{mem / 2**20:,.0f} MiB'} |"
        )
    lines.append("")
    lines.append(footer(data))
    return "\n".join(lines)


def load_range(data: dict) -> str:
    loads = [x for r in data["results"] for x in r["load_average"]]
    loads.append(data["machine"]["load_average_at_start"][0])
    loads.append(data["machine"]["load_average_at_end"][0])
    return f"{min(loads):.1f} to {max(loads):.1f}"


def footer(data: dict) -> str:
    m, v = data["machine"], data["versions"]
    backend = v["backend"]
    lib = {"tensorflow": "tensorflow", "jax": "jax", "torch": "torch"}[backend]
    return (
        f"Measured {data['date']} with `{data['command']}`: Keras {v['keras']}, "
        f"{BACKEND_NAMES[backend]} {v.get(lib, '?')}, NumPy {v['numpy']}, "
        f"Python {v['python']}; {m['cpus_usable']} CPUs ({m['cpu']}), "
        f"{m['memory_gib']} GiB, shared with other jobs: one-minute load average "
        f"{load_range(data)} while it ran. Median of {data['repeats']} interleaved runs; "
        f"the bound's seconds in its row, each method's time over the bound's "
        f"in the same run elsewhere. The runs disagree: in the median row, the highest "
        f"of a method's {data['repeats']} ratios is {spread(data):.2f}× its lowest."
    )


def spread(data: dict) -> float:
    """The median over rows (the bound's aside) of a row's highest ratio over its lowest."""
    return statistics.median(
        max(r["all_ratios"]) / min(r["all_ratios"])
        for r in data["results"]
        if r["method"] != BOUND
    )


def block(name: str, body: str) -> str:
    return f"<!-- copy_cost {name}: made by scripts/copy_cost.py -->\n\n{body}\n\n<!-- end of copy_cost {name} -->"


def page_blocks(all_data: dict[str, dict]) -> dict[str, str]:
    blocks = {"summary": summary(all_data)}
    for backend, data in all_data.items():
        blocks[f"table {backend}"] = table(data)
    return blocks


def page_with_blocks(page: str, all_data: dict[str, dict]) -> str:
    for name, body in page_blocks(all_data).items():
        pattern = re.compile(
            re.escape(f"<!-- copy_cost {name}: ")
            + r".*?"
            + re.escape(f"<!-- end of copy_cost {name} -->"),
            re.DOTALL,
        )
        if not pattern.search(page):
            raise SystemExit(f"{PAGE} has no '<!-- copy_cost {name}: ' block")
        page = pattern.sub(lambda _, name=name, body=body: block(name, body), page)
    return page


def all_data() -> dict[str, dict]:
    return {b: d for b in DATA if (d := load(b)) is not None}


def data_digest() -> str:
    digest = hashlib.sha256()
    for path in DATA.values():
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# Mid-contrast colours readable on Material's white and on its slate (#1e2129) backgrounds.
COLOURS = {"a": "#1f77b4", "b": "#d62728"}
INK = {"light": "#333333", "dark": "#d5d7e2"}


def plot(data: dict, digest: str) -> dict[str, str]:
    """Two SVGs (light and dark): each method's ratio to the bound, one row per method,
    dots for workload (a) and squares for (b), hollow at the smaller size. Sized to be
    read on a phone (the text at least 12 px when the image is 360 px wide); the key is
    HTML under the image, on the page."""
    import io

    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    backend = data["versions"]["backend"]
    sizes = sizes_of(data)
    by = _rows(data)
    methods = [m for m in METHODS if m != BOUND and ("a", m, sizes[-1]) in by]
    out = {}
    for scheme, ink in INK.items():
        with plt.rc_context(
            {
                "svg.hashsalt": "copy_cost",
                "svg.fonttype": "none",
                "font.family": "sans-serif",
                "font.size": 13,
                "text.color": ink,
                "axes.labelcolor": ink,
                "axes.edgecolor": ink,
                "xtick.color": ink,
                "ytick.color": ink,
                "grid.color": ink,
                "grid.alpha": 0.25,
            }
        ):
            fig, ax = plt.subplots(
                figsize=(4.8, 0.62 * len(methods) + 0.9), layout="constrained"
            )
            fig.patch.set_alpha(0)
            ax.patch.set_alpha(0)
            ratios = [
                by[(w, m, s)]["ratio"]
                for w in WORKLOADS
                for m in methods
                for s in sizes
            ]
            left, right = min(0.9, min(ratios) * 0.9), max(ratios) * 1.4
            for i, method in enumerate(methods):
                # The method's name above its row: the plot keeps the figure's full width.
                label = (
                    METHODS[method][0].replace("`", "").replace("keras.ops.", "ops.")
                )
                ax.text(left * 1.03, i - 0.22, label, va="bottom", ha="left")
                for w, marker, dy in (("a", "o", 0.05), ("b", "s", 0.3)):
                    for s in sizes:
                        top = s == sizes[-1]
                        ax.plot(
                            [by[(w, method, s)]["ratio"]],
                            [i + dy],
                            marker=marker,
                            markersize=8,
                            linestyle="",
                            color=COLOURS[w],
                            markerfacecolor=COLOURS[w] if top else "none",
                            markeredgewidth=1.8,
                        )
            ax.axvline(1.0, color=ink, linewidth=1.2)
            ax.axvline(GOAL, color=ink, linewidth=1.0, linestyle="--")
            ax.set_xscale("log")
            ax.set_yticks([])
            ax.set_ylim(len(methods) - 0.45, -0.7)
            ticks = [t for t in (1, 2, 5, 10, 20, 50, 100) if t <= right]
            ax.set_xticks(ticks, [f"{t:g}×" for t in ticks])
            ax.set_xlim(left, right)
            ax.minorticks_off()
            ax.set_xlabel(f"time ÷ bound, {BACKEND_NAMES[backend]}")
            ax.grid(True, axis="x")
            buffer = io.StringIO()
            fig.savefig(
                buffer,
                format="svg",
                transparent=True,
                metadata={"Date": None, "Description": f"copy_cost sha256:{digest}"},
            )
            plt.close(fig)
            out[scheme] = buffer.getvalue()
    return out


def plots_stale(digest: str) -> list[str]:
    """The plot files not made from the JSON files whose digest is given."""
    mark = f"copy_cost sha256:{digest}"
    return [
        p.relative_to(ROOT).as_posix()
        for p in PLOTS.values()
        if not p.exists() or mark not in p.read_text("utf-8")
    ]


def render() -> None:
    data = all_data()
    PAGE.write_text(page_with_blocks(PAGE.read_text("utf-8"), data), "utf-8")
    print(f"tables -> {PAGE.relative_to(ROOT)}")
    for scheme, svg in plot(data["tensorflow"], data_digest()).items():
        PLOTS[scheme].write_text(svg, "utf-8")
        print(f"plot -> {PLOTS[scheme].relative_to(ROOT)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", type=lambda s: [int(float(x)) for x in s.split(",")], default=SIZES
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--render", action="store_true", help="only redraw from the JSON"
    )
    parser.add_argument("--no-render", action="store_true", help="only measure")
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
    if args.peak_only:
        backend = _keras().backend.backend()
        out = args.out or DATA[backend]
        data = json.loads(out.read_text("utf-8"))
        measured = {params(s) for s in args.sizes}
        kept = [p for p in data["peak"] if args.merge and p["params"] not in measured]
        data["peak"] = kept + peaks(args.sizes, methods_for(backend), print)
        out.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
        return
    if not args.render:
        keras = _keras()
        backend = keras.backend.backend()
        out = args.out or DATA[backend]
        started = datetime.datetime.now(datetime.UTC)
        info = machine()
        rows = measure(args.sizes, args.repeats)
        memory = [] if args.no_peak else peaks(args.sizes, methods_for(backend), print)
        if args.merge and out.exists():  # the other sizes' rows stay
            old = json.loads(out.read_text("utf-8"))
            measured = {params(s) for s in args.sizes}
            rows = [r for r in old["results"] if r["params"] not in measured] + rows
            memory = [p for p in old["peak"] if p["params"] not in measured] + memory
            info["load_average_at_start"] = old["machine"]["load_average_at_start"]
        data = {
            "date": started.strftime("%Y-%m-%d"),
            "command": " ".join(
                [f"{k}={os.environ[k]}" for k in ENV_SHOWN if os.environ.get(k)]
                + ["python scripts/copy_cost.py", *sys.argv[1:]]
            ),
            "repeats": args.repeats,
            "batch": BATCH,
            "workloads": WORKLOADS,
            "machine": {
                **info,
                "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
            },
            "versions": versions(),
            "methods": {
                k: {"label": a, "timed": b, "not_a_copy_on": list(c)}
                for k, (a, b, c) in METHODS.items()
                if k in methods_for(backend)
            },
            "minutes": round(
                (datetime.datetime.now(datetime.UTC) - started).seconds / 60, 1
            ),
            "results": rows,
            "peak": memory,
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
        print(f"results -> {out}")
    if not args.no_render:
        render()


if __name__ == "__main__":
    main()
