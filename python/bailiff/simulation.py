"""simulate and its result: the CLI's reports laid out as DataFrames."""

from __future__ import annotations

import io
import json
import os
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any, Optional

import numpy as np
import pandas as pd

from bailiff import _checks, _core
from bailiff._types import PathLike, Progress
from bailiff.progress import reporter

if TYPE_CHECKING:
    from bailiff.plot import Plots
    from bailiff.scenario import Scenario


def simulate(scenario: Scenario, method: str = "auto", threads: Optional[int] = None,
             progress: Progress = None, output: Optional[PathLike] = None,
             per_case: Optional[int] = None) -> Result:
    """Run `scenario` as `bailiff simulate` does: the policy and the baseline on the same
    fines and draws. method="auto" (the default, as on the command line) computes every
    figure's exact expectation for each draw of the behaviour's posterior ensemble (all of
    them unless `scenario.replications` says otherwise), and simulates case by case (Monte
    Carlo, 10 replications by default) a population of fewer than 100,000 fines; "exact" and
    "mc" force one or the other. The figures are the mean over the draws with their 5-95%
    interval, labelled so in the report.

    threads: workers (None: one per core). progress: see bailiff.progress.reporter.
    output: also write the JSON report there, atomically, once the run has finished (an
    interrupted run, Ctrl-C included, writes nothing). The GIL is released while it runs.
    per_case: also list the outcomes of the population's first `per_case` fines (1 to
    1,000,000) under the policy and the baseline, as replication 0 simulated them
    (`Result.per_case`, the CSV of `bailiff simulate --per-case FILE --per-case-count N`);
    the run is then Monte Carlo (method "exact" is refused).
    """
    from bailiff.scenario import Scenario

    if not isinstance(scenario, Scenario):
        _checks.fail("scenario", "a bailiff.Scenario", _checks._shown(scenario))
    workers = _checks.threads(threads)
    output = _checks.path("output", output, optional=True) or None
    if progress is not None and not isinstance(progress, bool) and not callable(progress):
        _checks.fail("progress", "None, True or a callable(done, total)", _checks._shown(progress))
    if per_case is not None:
        _checks.count("per_case", per_case, 1, _checks.MAX_PER_CASE)
        if method == "exact":
            _checks.fail("per_case", "method \"mc\" or \"auto\" with per_case (per-case outcomes "
                         "are the Monte Carlo's simulated cases; the exact method has none)",
                         "method \"exact\"")
    loaded = scenario.load("mc" if per_case is not None and method == "auto" else method)
    update, close = reporter(progress, "simulating")
    try:
        run = _core.simulate(loaded, scenario.seed, scenario.replications or 0, workers, update)
    finally:
        close()
    result = Result(run, per_case_csv=None if per_case is None else run.per_case_csv(per_case))
    if output is not None:
        result.to_json(output)
    return result


def tiyn(text: str) -> int:
    """A report's tenge ("1234.56") as integer tiyn."""
    return int(Decimal(text) * 100)


def _tenge(frame):
    """Columns named *_tenge (the reports' decimal strings) as floats, for tables."""
    for column in frame.columns:
        if str(column).endswith("_tenge"):
            frame[column] = frame[column].astype(float)
    return frame


#: Keys every report of `bailiff simulate --json` has (what from_json checks).
_REPORT_KEYS = ("engine_version", "seed", "replications", "method", "policy", "baseline",
                "behaviour", "population", "cases", "policy_run", "baseline_run", "per_replication")

#: The largest report from_json reads (the CLI's bound on other inputs: 1 GiB).
_MAX_REPORT_BYTES = 1 << 30


def _report_text(text_or_path):
    """The report's text: `text_or_path` itself when it is JSON text, else the file's."""
    if isinstance(text_or_path, str) and text_or_path.lstrip().startswith("{"):
        return text_or_path
    path = _checks.path("text_or_path", text_or_path)
    try:
        if not os.path.isfile(path):
            _checks.fail("text_or_path", "a report's JSON text or the path of a regular file",
                         "no such file" if not os.path.exists(path) else "not a regular file")
        if os.path.getsize(path) > _MAX_REPORT_BYTES:
            _checks.fail("text_or_path", "a file of at most 1 GiB", "a larger file")
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        _checks.fail("text_or_path", "a readable file", type(error).__name__)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        _checks.fail("text_or_path", "UTF-8 text", "other bytes")


