"""simulate and its result: the CLI's reports laid out as DataFrames."""

import io
import json
from functools import cached_property

import numpy as np
import pandas as pd

from bailiff import _checks, _core
from bailiff.progress import reporter


def simulate(scenario, method="auto", threads=None, progress=None, output=None):
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
    """
    from bailiff.scenario import Scenario

    if not isinstance(scenario, Scenario):
        _checks.fail("scenario", "a bailiff.Scenario", _checks._shown(scenario))
    workers = _checks.threads(threads)
    output = _checks.path("output", output, optional=True) or None
    if progress is not None and not isinstance(progress, bool) and not callable(progress):
        _checks.fail("progress", "None, True or a callable(done, total)", _checks._shown(progress))
    loaded = scenario.load(method)
    update, close = reporter(progress, "simulating")
    try:
        run = _core.simulate(loaded, scenario.seed, scenario.replications or 0, workers, update)
    finally:
        close()
    result = Result(run)
    if output is not None:
        result.to_json(output)
    return result


def _tenge(frame):
    """Columns named *_tenge (the reports' decimal strings) as floats, for tables."""
    for column in frame.columns:
        if str(column).endswith("_tenge"):
            frame[column] = frame[column].astype(float)
    return frame


class Result:
    """A finished simulation. Figures are the core's; money in tenge (tiyn in `draws`)."""

    def __init__(self, run):
        self._run = run

    def to_json(self, path=None):
        """The report of `bailiff simulate --json`, byte for byte; written atomically to
        `path` when given."""
        text = self._run.json()
        if path is not None:
            _core.write_file(_checks.path("path", path), text)
        return text

    def to_csv(self):
        """The report of `bailiff simulate --csv`."""
        return self._run.csv()

    def text(self, details=False):
        """The readable report (details: compare's breakdowns by stage, region, segment)."""
        return self._run.text(details)

    @cached_property
    def report(self):
        """The JSON report as a dict."""
        return json.loads(self.to_json())

    @cached_property
    def summary(self):
        """One row per figure and policy: figure, unit, policy, mean, p05, p95, std_error."""
        frame = pd.read_csv(io.StringIO(self.to_csv()), dtype={"policy": str})
        return frame.rename(columns={"value": "mean"})

    @cached_property
    def draws(self):
        """One row per run (replication, role): the headline counters, money in tiyn."""
        frame = pd.DataFrame(self._run.draws())
        money = _core.MONEY_FIELDS
        return frame.rename(columns={k: f"{k}_tiyn" for k, is_money in money.items() if is_money})

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
    def by_stage(self):
        """Cases paid and tenge collected by stage of payment (the seeded run, as the CLI)."""
        return self._runs("by_stage")

    @property
    def by_region(self):
        """Cases, paid, handed to a bailiff, collected and fees by region (seeded run)."""
        return self._runs("by_region")

    @property
    def by_segment(self):
        """The same by debtor segment (seeded run)."""
        return self._runs("by_segment")

    @property
    def daily(self):
        """Share of all fines paid by each day since entry into force, per policy (seeded run)."""
        frames = []
        for role in ("policy", "baseline"):
            run = self.report[f"{role}_run"]
            paid = run["paid_cumulative_by_day"]
            frames.append(pd.DataFrame({
                "policy": self.report[role]["id"], "day": range(len(paid)),
                "paid_cumulative": paid, "share_paid": np.asarray(paid) / run["cases"]}))
        return pd.concat(frames, ignore_index=True)

    def period(self):
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

    def paid_by_day(self, role="policy", replication=0):
        """Cases paid on each day since entry into force in one run: a read-only numpy view
        of the core's own counters, no copy."""
        return self._run.paid_by_day(role, replication)

    def __repr__(self):
        return f"<bailiff.Result {self.report['policy']['id']} vs {self.report['baseline']['id']}>"
