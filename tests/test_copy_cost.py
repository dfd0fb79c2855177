"""The Performance page: its recommendations are the measured minima, its numbers come from
the data files, and the data files hold what the page says was measured.

The results are committed (docs/data/copy_cost*.json, made by scripts/copy_cost.py) and the
page's tables are made from them at build time (overrides/hooks/copy_cost_tables.py); these
tests read them, the hook's tables and the page, and run the benchmark once at a tiny size
to keep the script working. They never compare times measured now: the machine's load
would decide them.
"""

from __future__ import annotations

import re
import statistics

import copy_cost_tables as tables  # overrides/hooks/copy_cost_tables.py
import pytest

from scripts import copy_cost as cc
from scripts.project import BACKENDS as NAMES
from scripts.project import ROOT

ALL = tables.load()
BACKENDS = list(ALL)


def _page() -> str:
    return (ROOT / "docs" / "performance.md").read_text("utf-8")


def test_every_backend_was_measured():
    assert set(ALL) == {"tensorflow", "jax", "torch"}


@pytest.mark.parametrize("backend", BACKENDS)
def test_results_cover_every_method_workload_and_size(backend):
    data = ALL[backend]
    assert data["versions"]["backend"] == backend
    sizes = tables.sizes(data)
    # A size not measured is named on the page (the summary's last line, generated).
    assert cc.params(cc.SIZES[0]) in sizes and set(sizes) <= {
        cc.params(s) for s in cc.SIZES
    }
    keys = [(r["workload"], r["method"], r["params"]) for r in data["results"]]
    assert len(keys) == len(set(keys)), "a method measured twice"
    want = {
        (w, m, s) for w in cc.WORKLOADS for m in cc.methods_for(backend) for s in sizes
    }
    assert set(keys) == want
    peaks = {(p["method"], p["params"]) for p in data["peak"]}
    assert peaks == {(m, s) for m in cc.methods_for(backend) for s in sizes}
    assert data["repeats"] >= 3 and data["workloads"] == cc.WORKLOADS
    for r in data["results"]:
        assert len(r["load_average"]) == data["repeats"], "a load average per run"


@pytest.mark.parametrize("backend", BACKENDS)
def test_ratios_are_taken_within_each_run(backend):
    """A row's ratio is the median over runs of its seconds over the bound's seconds in
    the same run, not a ratio of medians."""
    data = ALL[backend]
    by = {(r["workload"], r["method"], r["params"]): r for r in data["results"]}
    for (w, _m, s), r in by.items():
        bound = by[(w, tables.BOUND, s)]["all_seconds"]
        within = [x / b for x, b in zip(r["all_seconds"], bound, strict=True)]
        assert r["ratio"] == pytest.approx(statistics.median(within), rel=1e-3)
        assert r["seconds"] == pytest.approx(
            statistics.median(r["all_seconds"]), rel=1e-3
        )


def _summary_rows() -> dict[tuple[str, str, str], tuple[str, str]]:
    """(backend, workload, size) -> (method label, × bound) from the page's summary."""
    rows = {}
    for line in tables.summary(ALL).splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 6 and cells[1].startswith("("):
            rows[(cells[0], cells[1].strip("()"), cells[2])] = (cells[3], cells[4])
    return rows


def test_the_recommendation_is_the_measured_minimum():
    """For each backend, workload and size, the method the page recommends is the safe
    copy method with the lowest median ratio to the bound in the data file, and its ratio
    is the one measured (computed here from the rows, not by the script's own choice)."""
    shown = _summary_rows()
    expected = {}
    for backend, data in ALL.items():
        for w in cc.WORKLOADS:
            for size in tables.sizes(data):
                rows = [
                    r
                    for r in data["results"]
                    if r["workload"] == w
                    and r["params"] == size
                    and r["method"] != tables.BOUND
                    and backend not in cc.METHODS[r["method"]][1]
                ]
                best = min(rows, key=lambda r: r["ratio"])
                ratio = best["ratio"]
                expected[(NAMES[backend], w, f"{size / 1e6:.0f}M")] = (
                    tables.LABELS[best["method"]],
                    f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.0f}×",
                )
    assert shown == expected


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


def test_the_page_shows_the_summary_and_each_backends_table():
    page = _page()
    assert "<!-- copy-cost-summary from docs/data -->" in page
    for name in tables.FILES.values():
        assert f"<!-- copy-cost-table from docs/data/{name} -->" in page, name


def test_the_prose_types_no_measured_number():
    """Ratios, seconds and MiB come only from the data files, through the hook."""
    prose = _page().replace(f"{tables.GOAL}×", "")  # the goal, a constant of the script
    typed = re.findall(r"\d[\d.,]*\s*(?:×|MiB|GiB| s\b|ms\b)", prose)
    assert not typed, f"numbers typed outside the generated blocks: {typed}"


def test_the_plots_are_made_from_the_results():
    stale = cc.plots_stale(cc.data_digest())
    assert not stale, f"{stale}: python scripts/copy_cost.py --render"


def test_the_page_shows_both_plots():
    page = _page()
    for scheme, path in cc.PLOTS.items():
        assert f"assets/images/{path.name}#only-{scheme}" in page, path.name


def test_the_page_states_the_workloads_measured():
    page = _page()
    for data in ALL.values():
        assert data["workloads"] == cc.WORKLOADS and data["batch"] == cc.BATCH
        assert data["repeats"] >= 3, "a median of at least three runs"
    for text in (
        f"run {cc.K} forward passes of the copy",
        f"every {cc.N} steps",
        f"on {cc.BATCH} rows",
        "at 10 million and 100 million",
    ):
        assert text in " ".join(page.split()), text
    assert cc.SIZES == [10_000_000, 100_000_000], "the page names these sizes"


IN_PLACE = ("assign", "assign_copy", "set_weights", "weights_h5")
NEW_MODEL = ("clone_model", "deepcopy", "keras_file")


def test_the_cheapest_method_copies_into_an_existing_model():
    """The short answer: on every backend, in both workloads, at both sizes, the cheapest
    method copied into an existing model, and each method that makes a new model cost more
    than it."""
    for backend, data in ALL.items():
        by = {(r["workload"], r["method"], r["params"]): r for r in data["results"]}
        for w in cc.WORKLOADS:
            for size in tables.sizes(data):
                best = tables.recommend(data, w, size)
                assert best["method"] in IN_PLACE, (backend, w, size, best["method"])
                for slow in NEW_MODEL:
                    assert by[(w, slow, size)]["ratio"] > best["ratio"], (
                        backend,
                        w,
                        slow,
                    )


def test_the_tensorflow_data_support_the_prose():
    """The slice write (the old advice) makes each workload dearer than assign alone, at
    every size."""
    data = ALL["tensorflow"]
    by = {(r["workload"], r["method"], r["params"]): r for r in data["results"]}
    for size in tables.sizes(data):
        for w in cc.WORKLOADS:
            assert (
                by[(w, "assign_slice", size)]["ratio"]
                > by[(w, "assign", size)]["ratio"]
            )


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
