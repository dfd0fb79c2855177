"""The Performance page: its recommendations are the measured minima, its numbers come from
the committed data files (tables by the hook copy_cost_tables), which hold what the page says
was measured. The benchmark runs once at a tiny size; no time measured now is compared (the
machine's load would decide it).
"""

from __future__ import annotations

import re
import statistics

import copy_cost_tables as tables  # overrides/hooks/copy_cost_tables.py
import pytest

from scripts import copy_cost as cc
from scripts.project import BACKENDS, DERIVED_RE, ROOT, rel

ALL = tables.load()
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


def test_the_summary_names_the_measured_minimum():
    """Each row of the page's summary names the method with the lowest median ratio to
    the bound in the data file and that ratio, for every backend, workload and size."""
    shown = [
        line.split(" | ")[:5]
        for line in tables.summary(ALL).splitlines()
        if re.match(r"\| \w+ \| \(", line)
    ]
    expected = []
    for backend, data in ALL.items():
        for w in data["workloads"]:
            for size in tables.sizes(data):
                ratio, method = min(
                    (r["ratio"], m)
                    for (w2, m, s), r in tables.rows(data).items()
                    if (w2, s) == (w, size) and m != tables.BOUND
                )
                name, label = f"| {BACKENDS[backend]}", tables.LABELS[method]
                size_ = f"{size / 1e6:.0f}M"
                expected.append([name, f"({w})", size_, label, tables._x(ratio)])
    assert shown == expected


def test_no_ratio_under_one_is_shown():
    """The bound is a lower bound: a median under one is load, and shows as AT_BOUND."""
    tabs = [tables.table(d, tables.sizes(*ALL.values())) for d in ALL.values()]
    shown = tables.summary(ALL) + "".join(tabs)
    assert tables.AT_BOUND in shown, "no median under one left: drop AT_BOUND"
    assert min(float(x) for x in re.findall(r"(\d+\.\d+)×", shown)) >= 1


def test_each_miss_of_the_goal_is_within_the_runs_disagreement():
    """The page's why for a workload with no method within GOAL of the bound: the runs of
    its cheapest method disagree by more than GOAL."""
    for backend, data in ALL.items():
        for w in cc.WORKLOADS:
            for size in tables.sizes(data):
                best = tables.recommend(data, w, size)
                if best["ratio"] > tables.GOAL:
                    runs = best["all_ratios"]
                    assert max(runs) / min(runs) > tables.GOAL, (backend, w, size, runs)


def test_the_prose_types_no_measured_number():
    """Ratios, seconds and MiB come only from the data files, through the hook."""
    # the goal, a constant of the script, and the sign for a median under one
    prose = PAGE.replace(f"{tables.GOAL}×", "").replace(tables.AT_BOUND, "")
    typed = re.findall(r"\d[\d.,]*\s*(?:×|MiB|GiB| s\b|ms\b)", prose)
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


def test_the_cheapest_method_copies_into_an_existing_model():
    """The short answer: on every backend, in both workloads, at both sizes, the cheapest
    method copied into an existing model, and each method that makes a new model cost more
    than it."""
    for backend, data in ALL.items():
        by = tables.rows(data)
        for w in cc.WORKLOADS:
            for size in tables.sizes(data):
                best = tables.recommend(data, w, size)
                where = (backend, w, size, best["method"])
                assert best["method"] in cc.INTO_DST, where
                for slow in ("clone_model", "deepcopy", "keras_file"):
                    assert by[(w, slow, size)]["ratio"] > best["ratio"], (*where, slow)
    # "set_weights lost to a .weights.h5 round trip in some rows"
    h5_wins = [
        k
        for d in ALL.values()
        for k, r in tables.rows(d).items()
        if k[1] == "weights_h5"
        and r["ratio"] < tables.rows(d)[(k[0], "set_weights", k[2])]["ratio"]
    ]
    assert h5_wins, "no row where .weights.h5 beats set_weights: fix the short answer"


def test_the_tensorflow_data_support_the_prose():
    """The slice write (the old advice) makes each workload dearer than assign alone, at
    every size."""
    by = tables.rows(ALL["tensorflow"])
    for w, _m, size in by:
        assert by[(w, "assign_slice", size)]["ratio"] > by[(w, "assign", size)]["ratio"]


def test_new_model_methods_need_more_memory_than_the_model():
    """The pitfall: copy.deepcopy and the .keras round trip need more memory than the
    model's weights, on every backend at every size, in a fresh process."""
    for backend, data in ALL.items():
        peak = {(p["method"], p["params"]): p["peak_bytes"] for p in data["peak"]}
        for size in tables.sizes(data):
            for slow in ("deepcopy", "keras_file"):
                assert peak[(slow, size)] > size * 4, (backend, size, slow)


def test_a_tiny_run_makes_every_row():
    """The script still runs: every workload and method at 20,000 parameters, one run."""
    rows = cc.measure([20_000], repeats=1, log=lambda line: None)
    got = {(r["workload"], r["method"]) for r in rows}
    assert got == {(w, m) for w in cc.WORKLOADS for m in cc.methods_for("tensorflow")}
    assert all(r["ratio"] == 1.0 for r in rows if r["method"] == tables.BOUND)
