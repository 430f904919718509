"""Scenarios: inputs by shipped name or path, and policies edited by parameter name."""

from __future__ import annotations

import json
from typing import Any, Optional, Union

import pandas as pd

from bailiff import _checks, _core
from bailiff._edits import EditedFile
from bailiff._types import PathLike
from bailiff.behaviour import Behaviour


def shipped(kind: str) -> list[str]:
    """The shipped inputs of a kind: policies, calendars, cases, behaviour, targets."""
    return list(_core.shipped_names(kind))


#: The languages of a policy file's labels, explanations and legal bases.
LANGUAGES = ("en", "ru", "kk")


class Policy(EditedFile):
    """A policy by shipped name or path, with edits by parameter name.

    Each edit is applied by the core (sim::edit_policy) and re-read by its parser at once,
    so a bad edit raises InputError where it is made.
    """

    def __init__(self, spec: PathLike) -> None:
        self.spec = _checks.path("policy", spec)
        self.edits = []

    def set(self, parameter: str, value: Any, unit: Optional[str] = None,
            from_: Optional[str] = None) -> Policy:
        """Set `parameter` to `value` (the value of its last dated entry, or from the day
        `from_` "YYYY-MM-DD" on); `unit`, when given, must be the parameter's unit."""
        _checks.text("parameter", parameter)
        _checks.text("unit", unit, optional=True)
        _checks.text("from_", from_, optional=True)
        try:
            value_json = json.dumps(value)
        except (TypeError, ValueError):
            _checks.fail("value", "a number, text, list or dict (JSON)", _checks._shown(value))
        return self._keep_if_valid((parameter, value_json, unit or "", from_ or ""))

    def document(self) -> _core.Input:
        """The policy's bytes as the run reads them (a bailiff._core.Input)."""
        doc = _core.load_input(self.spec, "policies")
        for parameter, value, unit, from_ in self.edits:
            doc = _core.edit_policy(doc, parameter, value, unit, from_)
        return doc

    def edited(self) -> Optional[_core.Input]:
        """The edited document, or None when unedited (the shipped bytes are then run)."""
        return self.document() if self.edits else None

    @property
    def parameters(self) -> pd.DataFrame:
        """The policy's parameters as its file gives them (edits included), labelled in
        English: see parameters_in."""
        return self.parameters_in("en")

    def parameters_in(self, lang: str = "en") -> pd.DataFrame:
        """One row per parameter and dated value, in the file's order: parameter, from
        ("YYYY-MM-DD"), value (a number, bool, text or, for a schedule, a dict), unit, and in
        `lang` ("en", "ru" or "kk") its label, explanation and legal basis; reference (the
        value's own source when it names one, else the parameter's) and assumption (what the
        value assumes, when it is not read from an act; else None). A new table on every
        call: editing it changes nothing."""
        _checks.choice("lang", lang, LANGUAGES)
        document = json.loads(self.document().text)
        rows = []
        for name, parameter in document["parameters"].items():
            for dated in parameter["values"]:
                rows.append({
                    "parameter": name, "from": dated["from"], "value": dated["value"],
                    "unit": parameter["unit"], "label": parameter["label"][lang],
                    "explanation": parameter["explanation"][lang],
                    "basis": parameter["basis"][lang],
                    "reference": dated.get("reference", parameter["reference"]),
                    "assumption": dated.get("assumption")})
        frame = pd.DataFrame(rows)
        frame.attrs.update(policy=document["policy"], title=document["title"], lang=lang)
        return frame

    def copy(self) -> Policy:
        """An independent copy (edits included)."""
        other = Policy(self.spec)
        other.edits = list(self.edits)
        return other

    def __repr__(self) -> str:
        edits = ", ".join(f"{p}={v}" for p, v, _, _ in self.edits)
        return f"Policy({self.spec!r}{', ' + edits if edits else ''})"


_DEFAULTS = _core.DEFAULTS


