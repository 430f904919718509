"""Ctrl-C during a run: KeyboardInterrupt, the run unwound, and no partial output."""

import os
import signal
import threading

import pytest

import bailiff


def test_an_interrupt_from_the_progress_callback_writes_nothing(tmp_path):
    out = tmp_path / "report.json"

    def stop(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        bailiff.simulate(bailiff.Scenario(cases=200_000, replications=3), progress=stop, output=out)
    assert list(tmp_path.iterdir()) == []


def test_sigint_stops_a_long_run_cleanly(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("before\n")
    timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            # 25.5 M fines x 8 runs by Monte Carlo: about a minute, interrupted after 0.5 s (the
            # exact method's national ensemble would end before the signal)
            bailiff.simulate(bailiff.Scenario(replications=4), method="mc", output=out)
    finally:
        timer.cancel()
    assert out.read_text() == "before\n" and list(tmp_path.iterdir()) == [out]
    # the module is still usable after the interrupt
    assert bailiff.simulate(bailiff.Scenario(cases=2_000, replications=1)).report["cases"] == 2_000
