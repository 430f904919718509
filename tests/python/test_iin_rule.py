"""Issue 24, item 8, through the Python door: an IIN given as an argument, alone or inside a
longer run of digits, is never echoed in a message (core iin.hpp's one rule)."""

import pytest

import bailiff

IIN = "990804314858"


@pytest.mark.parametrize("kwargs", [
    {"case": IIN},
    {"case": "C-1" + IIN},
    {"case": "EX-01-discount", "horizon": "2026-12-3" + IIN},
    {"case": "EX-01-discount", "cases": "cases-" + IIN + ".json"},
])
def test_explain_never_echoes_an_iin(kwargs):
    with pytest.raises(bailiff.InputError) as caught:
        bailiff.explain(**kwargs)
    assert IIN not in str(caught.value)
    assert "(not shown: it may be an IIN)" in str(caught.value)


def test_a_choice_never_echoes_an_iin():
    with pytest.raises(bailiff.InputError) as caught:
        bailiff.Scenario(population="synthetic:taraz-pilot").load(method=IIN)
    assert IIN not in str(caught.value)
    assert "not shown: it may hold an IIN" in str(caught.value)
