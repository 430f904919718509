"""Shared fixtures: the `bailiff` CLI the module is compared with, and a runner for it.

The CLI is $BAILIFF_CLI, else build/native/cli/bailiff of this checkout; the module is
whatever `import bailiff` finds (PYTHONPATH=build/native/python, README)."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli_path():
    path = Path(os.environ.get("BAILIFF_CLI", ROOT / "build" / "native" / "cli" / "bailiff"))
    if not path.is_file():
        pytest.fail(f"no bailiff CLI at {path} (build the native preset or set BAILIFF_CLI)")
    return path


@pytest.fixture(scope="session")
def cli(cli_path):
    """Run `bailiff ARGS...`; returns the completed process (stdout as bytes)."""

    def run(*args, check=True):
        done = subprocess.run([str(cli_path), *map(str, args)], capture_output=True)
        if check and done.returncode != 0:
            raise AssertionError(f"bailiff {' '.join(map(str, args))} failed: {done.stderr.decode()}")
        return done

    return run
