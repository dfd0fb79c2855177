"""The Performance page: its claims hold run by run in the data files, its numbers come from
them (tables by the hook copy_cost_tables), which hold what the page says was measured. The
benchmark runs once at a tiny size; no time measured now is compared (load would decide it).
"""

from __future__ import annotations

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
    files = {rel(cc.default_out(b)) for b in BACKENDS}
    assert markers == {("copy-cost-summary", tables.DATA)} | {
        ("copy-cost-table", f) for f in files
    }


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_data_file_is_what_the_script_writes(backend):
    """Every workload, method and size once (and a peak for each), each ratio the median
    over runs of the method's seconds over the bound's in the same run."""
    data, where = ALL[backend], rel(cc.default_out(backend))
    assert data["versions"]["backend"] == backend, where
    assert data["workloads"] == cc.WORKLOADS and data["batch"] == cc.BATCH, where
    assert data["repeats"] >= 3, f"{where}: a median of at least three runs"
    sizes = tables.sizes(data)
    # A size not measured is named on the page (the summary's last line, generated).
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
    """Each row of the summary, recounted from the data files: per run, the fastest
    method, and whether the short answer's copy beat every new model, and set_weights."""
    expected = []
    for backend, data in ALL.items():
        mine, n, rows = tables.answer(data), data["repeats"], tables.rows(data)
        for w, size in [(w, s) for w in data["workloads"] for s in SIZES]:
            by = {k[1]: r["all_ratios"] for k, r in rows.items() if k[::2] == (w, size)}
            del by[tables.BOUND]
            run = [min(by, key=lambda m, i=i: by[m][i]) for i in range(n)]
            won = sorted(set(run), key=lambda m: (-run.count(m), run.index(m)))
            won = "; ".join(f"{tables.LABELS[m]}: {run.count(m)}" for m in won)
            new = zip(by[mine], *map(by.get, tables.NEW_MODEL))
            new = sum(x < min(y) for x, *y in new)
            sw = sum(x < y for x, y in zip(by[mine], by["set_weights"]))
            row = f"| {BACKENDS[backend]} | ({w}) | {size / 1e6:.0f}M | {won} "
            expected.append(f"{row}| {new} of {n} runs | {sw} of {n} runs |")
    assert tables.summary(ALL).splitlines()[2:-2] == expected


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
    cells = [(d, w, s) for d in all_data.values() for w in cc.WORKLOADS for s in SIZES]
    tf, new, beat = all_data["tensorflow"], tables.NEW_MODEL, tables.beat

    def most(others, top=0, mine=None, share=0.5):  # in each cell, more than share
        return all(
            beat(d, w, s, mine or tables.answer(d), others) > d["repeats"] * share
            for d, w, s in cells
            if s >= top and d is (tf if mine else d)
        )

    peak = [(b, p) for b, d in all_data.items() for p in d["peak"]]
    peak = [
        (b, p["method"], p["peak_bytes"] / p["params"] / 4) for b, p in peak
    ]  # ÷ weights
    tf_torch = all(x < 1 for b, m, x in peak if m == "assign" and b != "jax")
    on_jax = all(x > 1 for b, m, x in peak if b == "jax" and m != tables.BOUND)
    over = all(x > 1 for b, m, x in peak if m in (*new, "set_weights"))
    fastest = any(len(tables.fastest(*c)) > 1 for c in cells)
    sw, sl = most(["set_weights"], SIZES[-1]), most(["assign_slice"], 0, "assign")
    return {
        "faster than every method that makes a new model": most(new),
        "but not in every run": not most(new, share=0.99),
        "the fastest changed from run to run": fastest,
        "On TensorFlow and PyTorch it needed less memory than the model's weights": tf_torch,
        "On JAX it needed more, as every method did there": on_jax,
        "needed more memory than the model's weights on every backend at both sizes": over,
        "at 100M it was slower than the short answer's copy in most runs": sw,
        "was slower than `d.assign(s)` alone in most runs": sl,
    }


def test_the_prose_claims_hold_in_the_data():
    assert [f"{s / 1e6:.0f}M" for s in SIZES] == ["10M", "100M"], "the claims name them"
    for claim, holds in claims(ALL).items():
        assert claim in " ".join(PAGE.split()), f"the page no longer says: {claim}"
        assert holds, f"the data files do not hold: {claim}"


@pytest.mark.parametrize(
    ("claim", "backends", "methods", "value"),  # ratios: a list, peak bytes: a number
    [  # in a copy of the data files, these methods' runs or peaks set to the value
        ("faster than every method", "jax", "clone_model", [0] * 3),
        ("but not in every run", "tensorflow jax torch", "assign assign_copy", [0] * 5),
        ("the fastest changed", "tensorflow jax torch", "deepcopy", [0] * 5),
        ("On TensorFlow and PyTorch", "torch", "assign", 1e10),
        ("On JAX it needed more", "jax", "assign_copy", 0),
        ("needed more memory than", "torch", "set_weights", 0),
        ("at 100M it was slower", "jax", "set_weights", [0] * 3),
        ("was slower than `d.assign(s)`", "tensorflow", "assign_slice", [0] * 5),
    ],
)
def test_each_claim_fails_when_the_data_say_otherwise(claim, backends, methods, value):
    data = copy.deepcopy(ALL)
    field = "all_ratios" if isinstance(value, list) else "peak_bytes"
    for r in [
        r for b in backends.split() for r in data[b]["peak"] + data[b]["results"]
    ]:
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
