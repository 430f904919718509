"""The audit commands: decide, verify, explain, diff, with the CLI's reports as tables."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Optional, Union

import pandas as pd

from bailiff import _checks, _core
from bailiff._types import PathLike, Progress
from bailiff.progress import reporter
from bailiff.scenario import Policy

_DEFAULTS = _core.DEFAULTS


def _input(spec, kind, name):
    """A shipped name, a path, a Policy (with its edits) or an already loaded Input (argument
    `name`, which an InputError names)."""
    if isinstance(spec, _core.Input):
        return spec
    if isinstance(spec, Policy):
        return spec.document()
    return _core.load_input(_checks.path(name, spec), kind)


def decisions_frame(report: dict[str, Any]) -> pd.DataFrame:
    """The decisions of a decide JSON report (a dict), one row each."""
    rows = []
    for case in report["cases"]:
        for decision in case["decisions"]:
            rows.append({"case": case["id"], **decision})
    frame = pd.DataFrame(rows)
    for column in ("amount_tenge", "due_after_tenge", "fee_tenge"):
        frame[column] = frame[column].astype(float)
    return frame


def decide(cases: PathLike = _DEFAULTS["cases_file"],
           policy: Union[PathLike, Policy] = _DEFAULTS["policy"],
           calendar: PathLike = _DEFAULTS["calendar"], horizon: Optional[str] = None,
           bundle: Optional[PathLike] = None) -> pd.DataFrame:
    """`bailiff decide`: every case of a cases file under a policy. With `bundle`, also
    writes a replay bundle there (atomically) for verify. One row per decision (case,
    date, action, amounts in tenge, rule, legal basis); `.attrs` holds the report's JSON
    text (`bailiff decide --json`'s bytes), the readable text and the run root."""
    command = (f"python: bailiff.decide(cases={cases!r}, policy={policy!r}, "
               f"calendar={calendar!r}, horizon={horizon!r})")
    out = _core.decide(_input(policy, "policies", "policy"), _input(calendar, "calendars", "calendar"),
                       _input(cases, "cases", "cases"), _checks.text("horizon", horizon, optional=True),
                       _checks.path("bundle", bundle, optional=True), command)
    report = json.loads(out["json"])
    frame = decisions_frame(report)
    frame.attrs.update(json=out["json"], text=out["text"], root=report["run_root"])
    return frame


@dataclass
class Verification:
    """What verify found: `ok`, the checks, the first differing record (if any), and the
    CLI's reports (`json` is `bailiff verify --json`'s text)."""

    ok: bool
    json: str
    text: str
    report: dict = field(repr=False)

    @property
    def checks(self) -> pd.DataFrame:
        """One row per check of the bundle (the report's "checks")."""
        return pd.DataFrame(self.report["checks"])

    @property
    def mismatch(self) -> Optional[dict[str, Any]]:
        """The first record that differs from the replay (a dict), or None."""
        return self.report.get("first_mismatch")

    def __str__(self) -> str:
        return self.text


def verify(path: PathLike, threads: Optional[int] = None, progress: Progress = None,
           public_key: Optional[PathLike] = None) -> Verification:
    """`bailiff verify PATH [--public-key KEY.pub]`: replay the bundle and check every
    record and the root; with `public_key` (the signer's `.pub` file) also its signature, so
    that `report["authenticity"]["authentic"]` is True only when it holds. Without it,
    authenticity is not checked (`report["authenticity"]["checked"]` is False)."""
    update, close = reporter(progress, "replaying")
    try:
        out = _core.verify(_checks.path("path", path), _checks.threads(threads), update,
                           _checks.path("public_key", public_key, optional=True))
    finally:
        close()
    return Verification(out["ok"], out["json"], out["text"], json.loads(out["json"]))


@dataclass
class Explanation:
    """One case explained: `text` in the chosen language, `json` as `explain --json`."""

    json: str
    text: str

    @property
    def steps(self) -> pd.DataFrame:
        """One row per step of the case's timeline (the report's "steps")."""
        return pd.DataFrame(json.loads(self.json)["steps"])

    def __str__(self) -> str:
        return self.text


def explain(case: str, policy: Union[PathLike, Policy] = _DEFAULTS["policy"],
            cases: PathLike = _DEFAULTS["cases_file"], calendar: PathLike = _DEFAULTS["calendar"],
            horizon: Optional[str] = None, lang: str = "en",
            bundle: Optional[PathLike] = None) -> Explanation:
    """`bailiff explain --case ID`: one case's timeline in en, ru or kk, decided from the
    policy and cases, or with `bundle` from a decide bundle's log once the bundle verifies
    (NotVerified otherwise; the other inputs are then not used)."""
    case = _checks.text("case", case)
    lang = _checks.text("lang", lang)
    if bundle is not None:
        out = _core.explain_bundle(case, _checks.path("bundle", bundle), lang)
    else:
        out = _core.explain(case, _input(policy, "policies", "policy"), _input(calendar, "calendars", "calendar"),
                            _input(cases, "cases", "cases"), _checks.text("horizon", horizon, optional=True),
                            lang)
    return Explanation(out["json"], out["text"])


def diff(a: Union[PathLike, Policy] = _DEFAULTS["policy"],
         b: Union[PathLike, Policy] = _DEFAULTS["baseline"],
         cases: PathLike = _DEFAULTS["cases_file"], calendar: PathLike = _DEFAULTS["calendar"],
         horizon: Optional[str] = None) -> pd.DataFrame:
    """`bailiff diff --a A --b B`: one row per case with each side's outcome and the fee
    difference; `.attrs` holds the report's JSON text and its summary by kind of change."""
    out = _core.diff(_input(a, "policies", "a"), _input(b, "policies", "b"), _input(calendar, "calendars", "calendar"),
                     _input(cases, "cases", "cases"), _checks.text("horizon", horizon, optional=True))
    report = json.loads(out["json"])
    frame = pd.DataFrame([{
        "case": c["id"], "changed": c["changed"],
        "outcome_a": c["a"]["outcome"], "outcome_b": c["b"]["outcome"],
        "fee_paid_a_tenge": float(c["a"]["fee_paid_tenge"]),
        "fee_paid_b_tenge": float(c["b"]["fee_paid_tenge"]),
        "fee_delta_tenge": float(c["fee_delta_tenge"])} for c in report["cases"]])
    frame.attrs.update(json=out["json"], text=out["text"])
    return frame
