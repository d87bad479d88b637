"""What the JSON fuzz tests share: documents mutated or damaged at random, and the clean exit every input must get.

The tests are split over two files so that the suite's two workers (one file each, `--dist loadfile`) share them."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.cli.json_commands import COMMANDS, documents

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


