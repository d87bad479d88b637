"""Fuzzing the three JSON commands: whatever the bytes, the exit is 0 or 2, never a traceback, and stdout is
either empty or one complete JSON document."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from colead_desktop.domain import roundtables_exact
from tests.cli.json_commands import COMMANDS, documents, run

ODD_TEXT = ["\ud800", "\udfff", "a\x00b", "\x1b[31m", "\u0085", "9999-12-31", "2021-02-30", "0000-01-01",
            "25:61", "", " ", "ｔ０１", "NaN", "x" * 300]
DEEP = "<deep>"
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**25), max_value=10**25),
    st.sampled_from([10**7, 2 * 10**15, -1, 0, 31, 32, 2**63]), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20), st.sampled_from(ODD_TEXT))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
# Every input must end within 10 s; the fixtures' tmp_path is only a scratch folder rewritten per example.
SETTINGS = settings(deadline=timedelta(seconds=10), suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large,
    HealthCheck.large_base_example])


@pytest.fixture(autouse=True)
def heuristic_planner(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plan round tables as the bundled app does, without CP-SAT: these tests are about reading any bytes, and
    the exact model's seconds per document are spent on its own tests (tests/domain/test_roundtables_exact*)."""
    monkeypatch.setattr(roundtables_exact, "available", lambda: False)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document a value sits, the root included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A valid document with one place replaced, dropped or blown up, serialised one way or another."""
    command = draw(st.sampled_from(sorted(COMMANDS)))
    document: Any = documents()[command]
    path = draw(st.sampled_from(_paths(document)))
    action = draw(st.sampled_from(["replace", "drop", "big_list", "deep"]))
    replacement = draw(VALUES)
    if action == "big_list":
        replacement = [replacement] * draw(st.sampled_from([1_001, 6_000, 200_000]))
    elif action == "deep":
        replacement = DEEP  # spliced in as text below: json.dumps itself cannot write 60,000 levels
    if not path:
        document = replacement
    else:
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        if action == "drop":
            del parent[path[-1]]
        else:
            parent[path[-1]] = replacement
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    levels = draw(st.sampled_from([1, 29, 30, 31, 32, 33, 5_000, 60_000]))
    text = text.replace(json.dumps(DEEP), "[" * levels + json.dumps(draw(VALUES)) + "]" * levels)
    return command, text.encode("utf-8", "surrogatepass")  # a surrogate written raw is invalid UTF-8


@st.composite
def damaged_bytes(draw: st.DrawFn) -> tuple[str, bytes]:
    """A valid document's bytes with a few bytes inserted, removed or overwritten, or wrapped in brackets."""
    command = draw(st.sampled_from(sorted(COMMANDS)))
    raw = bytearray(json.dumps(documents()[command], ensure_ascii=False).encode("utf-8"))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(raw)))
        junk = draw(st.one_of(st.binary(min_size=1, max_size=4),
                              st.sampled_from([b"[" * 40_000, b"9" * 5_000, b"NaN", b'"\\ud800"', b"\xc3", b"\x00"])))
        match draw(st.sampled_from(["insert", "remove", "overwrite"])):
            case "insert":
                raw[at:at] = junk
            case "remove":
                del raw[at:at + len(junk)]
            case "overwrite":
                raw[at:at + len(junk)] = junk
    return command, bytes(raw)


def assert_clean(code: int, stdout: str, stderr: str) -> None:
    assert code in (0, 2), stderr
    assert "Traceback" not in stderr
    if code == 2:
        assert stdout == "" and stderr.strip()
    else:
        assert stdout.endswith("\n")
        json.loads(stdout)  # one complete document


@settings(SETTINGS, max_examples=60)
@given(case=mutated())
def test_mutated_documents_exit_0_or_2(tmp_path: Path, case: tuple[str, bytes]) -> None:
    outcome = run(*case, tmp_path)
    assert_clean(outcome.code, outcome.stdout, outcome.stderr)


@settings(SETTINGS, max_examples=40)
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
