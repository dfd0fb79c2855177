"""The cost of a copy: seconds and peak memory of each way to copy a Keras model's weights,
against a NumPy memcpy of the same bytes.

    python scripts/copy_cost.py            # measure 1M..100M parameters (a few minutes), then write
                                           # docs/data/copy_cost.json, the two plots and the table
    python scripts/copy_cost.py --render   # plots and table again from the committed JSON
    python scripts/copy_cost.py --sizes 1e6 --repeats 3 --out /tmp/c.json --no-render  # quick look
    KERAS_BACKEND=jax python scripts/copy_cost.py --sizes 1e6,1e7 \
        --out docs/data/copy_cost_jax.json --no-render   # JAX (torch: copy_cost_torch.json),
                                                         # then --render for its table

The backend is KERAS_BACKEND (default tensorflow). The model is 8 Dense layers of equal
width (16 variables), its width chosen for each size. Every timing ends with one in-place
write to each copied variable ("first write"): TensorFlow may defer a copy until then, so a
method is not finished until that write is done (on JAX and PyTorch there is nothing to
force). Times are the best of --repeats runs (wall clock, time.perf_counter); peak memory is
the process's resident-set high-water mark during the method minus its resident set before
it (/proc/self/status VmHWM after resetting it through /proc/self/clear_refs; Linux only),
with glibc's MALLOC_MMAP_THRESHOLD_ fixed at 128 KiB so that freed buffers leave the
resident set (the script restarts itself with it set). tracemalloc would miss most of it:
TensorFlow allocates outside Python's allocator.

Writing: docs/data/copy_cost.json (results, machine, versions, date),
docs/assets/images/copy-cost-light.svg and -dark.svg (matplotlib; `--render` needs it),
and the ratio table in docs/performance.md between its two "copy_cost table" markers; each
docs/data/copy_cost_<backend>.json that exists gets a table of its own, between markers
that name its file (made in the venv of requirements-backends.txt).
tests/test_copy_cost.py runs `measure()` at a small size and checks the page's claims, and
checks that the table and plots are fresh.
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
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "docs" / "data" / "copy_cost.json"
PAGE = ROOT / "docs" / "performance.md"
PLOTS = {
    scheme: ROOT / "docs" / "assets" / "images" / f"copy-cost-{scheme}.svg"
    for scheme in ("light", "dark")
}
SIZES = [1_000_000, 3_000_000, 10_000_000, 30_000_000, 100_000_000]
LAYERS = 8
# Every buffer over 128 KiB gets its own mapping, returned to the system when freed: without
# this, glibc keeps freed buffers of up to 32 MiB in its heap, the next method reuses them
# without growing the resident set, and its peak would depend on what ran before it.
MMAP_THRESHOLD = str(128 * 1024)
TABLE_START = "<!-- copy_cost table: made by scripts/copy_cost.py from docs/data/copy_cost.json -->"
TABLE_END = "<!-- end of copy_cost table -->"
BACKEND_DATA = {
    b: ROOT / "docs" / "data" / f"copy_cost_{b}.json" for b in ("jax", "torch")
}

# name: (label on the page, what is timed)
METHODS = {
    "memcpy": (
        "NumPy memcpy (the floor)",
        "np.copyto(dst, src), same bytes, one array",
    ),
    "memcpy_new": (
        "NumPy copy into new memory",
        "src.copy(): memcpy plus the kernel's first touch of every new page",
    ),
    "assign_call": (
        "`assign`, the call alone",
        "for d, s in zip(dst.weights, src.weights): d.assign(s), into a new model",
    ),
    "assign": (
        "`assign` + first write",
        "the same, then one in-place write to each destination variable",
    ),
    "assign_again": (
        "`assign` again + first write",
        "a second assign into the same destination, then the write",
    ),
    "set_weights": (
        "`set_weights(get_weights())`",
        "dst.set_weights(src.get_weights())",
    ),
    "clone_model": (
        "`clone_model` + `set_weights`",
        "clone_model(src), then set_weights(src.get_weights())",
    ),
    "deepcopy": ("`copy.deepcopy`", "copy.deepcopy(src)"),
    "keras_file": ("`.keras` save + load", "src.save(p); keras.saving.load_model(p)"),
    "weights_h5": (
        "`.weights.h5` save + load",
        "src.save_weights(p); dst.load_weights(p)",
    ),
}


# --- memory ---------------------------------------------------------------------------------


def _status(key: str) -> int:
    """A /proc/self/status field in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(key)


