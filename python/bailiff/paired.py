"""The paired difference of two reforms simulated over the same fines and behaviour draws:
each draw's figure under one minus under the other, so that what the draws share (the
behaviour uncertainty) cancels out of the interval."""

from __future__ import annotations

import pandas as pd

from bailiff import _checks
from bailiff.simulation import Result, tiyn

#: The headline figures differenced: key in per_replication, figure, unit.
FIGURES = (("fee_avoided_official_tenge", "fee_avoided_official", "tenge"),
           ("fee_avoided_counterfactual_tenge", "fee_avoided_counterfactual", "tenge"),
           ("collected_tenge", "collected", "tenge"),
           ("paid", "paid_share", "share"))


def _nearest_rank(values):
    """The 5th and 95th percentile by nearest rank (the reports' rule, comparison_report.cpp)."""
    ordered = sorted(values)
    n = len(ordered)
    return ordered[max(1, (5 * n + 99) // 100) - 1], ordered[(95 * n + 99) // 100 - 1]


def _refuse_unpaired(a, b):
    """InputError naming what differs between the two runs, if anything."""
    ra, rb = a.report, b.report
    checks = (("seed", ra["seed"] == rb["seed"]),
              ("population", ra["population"] == rb["population"]),
              ("replications", ra["replications"] == rb["replications"]),
              ("draws", [(p["behaviour_draw"], p["seed"]) for p in ra["per_replication"]]
               == [(p["behaviour_draw"], p["seed"]) for p in rb["per_replication"]]
               and ra["behaviour"] == rb["behaviour"] and ra["method"] == rb["method"]))
    for name, same in checks:
        if not same:
            _checks.fail(name, f"two results over the same {name} (simulate both with one "
                         "scenario's seed, population, replications and behaviour)",
                         "results that differ in it")


def paired_difference(a: Result, b: Result) -> pd.DataFrame:
    """Figure by figure, `a` minus `b` over their common draws: two simulate results of two
    reforms with the same seed, population, replications and behaviour draws (InputError
    naming what differs otherwise). Both savings measures, collected and the paid share.

    Returns a DataFrame with one row per figure: figure, unit, mean, p05, p95 (the 5-95%
    interval of the per-draw differences, by the reports' nearest rank; money in tenge);
    `.attrs["draws"]` holds the per-draw differences (replication, behaviour_draw, seed and
    one column per figure)."""
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, Result):
            _checks.fail(name, "a bailiff.Result (of bailiff.simulate)", _checks._shown(value))
    _refuse_unpaired(a, b)
    pairs = list(zip(a.report["per_replication"], b.report["per_replication"]))
    draws = pd.DataFrame({"replication": [p["replication"] for p, _ in pairs],
                          "behaviour_draw": [p["behaviour_draw"] for p, _ in pairs],
                          "seed": [p["seed"] for p, _ in pairs]})
    rows = []
    for key, figure, unit in FIGURES:
        if unit == "tenge":
            diffs = [(tiyn(p[key]) - tiyn(q[key])) / 100 for p, q in pairs]
        else:  # the paid share: cases paid over the draw's own count of fines (the same in a, b)
            diffs = [(p[key] - q[key]) / p["cases"] for p, q in pairs]
        low, high = _nearest_rank(diffs)
        draws[figure] = diffs
        rows.append({"figure": figure, "unit": unit, "mean": sum(diffs) / len(diffs),
                     "p05": low, "p95": high})
    frame = pd.DataFrame(rows)
    frame.attrs["draws"] = draws
    return frame
