"""MkDocs hook: the Performance page's tables, made at build time from the committed results
of scripts/copy_cost.py. Standard library only.

    <!-- copy-cost-summary from docs/data -->   per backend, workload, size: summary()
    <!-- copy-cost-table from docs/data/copy_cost.json -->   every method on one backend
"""

import json

from project_facts import BACKENDS, ROOT, derive

DATA = "docs/data"
BOUND = "bound"
# Each method's name on the page, in the tables' order (scripts/copy_cost.py times them).
LABELS = {
    BOUND: "Bound (memcpy, never copied)",
    "assign": "`d.assign(s)`",
    "assign_copy": "`d.assign(keras.ops.copy(s))`",
    "assign_slice": "`d.assign(s)` + slice write",
    "set_weights": "`set_weights(get_weights())`",
    "clone_model": "`clone_model` + `set_weights`",
    "deepcopy": "`copy.deepcopy`",
    "keras_file": "`.keras` save + load",
    "weights_h5": "`.weights.h5` save + load",
}
NEW_MODEL = ("clone_model", "deepcopy", "keras_file")  # the methods that make a model


def read(folder: str = DATA) -> dict[str, dict]:
    """Each copy_cost*.json in the folder, by its path from the root."""
    paths = sorted((ROOT / folder).glob("copy_cost*.json"))
    return {f"{folder}/{p.name}": json.loads(p.read_text("utf-8")) for p in paths}


def load(folder: str = DATA, files: dict | None = None) -> dict[str, dict]:
    """backend -> its results, for each data file (read, or given), in BACKENDS' order."""
    by = {d["versions"]["backend"]: d for d in (files or read(folder)).values()}
    return {backend: by[backend] for backend in BACKENDS if backend in by}


def rows(data: dict) -> dict[tuple[str, str, int], dict]:
    return {(r["workload"], r["method"], r["params"]): r for r in data["results"]}


def sizes(*data: dict) -> list[int]:
    return sorted({r["params"] for d in data for r in d["results"]})


def runs(data: dict) -> dict[tuple[str, int], dict[str, list[float]]]:
    """(workload, size) -> each method's ratio to the bound in each run, the bound aside."""
    cells: dict = {}
    for (workload, method, size), r in rows(data).items():
        if method != BOUND:
            cells.setdefault((workload, size), {})[method] = r["all_ratios"]
    return cells


def beat(by: dict[str, list[float]], method: str, others) -> int:
    """In how many runs `method` was faster than each of `others`; `by`: a cell of runs()."""
    return sum(x < min(y) for x, *y in zip(by[method], *(by[o] for o in others)))


def _millions(n: int) -> str:
    return f"{n / 1e6:.0f}M"


def _x(ratio: float) -> str:
    return f"{ratio:.2f}" if ratio < 10 else f"{ratio:.0f}"


def summary(all_data: dict[str, dict]) -> str:
    """Run by run: in how many runs each `assign` copy beat every method that makes a new
    model; then how many runs each backend made, and what was not measured."""
    copies = ["assign_copy", "assign"]
    heads = [f"{LABELS[m]} faster than every new model" for m in copies]
    lines = [f"| Backend | Workload | Size | {' | '.join(heads)} |", "|---" * 5 + "|"]
    missing = []
    for backend, data in all_data.items():
        for (w, size), by in sorted(runs(data).items()):  # by workload, then size
            cells = [
                f"{beat(by, m, NEW_MODEL)} of {data['repeats']} runs"
                if m in data["methods"]
                else "not a copy"
                for m in copies
            ]
            row = f"| {BACKENDS[backend]} | ({w}) | {_millions(size)} | "
            lines.append(row + " | ".join(cells) + " |")
        missing += [
            f"{BACKENDS[backend]} at {_millions(s)}"
            for s in sizes(*all_data.values())
            if s not in sizes(data)
        ]
    made = ", ".join(f"{BACKENDS[b]} {d['repeats']}" for b, d in all_data.items())
    last = f"Runs in each cell: {made}."
    last += f" Not measured: {', '.join(missing)}." if missing else ""
    return "\n".join([*lines, "", last])


def table(data: dict, columns: list[int]) -> str:
    """One row per method: its median ratio to the bound in each workload at each size
    (the bound's row: its seconds), and its peak memory (fresh process) at each size."""
    by = rows(data)
    peak = {(p["method"], p["params"]): p["peak_bytes"] for p in data["peak"]}
    heads = [f"({w}) {_millions(s)}" for w in data["workloads"] for s in columns]
    heads += [f"Peak, {_millions(s)}" for s in columns]
    lines = [f"| Method | {' | '.join(heads)} |", "|---" * (len(heads) + 1) + "|"]
    for method in (m for m in LABELS if m in {k[1] for k in by}):
        cells = []
        for w in data["workloads"]:
            for s in columns:
                r = by.get((w, method, s))
                if r is None:
                    cells.append("–")
                elif method == BOUND:
                    cells.append(f"{r['seconds']:.3f} s")
                else:
                    low, high = min(r["all_ratios"]), max(r["all_ratios"])
                    cells.append(f"{_x(r['ratio'])} ({_x(low)}–{_x(high)})")
        mem = [peak.get((method, s)) for s in columns]
        cells += ["–" if m is None else f"{m / 2**20:,.0f} MiB" for m in mem]
        lines.append(f"| {LABELS[method]} | {' | '.join(cells)} |")
    return "\n".join([*lines, "", footer(data)])


def footer(data: dict) -> str:
    m, v = data["machine"], data["versions"]
    backend = v["backend"]
    loads = [x for r in data["results"] for x in r["load_average"]]
    loads += [m["load_average_at_start"][0], m["load_average_at_end"][0]]
    return (
        f"Measured {data['date']} with `{data['command']}`: Keras {v['keras']}, "
        f"{BACKENDS[backend]} {v.get(backend, '?')}, NumPy {v['numpy']}, "
        f"Python {v['python']}; {m['cpus_usable']} CPUs ({m['cpu']}), "
        f"{m['memory_gib']} GiB, shared with other jobs: one-minute load average "
        f"{min(loads):.1f} to {max(loads):.1f} while it ran. {data['repeats']} interleaved "
        "runs; each cell is the method's time over the bound's in the same run, the median "
        "of the runs, then the lowest and highest run. A ratio under one is not a copy "
        "faster than a memcpy: in that run the load slowed the bound's turn more than the "
        "method's. The weights: "
        + ", ".join(f"{s * 4 / 2**20:,.0f} MiB at {_millions(s)}" for s in sizes(data))
        + " (4 bytes a parameter)."
    )


def on_page_markdown(markdown, page, config, files):
    if "<!-- copy-cost-" not in markdown:
        return markdown
    data = load(files=(found := read()))  # each data file once per build
    columns = sizes(*data.values())
    summary_of = lambda src: summary(data if src == DATA else load(src))
    markdown = derive(markdown, "copy-cost-summary", summary_of)
    return derive(markdown, "copy-cost-table", lambda src: table(found[src], columns))