@contextlib.contextmanager
def peak_rss():
    """Yields a dict; on exit its "bytes" is the RSS high-water mark above the RSS at entry."""
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
    before = _status("VmRSS")
    out: dict[str, int] = {}
    yield out
    out["bytes"] = max(0, _status("VmHWM") - before)


# --- the methods ----------------------------------------------------------------------------


def _keras():
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    import keras

    return keras


def width(size: int) -> int:
    return max(1, round(math.sqrt(size / LAYERS)))


def params(size: int) -> int:
    """The parameters of the model built for `size`: LAYERS * (w * w + w)."""
    return LAYERS * (width(size) ** 2 + width(size))


def build(size: int, name: str):
    """LAYERS Dense layers of width w, w*w + w parameters each."""
    keras = _keras()
    width_ = width(size)
    layers = [keras.layers.Dense(width_, name=f"{name}_{i}") for i in range(LAYERS)]
    return keras.Sequential([keras.Input((width_,)), *layers], name=name)


def force(variables) -> None:
    """One in-place write to each variable: element 0 set to its own value.

    TensorFlow: an `assign` may leave the destination sharing the source's buffer; the first
    write to either copies it (copy on write). A scatter of one element is the cheapest write
    (a dense slice assignment copied the whole variable again, each time); it leaves the
    variable in copy-on-read mode, so the script writes it only to variables it then drops.
    JAX arrays are immutable and PyTorch's assign copies at once: nothing to force there."""
    keras = _keras()
    if keras.backend.backend() != "tensorflow":
        return
    import tensorflow as tf  # the TensorFlow backend only

    for v in variables:
        handle = v.value.handle
        first = tf.zeros([1], tf.int32)
        tf.raw_ops.ResourceScatterUpdate(
            resource=handle, indices=first, updates=tf.gather(v.value, first)
        )


def _memcpy(src, dst, np_src, np_dst, tmp):
    import numpy as np

    np.copyto(np_dst, np_src)
    return np_dst


def _memcpy_new(src, dst, np_src, np_dst, tmp):
    return np_src.copy()


def _assign_into(dst, src):
    for d, s in zip(dst.weights, src.weights, strict=True):
        d.assign(s)


def _assign_and_force(dst, src):
    _assign_into(dst, src)
    force(dst.weights)


def _set_weights(src, dst, np_src, np_dst, tmp):
    dst.set_weights(src.get_weights())
    force(dst.weights)
    return dst


def _clone_model(src, dst, np_src, np_dst, tmp):
    keras = _keras()
    twin = keras.models.clone_model(src)
    twin.set_weights(src.get_weights())
    force(twin.weights)
    return twin


def _deepcopy(src, dst, np_src, np_dst, tmp):
    twin = copy.deepcopy(src)
    force(twin.weights)
    return twin


def _keras_file(src, dst, np_src, np_dst, tmp):
    keras = _keras()
    path = Path(tmp) / "model.keras"
    src.save(path)
    twin = keras.saving.load_model(path)
    force(twin.weights)
    path.unlink()
    return twin


def _weights_h5(src, dst, np_src, np_dst, tmp):
    path = Path(tmp) / "model.weights.h5"
    src.save_weights(path)
    dst.load_weights(path)
    force(dst.weights)
    path.unlink()
    return dst


NEEDS_DST = ("set_weights", "weights_h5")
SIMPLE = {
    "memcpy": _memcpy,
    "memcpy_new": _memcpy_new,
    "set_weights": _set_weights,
    "clone_model": _clone_model,
    "deepcopy": _deepcopy,
    "keras_file": _keras_file,
    "weights_h5": _weights_h5,
}


def _timed(fn, *args):
    with peak_rss() as mem:
        start = time.perf_counter()
        result = fn(*args)
        seconds = time.perf_counter() - start
    del result
    return seconds, mem["bytes"]


