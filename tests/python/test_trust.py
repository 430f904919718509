"""Trust, part 2 (issue 24), through the Python door: every argument is checked before the
binding (InputError naming it, never pybind11's TypeError listing every argument), the IIN
key is in no repr, message or attribute, verify() takes public_key=, and /dev/zero is not
read."""

import os
import time

import pytest

import bailiff
from bailiff import _core

KEY = "trust-test-iin-key-0123456789"


def _key_absent(*texts):
    for text in texts:
        assert KEY not in text and KEY[:12] not in text


@pytest.mark.parametrize("changes,name", [
    ({"cases": -1}, "cases"),
    ({"cases": 2**63}, "cases"),
    ({"cases": 2**64}, "cases"),
    ({"cases": True}, "cases"),
    ({"cases": 1.5}, "cases"),
    ({"cases": "10"}, "cases"),
    ({"cases": 10**12}, "cases"),
    ({"replications": -1}, "replications"),
    ({"replications": 0}, "replications"),
    ({"seed": -1}, "seed"),
    ({"horizon": 20261231}, "horizon"),
    ({"region": 7}, "region"),
    ({"population": 42}, "population"),
    ({"iin_key": 12345678901234567}, "iin_key"),
])
def test_a_mistyped_scenario_argument_is_named_and_the_key_never_shown(changes, name):
    with pytest.raises(bailiff.InputError) as caught:
        bailiff.Scenario(**{"population": "synthetic:taraz-pilot", "iin_key": KEY, **changes})
    assert str(caught.value).startswith(f"(python):{name}: {name}: expected")
    assert caught.value.field == name
    _key_absent(str(caught.value), repr(caught.value))


@pytest.mark.parametrize("kwargs,name", [
    ({"threads": 10**6}, "threads"),
    ({"threads": -1}, "threads"),
    ({"output": 123}, "output"),
    ({"method": "fast"}, "method"),
    ({"progress": 5}, "progress"),
])
def test_simulate_checks_its_arguments_first(kwargs, name, tmp_path, monkeypatch):
    s = bailiff.Scenario(population="synthetic:taraz-pilot", cases=100, replications=1, iin_key=KEY)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(bailiff.InputError, match=rf"^\(python\):{name}: {name}: expected") as caught:
        bailiff.simulate(s, **kwargs)
    _key_absent(str(caught.value))
    assert not os.path.exists("123")


def test_a_changed_attribute_is_checked_again_when_loaded():
    s = bailiff.Scenario(cases=100, replications=1)
    s.cases = -1
    with pytest.raises(bailiff.InputError, match=r"^\(python\):cases: cases: expected a whole number from 0 to 200,000,000, found -1$"):
        bailiff.simulate(s)


@pytest.mark.parametrize("kwargs,name", [
    ({"max_iterations": -1}, "max_iterations"),
    ({"draws": -1}, "draws"),
    ({"starts": 0}, "starts"),
    ({"cases": 2**63}, "cases"),
    ({"threads": 10**6}, "threads"),
    ({"seed": "x"}, "seed"),
    ({"iin_key": 5}, "iin_key"),
])
def test_calibrate_checks_its_arguments_first(kwargs, name):
    with pytest.raises(bailiff.InputError, match=rf"^\(python\):{name}: {name}: expected") as caught:
        bailiff.calibrate(**{"iin_key": KEY, **kwargs})
    _key_absent(str(caught.value))


def test_the_key_is_in_no_repr_or_attribute():
    s = bailiff.Scenario(population="synthetic:taraz-pilot", iin_key=KEY)
    _key_absent(repr(s), str(vars(s)), repr(s.iin_key), str(s.iin_key), repr(s.copy()),
                str(vars(s.copy())))
    assert repr(s.iin_key) == "<not shown>"
    assert s.copy().iin_key.reveal() == KEY


def test_the_binding_refuses_none_instead_of_crashing():
    with pytest.raises(bailiff.InputError, match="scenario"):
        _core.simulate(None, 1, 1, 1)


def test_verify_takes_a_public_key(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cli("keygen", "-o", "alice")
    cli("keygen", "-o", "mallory")
    cli("decide", "--bundle", "signed.rbb", "--sign", "alice.key")
    authentic = bailiff.verify("signed.rbb", public_key="alice.pub")
    assert authentic.ok and authentic.report["authenticity"]["authentic"] is True
    unchecked = bailiff.verify("signed.rbb")
    assert unchecked.ok and unchecked.report["authenticity"]["checked"] is False
    assert "signed by key" not in unchecked.text
    wrong = bailiff.verify("signed.rbb", public_key="mallory.pub")
    assert not wrong.ok and wrong.report["authenticity"]["authentic"] is False


def test_verify_does_not_read_dev_zero_or_a_pipe(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    for source in ("/dev/zero", str(tmp_path / "pipe")):
        start = time.monotonic()
        with pytest.raises(bailiff.InputError, match="expected a regular file"):
            bailiff.verify(source)
        assert time.monotonic() - start < 5
