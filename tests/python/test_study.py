"""sweep, sensitivity and paired_difference against the CLI and the draws: the same bytes as
`bailiff sweep --json` and `bailiff sensitivity --json`, the tables, and the refusals."""

import json
from decimal import Decimal

import pytest

import bailiff

PILOT = dict(population="synthetic:taraz-pilot", policy="kz-2024-pilot", replications=2, seed=11)
PILOT_ARGS = ["--population", "synthetic:taraz-pilot", "--policy", "kz-2024-pilot",
              "--replications", "2", "--seed", "11", "--method", "exact"]


@pytest.fixture(scope="module")
def swept():
    return bailiff.sweep(bailiff.Scenario(**PILOT), set=["robot_window=3,10"], method="exact",
                         threads=2)


def test_sweep_is_the_cli_s_byte_for_byte(cli, swept):
    args = ["sweep", "--set", "robot_window=3,10", *PILOT_ARGS]
    assert swept.to_json().encode() == cli(*args, "--json", "--threads", "1").stdout
    assert swept.to_csv().encode() == cli(*args, "--csv").stdout
    assert swept.text().encode() == cli(*args).stdout


def test_a_dict_of_values_sweeps_as_the_same_set_does(swept):
    by_dict = bailiff.sweep(bailiff.Scenario(**PILOT), set={"robot_window": [3, 10]},
                            method="exact", threads=1)
    assert by_dict.to_json() == swept.to_json()


def test_a_sweep_reports_progress_by_point_and_writes_its_output(swept, tmp_path):
    seen = []
    out = tmp_path / "sweep.json"
    again = bailiff.sweep(bailiff.Scenario(**PILOT), set=["robot_window=3,10"], method="exact",
                          progress=lambda done, total: seen.append((done, total)), output=out)
    assert seen == [(1, 2), (2, 2)]
    assert out.read_text() == again.to_json() == swept.to_json()


def test_the_sweep_table_has_a_row_per_point_and_figure(swept):
    table = swept.table
    assert list(table.columns) == ["robot_window", "figure", "unit", "mean", "p05", "p95"]
    figures = swept.report["points"][0]["figures"]
    assert len(table) == 2 * len(figures)
    row = table[(table.robot_window == 10) & (table.figure == "collected")].iloc[0]
    assert row.unit == "tenge"
    assert row["mean"] == float(swept.report["points"][1]["figures"]["collected_tenge"]["value"])
    assert (table.p05 <= table["mean"]).all() and (table["mean"] <= table.p95).all()
    share = table[table.figure == "paid_share"]
    assert set(share.unit) == {"share"} and share["mean"].between(0, 1).all()


def test_sensitivity_is_the_cli_s_byte_for_byte(cli):
    progress = []
    result = bailiff.sensitivity(bailiff.Scenario(**PILOT), method="exact", threads=2,
                                 progress=lambda done, total: progress.append((done, total)))
    args = ["sensitivity", *PILOT_ARGS]
    assert result.to_json().encode() == cli(*args, "--json").stdout
    assert result.to_csv().encode() == cli(*args, "--csv").stdout
    table = result.table
    assert list(table.columns[:3]) == ["figure", "unit", "parameter"]
    assert set(table.figure) == {"fee_avoided_official", "fee_avoided_counterfactual",
                                 "collected", "fees_paid", "handed_to_bailiff"}
    assert progress[-1][0] == progress[-1][1] == len(table) // 5 * 2


@pytest.mark.parametrize("kwargs,field", [
    (dict(set=[]), "set"),
    (dict(set="robot_window=1,2"), "set"),
    (dict(set=["robot_window"]), "set"),
    (dict(set={"robot_window": []}), "set"),
    (dict(set={"robot_window": [object()]}), "set"),
    (dict(set=["robot_window=1"], method="fast"), "method"),
    (dict(set=["robot_window=1"], threads=-1), "threads"),
    (dict(set=["robot_window=1"], progress="yes"), "progress"),
])
def test_sweep_arguments_are_checked_naming_them(kwargs, field):
    with pytest.raises(bailiff.InputError) as error:
        bailiff.sweep(bailiff.Scenario(**PILOT), **kwargs)
    assert error.value.location == field
    assert str(error.value).startswith(f"(python):{field}:")


