"""calibrate: published figures against the model, from `bailiff calibrate --json`."""

import json
from dataclasses import dataclass, field

import pandas as pd

from bailiff import _core
from bailiff.progress import reporter


@dataclass
class Calibration:
    """A calibration's report: `json` is `calibrate --json`'s text, `report` the dict."""

    json: str
    report: dict = field(repr=False)

    @property
    def targets(self):
        """One row per target as the report gives it, each nested object's keys prefixed
        with its name: its published `value` and, before and after the fit, the model's
        value, the residual, the ratio and whether it is within tolerance (`prior_*`,
        `fitted_*`)."""
        return pd.json_normalize(self.report["targets"], sep="_")


def calibrate(behaviour="default", targets="shipped", seed=_core.DEFAULTS["seed"], cases=0,
              max_iterations=20, threads=None, progress=None):
    """`bailiff calibrate --json`: fit the behaviour model to the targets (max_iterations=0:
    evaluate every target at `behaviour` without fitting). progress gets (evaluations, 0)."""
    update, close = reporter(progress, "calibrating")
    try:
        text = _core.calibrate(behaviour, str(targets), seed, cases, max_iterations, threads or 0,
                               update)
    finally:
        close()
    return Calibration(text, json.loads(text))
