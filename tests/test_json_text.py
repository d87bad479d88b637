"""json_text.records_json writes what json.dumps(indent=2, ensure_ascii=False) writes, or declines (None)."""

from __future__ import annotations

import json
import random
from datetime import date
from typing import Any

import pytest

from colead_desktop.json_text import records_json

CHARS = ['a', '"', '\\', '\x00', '\n', '\t', '佐', ']', '[', '{', '}', ',', ':', ' ', '\u2028', 'é', '%', '\x1f']


def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _dumps(names: list[str], columns: list[list[Any]]) -> str:
    return json.dumps([dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)],
                      ensure_ascii=False, indent=2, default=_default)


def _text(rnd: random.Random) -> str:
    return "".join(rnd.choice(CHARS) for _ in range(rnd.randrange(5)))


def _scalar(rnd: random.Random) -> object:
    return rnd.choice([lambda: _text(rnd), lambda: rnd.randrange(-5, 10**12), lambda: rnd.random() * 1e6,
                       lambda: None, lambda: rnd.random() < 0.5, lambda: date(2021, 5, rnd.randrange(1, 29)),
                       lambda: float("nan"), lambda: -0.0, lambda: 0.0, lambda: 1, lambda: True])()


@pytest.mark.parametrize("seed", range(6))
def test_random_records_come_out_as_json_dumps_writes_them(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(300):
        names = [f"{_text(rnd)}{i}" for i in range(rnd.randrange(1, 6))]
        count = rnd.randrange(0, 6)
        shapes = [rnd.randrange(4) for _ in names]
        columns: list[list[Any]] = []
        for shape in shapes:
            if shape == 0:  # lists of scalars, some repeated
                pool = [tuple(_scalar(rnd) for _ in range(rnd.randrange(3))) for _ in range(2)]
                columns.append([rnd.choice(pool) for _ in range(count)])
            elif shape == 1:  # one type, few distinct values (encoded once each)
                pool = [_text(rnd) for _ in range(2)] if rnd.random() < 0.5 else [1, 2]
                columns.append([rnd.choice(pool) for _ in range(count)])
            elif shape == 2:  # containers records_json leaves to json.dumps
                columns.append([rnd.choice([{}, [], {"a": 1}, [[1]], ({},), 1]) for _ in range(count)])
            else:
                columns.append([_scalar(rnd) for _ in range(count)])
        parts = records_json(names, columns, _default)
        if parts is not None:
            assert "".join(parts) == _dumps(names, columns)


def test_values_that_compare_equal_but_print_apart_stay_apart() -> None:
    names = ["a", "b", "c"]
    columns: list[list[Any]] = [[1, True, 1.0, 1], [0.0, -0.0, 0.0, -0.0], [(1,), (True,), (1.0,), (1,)]]
    parts = records_json(names, columns, _default)
    assert parts is not None and "".join(parts) == _dumps(names, columns)


def test_thousands_of_records_arrive_in_parts() -> None:
    names = ["id", "name", "skills"]
    columns: list[list[Any]] = [list(range(1200)), [f"人材{n}" for n in range(1200)],
                                [("IoT",) * (n % 3) for n in range(1200)]]
    parts = records_json(names, columns, _default)
    assert parts is not None and len(parts) > 3 and "".join(parts) == _dumps(names, columns)
