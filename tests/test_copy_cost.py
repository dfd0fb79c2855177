"""The Performance page: its claims hold run by run in the data files, its numbers come from
them (tables by the hook copy_cost_tables), which hold what the page says was measured. The
benchmark runs once at a tiny size; no time measured now is compared (load would decide it).
"""

import copy
import re
import statistics

import copy_cost_tables as tables  # overrides/hooks/copy_cost_tables.py
import pytest

from scripts import copy_cost as cc
from scripts.project import BACKENDS, DERIVED_RE, ROOT, rel

ALL = tables.load()
SIZES = tables.sizes(*ALL.values())
PAGE = (ROOT / "docs" / "performance.md").read_text("utf-8")


def test_each_backend_has_a_data_file_and_a_table_on_the_page():
    assert list(ALL) == list(BACKENDS), "a backend has no data file"
    markers = {(m["what"], m["source"]) for m in DERIVED_RE.finditer(PAGE)}
    files = {("copy-cost-table", rel(cc.default_out(b))) for b in BACKENDS}
    assert markers == {("copy-cost-summary", tables.DATA)} | files


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_data_file_is_what_the_script_writes(backend):
    """Every workload, method and size once (and a peak for each), each ratio the median
    over runs of the method's seconds over the bound's in the same run."""
    data, where = ALL[backend], rel(cc.default_out(backend))
    assert data["versions"]["backend"] == backend, where
    assert data["workloads"] == cc.WORKLOADS and data["batch"] == cc.BATCH, where
    assert data["repeats"] >= 3, f"{where}: a median of at least three runs"
    sizes = tables.sizes(data)
    assert cc.params(cc.SIZES[0]) in sizes, where
    assert set(sizes) <= {cc.params(s) for s in cc.SIZES}, where
    by = tables.rows(data)
    assert len(by) == len(data["results"]), f"{where}: a method measured twice"
    want = {(m, s) for m in cc.methods_for(backend) for s in sizes}
    assert set(by) == {(w, m, s) for w in cc.WORKLOADS for m, s in want}, where
    assert {(p["method"], p["params"]) for p in data["peak"]} == want, where
    for (w, _m, s), r in by.items():
        assert len(r["load_average"]) == data["repeats"], f"{where}: a load per run"
        bound = by[(w, tables.BOUND, s)]["all_seconds"]
        within = [x / b for x, b in zip(r["all_seconds"], bound, strict=True)]
        assert r["ratio"] == pytest.approx(statistics.median(within), rel=1e-3)
        assert r["seconds"] == pytest.approx(statistics.median(r["all_seconds"]), 1e-3)


def test_the_summary_counts_the_runs():
    """Each summary row, recounted: the runs in which each `assign` beat every new model."""
    expected = []
    for backend, data in ALL.items():
        n, rows = data["repeats"], tables.rows(data)
        for w, size in [(w, s) for w in data["workloads"] for s in SIZES]:
            by = {k[1]: r["all_ratios"] for k, r in rows.items() if k[::2] == (w, size)}
            cells = []
            for mine in ("assign_copy", "assign"):
                new = zip(by.get(mine, []), *map(by.get, tables.NEW_MODEL))
                new = sum(x < min(y) for x, *y in new)
                cells.append(f"{new} of {n} runs" if mine in by else "not a copy")
            row = f"| {BACKENDS[backend]} | ({w}) | {size / 1e6:.0f}M | "
            expected.append(row + " | ".join(cells) + " |")
    made = ", ".join(f"{BACKENDS[b]} {d['repeats']}" for b, d in ALL.items())
    last = f"Runs in each cell: {made}."
    assert tables.summary(ALL).splitlines()[2:] == [*expected, "", last]


def test_the_prose_types_no_measured_number():
    """Ratios, seconds and MiB come only from the data files, through the hook."""
    typed = re.findall(r"\d[\d.,]*\s*(?:×|MiB|GiB| s\b|ms\b| of \d+ runs)", PAGE)
    assert not typed, f"numbers typed outside the generated blocks: {typed}"


def test_the_page_states_the_workloads_measured():
    for text in (
        f"run {cc.K} forward passes of the copy",
        f"every {cc.N} steps",
        f"on {cc.BATCH} rows",
        "at 10 million and 100 million",
    ):
        assert text in " ".join(PAGE.split()), text
    assert cc.SIZES == [10_000_000, 100_000_000], "the page names these sizes"


