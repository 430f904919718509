"""The module's simulation against `bailiff simulate`: the same bytes, and the tables."""

import json
import math

import numpy as np
import pytest

import bailiff

# Three scenarios: the default policies on a small national population, the Taraz pilot
# (another population and policy, with a report period), and an edited policy from a file.
SCENARIOS = [
    (dict(cases=20_000, replications=3), ["--cases", "20000", "--replications", "3"]),
    (dict(population="synthetic:taraz-pilot", policy="kz-2024-pilot", replications=2, seed=7,
          report_period="2024-04-01..2024-12-31", behaviour="default"),
     ["--population", "synthetic:taraz-pilot", "--policy", "kz-2024-pilot", "--replications",
      "2", "--seed", "7", "--report-period", "2024-04-01..2024-12-31", "--behaviour", "default"]),
    (dict(cases=15_000, replications=1, baseline="kz-2024-pilot", horizon="2026-06-30"),
     ["--cases", "15000", "--replications", "1", "--baseline", "kz-2024-pilot",
      "--horizon", "2026-06-30"]),
]


@pytest.mark.parametrize("kwargs,args", SCENARIOS)
def test_json_is_the_cli_s_byte_for_byte(cli, kwargs, args):
    result = bailiff.simulate(bailiff.Scenario(**kwargs), threads=2)
    expected = cli("simulate", "--json", "--threads", "1", *args).stdout
    assert result.to_json().encode() == expected
    assert result.to_csv().encode() == cli("simulate", "--csv", *args).stdout


def test_an_edited_policy_runs_as_the_same_file_would(tmp_path):
    s = bailiff.Scenario(cases=20_000, replications=2)
    s.policy.set("robot_window", 2, unit="calendar_months")
    edited = tmp_path / "window-2.json"
    edited.write_bytes(s.policy.document().bytes)
    by_edit = bailiff.simulate(s).report
    by_file = bailiff.simulate(bailiff.Scenario(policy=str(edited), cases=20_000, replications=2)).report
    for key in ("collected_tenge", "fees_paid_tenge", "fee_avoided_official_tenge", "audit_root"):
        assert by_edit[key] == by_file[key]
    unedited = bailiff.simulate(bailiff.Scenario(cases=20_000, replications=2)).report
    assert by_edit["audit_root"] != unedited["audit_root"]
    assert by_edit["policy"]["sha256"] == by_file["policy"]["sha256"]
    assert by_edit["policy"]["source"].endswith("(edited)")


@pytest.fixture(scope="module")
def small():
    return bailiff.simulate(bailiff.Scenario(cases=20_000, replications=4))


def test_summary_is_the_csv_report(small):
    summary = small.summary
    assert list(summary.columns) == ["figure", "unit", "policy", "mean", "p05", "p95", "std_error"]
    official = summary[summary.figure == "fee_avoided_official"].iloc[0]
    assert official["mean"] == pytest.approx(float(small.report["fee_avoided_official_tenge"]))
    assert (summary["p05"] <= summary["mean"]).all() and (summary["mean"] <= summary["p95"]).all()


def test_draws_have_one_row_per_run_whose_mean_is_the_figure(small):
    draws = small.draws
    assert len(draws) == 8 and set(draws.role) == {"policy", "baseline"}
    policy = draws[draws.role == "policy"]
    assert policy["cases"].eq(20_000).all()
    mean_paid = policy[[c for c in draws.columns if c.startswith("paid_")]].sum(axis=1).mean()
    # The report rounds half away from zero (Python's round() would round half to even).
    assert math.floor(mean_paid + 0.5) == small.report["paid"]


def test_draws_name_the_policy_and_draw_and_hold_both_savings(small):
    draws = small.draws
    per = {p["replication"]: p for p in small.report["per_replication"]}
    assert set(draws.policy) == {"kz-2024-08-20", "kz-pre-robot"}
    assert (draws.policy[draws.role == "policy"] == "kz-2024-08-20").all()
    assert [per[r]["behaviour_draw"] for r in draws.replication] == list(draws.behaviour_draw)
    # Money in tenge beside the exact tiyn.
    assert (draws.collected_robot_tenge * 100 == draws.collected_robot_tiyn).all()
    policy = draws[draws.role == "policy"]
    for measure in ("fee_avoided_official", "fee_avoided_counterfactual"):
        assert [float(per[r][f"{measure}_tenge"]) for r in policy.replication] == \
            list(policy[f"{measure}_tenge"])
        assert draws[draws.role == "baseline"][f"{measure}_tiyn"].isna().all()
    # The mean of the per-draw savings is the headline's (to the tiyn the report rounds to).
    mean = policy.fee_avoided_counterfactual_tiyn.mean()
    assert abs(mean - round(float(small.report["fee_avoided_counterfactual_tenge"]) * 100)) <= 1


def test_breakdowns_name_their_rows(small):
    assert list(small.by_region.columns[:2]) == ["policy", "region"]
    assert list(small.by_segment.columns[:2]) == ["policy", "segment"]


def test_breakdowns_add_up_to_the_seeded_run(small):
    run = small.report["policy_run"]
    stage = small.by_stage[small.by_stage.policy == "kz-2024-08-20"]
    assert stage["paid"].sum() == run["paid"]
    region = small.by_region[small.by_region.policy == "kz-2024-08-20"]
    assert region["cases"].sum() == run["cases"]
    segment = small.by_segment[small.by_segment.policy == "kz-pre-robot"]
    assert segment["cases"].sum() == small.report["baseline_run"]["cases"]
    daily = small.daily
    assert daily["share_paid"].between(0, 1).all()
    assert daily.groupby("policy")["share_paid"].is_monotonic_increasing.all()


def test_paid_by_day_is_a_view_of_the_run_without_a_copy(small):
    days = small.paid_by_day("policy", 0)
    assert isinstance(days, np.ndarray) and days.dtype == np.int64
    assert not days.flags.owndata and days.base is not None
    assert list(np.cumsum(days)) == small.report["policy_run"]["paid_cumulative_by_day"]
    again = small.paid_by_day("policy", 0)
    assert again.__array_interface__["data"][0] == days.__array_interface__["data"][0]


def test_report_period_as_a_table():
    result = bailiff.simulate(bailiff.Scenario(**SCENARIOS[1][0]))
    period = result.period()
    assert period.attrs["from"] == "2024-04-01" and "robot_opened" in set(period.figure)
    assert bailiff.simulate(bailiff.Scenario(cases=5_000, replications=1)).period() is None


def test_exact_method_labels_itself_and_agrees_with_the_monte_carlo():
    scenario = bailiff.Scenario(cases=200_000, replications=1)
    exact = bailiff.simulate(scenario, method="exact")
    report = json.loads(exact.to_json())
    assert report["method"] == "exact"
    assert report["figures_label"].startswith("point: the exact expectation")
    mc = json.loads(bailiff.simulate(scenario).to_json())
    # 200,000 fines: the paid share within 0.5 percentage point (about 10 standard errors).
    assert abs(report["paid_share"] - mc["paid_share"]) < 0.005
    with pytest.raises(bailiff.InputError, match="method"):
        bailiff.simulate(scenario, method="fast")

def test_progress_callback_sees_every_case_run():
    seen = []
    bailiff.simulate(bailiff.Scenario(cases=10_000, replications=2), progress=lambda d, t: seen.append((d, t)))
    done, total = seen[-1]
    assert total > 0 and done == total


def test_progress_true_draws_a_tqdm_bar(capsys):
    bailiff.simulate(bailiff.Scenario(cases=10_000, replications=1), progress=True)
    assert "simulating" in capsys.readouterr().err