def measure(
    sizes=SIZES, repeats: int = 3, methods=tuple(METHODS), log=None, done=None
) -> list[dict]:
    """One row per (size, method): best seconds of `repeats`, and the largest peak memory;
    `done(rows)` is called after each size with the rows so far."""
    import numpy as np

    log = log or (lambda line: print(line, flush=True))

    keras = _keras()
    keras.utils.set_random_seed(0)
    rows = []
    for size in sizes:
        src = build(size, "src")
        count = src.count_params()
        np_src = np.ones(count, np.float32)
        np_dst = np.zeros(count, np.float32)
        np_dst.fill(1)  # touched: the floor pays no first-touch page faults
        runs: dict[str, list[tuple[float, int]]] = {m: [] for m in methods}
        for _ in range(repeats):
            with tempfile.TemporaryDirectory() as tmp:
                for method in methods:
                    if method.startswith("assign"):
                        continue
                    # set_weights and load_weights write into a new model each time:
                    # force() leaves the variables it writes in TensorFlow's copy-on-read mode.
                    dst = build(size, "dst") if method in NEEDS_DST else None
                    args = (src, dst, np_src, np_dst, tmp)
                    # The floor takes milliseconds: more tries, so noise does not set it.
                    for _ in range(5 if method.startswith("memcpy") else 1):
                        runs[method].append(_timed(SIMPLE[method], *args))
                    del dst
                    gc.collect()
            if any(m.startswith("assign") for m in methods):
                # A new destination: the call, then the first write; then a second copy.
                new = build(size, "new")
                call, call_mem = _timed(_assign_into, new, src)
                write, write_mem = _timed(force, new.weights)
                again, again_mem = _timed(_assign_and_force, new, src)
                for method, value in (
                    ("assign_call", (call, call_mem)),
                    ("assign", (call + write, max(call_mem, write_mem))),
                    ("assign_again", (again, again_mem)),
                ):
                    if method in runs:
                        runs[method].append(value)
                del new
                gc.collect()
        load = round(os.getloadavg()[0], 2)
        for method in methods:
            seconds = min(s for s, _ in runs[method])
            peak = max(m for _, m in runs[method])
            rows.append(
                {
                    "method": method,
                    "params": count,
                    "bytes": count * 4,
                    "seconds": seconds,
                    "all_seconds": [round(s, 6) for s, _ in runs[method]],
                    "peak_bytes": peak,
                    "load_average": load,  # 1 minute, when the size was done
                }
            )
            log(
                f"{count:>12,} {method:<13} {seconds:9.4f} s  peak +{peak / 2**20:7.1f} MiB"
            )
        del src, np_src, np_dst
        gc.collect()
        if done:
            done(rows)
    return rows


# --- machine and versions -------------------------------------------------------------------


