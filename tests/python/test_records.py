"""bailiff.check_records: the same findings as `bailiff check-records`, byte for byte, as a
DataFrame; refusals as InputError; no IIN or key in any output."""

import pytest

import bailiff

ROOT_KEY = "example-key-0001"
IINS = ("880101300123", "920615400031", "751231500453")  # the shipped example's


def test_the_example_gives_the_clis_json_bytes(cli, tmp_path):
    key = tmp_path / "key"
    key.write_text(ROOT_KEY + "\n")
    frame = bailiff.check_records("example", iin_key_file=key)
    expected = cli("check-records", "example", "--iin-key-file", key, "--json").stdout.decode()
    assert frame.attrs["json"] == expected
    text = cli("check-records", "example", "--iin-key-file", key, "--lang", "ru").stdout.decode()
    assert bailiff.check_records("example", iin_key=ROOT_KEY, lang="ru").attrs["text"] == text


def test_one_row_per_finding_with_money_in_tenge():
    frame = bailiff.check_records("example", iin_key=ROOT_KEY)
    assert len(frame) == 10
    assert frame.attrs["summary"]["cases"] == 12
    assert frame.attrs["summary"]["cases_with_finding"] == 8
    assert frame.loc[frame.charged, "at_stake_tenge"].sum() == pytest.approx(17988.75)
    row = frame[frame.kind == "fee_above_scale"].iloc[0]
    assert row.case_id == "RL-07-early-handoff"
    assert row.at_stake_tenge == pytest.approx(4915.0)
    assert row.recorded_action == "fee_charged"
    assert set(frame.kind) >= {"proceeding_over_limit", "discount_not_honoured", "cannot_judge"}


def test_parameters_change_the_findings():
    tolerant = bailiff.check_records("example", iin_key=ROOT_KEY, lift_days=30)
    assert "measures_not_lifted" in set(bailiff.check_records("example", iin_key=ROOT_KEY).kind)
    assert tolerant.attrs["summary"]["lift_working_days"] == 30
    early = bailiff.check_records("example", iin_key=ROOT_KEY, as_of="2026-05-31")
    assert early.attrs["summary"]["as_of"] == "2026-05-31"


def test_no_iin_and_no_key_in_any_output():
    frame = bailiff.check_records("example", iin_key=ROOT_KEY)
    for output in (frame.attrs["json"], frame.attrs["text"], frame.attrs["csv"], frame.to_csv()):
        for iin in IINS:
            assert iin not in output
        assert ROOT_KEY not in output


def test_refusals(tmp_path):
    with pytest.raises(bailiff.InputError, match="at least 16 bytes"):
        bailiff.check_records("example", iin_key="short")
    bad = tmp_path / "bad.csv"
    bad.write_text("case_id,record,date,action,amount_tenge,debtor_iin,region,article,"
                   "discount_eligible\nA,fine,2025-03-03,,100,880101300123,Almaty,,0\n"
                   "A,event,2025-03-04,closed,100,,,,\n")
    with pytest.raises(bailiff.InputError, match="bad.csv:line 3, column 20: action: expected"):
        bailiff.check_records(bad, iin_key=ROOT_KEY)
    with pytest.raises(bailiff.InputError, match="lang"):
        bailiff.check_records("example", iin_key=ROOT_KEY, lang="de")
