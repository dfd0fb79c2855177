"""The Performance page's claims about the cost of a copy: orders and ratios, never times.

Checked on the committed results (docs/data/copy_cost.json, what the page shows), and the
orders that hold at any size also on a fresh run of scripts/copy_cost.py at a small size, on
this machine, now. The page's table and plots must be made from the committed results.
"""

from __future__ import annotations

import json

import pytest

from scripts import copy_cost as cc

TOP = 100_000_000  # the size the page's recommendation is about
SMALL = 2_000_000  # the fresh run: 8 MB of weights


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(cc.DATA.read_text("utf-8"))


def _at(rows: list[dict], size: int) -> dict[str, dict]:
    """method -> its row at the measured size nearest to `size`."""
    nearest = min({r["params"] for r in rows}, key=lambda p: abs(p - size))
    return {r["method"]: r for r in rows if r["params"] == nearest}


def _seconds(rows: dict[str, dict], method: str) -> float:
    return rows[method]["seconds"]


# (claim on the page, test on one size's rows); the orders hold at any size, the ratios at TOP.
ORDERS = [
    (
        "the .weights.h5 round trip is faster than the .keras one",
        lambda r: _seconds(r, "weights_h5") < _seconds(r, "keras_file"),
    ),
    (
        "clone_model + set_weights costs more than set_weights alone",
        lambda r: _seconds(r, "clone_model") > _seconds(r, "set_weights"),
    ),
    (
        "copy.deepcopy costs more than clone_model + set_weights",
        lambda r: _seconds(r, "deepcopy") > _seconds(r, "clone_model"),
    ),
    (
        "assign + first write costs less than copy.deepcopy and the .keras round trip",
        lambda r: (
            _seconds(r, "assign")
            < min(_seconds(r, "deepcopy"), _seconds(r, "keras_file"))
        ),
    ),
]
AT_TOP = [
    (
        "assign + first write is the cheapest Keras method",
        lambda r: (
            _seconds(r, "assign")
            <= min(_seconds(r, m) for m in r if not m.startswith(("memcpy", "assign")))
        ),
    ),
    (
        "assign + first write is the only Keras method within 2x of memcpy",
        lambda r: (
            [
                m
                for m in r
                if not m.startswith("memcpy")
                and m != "assign_call"
                and _seconds(r, m) <= 2 * _seconds(r, "memcpy")
            ]
            in (["assign"], ["assign", "assign_again"])
        ),
    ),
    (
        "a copy into new memory costs more than memcpy",
        lambda r: _seconds(r, "memcpy_new") > _seconds(r, "memcpy"),
    ),
    (
        "the assign call returns before the copy: under half of assign + first write",
        lambda r: _seconds(r, "assign_call") < 0.5 * _seconds(r, "assign"),
    ),
    (
        "copy.deepcopy and the .keras round trip are the two slowest methods",
        lambda r: (
            sorted(r, key=lambda m: _seconds(r, m))[-2:]
            in (
                ["deepcopy", "keras_file"],
                ["keras_file", "deepcopy"],
            )
        ),
    ),
    (
        "copy.deepcopy and the .keras round trip hold the most memory, deepcopy 3x the model's",
        lambda r: (
            sorted(r, key=lambda m: r[m]["peak_bytes"])[-2:]
            in (["deepcopy", "keras_file"], ["keras_file", "deepcopy"])
            and r["deepcopy"]["peak_bytes"] >= 3 * r["deepcopy"]["bytes"]
        ),
    ),
    (
        "assign into an existing model needs no more memory than the copy itself",
        lambda r: r["assign"]["peak_bytes"] <= 1.1 * r["assign"]["bytes"],
    ),
]


def test_results_cover_every_method_and_size(data):
    sizes = sorted({r["params"] for r in data["results"]})
    assert len(sizes) == len(cc.SIZES), sizes
    for want, got in zip(cc.SIZES, sizes, strict=True):
        assert abs(got - want) / want < 0.01, (want, got)
    for size in sizes:
        assert set(_at(data["results"], size)) == set(cc.METHODS), size
    keys = [(r["method"], r["params"]) for r in data["results"]]
    assert len(keys) == len(set(keys)), "a method measured twice at one size"
    assert data["versions"]["keras"] and data["machine"]["cpu"] and data["date"]


