"""Scenarios and policy edits: shipped names, copies that do not share edits, edit rules."""

import json
from pathlib import Path

import pytest

import bailiff

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_names_are_the_cli_s_inputs():
    assert {"kz-2024-08-20", "kz-pre-robot", "kz-2024-pilot"} <= set(bailiff.shipped("policies"))
    assert "calibrated" in bailiff.shipped("behaviour")


def test_a_copy_keeps_its_own_edits():
    s = bailiff.Scenario(cases=1_000)
    s.policy.set("robot_window", 2)
    t = s.copy(cases=2_000)
    t.policy.set("simplified_max_debt", 40, unit="mrp")
    assert [e[0] for e in s.policy.edits] == ["robot_window"]
    assert [e[0] for e in t.policy.edits] == ["robot_window", "simplified_max_debt"]
    assert t.cases == 2_000 and s.cases == 1_000
    assert t.load().cases == 2_000


def test_an_edit_from_a_day_adds_a_dated_value():
    policy = bailiff.Policy("kz-2024-08-20").set("simplified_max_debt", 30, from_="2025-07-01")
    values = json.loads(policy.document().text)["parameters"]["simplified_max_debt"]["values"]
    assert [(v["from"], v["value"]) for v in values] == [
        ("2024-01-01", 0), ("2024-08-20", 20), ("2025-07-01", 30)]


def test_parameters_are_the_policy_file_s_dated_values():
    document = json.loads((ROOT / "data" / "policies" / "kz-2024-08-20.json").read_text())
    table = bailiff.Policy("kz-2024-08-20").parameters
    assert len(table) == sum(len(p["values"]) for p in document["parameters"].values())
    assert list(table.columns) == ["parameter", "from", "value", "unit", "label", "explanation",
                                   "basis", "reference", "assumption"]
    limit = table[table.parameter == "simplified_max_debt"]
    assert list(limit["from"]) == ["2024-01-01", "2024-08-20"] and list(limit.value) == [0, 20]
    assert set(limit.unit) == {"mrp"} and set(limit.label) == {"simplified limit"}
    mrp_2027 = table[(table.parameter == "mrp") & (table["from"] == "2027-01-01")].iloc[0]
    assert mrp_2027.assumption.startswith("MRP 2027 = 4,325 tenge")
    assert table.attrs["policy"] == "kz-2024-08-20"


def test_parameters_in_russian_and_kazakh_and_with_edits():
    policy = bailiff.Policy("kz-2024-08-20")
    assert policy.parameters_in("ru").set_index("parameter").label["discount_term"] == "срок скидки"
    assert policy.parameters_in("kk").set_index("parameter").label["discount_term"] == "жеңілдік мерзімі"
    policy.set("robot_window", 2, from_="2025-01-01")
    window = policy.parameters[policy.parameters.parameter == "robot_window"]
    assert list(window.value) == [1, 2] and list(window["from"]) == ["2024-01-01", "2025-01-01"]
    with pytest.raises(bailiff.InputError, match=r"^\(python\):lang: lang: expected 'en' or 'ru' or 'kk', found 'de'"):
        policy.parameters_in("de")
