"""sweep and sensitivity: many variants of one scenario, each a comparison, computed by the
core's studies (study::run_sweep, study::run_sensitivity) with one run cache, as
`bailiff sweep` and `bailiff sensitivity` do, and their reports laid out as DataFrames."""

from __future__ import annotations

import io
import json
from functools import cached_property
from typing import TYPE_CHECKING, Any, Optional, Union

import pandas as pd

from bailiff import _checks, _core
from bailiff._types import PathLike, Progress
from bailiff.progress import reporter

if TYPE_CHECKING:
    from bailiff.scenario import Scenario


def figure_unit(key: str) -> tuple[str, str]:
    """A report key (collected_tenge, paid_share, handed_to_bailiff) as (figure, unit), the
    names of Result.summary."""
    if key.endswith("_tenge"):
        return key[: -len("_tenge")], "tenge"
    if key == "paid_share":
        return key, "share"
    return key, "cases"


def _common(scenario, method, threads, progress):
    """The checked scenario (loaded with `method`), workers and progress of a study."""
    from bailiff.scenario import Scenario

    if not isinstance(scenario, Scenario):
        _checks.fail("scenario", "a bailiff.Scenario", _checks._shown(scenario))
    workers = _checks.threads(threads)
    if progress is not None and not isinstance(progress, bool) and not callable(progress):
        _checks.fail("progress", "None, True or a callable(done, total)", _checks._shown(progress))
    _checks.choice("method", method, ("auto", "mc", "exact"))
    return scenario.load(method), workers


def _axes(sets):
    """`set` as the core's axes: [(parameter, [JSON texts])]."""
    if isinstance(sets, dict):
        if not sets:
            _checks.fail("set", "at least one parameter with its values", "an empty dict")
        axes = []
        for parameter, values in sets.items():
            _checks.text("set", parameter)
            if not isinstance(values, (list, tuple)):
                values = [values]
            if not values:
                _checks.fail("set", f"at least one value for {parameter}", "an empty list")
            texts = []
            for value in values:
                try:
                    texts.append(json.dumps(value))
                except (TypeError, ValueError):
                    _checks.fail("set", "values that are numbers, texts, lists or dicts (JSON)",
                                 _checks._shown(value))
            axes.append((parameter, texts))
        return axes
    if isinstance(sets, str) or not isinstance(sets, (list, tuple)) or not sets:
        _checks.fail("set", 'a list of "PARAMETER=V1,V2,..." or a dict {PARAMETER: [values]}',
                     _checks._shown(sets))
    return [_core.parse_sweep_axis(_checks.text("set", s)) for s in sets]


def sweep(scenario: Scenario, set: Union[list[str], dict[str, Any]], method: str = "auto",
          threads: Optional[int] = None, progress: Progress = None,
          output: Optional[PathLike] = None) -> SweepResult:
    """A grid of variants of `scenario`, as `bailiff sweep`: `set` is a list of
    "PARAMETER=V1,V2,..." (the CLI's --set) or a dict {PARAMETER: [values]}; a parameter is a
    policy parameter by name, NAME@YYYY-MM-DD, or policy:/POINTER or behaviour:/POINTER. Each
    point is a comparison of the policy against the baseline over the scenario's seed and
    replications (None: every posterior draw by the exact method, 10 by Monte Carlo);
    method, threads, progress and output as in simulate. Returns a SweepResult."""
    axes = _axes(set)
    loaded, workers = _common(scenario, method, threads, progress)
    output = _checks.path("output", output, optional=True) or None
    update, close = reporter(progress, "sweeping", " points")
    try:
        run = _core.sweep(loaded, axes, scenario.seed, scenario.replications or 0, workers, update)
    finally:
        close()
    result = SweepResult(run)
    if output is not None:
        result.to_json(output)
    return result


def sensitivity(scenario: Scenario, method: str = "auto", threads: Optional[int] = None,
                progress: Progress = None, output: Optional[PathLike] = None) -> SensitivityResult:
    """A tornado of the headline figures over each behaviour parameter group of `scenario`,
    as `bailiff sensitivity`: each group alone at the 5th and 95th percentile of its
    posterior (x0.5 and x2 without one, an assumption the report states), the other groups at
    each posterior draw's values, so that every figure is, as in simulate, the ensemble mean
    (the draws used are stated in `report["figures_are"]`). Arguments as in sweep. Returns a
    SensitivityResult."""
    loaded, workers = _common(scenario, method, threads, progress)
    output = _checks.path("output", output, optional=True) or None
    update, close = reporter(progress, "varying", " variants")
    try:
        run = _core.sensitivity(loaded, scenario.seed, scenario.replications or 0, workers, update)
    finally:
        close()
    result = SensitivityResult(run)
    if output is not None:
        result.to_json(output)
    return result


class _Study:
    """A finished study: the CLI's three reports and the JSON as a dict."""

    def __init__(self, run: Any) -> None:
        """A study over the core's finished run (sweep and sensitivity make it)."""
        self._run = run

    def to_json(self, path: Optional[PathLike] = None) -> str:
        """The --json report, byte for byte; written atomically to `path` when given."""
        text = self._run.json()
        if path is not None:
            _core.write_file(_checks.path("path", path), text)
        return text

    def to_csv(self) -> str:
        """The --csv report."""
        return self._run.csv()

    def text(self) -> str:
        """The readable report."""
        return self._run.text()

    @cached_property
    def report(self) -> dict[str, Any]:
        """The JSON report as a dict."""
        return json.loads(self.to_json())


class SweepResult(_Study):
    """A finished sweep (`bailiff sweep`)."""

    @cached_property
    def table(self) -> pd.DataFrame:
        """One row per point and figure: the axes' values (one column each), figure, unit,
        mean, p05, p95 (money in tenge)."""
        rows = []
        for point in self.report["points"]:
            values = {k: json.loads(v) for k, v in point["values"].items()}
            for key, f in point["figures"].items():
                figure, unit = figure_unit(key)
                rows.append({**values, "figure": figure, "unit": unit, "mean": float(f["value"]),
                             "p05": float(f["p05"]), "p95": float(f["p95"])})
        return pd.DataFrame(rows)

    def __repr__(self) -> str:
        return f"<bailiff.SweepResult {len(self.report['points'])} points>"


class SensitivityResult(_Study):
    """A finished sensitivity analysis (`bailiff sensitivity`)."""

    @cached_property
    def table(self) -> pd.DataFrame:
        """One row per figure and parameter group, widest swing first within a figure:
        figure, unit, parameter, low_multiplier, high_multiplier, at_low, at_high, central
        (the ensemble mean, or the file's values without draws; money in tenge)."""
        frame = pd.read_csv(io.StringIO(self.to_csv()))
        split = frame["figure"].map(figure_unit)
        frame["figure"] = [f for f, _ in split]
        frame.insert(1, "unit", [u for _, u in split])
        return frame

    def __repr__(self) -> str:
        return f"<bailiff.SensitivityResult {self.report['ranges_from']} ranges>"
