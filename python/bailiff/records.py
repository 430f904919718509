"""check_records: a ministry's recorded enforcement log checked against the law, as a table
of findings (`bailiff check-records --json`'s findings)."""

from __future__ import annotations

import json
import os
from typing import Optional, Union

import pandas as pd

from bailiff import _core
from bailiff._types import PathLike
from bailiff.audit import _input
from bailiff.scenario import Policy

_DEFAULTS = _core.DEFAULTS
_MONEY = ("recorded_amount_tenge", "required_amount_tenge", "at_stake_tenge")


def check_records(log: PathLike, policy: Union[PathLike, Policy] = _DEFAULTS["policy"],
                  calendar: PathLike = _DEFAULTS["calendar"], iin_key: Optional[str] = None,
                  iin_key_file: Optional[PathLike] = None, as_of: Optional[str] = None,
                  tolerance: int = 0, lift_days: int = 1, lang: str = "en") -> pd.DataFrame:
    """`bailiff check-records LOG`: for each case of the recorded log (a path, or "example"
    for the shipped one; CSV or JSON Lines, data/README.md) the engine decides what `policy`
    required from the recorded fine and payments, and every difference is a finding. One
    row per finding: case_id, region, date, kind, recorded and required action, date and
    amount (tenge, float; NaN when none), rule, legal_basis, at_stake_tenge, charged, line,
    explanation (plain words in `lang`: "en", "ru" or "kk"). The IIN key comes from
    `iin_key`, `iin_key_file` or the environment variable BAILIFF_IIN_KEY, as on the CLI.
    `.attrs` holds the report's JSON text (the bytes of `--json`), the text report, the CSV
    (`--csv`), and the summary (cases, cases_with_finding, charged_without_basis_tenge,
    as_of, tolerance_working_days, lift_working_days)."""
    if iin_key is not None and iin_key_file is not None:
        raise _core.InputError("(python): iin_key: expected one source for the IIN key: "
                               "iin_key or iin_key_file, not both")
    if iin_key_file is not None:
        with open(iin_key_file, encoding="utf-8", newline="") as file:
            iin_key = file.read()
        if iin_key.endswith("\n"):
            iin_key = iin_key[:-1]
        if iin_key.endswith("\r"):
            iin_key = iin_key[:-1]
    if iin_key is None:
        iin_key = os.environ.get("BAILIFF_IIN_KEY", "")
    out = _core.check_records(str(log), _input(policy, "policies", "policy"),
                              _input(calendar, "calendars", "calendar"), iin_key, as_of or "",
                              int(tolerance), int(lift_days), lang)
    report = json.loads(out["json"])
    frame = pd.DataFrame(report["findings"], columns=[
        "case_id", "region", "date", "kind", "recorded_action", "recorded_date",
        "recorded_amount_tenge", "required_action", "required_date", "required_amount_tenge",
        "rule", "legal_basis", "at_stake_tenge", "charged", "line", "explanation"])
    for column in _MONEY:
        frame[column] = pd.to_numeric(frame[column].replace("", None)).astype(float)
    summary = {key: report[key] for key in (
        "log", "policy", "as_of", "tolerance_working_days", "lift_working_days", "cases",
        "events", "cases_with_finding", "charged_without_basis_tenge", "headline")}
    frame.attrs.update(json=out["json"], text=out["text"], csv=out["csv"], summary=summary)
    return frame
