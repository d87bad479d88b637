"""Fuzzing the JSON commands with valid documents changed in one place: whatever the change, the exit is 0 or 2,
never a traceback, and stdout is either empty or one complete JSON document."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from tests.cli.json_commands import run
from tests.cli.json_fuzz import SETTINGS, assert_clean, mutated

pytestmark = pytest.mark.usefixtures("heuristic_planner")


@settings(SETTINGS, max_examples=30)
@given(case=mutated())
def test_mutated_documents_exit_0_or_2(tmp_path: Path, case: tuple[str, bytes]) -> None:
    outcome = run(*case, tmp_path)
    assert_clean(outcome.code, outcome.stdout, outcome.stderr)
