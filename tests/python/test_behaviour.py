"""Behaviour edits (by JSON pointer and by calibrated parameter group) and runs without the
posterior draws, against the CLI and against the same edit made as a file."""

import json

import pytest

import bailiff


def _document(behaviour):
    return json.loads(behaviour.document().text)


def test_behaviour_draws_off_is_the_cli_s_byte_for_byte(cli):
    args = ["--cases", "20000", "--replications", "3", "--behaviour-draws", "off"]
    result = bailiff.simulate(bailiff.Scenario(cases=20_000, replications=3, behaviour_draws=False))
    assert result.to_json().encode() == cli("simulate", "--json", "--threads", "1", *args).stdout
    assert {p["behaviour_draw"] for p in result.report["per_replication"]} == {0}
    drawn = bailiff.simulate(bailiff.Scenario(cases=20_000, replications=3))
    assert [p["behaviour_draw"] for p in drawn.report["per_replication"]] == [0, 1, 2]


def test_behaviour_draws_must_be_a_bool():
    with pytest.raises(bailiff.InputError, match=r"^\(python\):behaviour_draws: behaviour_draws: "
                       r"expected True or False, found 'off'"):
        bailiff.Scenario(behaviour_draws="off")


def test_a_pointer_edit_runs_as_the_same_file_would(tmp_path):
    edit = {"/segments/0/share_ppm": 400000, "/segments/1/share_ppm": 350000}
    behaviour = bailiff.Behaviour("calibrated").set(edit)
    assert list(behaviour.segments.share_ppm) == [400000, 350000, 150000, 100000]
    assert list(bailiff.Behaviour("calibrated").segments.share_ppm) == [550000, 200000, 150000, 100000]
    path = tmp_path / "edited.json"
    path.write_bytes(behaviour.document().bytes)
    kwargs = dict(cases=20_000, replications=2, behaviour_draws=False)
    by_edit = bailiff.simulate(bailiff.Scenario(behaviour=behaviour, **kwargs)).report
    by_file = bailiff.simulate(bailiff.Scenario(behaviour=str(path), **kwargs)).report
    unedited = bailiff.simulate(bailiff.Scenario(**kwargs)).report
    for key in ("collected_tenge", "fee_avoided_official_tenge", "audit_root"):
        assert by_edit[key] == by_file[key]
    assert by_edit["audit_root"] != unedited["audit_root"]


def test_a_pointer_edit_equals_the_sweep_s_behaviour_point():
    scenario = bailiff.Scenario(cases=20_000, replications=2)
    point = bailiff.sweep(scenario, set={"behaviour:/notice_decay_ppm": [50000]}).table
    edited = scenario.copy(behaviour=bailiff.Behaviour("calibrated").set("/notice_decay_ppm", 50000))
    summary = bailiff.simulate(edited).summary
    for figure in ("collected", "fees_paid", "handed_to_bailiff"):
        want = summary[(summary.figure == figure) & (summary.policy == "kz-2024-08-20")]["mean"]
        assert point[point.figure == figure]["mean"].iloc[0] == pytest.approx(want.iloc[0])
    unedited = bailiff.simulate(scenario).summary
    assert not unedited[unedited.figure == "collected"]["mean"].iloc[0] == pytest.approx(
        point[point.figure == "collected"]["mean"].iloc[0])


def test_scaling_a_group_multiplies_its_parameters_only():
    base = _document(bailiff.Behaviour("calibrated"))
    scaled = _document(bailiff.Behaviour("calibrated").scale("robot_coverage", 2.0))
    national = [r for r in base["robot_coverage"]["ramps"] if r["region"] == "*"][0]
    doubled = [r for r in scaled["robot_coverage"]["ramps"] if r["region"] == "*"][0]
    assert doubled["plateau_ppm"] == min(1_000_000, 2 * national["plateau_ppm"])
    assert doubled["start_ppm"] == national["start_ppm"]
    assert scaled["segments"] == base["segments"]
    hazard = _document(bailiff.Behaviour("calibrated").scale("robot_hazard", 0.5))
    assert [s["hazard_ppm"]["robot"] for s in hazard["segments"]] == \
        [(s["hazard_ppm"]["robot"] + 1) // 2 for s in base["segments"]]


def test_more_coverage_pays_more_fines_under_the_robot():
    kwargs = dict(cases=20_000, replications=1, behaviour_draws=False)
    base = bailiff.simulate(bailiff.Scenario(**kwargs)).report
    more = bailiff.simulate(bailiff.Scenario(
        behaviour=bailiff.Behaviour().scale("robot_coverage", 2.0), **kwargs)).report
    assert more["policy_run"]["by_stage"]["robot"]["paid"] > base["policy_run"]["by_stage"]["robot"]["paid"]
    # The baseline has no robot: its figures stay (its audit root commits to the new file).
    without_root = lambda run: {k: v for k, v in run.items() if k != "audit_root"}
    assert without_root(more["baseline_run"]) == without_root(base["baseline_run"])


@pytest.mark.parametrize("edit,message", [
    (lambda b: b.set("/segments/0/share_ppm", 400000),
     r"^embedded:behaviour/calibrated.json \(edited behaviour:/segments/0/share_ppm=400000\):"
     r"/segments: share_ppm: expected segment shares summing to 1000000 ppm"),
    (lambda b: b.set("/segments/9/share_ppm", 1),
     r"^embedded:behaviour/calibrated.json:/segments/9/share_ppm: pointer: expected a value "
     r"that the file has"),
    (lambda b: b.scale("robot_speed", 2.0),
     r"^\(python\):group: group: expected one of robot_hazard, .*, found robot_speed"),
    (lambda b: b.scale("robot_hazard", 100), r"^\(python\):factor: factor: expected a multiplier "
     r"from 0.01 to 20, found 100$"),
    (lambda b: b.scale("robot_hazard", "2"), r"^\(python\):factor: factor: expected a multiplier"),
])
def test_a_bad_edit_is_refused_where_it_is_made(edit, message):
    behaviour = bailiff.Behaviour("calibrated")
    with pytest.raises(bailiff.InputError, match=message):
        edit(behaviour)
    assert behaviour.edits == []


def test_groups_are_the_core_s_with_the_ensemble_s_errors():
    groups = bailiff.Behaviour("calibrated").groups
    assert list(groups.group) == bailiff.Behaviour.group_names()
    assert "robot_coverage" in list(groups.group)
    ensemble = _document(bailiff.Behaviour("calibrated"))["ensemble"]
    k = ensemble["parameters"].index("robot_coverage")
    row = groups[groups.group == "robot_coverage"].iloc[0]
    assert row.standard_error == ensemble["standard_errors_ppm"][k] / 1e6
    assert row.draws == len(ensemble["draws_ppm"])
    assert "standard_error" not in bailiff.Behaviour("default").groups.columns


def test_a_copy_keeps_its_own_edits():
    a = bailiff.Behaviour().scale("robot_hazard", 1.5)
    b = a.copy().set("/notice_decay_ppm", 1000)
    assert len(a.edits) == 1 and len(b.edits) == 2
    assert "robot_hazard x1.5" in repr(b) and "/notice_decay_ppm=1000" in repr(b)