@pytest.mark.parametrize("claim", ORDERS + AT_TOP, ids=lambda c: c[0])
def test_committed_results_support_the_page(data, claim):
    text, holds = claim
    sizes = sorted({r["params"] for r in data["results"]})
    checked = sizes if claim in ORDERS else [sizes[-1]]
    failing = [s for s in checked if not holds(_at(data["results"], s))]
    assert not failing, f"{text}: not at {failing} parameters in {cc.DATA.name}"


def test_the_table_is_made_from_the_results(data):
    page = cc.PAGE.read_text("utf-8")
    assert cc.page_with_table(page, data) == page, (
        f"{cc.PAGE.name}'s table is not made from {cc.DATA.name}: "
        "python scripts/copy_cost.py --render"
    )


def test_the_plots_are_made_from_the_results():
    stale = cc.plots_fresh(cc.data_digest())
    assert not stale, f"{stale}: python scripts/copy_cost.py --render"


def test_the_page_shows_both_plots():
    page = cc.PAGE.read_text("utf-8")
    for scheme, path in cc.PLOTS.items():
        assert f"assets/images/{path.name}#only-{scheme}" in page, path.name


def test_a_fresh_small_run_keeps_the_order():
    """The orders at SMALL parameters, best of three, on this machine now."""
    rows = cc.measure([SMALL], repeats=3, log=lambda line: None)
    at = {r["method"]: r for r in rows}
    failing = [text for text, holds in ORDERS if not holds(at)]
    times = ", ".join(
        f"{m} {r['seconds'] / at['memcpy']['seconds']:.0f}x" for m, r in at.items()
    )
    assert not failing, f"{failing} at {SMALL:,} parameters (× memcpy: {times})"


@pytest.mark.parametrize("backend", cc.BACKEND_DATA)
def test_each_backend_table_is_made_from_its_results(backend):
    path = cc.BACKEND_DATA[backend]
    data = json.loads(path.read_text("utf-8"))
    assert data["versions"]["backend"] == backend, path.name
    page = cc.PAGE.read_text("utf-8")
    assert cc.page_with_table(page, data, path) == page, (
        f"{cc.PAGE.name}'s {backend} table is not made from {path.name}: "
        "python scripts/copy_cost.py --render"
    )


@pytest.mark.parametrize("backend", cc.BACKEND_DATA)
def test_the_backend_results_support_the_page(backend):
    """What the page says of JAX and PyTorch at 10M: assign takes no new memory and is
    within memcpy's time; set_weights is the cheapest complete copy, deepcopy and the .keras
    round trip the two dearest."""
    data = json.loads(cc.BACKEND_DATA[backend].read_text("utf-8"))
    top = max(r["params"] for r in data["results"])
    at = _at(data["results"], top)
    ratio = {m: r["seconds"] / at["memcpy"]["seconds"] for m, r in at.items()}
    assert at["assign_call"]["peak_bytes"] < 0.01 * at["assign_call"]["bytes"]
    assert ratio["assign"] < 1.0, ratio
    complete = ["set_weights", "clone_model", "deepcopy", "keras_file", "weights_h5"]
    assert min(complete, key=ratio.get) == "set_weights", ratio
    assert set(sorted(complete, key=ratio.get)[-2:]) == {"deepcopy", "keras_file"}, (
        ratio
    )


def test_the_prose_numbers_are_the_results(data):
    """The numbers the page's sentences quote, computed from the committed results: a new
    measurement that changes one fails here until the sentence follows it."""
    page = cc.PAGE.read_text("utf-8")
    top = _at(data["results"], max(cc.SIZES))
    memcpy = top["memcpy"]["seconds"]
    model_mib = top["deepcopy"]["bytes"] / 2**20
    quoted = {
        "assign + first write × memcpy": f"{top['assign']['seconds'] / memcpy:.2f}×",
        "assign again × memcpy": f"{top['assign_again']['seconds'] / memcpy:.2f}×",
        "set_weights × memcpy": f"{top['set_weights']['seconds'] / memcpy:.2f}×",
        "assign + first write seconds": f"{top['assign']['seconds']:.3f} s",
        "assign call seconds": f"{top['assign_call']['seconds']:.4f} s",
        "deepcopy × the model's memory": f"{top['deepcopy']['peak_bytes'] / 2**20 / model_mib:.2f}×",
        ".keras × the model's memory": f"{top['keras_file']['peak_bytes'] / 2**20 / model_mib:.2f}×",
    }
    missing = {what: text for what, text in quoted.items() if text not in page}
    assert not missing, f"{cc.PAGE.name} does not quote the results: {missing}"