class Scenario:
    """What `bailiff simulate` takes: a policy against a baseline over a population.

    Every input is a shipped name or a path; `population` is synthetic:NAME or csv:PATH
    (with `iin_key`); `cases=0` keeps the population's size (at most 200,000,000);
    `replications` 1 to 1,000 (None, the default: every posterior draw by the exact method,
    10 by Monte Carlo); `seed` 0 to 2**64 - 1; `horizon` "YYYY-MM-DD";
    `report_period` "FROM..TO" (with `region`) counts the events inside a calendar window.
    `behaviour` is a shipped name, a path or a bailiff.Behaviour (edited);
    `behaviour_draws=False` runs every replication on the behaviour file's own values (the
    CLI's `--behaviour-draws off`: Monte Carlo variation only), True takes turns over its
    posterior ensemble.
    Arguments are checked here and again when the scenario is loaded (InputError naming the
    argument). The IIN key is kept out of every repr, message and attribute: `iin_key` reads
    back as `<not shown>`.
    """

    _FIELDS = ("policy", "baseline", "population", "behaviour", "behaviour_draws", "seed",
               "replications", "cases", "horizon", "calendar", "iin_key", "report_period",
               "region")

    def __init__(self, policy: Union[PathLike, Policy] = _DEFAULTS["policy"],
                 baseline: Union[PathLike, Policy] = _DEFAULTS["baseline"],
                 population: str = _DEFAULTS["population"],
                 behaviour: Union[PathLike, Behaviour] = _DEFAULTS["behaviour"],
                 seed: int = _DEFAULTS["seed"], replications: Optional[int] = None,
                 cases: int = 0, horizon: Optional[str] = None,
                 calendar: PathLike = _DEFAULTS["calendar"], iin_key: Optional[str] = "",
                 report_period: Optional[str] = None, region: Optional[str] = "",
                 behaviour_draws: bool = True) -> None:
        self.policy = policy if isinstance(policy, Policy) else Policy(policy)
        self.baseline = baseline if isinstance(baseline, Policy) else Policy(baseline)
        self.population = population
        self.behaviour = behaviour if isinstance(behaviour, Behaviour) else Behaviour(behaviour)
        self.behaviour_draws = behaviour_draws
        self.seed = seed
        self.replications = replications
        self.cases = cases
        self.horizon = horizon
        self.calendar = calendar
        self.iin_key = iin_key
        self.report_period = report_period
        self.region = region
        self.check()

    @property
    def iin_key(self) -> _checks.Secret:
        """The IIN key, wrapped so that it never prints (`<not shown>`)."""
        return self._iin_key

    @iin_key.setter
    def iin_key(self, value):
        if isinstance(value, _checks.Secret):
            self._iin_key = value
        else:
            self._iin_key = _checks.Secret(_checks.iin_key(value))

    def check(self) -> Scenario:
        """Check every argument's type and range (InputError naming the argument)."""
        for name in ("policy", "baseline"):
            value = getattr(self, name)
            if not isinstance(value, Policy):
                _checks.fail(name, "a shipped name, a path or a Policy", _checks._shown(value))
            _checks.path(name, value.spec)
        if not isinstance(self.behaviour, Behaviour):
            _checks.fail("behaviour", "a shipped name, a path or a Behaviour",
                         _checks._shown(self.behaviour))
        _checks.path("behaviour", self.behaviour.spec)
        _checks.flag("behaviour_draws", self.behaviour_draws)
        for name in ("population", "calendar"):
            _checks.path(name, getattr(self, name))
        _checks.count("seed", self.seed, 0, _checks.MAX_SEED)
        if self.replications is not None:  # None: every posterior draw (exact), 10 (Monte Carlo)
            _checks.count("replications", self.replications, 1, _checks.MAX_REPLICATIONS)
        _checks.count("cases", self.cases, 0, _checks.MAX_CASES)
        _checks.text("horizon", self.horizon, optional=True)
        _checks.text("report_period", self.report_period, optional=True)
        _checks.text("region", self.region, optional=True)
        return self

    def copy(self, **changes: Any) -> Scenario:
        """A copy with `changes` applied (policies and behaviour copied with their edits)."""
        fields = {name: getattr(self, name) for name in self._FIELDS}
        fields["policy"] = self.policy.copy()
        fields["baseline"] = self.baseline.copy()
        fields["behaviour"] = self.behaviour.copy()
        fields.update(changes)
        return Scenario(**fields)

    def load(self, method: str = "auto") -> _core.LoadedScenario:
        """Parse and validate every input (raises InputError or DomainError); `method` is
        how its runs are computed: "exact" (expectations), "mc" (Monte Carlo), or "auto"
        (exact unless the population holds fewer than 100,000 fines, as on the command line)."""
        self.check()
        _checks.choice("method", method, ("auto", "mc", "exact"))
        return _core.load_scenario(
            str(self.policy.spec), str(self.baseline.spec), str(self.calendar),
            str(self.behaviour.spec),
            str(self.population), self.cases, self.iin_key.reveal(), self.horizon or "",
            self.report_period or "", self.region or "", self.policy.edited(), self.baseline.edited(),
            self.behaviour.edited(), self.behaviour_draws, method)

    def __repr__(self) -> str:
        return (f"Scenario(policy={self.policy!r}, baseline={self.baseline!r}, "
                f"population={self.population!r}, behaviour={self.behaviour!r}, "
                f"behaviour_draws={self.behaviour_draws}, cases={self.cases}, "
                f"replications={self.replications}, seed={self.seed})")
