"""The Performance page: its recommendations are the measured minima, its numbers come from
the data files, and the data files hold what the page says was measured.

The results are committed (docs/data/copy_cost*.json, made by scripts/copy_cost.py); these
tests read them and the page, and run the benchmark once at a tiny size to keep the script
working. They never compare times measured now: the machine's load would decide them.
"""

from __future__ import annotations

import re
import statistics

import pytest

from scripts import copy_cost as cc

ALL = cc.all_data()
BACKENDS = list(ALL)


def _page() -> str:
    return cc.PAGE.read_text("utf-8")


def _outside_blocks(page: str) -> str:
    """The page without its generated blocks: the prose, which may not type a number."""
    return re.sub(
        r"<!-- copy_cost (.+?): made by.*?<!-- end of copy_cost \1 -->",
        "",
        page,
        flags=re.DOTALL,
    )


def test_every_backend_was_measured():
    assert set(ALL) == {"tensorflow", "jax", "torch"}


@pytest.mark.parametrize("backend", BACKENDS)
def test_results_cover_every_method_workload_and_size(backend):
    data = ALL[backend]
    assert data["versions"]["backend"] == backend
    sizes = cc.sizes_of(data)
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
        bound = by[(w, cc.BOUND, s)]["all_seconds"]
        within = [x / b for x, b in zip(r["all_seconds"], bound, strict=True)]
        assert r["ratio"] == pytest.approx(statistics.median(within), rel=1e-3)
        assert r["seconds"] == pytest.approx(
            statistics.median(r["all_seconds"]), rel=1e-3
        )


def _summary_rows(page: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(backend, workload, size) -> (method label, × bound) from the page's summary."""
    block = re.search(
        r"<!-- copy_cost summary: .*?<!-- end of copy_cost summary -->", page, re.DOTALL
    )
    assert block, "the page has no summary block"
    rows = {}
    for line in block[0].splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 6 and cells[1].startswith("("):
            rows[(cells[0], cells[1].strip("()"), cells[2])] = (cells[3], cells[4])
    return rows


def test_the_recommendation_is_the_measured_minimum():
    """For each backend, workload and size, the method the page recommends is the safe
    copy method with the lowest median ratio to the bound in the data file, and its ratio
    is the one measured (computed here from the rows, not by the script's own choice)."""
    shown = _summary_rows(_page())
    expected = {}
    for backend, data in ALL.items():
        for w in cc.WORKLOADS:
            for size in cc.sizes_of(data):
                rows = [
                    r
                    for r in data["results"]
                    if r["workload"] == w
                    and r["params"] == size
                    and r["method"] != cc.BOUND
                    and backend not in cc.METHODS[r["method"]][2]
                ]
                best = min(rows, key=lambda r: r["ratio"])
                ratio = best["ratio"]
                expected[(cc.BACKEND_NAMES[backend], w, f"{size / 1e6:.0f}M")] = (
                    cc.METHODS[best["method"]][0],
                    f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.0f}×",
                )
    assert shown == expected


def test_each_miss_of_the_goal_is_within_the_runs_disagreement():
    """The page's why for a workload with no method within GOAL of the bound: the runs of
    its cheapest method disagree by more than GOAL."""
    for backend, data in ALL.items():
        for w in cc.WORKLOADS:
            for size in cc.sizes_of(data):
                best = cc.recommend(data, w, size)
                if best["ratio"] > cc.GOAL:
                    runs = best["all_ratios"]
                    assert max(runs) / min(runs) > cc.GOAL, (backend, w, size, runs)


def test_the_page_is_made_from_the_results():
    page = _page()
    assert cc.page_with_blocks(page, ALL) == page, (
        f"{cc.PAGE.name} is not made from the data files: python scripts/copy_cost.py --render"
    )


def test_the_prose_types_no_measured_number():
    """Ratios, seconds and MiB appear only in the generated blocks."""
    prose = _outside_blocks(_page())
    prose = prose.replace(f"{cc.GOAL}×", "")  # the goal, a constant of the script
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
            for size in cc.sizes_of(data):
                best = cc.recommend(data, w, size)
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
    for size in cc.sizes_of(data):
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
        for size in cc.sizes_of(data):
            for slow in ("deepcopy", "keras_file"):
                assert peak[(slow, size)] > size * 4, (backend, size, slow)


def test_a_tiny_run_makes_every_row():
    """The script still runs: every workload and method at 20,000 parameters, one run."""
    rows = cc.measure([20_000], repeats=1, log=lambda line: None)
    got = {(r["workload"], r["method"]) for r in rows}
    assert got == {(w, m) for w in cc.WORKLOADS for m in cc.methods_for("tensorflow")}
    assert all(r["ratio"] == 1.0 for r in rows if r["method"] == cc.BOUND)