def machine() -> dict:
    cpu = ""
    with contextlib.suppress(OSError):
        m = re.search(
            r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.MULTILINE
        )
        cpu = m[1].strip() if m else ""
    return {
        "cpu": cpu or platform.processor(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "memory_gib": round(_status_file("MemTotal") / 2**30, 1),
        "os": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def _status_file(key: str) -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    return 0


def versions() -> dict:
    from importlib import metadata

    keras = _keras()
    out = {"python": platform.python_version(), "backend": keras.backend.backend()}
    for package in ("keras", "tensorflow", "jax", "torch", "numpy", "h5py"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[package] = metadata.version(package)
    return out


# --- what the page shows ----------------------------------------------------------------------


def ratios(data: dict) -> dict[tuple[str, int], float]:
    """(method, params) -> seconds / memcpy seconds at the same size."""
    floor = {
        r["params"]: r["seconds"] for r in data["results"] if r["method"] == "memcpy"
    }
    return {
        (r["method"], r["params"]): r["seconds"] / floor[r["params"]]
        for r in data["results"]
    }


def _millions(params: int) -> str:
    return f"{params / 1e6:.0f}M" if params >= 1e6 else f"{params / 1e6:.1f}M"


def _ratio(x: float) -> str:
    return f"{x:.2f}×" if x < 10 else f"{x:.0f}×"


def table(data: dict) -> str:
    """Markdown: one row per method, its ratio to memcpy at every tenfold size (1M, 10M,
    100M: the plot has the others), its seconds and peak memory at the largest size. Narrow
    enough not to scroll sideways on a laptop screen."""
    rows = data["results"]
    all_sizes = sorted({r["params"] for r in rows})
    top = all_sizes[-1]
    tenfold = [math.log10(top / s) for s in all_sizes]
    sizes = [
        s for s, x in zip(all_sizes, tenfold, strict=True) if abs(x - round(x)) < 0.05
    ]
    r = ratios(data)
    by = {(x["method"], x["params"]): x for x in rows}
    head = (
        "| Method "
        + "".join(f"| × memcpy, {_millions(s)} " for s in sizes)
        + f"| Seconds, {_millions(top)} | Peak memory, {_millions(top)} |"
    )
    lines = [head, "|---" * (len(sizes) + 3) + "|"]
    for method in (m for m in METHODS if (m, top) in by):
        x = by[(method, top)]
        lines.append(
            f"| {METHODS[method][0]} "
            + "".join(
                f"| {_ratio(r[(method, s)])} " if (method, s) in r else "| – "
                for s in sizes
            )
            + f"| {x['seconds']:.3f} | +{x['peak_bytes'] / 2**20:,.0f} MiB |"
        )
    m, v = data["machine"], data["versions"]
    backend = v["backend"]
    lines.append("")
    lines.append(
        f"Measured {data['date']} with `python scripts/copy_cost.py`: {backend} backend, "
        f"Keras {v['keras']}"
        + (f", TensorFlow {v['tensorflow']}" if backend == "tensorflow" else "")
        + (f", JAX {v['jax']}" if backend == "jax" and "jax" in v else "")
        + (f", PyTorch {v['torch']}" if backend == "torch" and "torch" in v else "")
        + f", NumPy {v['numpy']}, h5py {v['h5py']}, Python {v['python']}; "
        f"{m['cpus_usable']} CPUs ({m['cpu']}), {m['memory_gib']} GiB, "
        f"one-minute load average {_load_range(rows, m)} while it ran. "
        f"Best of {data['repeats']} runs ({5 * data['repeats']} for the two NumPy rows)."
    )
    return "\n".join(lines)


def _load_range(rows: list[dict], machine: dict | None = None) -> str:
    """From the start of the run to the end of its last size."""
    loads = [r["load_average"] for r in rows if "load_average" in r]
    loads += (machine or {}).get("load_average_at_start", [])[:1]
    if not loads:
        return "not recorded"
    low, high = min(loads), max(loads)
    return f"{low:.1f}" if low == high else f"{low:.1f} to {high:.1f}"


def page_with_table(page: str, data: dict, source: Path = DATA) -> str:
    start, end = TABLE_START, TABLE_END
    if source != DATA:  # a backend's own table, between markers that name its file
        start = TABLE_START.replace("copy_cost.json", source.name)
        end = TABLE_END.replace("table", f"table of {source.name}")
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if not pattern.search(page):
        raise SystemExit(f"{PAGE} has no {start} ... {end} markers")
    block = f"{start}\n\n{table(data)}\n\n{end}"
    return pattern.sub(lambda _: block, page)


def data_digest(path: Path = DATA) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


PLOTTED = [
    "memcpy",
    "memcpy_new",
    "assign_call",
    "assign",
    "set_weights",
    "clone_model",
    "deepcopy",
    "keras_file",
    "weights_h5",
]
# Mid-contrast colours readable on Material's white and on its slate (#1e2129) backgrounds.
COLOURS = {
    "memcpy_new": "#8c8c8c",
    "assign_call": "#3b9ab2",
    "assign": "#1f77b4",
    "set_weights": "#2ca02c",
    "clone_model": "#9467bd",
    "deepcopy": "#d62728",
    "keras_file": "#e377c2",
    "weights_h5": "#bcbd22",
}
INK = {"light": "#333333", "dark": "#d5d7e2"}


def plot(data: dict, digest: str) -> dict[str, str]:
    """Two SVGs (light and dark palettes): seconds against parameters, log-log."""
    import io

    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    out = {}
    for scheme, ink in INK.items():
        with plt.rc_context(
            {
                "svg.hashsalt": "copy_cost",
                "svg.fonttype": "none",  # text stays text: selectable, searchable
                "font.family": "sans-serif",
                "font.size": 11,
                "text.color": ink,
                "axes.labelcolor": ink,
                "axes.edgecolor": ink,
                "xtick.color": ink,
                "ytick.color": ink,
                "grid.color": ink,
                "grid.alpha": 0.2,
            }
        ):
            fig, ax = plt.subplots(figsize=(7.5, 5.6), layout="constrained")
            fig.patch.set_alpha(0)
            ax.patch.set_alpha(0)
            top = max(r["params"] for r in data["results"])
            at_top = {
                r["method"]: r["seconds"] for r in data["results"] if r["params"] == top
            }
            # Legend from the slowest method to the floor: the order of the lines at the right.
            for method in sorted(PLOTTED, key=lambda m: -at_top.get(m, 0)):
                rows = sorted(
                    (r for r in data["results"] if r["method"] == method),
                    key=lambda r: r["params"],
                )
                if not rows:
                    continue
                floor = method == "memcpy"
                ax.plot(
                    [r["params"] for r in rows],
                    [r["seconds"] for r in rows],
                    marker="" if method.startswith("memcpy") else "o",
                    markersize=4,
                    linewidth=2.5 if floor else 1.6,
                    linestyle={"assign_call": "--", "memcpy_new": ":"}.get(method, "-"),
                    color=ink if floor else COLOURS[method],
                    label=METHODS[method][0].replace("`", ""),
                    zorder=3 if floor else 2,
                )
            sizes = sorted({r["params"] for r in data["results"]})
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_xticks(sizes, [_millions(s) for s in sizes])
            ax.minorticks_off()
            ax.set_xlabel("parameters (float32; 100M = 382 MiB)")
            ax.set_ylabel("seconds, best of runs")
            ax.grid(True, which="major")
            fig.legend(loc="outside lower center", ncols=3, frameon=False, fontsize=9)
            buffer = io.StringIO()
            fig.savefig(
                buffer,
                format="svg",
                transparent=True,
                metadata={
                    "Date": None,
                    "Description": f"copy_cost.json sha256:{digest}",
                },
            )
            plt.close(fig)
            out[scheme] = buffer.getvalue()
    return out


def plots_fresh(digest: str) -> list[str]:
    """The plot files not made from the JSON whose digest is given."""
    mark = f"copy_cost.json sha256:{digest}"
    return [
        p.relative_to(ROOT).as_posix()
        for p in PLOTS.values()
        if not p.exists() or mark not in p.read_text("utf-8")
    ]


def render(data_path: Path = DATA) -> None:
    data = json.loads(data_path.read_text("utf-8"))
    page = page_with_table(PAGE.read_text("utf-8"), data)
    for path in BACKEND_DATA.values():
        if path.exists():
            page = page_with_table(page, json.loads(path.read_text("utf-8")), path)
    PAGE.write_text(page, "utf-8")
    print(f"tables -> {PAGE.relative_to(ROOT)}")
    for scheme, svg in plot(data, data_digest(data_path)).items():
        PLOTS[scheme].parent.mkdir(parents=True, exist_ok=True)
        PLOTS[scheme].write_text(svg, "utf-8")
        print(f"plot -> {PLOTS[scheme].relative_to(ROOT)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", type=lambda s: [int(float(x)) for x in s.split(",")], default=SIZES
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--render", action="store_true", help="only redraw from --out")
    parser.add_argument("--no-render", action="store_true", help="only measure")
    parser.add_argument(
        "--merge", action="store_true", help="keep --out's rows of the other sizes"
    )
    args = parser.parse_args()
    if not args.render and os.environ.get("MALLOC_MMAP_THRESHOLD_") != MMAP_THRESHOLD:
        # glibc reads this when the process starts: start again with it set.
        os.environ["MALLOC_MMAP_THRESHOLD_"] = MMAP_THRESHOLD
        os.execv(sys.executable, [sys.executable, *sys.argv])
    if not args.render:
        started = datetime.datetime.now(datetime.UTC)
        info = machine()
        kept = []
        if args.merge and args.out.exists():  # the other sizes' rows stay
            measured = {params(s) for s in args.sizes}
            kept = [
                r
                for r in json.loads(args.out.read_text("utf-8"))["results"]
                if r["params"] not in measured
            ]

        def write(rows: list[dict]) -> None:
            """After each size, so a run stopped half-way keeps what it measured."""
            results = sorted(
                kept + rows,
                key=lambda r: (r["params"], list(METHODS).index(r["method"])),
            )
            data = {
                "date": started.strftime("%Y-%m-%d"),
                "command": "python scripts/copy_cost.py " + " ".join(sys.argv[1:]),
                "repeats": args.repeats,
                "machine": {
                    **info,
                    "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
                },
                "versions": versions(),
                "methods": {
                    k: {"label": a, "timed": b} for k, (a, b) in METHODS.items()
                },
                "minutes": round(
                    (datetime.datetime.now(datetime.UTC) - started).seconds / 60, 1
                ),
                "results": results,
            }
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(data, indent=1) + "\n", "utf-8")

        measure(args.sizes, args.repeats, done=write)
        print(f"results -> {args.out}")
    if not args.no_render:
        if args.out != DATA:
            raise SystemExit(
                "--render writes the page and plots from docs/data/copy_cost.json only"
            )
        render(args.out)


if __name__ == "__main__":
    main()
