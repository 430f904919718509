"""calibrate against `bailiff calibrate --json` (an evaluation on small populations, so
that the test is quick; the report's shape is whatever the CLI gives)."""

import pytest

import bailiff
from conftest import ROOT


def test_calibrate_follows_the_cli_s_convention():
    # Evaluating scores the shipped fit, exactly, unless told otherwise.
    result = bailiff.calibrate(max_iterations=0, draws=0)
    assert result.report["behaviour"] == "calibrated"
    assert result.report["iterations"] == 0
    savings = result.targets.set_index("target").loc["national-2024-2025-savings"]
    assert savings["grade"] == "official_national"
    assert savings["fitted_within_tolerance"]


def test_calibrate_report_is_the_cli_s(cli):
    args = ["--behaviour", "calibrated", "--max-iterations", "0", "--cases", "20000"]
    result = bailiff.calibrate(behaviour="calibrated", max_iterations=0, cases=20_000)
    assert result.json.encode() == cli("calibrate", "--json", *args).stdout
    targets = result.targets
    assert len(targets) == len(result.report["targets"]) > 0
    assert {"target", "value", "fitted_simulated"} <= set(targets.columns)


def test_the_fitted_behaviour_file_is_calibrate_o_s(cli, tmp_path):
    args = ["--behaviour", "default", "--max-iterations", "1", "--cases", "10000", "--method", "mc"]
    written = tmp_path / "fitted.json"
    cli("calibrate", "--json", *args, "-o", written)
    result = bailiff.calibrate(behaviour="default", max_iterations=1, cases=10_000, method="mc")
    assert result.behaviour.encode() == written.read_bytes()
    assert result.write_behaviour(tmp_path / "again.json").read_bytes() == written.read_bytes()


def test_a_ministry_s_records_as_targets_are_the_cli_s(cli, tmp_path):
    records = "csv:" + str(ROOT / "tests" / "fixtures" / "csv" / "valid.csv")
    key = "python-test-key-0123456789abcdef"
    key_file = tmp_path / "key.txt"
    key_file.write_text(key)
    args = ["--population", records, "--iin-key-file", key_file, "--method", "exact",
            "--max-iterations", "1", "--draws", "20"]
    result = bailiff.calibrate(behaviour="default", population=records, iin_key=key, method="exact",
                               max_iterations=1, draws=20)
    assert result.json.encode() == cli("calibrate", "--json", "--behaviour", "default", *args).stdout
    assert list(result.targets["target"]) == ["recorded-paid-share-discount",
                                              "recorded-mean-paid-discount"]
    assert key not in result.json and key not in result.behaviour


def test_records_and_a_target_set_are_refused_together():
    records = "csv:" + str(ROOT / "tests" / "fixtures" / "csv" / "valid.csv")
    with pytest.raises(bailiff.InputError, match="one source of targets: targets or the records of population"):
        bailiff.calibrate(population=records, targets="shipped+elsewhere", iin_key="calibrate-key-0123456789")
