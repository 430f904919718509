"""Scenarios: inputs by shipped name or path, and policies edited by parameter name."""

import json

from bailiff import _core


def shipped(kind):
    """The shipped inputs of a kind: policies, calendars, cases, behaviour, targets."""
    return list(_core.shipped_names(kind))


class Policy:
    """A policy by shipped name or path, with edits by parameter name.

    Each edit is applied by the core (sim::edit_policy) and re-read by its parser at once,
    so a bad edit raises InputError where it is made.
    """

    def __init__(self, spec):
        self.spec = spec
        self.edits = []

    def set(self, parameter, value, unit=None, from_=None):
        """Set `parameter` to `value` (the value of its last dated entry, or from the day
        `from_` "YYYY-MM-DD" on); `unit`, when given, must be the parameter's unit."""
        self.edits.append((parameter, json.dumps(value), unit or "", from_ or ""))
        try:
            self.document()
        except Exception:
            self.edits.pop()
            raise
        return self

    def document(self):
        """The policy's bytes as the run reads them (a bailiff._core.Input)."""
        doc = _core.load_input(self.spec, "policies")
        for parameter, value, unit, from_ in self.edits:
            doc = _core.edit_policy(doc, parameter, value, unit, from_)
        return doc

    def edited(self):
        """The edited document, or None when unedited (the shipped bytes are then run)."""
        return self.document() if self.edits else None

    def copy(self):
        """An independent copy (edits included)."""
        other = Policy(self.spec)
        other.edits = list(self.edits)
        return other

    def __repr__(self):
        edits = ", ".join(f"{p}={v}" for p, v, _, _ in self.edits)
        return f"Policy({self.spec!r}{', ' + edits if edits else ''})"


_DEFAULTS = _core.DEFAULTS


class Scenario:
    """What `bailiff simulate` takes: a policy against a baseline over a population.

    Every input is a shipped name or a path; `population` is synthetic:NAME or csv:PATH
    (with `iin_key`); `cases=0` keeps the population's size; `horizon` "YYYY-MM-DD";
    `report_period` "FROM..TO" (with `region`) counts the events inside a calendar window.
    """

    def __init__(self, policy=_DEFAULTS["policy"], baseline=_DEFAULTS["baseline"],
                 population=_DEFAULTS["population"], behaviour=_DEFAULTS["behaviour"],
                 seed=_DEFAULTS["seed"], replications=None, cases=0, horizon=None,
                 calendar=_DEFAULTS["calendar"], iin_key="", report_period=None, region=""):
        self.policy = policy if isinstance(policy, Policy) else Policy(policy)
        self.baseline = baseline if isinstance(baseline, Policy) else Policy(baseline)
        self.population = population
        self.behaviour = behaviour
        self.seed = seed
        self.replications = replications
        self.cases = cases
        self.horizon = horizon
        self.calendar = calendar
        self.iin_key = iin_key
        self.report_period = report_period
        self.region = region

    def copy(self, **changes):
        """A copy with `changes` applied (policies copied with their edits)."""
        fields = dict(vars(self))
        fields["policy"] = self.policy.copy()
        fields["baseline"] = self.baseline.copy()
        fields.update(changes)
        return Scenario(**fields)

    def load(self, method="auto"):
        """Parse and validate every input (raises InputError or DomainError); `method` is
        how its runs are computed: "exact" (expectations), "mc" (Monte Carlo), or "auto"
        (exact unless the population holds fewer than 100,000 fines, as on the command line)."""
        return _core.load_scenario(
            self.policy.spec, self.baseline.spec, self.calendar, self.behaviour,
            self.population, self.cases, self.iin_key, self.horizon or "",
            self.report_period or "", self.region, self.policy.edited(), self.baseline.edited(),
            method)

    def __repr__(self):
        return (f"Scenario(policy={self.policy!r}, baseline={self.baseline!r}, "
                f"population={self.population!r}, cases={self.cases}, "
                f"replications={self.replications}, seed={self.seed})")