def test_a_sweep_value_the_policy_refuses_names_the_file():
    with pytest.raises(bailiff.InputError, match="kz-2024-pilot.json"):
        bailiff.sweep(bailiff.Scenario(**PILOT), set={"robot_windw": [1]}, method="exact")
    with pytest.raises(bailiff.InputError, match="scenario"):
        bailiff.sensitivity("synthetic:taraz-pilot")
    for sets in ({"robot_window@2025-13-01": [1]}, ["robot_window@2025-13-01=1"]):
        with pytest.raises(bailiff.InputError) as error:
            bailiff.sweep(bailiff.Scenario(**PILOT), set=sets, method="exact")
        assert str(error.value).startswith("(python):set robot_window@2025-13-01:")


@pytest.fixture(scope="module")
def two_reforms():
    run = dict(method="exact", threads=2)
    return (bailiff.simulate(bailiff.Scenario(**dict(PILOT, replications=4)), **run),
            bailiff.simulate(bailiff.Scenario(**dict(PILOT, replications=4, policy="kz-2024-08-20")),
                             **run))


def test_paired_difference_is_the_per_draw_difference(two_reforms):
    a, b = two_reforms
    frame = bailiff.paired_difference(a, b)
    assert list(frame.figure) == ["fee_avoided_official", "fee_avoided_counterfactual",
                                  "collected", "paid_share"]
    draws = frame.attrs["draws"]
    assert len(draws) == 4
    pa, pb = a.report["per_replication"], b.report["per_replication"]
    expected = [Decimal(x["collected_tenge"]) - Decimal(y["collected_tenge"]) for x, y in zip(pa, pb)]
    assert list(draws.collected) == [float(e) for e in expected]
    collected = frame.set_index("figure").loc["collected"]
    assert collected["mean"] == pytest.approx(float(sum(expected) / 4))
    assert collected.p05 == float(min(expected)) and collected.p95 == float(max(expected))
    share = frame.set_index("figure").loc["paid_share"]
    # Each draw's share over its own count of fines (a preset's count varies with the draw).
    assert share["mean"] == pytest.approx(sum((x["paid"] - y["paid"]) / x["cases"]
                                              for x, y in zip(pa, pb)) / 4)
    assert (frame.p05 <= frame["mean"]).all() and (frame["mean"] <= frame.p95).all()
    assert list(draws.behaviour_draw) == [p["behaviour_draw"] for p in pa]


@pytest.mark.parametrize("change,field", [
    (dict(seed=12), "seed"),
    (dict(population="synthetic:national", cases=20_000), "population"),
    (dict(replications=3), "replications"),
    (dict(behaviour="default"), "draws"),
])
def test_paired_difference_refuses_unpaired_results(two_reforms, change, field):
    other = bailiff.simulate(bailiff.Scenario(**{**PILOT, "replications": 4, **change}),
                             method="exact", threads=2)
    with pytest.raises(bailiff.InputError) as error:
        bailiff.paired_difference(two_reforms[0], other)
    assert error.value.field == field
    with pytest.raises(bailiff.InputError, match=r"^\(python\):b:"):
        bailiff.paired_difference(two_reforms[0], two_reforms[1].report)


def test_from_json_round_trips(two_reforms, tmp_path):
    r = two_reforms[0]
    text = r.to_json()
    back = bailiff.Result.from_json(text)
    assert back.to_json() == text
    path = tmp_path / "run.json"
    r.to_json(path)
    from_file = bailiff.Result.from_json(path)
    assert from_file.to_json() == text
    assert from_file.by_region.equals(r.by_region)
    assert bailiff.paired_difference(back, two_reforms[1]).equals(
        bailiff.paired_difference(r, two_reforms[1]))
    with pytest.raises(bailiff.DomainError, match="summary|to_csv"):
        back.summary


@pytest.mark.parametrize("given,found", [
    ('{"policy": 1}', "without engine_version"),
    ("{not json", "invalid JSON at line 1"),
    ("/nonexistent/run.json", "no such file"),
    (12, "12"),
])
def test_from_json_refuses_what_is_not_a_report(given, found):
    with pytest.raises(bailiff.InputError) as error:
        bailiff.Result.from_json(given)
    assert error.value.field == "text_or_path"
    assert found in str(error.value)