def claims(all_data: dict) -> dict[str, bool]:
    """Each claim the prose makes from the measurements, in its words, and whether the data
    files hold it. Most runs: more than half; the weights: 4 bytes a parameter."""
    cells = [(d, by) for d in all_data.values() for by in tables.runs(d).values()]
    tf, new, beat = all_data["tensorflow"], tables.NEW_MODEL, tables.beat
    ac, into = "assign_copy", ("assign", "assign_copy")

    def most(mine, others, only=None):  # per cell where mine is a copy: more than half
        return [beat(by, mine, others) > d["repeats"] / 2 for d, by in cells
                if mine in d["methods"] and d is (only or d)]  # fmt: skip

    peak = {(b, p["method"], p["params"]): p["peak_bytes"] / p["params"] / 4  # ÷ weights
            for b, d in all_data.items() for p in d["peak"]}  # fmt: skip
    near = lambda b, m, n: all(abs(peak[b, m, s] - peak[b, n, s]) < 0.1 for s in SIZES)
    every = [beat(by, m, new) == d["repeats"] for d, by in cells for m in into
             if m in d["methods"]]  # fmt: skip
    won = [min(by, key=lambda m, i=i: by[m][i])  # on TensorFlow, each run's fastest
           for by in tables.runs(tf).values() for i in range(tf["repeats"])]  # fmt: skip
    fast = [won.count(m) for m in into]
    less = [x < 1 for (b, m, _), x in peak.items() if m in into and b != "jax"]
    jax = [abs(peak["jax", ac, s] - 1) < 0.1 for s in SIZES]  # about: within a tenth
    sw = [peak[b, "set_weights", s] > 1 for b in ("tensorflow", "torch") for s in SIZES]
    total = [peak[b, m, s] + 1 < min(peak[b, n, s] for n in new) for b, d in all_data.items()
             for m in into if m in d["methods"] for s in SIZES]  # fmt: skip
    over = [x > 2 for (b, m, _), x in peak.items() if m in new]
    overlap = [max(map(min, r)) <= min(map(max, r)) for d, by in cells  # the two assigns
               if (r := [by[m] for m in into if m in by]) and len(r) == 2]  # fmt: skip
    slow = [min(min(r["all_ratios"]) for r in d["results"]) < 1
            for d in all_data.values()]  # fmt: skip
    torch = [peak["torch", "assign", s] < peak["torch", ac, s] for s in SIZES]
    return {
        "in most runs of every cell where it is a copy": all(most("assign", new)),
        "in most runs of every cell but one": most(ac, new).count(False) == 1,
        "but not in every run": not all(every),
        "in some run of every backend, a method took less time than the bound": all(slow),
        "on TensorFlow and PyTorch either `assign` needed less memory than the model's "
        "weights": all(less),
        "on PyTorch plain `d.assign(s)` needed less memory": all(torch),
        "was about the weights' size, within a tenth of it": all(jax),
        "their time ranges overlap in every cell": all(overlap),
        "on TensorFlow the data do not tell the two apart": max(fast) <= sum(fast) / 2
        and near("tensorflow", "assign", ac),  # runs won; a tenth of the weights
        "on TensorFlow and PyTorch it needed more memory than the weights at both "
        "sizes": all(sw),
        "on JAX about as much as": near("jax", "set_weights", ac),
        "the sum was still less than the Peak of every method that makes a new "
        "model": all(total),
        "more than twice the memory of the model's weights on every backend at both "
        "sizes": all(over),
        "was slower than `d.assign(s)` alone in most runs": all(
            most("assign", ["assign_slice"], tf)),
    }  # fmt: skip


def test_the_prose_claims_hold_in_the_data():
    assert [f"{s / 1e6:.0f}M" for s in SIZES] == ["10M", "100M"], "the claims name them"
    for claim, holds in claims(ALL).items():
        assert claim in " ".join(PAGE.split()), f"the page no longer says: {claim}"
        assert holds, f"the data files do not hold: {claim}"


@pytest.mark.parametrize(
    ("claim", "backends", "methods", "value"),  # ratios: a list, peak bytes: a number
    [  # in a copy of the data files, these methods' runs or peaks set to the value
        ("in most runs of every cell where", "torch", "clone_model", [0] * 3),
        ("in most runs of every cell but", "tensorflow jax", "deepcopy", [0] * 5),
        ("but not in every run", "tensorflow jax torch", "assign assign_copy", [0] * 5),
        ("in some run of every", "jax", " ".join(cc.methods_for("jax")), [2] * 3),
        ("on TensorFlow and PyTorch either", "torch", "assign_copy", 1e10),
        ("on PyTorch plain", "torch", "assign", 1e10),
        ("was about the weights'", "jax", "assign_copy", 0),
        ("their time ranges overlap", "torch", "assign", [9] * 3),
        ("on TensorFlow the data do not", "tensorflow", "assign", [0] * 5),
        ("on TensorFlow and PyTorch it", "torch", "set_weights", 0),
        ("on JAX about as much", "jax", "set_weights", 1e10),
        ("the sum was still less", "jax", "clone_model", 0),
        ("more than twice the memory", "jax", "clone_model", 0),
        ("was slower than `d.assign(s)`", "tensorflow", "assign_slice", [0] * 5),
    ],
)
def test_each_claim_fails_when_the_data_say_otherwise(claim, backends, methods, value):
    data = copy.deepcopy(ALL)
    field = "all_ratios" if isinstance(value, list) else "peak_bytes"
    for b in backends.split():
        for r in data[b]["peak"] + data[b]["results"]:
            if r["method"] in methods.split() and field in r:
                r[field] = value
    key = next(k for k in claims(ALL) if k.startswith(claim))
    assert claims(ALL)[key] and not claims(data)[key], key


def test_a_tiny_run_makes_every_row():
    """The script still runs: every workload and method at 20,000 parameters, one run."""
    rows = cc.measure([20_000], repeats=1, log=lambda line: None)
    got = {(r["workload"], r["method"]) for r in rows}
    assert got == {(w, m) for w in cc.WORKLOADS for m in cc.methods_for("tensorflow")}
    assert all(r["ratio"] == 1.0 for r in rows if r["method"] == tables.BOUND)
