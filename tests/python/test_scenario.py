"""Scenarios and policy edits: shipped names, copies that do not share edits, edit rules."""

import json

import bailiff


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
