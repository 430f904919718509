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


def calibrate(behaviour=None, targets="shipped", seed=_core.DEFAULTS["seed"], cases=0,
              max_iterations=20, draws=200, iin_key="", threads=None, progress=None,
              method="exact", starts=1, population=None, policy=_core.DEFAULTS["policy"],
              loo=False, loo_iterations=1, predictive_draws=0):
    """`bailiff calibrate --json`: fit the behaviour model to the targets (max_iterations=0:
    evaluate every target at `behaviour` without fitting). `behaviour` defaults, as on the
    command line, to "calibrated" (the shipped fit) when max_iterations=0 and to "default"
    (the priors) when fitting. loo=True adds each fit target's leave-one-out prediction (the
    model refitted without it from the fit, `--loo`; at most loo_iterations iterations a
    refit, 1 by default: the one-step approximation), under `leave_one_out` in each target;
    predictive_draws=N evaluates every target over N draws of the ensemble (the fitted one, or
    the evaluated file's own) for its 5-95% interval and whether the figure lies inside it
    (`--predictive-draws`), under `ensemble_interval`. A fit draws `draws` parameter sets
    from the posterior (`--draws`); `targets` is "shipped" or a folder of target files, whose
    csv:PATH populations take `iin_key`; method="exact" (the default) evaluates the targets
    exactly, "mc" simulates them; starts > 1 fits from further starting points too
    (`--starts`).
    population="csv:PATH" fits to those records' recorded payments instead of `targets`
    (`--population`; their share and mean sum paid by stage, decided under `policy`, with
    `iin_key`). progress gets (evaluations, 0)."""
    max_iterations = _checks.count("max_iterations", max_iterations, 0, 100)
    if behaviour is None:  # the CLI's convention: evaluate the shipped fit, fit from the priors
        behaviour = "calibrated" if max_iterations == 0 else "default"
    behaviour = _checks.path("behaviour", behaviour)
    targets = _checks.path("targets", targets)
    seed = _checks.count("seed", seed, 0, _checks.MAX_SEED)
    cases = _checks.count("cases", cases, 0, _checks.MAX_CASES)
    loo_iterations = _checks.count("loo_iterations", loo_iterations, 1, 100)
    predictive_draws = _checks.count("predictive_draws", predictive_draws, 0, 100_000)
    if not isinstance(loo, bool):
        _checks.fail("loo", "True or False", loo)
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
                              key.reveal(), workers, update, method, starts, population, policy,
                              loo, loo_iterations, predictive_draws)
    finally:
        close()
    return Calibration(out["json"], out["behaviour"], json.loads(out["json"]))
