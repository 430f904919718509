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
