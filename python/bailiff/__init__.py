"""robot-bailiff for researchers: the same simulation, audit and reports as the `bailiff`
command, with pandas DataFrames. A thin door: every figure comes from the C++ core
(`bailiff._core`); this package only lays the core's reports out as tables.

    import bailiff
    s = bailiff.Scenario(cases=200_000, replications=5)
    s.policy.set("robot_window", 2, unit="calendar_months")
    r = bailiff.simulate(s)
    r.summary          # figure, unit, policy, mean, p05, p95, std_error
"""

from bailiff._core import DomainError, InputError, NotVerified, contains_valid_iin, is_valid_iin
from bailiff.behaviour import Behaviour
from bailiff.audit import Explanation, Verification, decide, diff, explain, verify
from bailiff.calibration import Calibration, calibrate
from bailiff.records import check_records
from bailiff.scenario import Policy, Scenario, shipped
from bailiff.paired import paired_difference
from bailiff.simulation import Result, simulate
from bailiff.study import SensitivityResult, SweepResult, sensitivity, sweep

__all__ = [
    "Behaviour", "Calibration", "DomainError", "Explanation", "InputError", "NotVerified", "Policy",
    "Result", "Scenario", "SensitivityResult", "SweepResult", "Verification", "calibrate",
    "check_records", "contains_valid_iin", "decide", "diff", "explain", "is_valid_iin",
    "paired_difference", "sensitivity", "shipped", "simulate", "sweep", "verify",
]
