"""Fuzzing the JSON commands with damaged bytes, in this process and in a real one: the exit is 0 or 2, never a
traceback, and stdout is either empty or one complete JSON document."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli.json_commands import COMMANDS, run
from tests.cli.json_fuzz import SETTINGS, assert_clean, damaged_bytes, mutated

pytestmark = pytest.mark.usefixtures("heuristic_planner")


@settings(SETTINGS, max_examples=20)
@given(case=damaged_bytes())
def test_damaged_bytes_exit_0_or_2(tmp_path: Path, case: tuple[str, bytes]) -> None:
    outcome = run(*case, tmp_path)
    assert_clean(outcome.code, outcome.stdout, outcome.stderr)


@settings(SETTINGS, max_examples=4)
@given(case=st.one_of(mutated(), damaged_bytes()))
def test_a_real_process_exits_0_or_2(case: tuple[str, bytes]) -> None:
    command, raw = case
    result = subprocess.run([sys.executable, "-m", "colead_desktop.cli", *COMMANDS[command], "-"], input=raw,
                            capture_output=True, env=os.environ.copy(), timeout=30)
    assert_clean(result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8"))
