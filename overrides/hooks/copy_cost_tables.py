"""MkDocs hook: the Performance page's tables, made at build time from the committed results
of scripts/copy_cost.py. Standard library only.

    <!-- copy-cost-summary from docs/data -->   the cheapest method per backend, workload
                                                and size, from each copy_cost*.json there
    <!-- copy-cost-table from docs/data/copy_cost.json -->   every method on one backend

A ratio is a method's time over the bound's (a memcpy of the weights plus the same forward
passes on a model never copied) in the same run; a table shows the median over runs, and a
median under one as AT_BOUND. The data files hold only the methods that copy on their
backend (scripts/copy_cost.py), so the cheapest one is a safe recommendation. A size some
backend measured and another did not shows as "–" and is named under the summary.
"""

from __future__ import annotations

import json
import statistics

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
GOAL = 1.2  # a method within GOAL times the bound costs little more than its bytes
AT_BOUND = "≈ 1×"  # a median ratio under one, shown as what it can only mean


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


def recommend(data: dict, workload: str, size: int) -> dict:
    """The row of the method with the lowest median ratio to the bound (each ratio taken
    within one run, so that a change of load between runs cancels)."""
    return min(
        (
            r
            for r in data["results"]
            if r["workload"] == workload and r["params"] == size
            if r["method"] != BOUND
        ),
        key=lambda r: r["ratio"],
    )


def _millions(n: int) -> str:
    return f"{n / 1e6:.0f}M"


def _x(ratio: float) -> str:
    if ratio < 1:  # the bound is a lower bound: a median under it is load, not speed
        return AT_BOUND
    return f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.0f}×"


def summary(all_data: dict[str, dict]) -> str:
    """The recommendation table, then which rows miss the goal and what was not measured."""
    lines = [
        "| Backend | Workload | Size | Cheapest method | Time ÷ bound | Bound, seconds |",
        "|---|---|---|---|---|---|",
    ]
    missed, missing = [], []
    for backend, data in all_data.items():
        by = rows(data)
        for w in data["workloads"]:
            over = []
            for size in sizes(data):
                best = recommend(data, w, size)
                lines.append(
                    f"| {BACKENDS[backend]} | ({w}) | {_millions(size)} "
                    f"| {LABELS[best['method']]} "
                    f"| {_x(best['ratio'])} | {by[(w, BOUND, size)]['seconds']:.3f} |"
                )
                if best["ratio"] > GOAL:
                    over.append(_millions(size))
            if over:
                missed.append(f"{BACKENDS[backend]} ({w}) at {' and '.join(over)}")
        missing += [
            f"{BACKENDS[backend]} at {_millions(s)}"
            for s in sizes(*all_data.values())
            if s not in sizes(data)
        ]
    if missed:
        goal = f"No method within {GOAL}× of the bound: " + "; ".join(missed) + "."
    else:
        goal = (
            f"Every backend and workload has a method within {GOAL}× of the bound at "
            "every size measured."
        )
    if missing:
        goal += " Not measured: " + ", ".join(missing) + "."
    return "\n".join([*lines, "", goal])


def table(data: dict, columns: list[int]) -> str:
    """One row per method: its median ratio to the bound in each workload at each size
    (the bound's row: its seconds), and its peak memory (fresh process) at the largest."""
    by, top = rows(data), columns[-1]
    peak = {(p["method"], p["params"]): p["peak_bytes"] for p in data["peak"]}
    heads = [f"({w}) {_millions(s)}" for w in data["workloads"] for s in columns]
    lines = [
        f"| Method | {' | '.join(heads)} | Peak, {_millions(top)} |",
        "|---" * (len(heads) + 2) + "|",
    ]
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
                    cells.append(_x(r["ratio"]))
        mem = peak.get((method, top))
        cells.append("–" if mem is None else f"+{mem / 2**20:,.0f} MiB")
        lines.append(f"| {LABELS[method]} | {' | '.join(cells)} |")
    return "\n".join([*lines, "", footer(data)])


def footer(data: dict) -> str:
    m, v = data["machine"], data["versions"]
    backend = v["backend"]
    loads = [x for r in data["results"] for x in r["load_average"]]
    loads += [m["load_average_at_start"][0], m["load_average_at_end"][0]]
    # The median over rows (the bound's aside) of a row's highest ratio over its lowest.
    spread = statistics.median(
        max(r["all_ratios"]) / min(r["all_ratios"])
        for r in data["results"]
        if r["method"] != BOUND
    )
    return (
        f"Measured {data['date']} with `{data['command']}`: Keras {v['keras']}, "
        f"{BACKENDS[backend]} {v.get(backend, '?')}, NumPy {v['numpy']}, "
        f"Python {v['python']}; {m['cpus_usable']} CPUs ({m['cpu']}), "
        f"{m['memory_gib']} GiB, shared with other jobs: one-minute load average "
        f"{min(loads):.1f} to {max(loads):.1f} while it ran. Median of {data['repeats']} "
        "interleaved runs; the bound's seconds in its row, each method's time over the "
        "bound's in the same run elsewhere. The runs disagree: in the median row, the "
        f"highest of a method's {data['repeats']} ratios is {spread:.2f}× its lowest."
    )


def on_page_markdown(markdown, page, config, files):
    if "<!-- copy-cost-" not in markdown:
        return markdown
    found = read()  # each data file once per build
    data = load(files=found)
    columns = sizes(*data.values())
    markdown = derive(
        markdown,
        "copy-cost-summary",
        lambda src: summary(data if src == DATA else load(src)),
    )
    return derive(markdown, "copy-cost-table", lambda src: table(found[src], columns))
