"""decide, verify, explain and diff against the CLI's JSON reports."""

import json

import pandas as pd
import pytest

import bailiff
from bailiff.audit import decisions_frame


def test_decide_frame_equals_the_cli_s_json(cli):
    frame = bailiff.decide(cases="example", policy="kz-2024-08-20")
    expected = cli("decide", "--cases", "example", "--policy", "kz-2024-08-20", "--json").stdout
    assert frame.attrs["json"].encode() == expected
    pd.testing.assert_frame_equal(frame, decisions_frame(json.loads(expected)))
    assert list(frame.columns[:4]) == ["case", "date", "action", "amount_tenge"]
    assert {"rule", "legal_basis"} <= set(frame.columns)


def test_a_bundle_verifies_and_a_flipped_byte_is_named(tmp_path, cli):
    bundle = tmp_path / "run.rbb"
    decided = bailiff.decide(bundle=bundle)
    found = bailiff.verify(bundle)
    assert found.ok and found.report["replay_root"] == decided.attrs["root"]
    assert found.json.encode() == cli("verify", bundle, "--json").stdout
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    broken = bailiff.verify(bundle)
    assert not broken.ok and not broken.checks["ok"].all()
    assert broken.json.encode() == cli("verify", bundle, "--json", check=False).stdout


def test_explain_and_diff_are_the_cli_s(cli):
    e = bailiff.explain("EX-04-private-bailiff", lang="ru")
    assert e.json.encode() == cli("explain", "--case", "EX-04-private-bailiff", "--lang", "ru", "--json").stdout
    assert e.text.encode() == cli("explain", "--case", "EX-04-private-bailiff", "--lang", "ru").stdout
    d = bailiff.diff("kz-2024-08-20", "kz-pre-robot")
    assert d.attrs["json"].encode() == cli("diff", "--json").stdout
    assert d["changed"].any() and len(d) == len(json.loads(d.attrs["json"])["cases"])


def test_explain_from_a_bundle_and_a_tampered_one_refused(tmp_path, cli):
    bundle = tmp_path / "run.rbb"
    bailiff.decide(bundle=bundle)
    e = bailiff.explain("EX-03-robot-window", bundle=bundle, lang="kk")
    assert e.json.encode() == cli("explain", "--case", "EX-03-robot-window", "--bundle", bundle,
                                  "--lang", "kk", "--json").stdout
    data = bytearray(bundle.read_bytes())
    data[data.rfind(b"bailiff.fee_charged")] ^= 0x20
    bundle.write_bytes(bytes(data))
    with pytest.raises(bailiff.NotVerified, match=": not verified: chain: ") as refused:
        bailiff.explain("EX-03-robot-window", bundle=bundle)
    stderr = cli("explain", "--case", "EX-03-robot-window", "--bundle", bundle, check=False).stderr
    assert stderr.decode().strip() == f"bailiff: error: {refused.value}"
    assert isinstance(refused.value, ValueError)
