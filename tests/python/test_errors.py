"""Every error type reaches Python as a ValueError subclass with the CLI's own text."""

import pytest

import bailiff


def test_every_error_type_is_a_value_error():
    for error in (bailiff.InputError, bailiff.DomainError, bailiff.NotVerified):
        assert issubclass(error, ValueError)


def test_an_unknown_shipped_name_reads_as_the_cli_s_message(cli):
    with pytest.raises(bailiff.InputError) as caught:
        bailiff.simulate(bailiff.Scenario(policy="kz-1999", cases=1_000))
    stderr = cli("simulate", "--policy", "kz-1999", "--cases", "1000", check=False).stderr.decode()
    assert stderr.strip() == f"bailiff: error: {caught.value}"
    assert caught.value.field and caught.value.file == "kz-1999"


def test_a_bad_policy_file_names_file_pointer_and_field(tmp_path, cli):
    bad = tmp_path / "bad.json"
    text = bailiff.Scenario().policy.document().text.replace('"unit": "calendar_months"', '"unit": "weeks"', 1)
    bad.write_text(text)
    with pytest.raises(bailiff.InputError) as caught:
        bailiff.decide(policy=str(bad))
    message = str(caught.value)
    assert message.startswith(f"{bad}:/parameters/robot_window") and "expected" in message
    stderr = cli("decide", "--policy", bad, check=False).stderr.decode()
    assert stderr.strip() == f"bailiff: error: {message}"


@pytest.mark.parametrize("parameter,value,unit,where", [
    ("robot_windw", 2, None, "/parameters: parameter: expected one of"),
    ("robot_window", 2, "calendar_days", "/parameters/robot_window/unit: unit: expected calendar_months, found calendar_days"),
    ("robot_window", "two", None, "robot_window"),
])
def test_a_bad_policy_edit_is_refused_where_it_is_made(parameter, value, unit, where):
    policy = bailiff.Policy("kz-2024-08-20")
    with pytest.raises(bailiff.InputError, match=where.replace("(", r"\(")):
        policy.set(parameter, value, unit=unit)
    assert policy.edits == []


def test_a_bad_horizon_and_period_name_the_argument():
    with pytest.raises(bailiff.InputError, match=r"^\(python\):horizon: horizon: expected a date YYYY-MM-DD, found 2026-13-01$"):
        bailiff.Scenario(horizon="2026-13-01").load()
    with pytest.raises(bailiff.InputError, match=r"report_period: report period: expected FROM\.\.TO"):
        bailiff.Scenario(report_period="2025-06-01..2025-01-01").load()
    with pytest.raises(bailiff.InputError, match=r"lang: lang: expected en, ru or kk, found fr"):
        bailiff.explain("EX-01-discount", lang="fr")
    with pytest.raises(bailiff.InputError, match="replications"):
        bailiff.simulate(bailiff.Scenario(cases=1_000, replications=0))


def test_a_horizon_before_the_last_fine_is_a_domain_error(cli):
    with pytest.raises(bailiff.DomainError, match="ends before the population's last fine") as caught:
        bailiff.Scenario(cases=100, horizon="2024-01-01").load()
    stderr = cli("simulate", "--cases", "100", "--horizon", "2024-01-01", check=False).stderr.decode()
    assert stderr.strip() == f"bailiff: error: {caught.value}"


def test_an_unknown_case_names_the_cases_file():
    with pytest.raises(bailiff.InputError, match="embedded:cases/example.json"):
        bailiff.explain("NO-SUCH-CASE")
