"""calibrate against `bailiff calibrate --json` (an evaluation on small populations, so
that the test is quick; the report's shape is whatever the CLI gives)."""

import bailiff


def test_calibrate_report_is_the_cli_s(cli):
    args = ["--behaviour", "calibrated", "--max-iterations", "0", "--cases", "20000"]
    result = bailiff.calibrate(behaviour="calibrated", max_iterations=0, cases=20_000)
    assert result.json.encode() == cli("calibrate", "--json", *args).stdout
    targets = result.targets
    assert len(targets) == len(result.report["targets"]) > 0
    assert {"target", "value", "fitted_simulated"} <= set(targets.columns)


def test_the_fitted_behaviour_file_is_calibrate_o_s(cli, tmp_path):
    args = ["--behaviour", "default", "--max-iterations", "1", "--cases", "10000"]
    written = tmp_path / "fitted.json"
    cli("calibrate", "--json", *args, "-o", written)
    result = bailiff.calibrate(behaviour="default", max_iterations=1, cases=10_000)
    assert result.behaviour.encode() == written.read_bytes()
    assert result.write_behaviour(tmp_path / "again.json").read_bytes() == written.read_bytes()
