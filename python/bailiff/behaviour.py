"""Behaviour models: a behaviour file by shipped name or path, with edits by JSON pointer or
by calibrated parameter group, and its groups and segments as read-only tables."""

from __future__ import annotations

import json
import numbers
from typing import Any, Optional, Union

import pandas as pd

from bailiff import _checks, _core
from bailiff._edits import EditedFile
from bailiff._types import PathLike


class Behaviour(EditedFile):
    """A behaviour file by shipped name ("calibrated", "default") or path, with edits.

    `set(pointer, value)` sets any value of the file by JSON pointer (as `bailiff sweep --set
    behaviour:/POINTER=V`); `scale(group, factor)` multiplies a calibrated parameter group
    (`bailiff.Behaviour.group_names()`) as calibration and the posterior draws do
    (sim::apply_multipliers). Each edit is made by the core and re-read by its parser at
    once, so a bad edit raises InputError naming the file and the pointer where it is made.

        b = bailiff.Behaviour("calibrated").set("/notice_decay_ppm", 50000)
        b.set({"/segments/0/share_ppm": 400000, "/segments/1/share_ppm": 350000})  # sum kept
        bailiff.Scenario(behaviour=bailiff.Behaviour("calibrated").scale("robot_coverage", 2.0))
    """

    def __init__(self, spec: PathLike = _core.DEFAULTS["behaviour"]) -> None:
        self.spec = _checks.path("behaviour", spec)
        #: ("set", [(pointer, JSON text)]) or ("scale", group, factor), in order.
        self.edits: list[tuple] = []

    def set(self, pointer: Union[str, dict[str, Any]], value: Any = None) -> Behaviour:
        """Set the value at JSON `pointer` ("/segments/0/share_ppm") to `value`, or, given a
        dict {pointer: value}, every value in it at once: the file is checked once all are
        set, so shares that must sum to 1,000,000 ppm can move together."""
        values = pointer if isinstance(pointer, dict) else {pointer: value}
        if not values:
            _checks.fail("pointer", "a JSON pointer or a dict {pointer: value}", "an empty dict")
        texts = []
        for at, new in values.items():
            _checks.text("pointer", at)
            try:
                texts.append((at, json.dumps(new)))
            except (TypeError, ValueError):
                _checks.fail("value", "a number, text, list or dict (JSON)", _checks._shown(new))
        return self._keep_if_valid(("set", texts))

    def scale(self, group: str, factor: float) -> Behaviour:
        """Multiply every parameter of calibrated parameter group `group` (e.g.
        "robot_coverage") by `factor` (0.01 to 20), rounded half up to the ppm and capped at
        certainty, as the posterior draws do."""
        _checks.text("group", group)
        if isinstance(factor, bool) or not isinstance(factor, numbers.Real):
            _checks.fail("factor", "a multiplier from 0.01 to 20", _checks._shown(factor))
        return self._keep_if_valid(("scale", group, float(factor)))

    def document(self) -> _core.Input:
        """The behaviour's bytes as the run reads them (a bailiff._core.Input)."""
        doc = _core.load_input(self.spec, "behaviour")
        for kind, *what in self.edits:
            if kind == "set":
                doc = _core.edit_behaviour(doc, what[0])
            else:
                doc = _core.scale_behaviour(doc, what[0], what[1])
        return doc

    def edited(self) -> Optional[_core.Input]:
        """The edited document, or None when unedited (the shipped bytes are then run)."""
        return self.document() if self.edits else None

    def copy(self) -> Behaviour:
        """An independent copy (edits included)."""
        other = Behaviour(self.spec)
        other.edits = list(self.edits)
        return other

    @staticmethod
    def group_names() -> list[str]:
        """The calibrated parameter groups' names, in the posterior ensembles' order."""
        return [name for name, _ in _core.behaviour_groups()]

    @property
    def groups(self) -> pd.DataFrame:
        """One row per calibrated parameter group: group, applies_to (the parameters it
        multiplies), and, when the file carries a posterior ensemble, standard_error (the
        group's relative standard error) and draws (the ensemble's size)."""
        ensemble = json.loads(self.document().text).get("ensemble") or {}
        errors = dict(zip(ensemble.get("parameters", []), ensemble.get("standard_errors_ppm", [])))
        rows = []
        for name, applies_to in _core.behaviour_groups():
            row = {"group": name, "applies_to": applies_to}
            if ensemble:
                error = errors.get(name)
                row["standard_error"] = None if error is None else error / 1e6
                row["draws"] = len(ensemble.get("draws_ppm", []))
            rows.append(row)
        return pd.DataFrame(rows)

    @property
    def segments(self) -> pd.DataFrame:
        """One row per debtor segment as the file gives it (ppm values; nested ones such as
        hazard_ppm flattened to hazard_ppm.discount, ...)."""
        document = json.loads(self.document().text)
        return pd.json_normalize(document["segments"])

    def __repr__(self) -> str:
        edits = ", ".join(", ".join(f"{p}={v}" for p, v in what[0]) if kind == "set"
                          else f"{what[0]} x{what[1]}" for kind, *what in self.edits)
        return f"Behaviour({self.spec!r}{', ' + edits if edits else ''})"
