"""Per-case outcomes: simulate(per_case=N) against `bailiff simulate --per-case FILE`, and
against the run's own counters."""

import io

import pandas as pd
import pytest

import bailiff

ARGS = ["--cases", "4000", "--replications", "2", "--seed", "5"]


@pytest.fixture(scope="module")
def result():
    return bailiff.simulate(bailiff.Scenario(cases=4_000, replications=2, seed=5), per_case=4_000)


def test_the_frame_is_the_cli_s_csv(cli, tmp_path, result):
    path = tmp_path / "cases.csv"
    report = cli("simulate", "--json", *ARGS, "--per-case", path, "--per-case-count", "4000").stdout
    assert path.read_bytes() == result.per_case.attrs["csv"].encode()
    assert report == result.to_json().encode()  # the same run: Monte Carlo, as per_case makes it
    from_cli = pd.read_csv(path, keep_default_na=False, dtype={"stage_paid": str, "day_paid": str})
    frame = result.per_case
    assert list(frame.columns) == ["policy", "case", "amount_tenge", "amount_tiyn", "segment",
                                   "region", "stage_paid", "day_paid", "fee_tenge", "fee_tiyn"]
    assert list(frame["case"]) == list(from_cli["case"])
    assert list(frame["amount_tenge"]) == list(from_cli["amount_tenge"])
    assert list(frame["amount_tiyn"]) == [round(t * 100) for t in from_cli["amount_tenge"]]
    assert list(frame["stage_paid"].fillna("")) == list(from_cli["stage_paid"])
    assert [str(d) if d is not pd.NA else "" for d in frame["day_paid"]] == list(from_cli["day_paid"])
    assert list(frame["fee_tenge"]) == list(from_cli["fee_tenge"])


def test_the_outcomes_add_up_to_the_run(result):
    frame = result.per_case
    assert len(frame) == 8_000
    for role in ("policy", "baseline"):
        run = result.report[f"{role}_run"]
        mine = frame[frame.policy == result.report[role]["id"]]
        assert (mine.stage_paid.notna()).sum() == run["paid"]
        assert mine.fee_tiyn.sum() == bailiff.simulation.tiyn(run["fees_paid_tenge"])
        for stage, counts in run["by_stage"].items():
            assert (mine.stage_paid == stage).sum() == counts["paid"]
        unpaid = mine[mine.stage_paid.isna()]
        assert unpaid.day_paid.isna().all() and mine[mine.stage_paid.notna()].day_paid.notna().all()


def test_fewer_cases_are_the_first_ones_and_exact_is_refused(result):
    first = bailiff.simulate(bailiff.Scenario(cases=4_000, replications=2, seed=5), per_case=10)
    mine = first.per_case
    assert len(mine) == 20
    whole = result.per_case
    head = pd.concat([whole[whole.policy == p].head(10) for p in ("kz-2024-08-20", "kz-pre-robot")])
    pd.testing.assert_frame_equal(mine.reset_index(drop=True), head.reset_index(drop=True))
    assert bailiff.simulate(bailiff.Scenario(cases=4_000, replications=1)).per_case is None
    with pytest.raises(bailiff.InputError, match=r"^\(python\):per_case: per_case: expected "
                       r"method \"mc\" or \"auto\" with per_case"):
        bailiff.simulate(bailiff.Scenario(cases=4_000), method="exact", per_case=5)
    with pytest.raises(bailiff.InputError, match=r"^\(python\):per_case: per_case: expected a "
                       r"whole number from 1 to 1,000,000, found 0"):
        bailiff.simulate(bailiff.Scenario(cases=4_000), per_case=0)


def test_a_large_population_runs_by_monte_carlo_for_its_cases():
    r = bailiff.simulate(bailiff.Scenario(cases=100_000, replications=1), per_case=3, threads=2)
    assert r.report["method"] == "mc" and len(r.per_case) == 6