class Result:
    """A finished simulation. Figures are the core's; money in tenge (tiyn in `draws`).

    A Result read back with from_json holds the report alone: to_json, report, by_stage,
    by_region, by_segment, daily, period and paired_difference work from it; summary, draws,
    to_csv, text and paid_by_day need the runs (DomainError: run bailiff.simulate)."""

    def __init__(self, run: Optional[_core.Simulation], text: Optional[str] = None,
                 per_case_csv: Optional[str] = None) -> None:
        """A Result over the core's finished run (bailiff.simulate makes it), or over a
        report's `text` alone (from_json); `per_case_csv`: the per-case outcomes, if asked."""
        self._run = run
        self._text = text
        self._per_case_csv = per_case_csv

    @classmethod
    def from_json(cls, text_or_path: PathLike) -> Result:
        """A Result from the report of `bailiff simulate --json` (its text, or the path of a
        file holding it), such that Result.from_json(t).to_json() == t. InputError when it is
        not such a report (its contents are never shown)."""
        text = _report_text(text_or_path)
        try:
            report = json.loads(text)
        except ValueError as error:
            _checks.fail("text_or_path", "the JSON report of bailiff simulate --json",
                         f"invalid JSON at line {error.lineno}")
        if not isinstance(report, dict):
            _checks.fail("text_or_path", "the JSON report of bailiff simulate --json",
                         f"a JSON {type(report).__name__}")
        missing = [k for k in _REPORT_KEYS if k not in report]
        if missing:
            _checks.fail("text_or_path", "the JSON report of bailiff simulate --json",
                         f"a JSON object without {missing[0]}")
        result = cls(None, text)
        result.__dict__["report"] = report
        return result

    def _core_run(self, what):
        """The core's run, which a Result read from JSON does not hold."""
        if self._run is None:
            raise _core.DomainError(
                f"{what}: a Result read from JSON holds the report, not the runs "
                "(run bailiff.simulate for them)")
        return self._run

    def to_json(self, path: Optional[PathLike] = None) -> str:
        """The report of `bailiff simulate --json`, byte for byte; written atomically to
        `path` when given."""
        text = self._text if self._run is None else self._run.json()
        if path is not None:
            _core.write_file(_checks.path("path", path), text)
        return text

    def to_csv(self) -> str:
        """The report of `bailiff simulate --csv`."""
        return self._core_run("to_csv").csv()

    def text(self, details: bool = False) -> str:
        """The readable report (details: compare's breakdowns by stage, region, segment)."""
        return self._core_run("text").text(details)

    @cached_property
    def report(self) -> dict[str, Any]:
        """The JSON report as a dict."""
        return json.loads(self.to_json())

    @cached_property
    def summary(self) -> pd.DataFrame:
        """One row per figure and policy: figure, unit, policy, mean, p05, p95, std_error."""
        frame = pd.read_csv(io.StringIO(self.to_csv()), dtype={"policy": str})
        return frame.rename(columns={"value": "mean"})

    @cached_property
    def draws(self) -> pd.DataFrame:
        """One row per run (replication, role): policy (its id), behaviour_draw (the ensemble
        draw the run used), seed, the headline counters, and money in tenge (float) with the
        exact integers beside it under `_tiyn`. The policy's row of each replication also holds
        both savings measures of that replication (fee_avoided_official_tenge,
        fee_avoided_counterfactual_tenge, and their `_tiyn`); the baseline's row has none."""
        frame = pd.DataFrame(self._core_run("draws").draws())
        money = [k for k, is_money in _core.MONEY_FIELDS.items() if is_money]
        frame = frame.rename(columns={k: f"{k}_tiyn" for k in money})
        for k in money:
            frame.insert(frame.columns.get_loc(f"{k}_tiyn"), f"{k}_tenge", frame[f"{k}_tiyn"] / 100)
        ids = {role: self.report[role]["id"] for role in ("policy", "baseline")}
        frame.insert(frame.columns.get_loc("role") + 1, "policy", frame["role"].map(ids))
        per = {p["replication"]: p for p in self.report["per_replication"]}
        frame.insert(frame.columns.get_loc("replication") + 1, "behaviour_draw",
                     frame["replication"].map(lambda r: per[r]["behaviour_draw"]))
        for measure in ("fee_avoided_official", "fee_avoided_counterfactual"):
            cents = [tiyn(per[r][f"{measure}_tenge"]) if role == "policy" else None
                     for r, role in zip(frame["replication"], frame["role"])]
            frame[f"{measure}_tiyn"] = pd.array(cents, dtype="Int64")
            frame[f"{measure}_tenge"] = frame[f"{measure}_tiyn"].astype("Float64") / 100
        return frame

    def _runs(self, key):
        """The seeded run's breakdown `key` for the policy and the baseline, stacked."""
        frames = []
        for role in ("policy", "baseline"):
            part = self.report[f"{role}_run"][key]
            rows = ([dict(stage=k, **v) for k, v in part.items()] if isinstance(part, dict)
                    else part)
            frame = pd.DataFrame(rows)
            frame.insert(0, "policy", self.report[role]["id"])
            frames.append(frame)
        return _tenge(pd.concat(frames, ignore_index=True))

    @property
    def by_stage(self) -> pd.DataFrame:
        """Cases paid and tenge collected by stage of payment (the seeded run, as the CLI)."""
        return self._runs("by_stage")

    @property
    def by_region(self) -> pd.DataFrame:
        """Cases, paid, handed to a bailiff, collected and fees by region (seeded run):
        policy, region, cases, paid, handed_to_bailiff, collected_tenge, fees_paid_tenge."""
        return self._runs("by_region").rename(columns={"name": "region"})

    @property
    def by_segment(self) -> pd.DataFrame:
        """The same by debtor segment (seeded run), its name under `segment`."""
        return self._runs("by_segment").rename(columns={"name": "segment"})

    @property
    def daily(self) -> pd.DataFrame:
        """Share of all fines paid by each day since entry into force, per policy (seeded run)."""
        frames = []
        for role in ("policy", "baseline"):
            run = self.report[f"{role}_run"]
            paid = run["paid_cumulative_by_day"]
            frames.append(pd.DataFrame({
                "policy": self.report[role]["id"], "day": range(len(paid)),
                "paid_cumulative": paid, "share_paid": np.asarray(paid) / run["cases"]}))
        return pd.concat(frames, ignore_index=True)

    def period(self) -> Optional[pd.DataFrame]:
        """What happened inside the scenario's report_period (the report's "period"), one row
        per figure: policy, baseline and the policy's 90% interval; None without a period."""
        period = self.report.get("period")
        if period is None:
            return None
        rows = []
        for figure, low_high in period["intervals_90"].items():
            rows.append({"figure": figure, "policy": float(period[figure]),
                         "baseline": float(period["baseline"][figure]),
                         "p05": float(low_high[0]), "p95": float(low_high[1])})
        frame = pd.DataFrame(rows)
        frame.attrs.update({k: period[k] for k in ("from", "to", "region")})
        return frame

    @cached_property
    def per_case(self) -> Optional[pd.DataFrame]:
        """The outcomes of the first fines (simulate's `per_case`), one row per fine and
        policy: policy, case (the fine's index), amount_tenge and amount_tiyn, segment,
        region, stage_paid (None when unpaid), day_paid (days after entry into force, <NA>
        when unpaid), fee_tenge and fee_tiyn; `.attrs["csv"]` holds the CSV of `bailiff
        simulate --per-case`. None when simulate was not asked for them."""
        if self._per_case_csv is None:
            return None
        rows = pd.read_csv(io.StringIO(self._per_case_csv), dtype=str, keep_default_na=False)
        frame = pd.DataFrame({
            "policy": rows["policy"], "case": rows["case"].astype(int),
            "amount_tenge": rows["amount_tenge"].astype(float),
            "amount_tiyn": [tiyn(t) for t in rows["amount_tenge"]],
            "segment": rows["segment"], "region": rows["region"],
            "stage_paid": rows["stage_paid"].replace("", None),
            "day_paid": pd.array([int(d) if d else None for d in rows["day_paid"]], dtype="Int64"),
            "fee_tenge": rows["fee_tenge"].astype(float),
            "fee_tiyn": [tiyn(t) for t in rows["fee_tenge"]]})
        frame.attrs["csv"] = self._per_case_csv
        return frame

    @cached_property
    def plot(self) -> Plots:
        """The Result's plots (bailiff.plot.Plots: headline, paid_curve, stages, draws), drawn
        with matplotlib from the report."""
        from bailiff.plot import Plots

        return Plots(self)

    def paid_by_day(self, role: str = "policy", replication: int = 0) -> np.ndarray:
        """Cases paid on each day since entry into force in one run: a read-only numpy view
        of the core's own counters, no copy."""
        return self._core_run("paid_by_day").paid_by_day(role, replication)

    def __repr__(self) -> str:
        return f"<bailiff.Result {self.report['policy']['id']} vs {self.report['baseline']['id']}>"
