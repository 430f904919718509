"""calibrate: published figures against the model, from `bailiff calibrate --json`."""

import json
from dataclasses import dataclass, field

import pandas as pd

from bailiff import _checks, _core
from bailiff.progress import reporter


@dataclass
class Calibration:
    """A calibration's report: `json` is `calibrate --json`'s text, `report` the dict,
    `behaviour` the fitted behaviour file (what `calibrate -o FILE` writes)."""

    json: str
    behaviour: str = field(repr=False)
    report: dict = field(repr=False)

    def write_behaviour(self, path):
        """Write the fitted behaviour file to `path` (atomically), for Scenario(behaviour=path)."""
        _core.write_file(_checks.path("path", path), self.behaviour)
        return path

    @property
    def targets(self):
        """One row per target as the report gives it, each nested object's keys prefixed
        with its name: its published `value` and, before and after the fit, the model's
        value, the residual, the ratio and whether it is within tolerance (`prior_*`,
        `fitted_*`)."""
        return pd.json_normalize(self.report["targets"], sep="_")


def calibrate(behaviour="default", targets="shipped", seed=_core.DEFAULTS["seed"], cases=0,
              max_iterations=20, draws=200, iin_key="", threads=None, progress=None,
              method="mc", starts=1, population=None, policy=_core.DEFAULTS["policy"]):
    """`bailiff calibrate --json`: fit the behaviour model to the targets (max_iterations=0:
    evaluate every target at `behaviour` without fitting) and draw `draws` parameter sets
    from the posterior (`--draws`); `targets` is "shipped" or a folder of target files, whose
    csv:PATH populations take `iin_key`; method="exact" evaluates the targets exactly
    (`--method exact`), starts > 1 fits from further starting points too (`--starts`).
    population="csv:PATH" fits to those records' recorded payments instead of `targets`
    (`--population`; their share and mean sum paid by stage, decided under `policy`, with
    `iin_key`). progress gets (evaluations, 0)."""
    behaviour = _checks.path("behaviour", behaviour)
    targets = _checks.path("targets", targets)
    seed = _checks.count("seed", seed, 0, _checks.MAX_SEED)
    cases = _checks.count("cases", cases, 0, _checks.MAX_CASES)
    max_iterations = _checks.count("max_iterations", max_iterations, 0, 100)
    draws = _checks.count("draws", draws, 0, 100_000)
    starts = _checks.count("starts", starts, 1, 100)
    workers = _checks.threads(threads)
    method = _checks.choice("method", method, ("mc", "exact"))
    population = _checks.path("population", population, optional=True)
    policy = _checks.path("policy", policy)
    key = _checks.Secret(_checks.iin_key(iin_key))
    del iin_key
    update, close = reporter(progress, "calibrating")
    try:
        out = _core.calibrate(behaviour, targets, seed, cases, max_iterations, draws,
                              key.reveal(), workers, update, method, starts, population, policy)
    finally:
        close()
    return Calibration(out["json"], out["behaviour"], json.loads(out["json"]))
