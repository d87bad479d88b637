"""A list of flat records as JSON text, exactly as `json.dumps(..., ensure_ascii=False, indent=2)` writes it,
in a fraction of the time (issue 15: `colead list talents --json` prints 10,000 of them).

With `indent` the standard library encodes in Python, value by value; without it, in C. So each column is
encoded at once in C, its values kept apart by a NUL character (JSON text never holds a raw control character:
the encoder escapes them inside strings), and the indented layout is put around them here. Values are scalars
or lists of scalars; anything else (a nested object, a list of lists) makes `records_json` give None, and the
caller uses json.dumps.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from itertools import chain, islice, repeat
from typing import Any

_APART = "\x00"
_CONTAINERS = (list, tuple, dict)
_RECORDS_PER_PART = 500
_SAMPLE = 64
# Types whose equal values always encode alike, so a column of one of them is encoded once per distinct value
# (not float: 0.0 == -0.0; not mixed types: 1 == True).
_ALIKE_WHEN_EQUAL = ({str}, {int}, {bool})


def _scalars(values: Sequence[Any], default: Callable[[Any], Any]) -> list[str] | None:
    """Each value's JSON text, or None when one of them is a container (or becomes one by `default`)."""
    if not values:
        return []
    text = json.dumps(values, ensure_ascii=False, separators=(_APART, ": "), default=default)
    if text[1] in "[{" or _APART + "[" in text or _APART + "{" in text:
        return None
    return text[1:-1].split(_APART)


def _by_distinct(values: Sequence[Any], encode: Callable[[list[Any]], list[str] | None]) -> list[str] | None:
    """encode(values), encoding each distinct value once: few in a column of thousands (regions, skills)."""
    # Mostly distinct (names, uuids): the lookups would cost more. The first values tell most columns apart
    # before all of them are hashed.
    if len(set(values[:_SAMPLE])) > _SAMPLE // 2:
        return encode(list(values))
    distinct = list(dict.fromkeys(values))
    if len(distinct) > len(values) // 2:
        return encode(list(values))
    texts = encode(distinct)
    if texts is None:
        return None
    text_of = dict(zip(distinct, texts, strict=True))
    return list(map(text_of.__getitem__, values))


def _lists(values: Sequence[Sequence[Any]], default: Callable[[Any], Any]) -> list[str] | None:
    """Each list's JSON text as a field of an indented record, or None when an item is not a scalar."""
    items = _scalars([item for value in values for item in value], default)
    if items is None:
        return None
    texts, at = [], 0
    for value in values:
        if value:
            texts.append("[\n      " + ",\n      ".join(items[at:at + len(value)]) + "\n    ]")
            at += len(value)
        else:
            texts.append("[]")
    return texts


def _column(values: Sequence[Any], default: Callable[[Any], Any]) -> list[str] | None:
    kinds = set(map(type, values))
    if kinds and kinds <= {list, tuple}:
        if tuple in kinds and list not in kinds and set(map(type, chain.from_iterable(values))) in (set(),
                                                                                                   *_ALIKE_WHEN_EQUAL):
            return _by_distinct(values, lambda distinct: _lists(distinct, default))
        return _lists(values, default)
    if any(issubclass(kind, _CONTAINERS) for kind in kinds):
        return None
    if kinds in _ALIKE_WHEN_EQUAL:
        return _by_distinct(values, lambda distinct: _scalars(distinct, default))
    return _scalars(values, default)


def records_json(names: Sequence[str], columns: Sequence[Sequence[Any]],
                 default: Callable[[Any], Any]) -> list[str] | None:
    """The records (column `i` holds field `names[i]` of every record) as json.dumps would write the list of
    their dicts with indent=2 and ensure_ascii=False, in parts to write one after the other (one text of
    megabytes would be copied whole at each step); None when a value is neither a scalar nor a list of them."""
    if not names or len(names) != len(columns):
        return None
    texts_by_field: list[list[str]] = []
    for values in columns:
        texts = _column(values, default)
        if texts is None:
            return None
        texts_by_field.append(texts)
    if not columns[0]:
        return ["[]"]
    # What comes before each field's value: its key, and before the first one the previous record's end. Each
    # part is joined from these and the values in C, without a string per record.
    keys = [json.dumps(name, ensure_ascii=False) + ": " for name in names]
    before = ["\n  },\n  {\n    " + keys[0], *(",\n    " + key for key in keys[1:])]
    count = len(columns[0])
    parts = ["[\n  {\n    " + keys[0]]  # the first record has no previous one to end
    for at in range(0, count, _RECORDS_PER_PART):
        fields = chain.from_iterable((repeat(text), values[at:at + _RECORDS_PER_PART])
                                     for text, values in zip(before, texts_by_field, strict=True))
        flat = chain.from_iterable(zip(*fields, strict=False))  # the repeats end with the values
        parts.append("".join(islice(flat, 1, None) if at == 0 else flat))
    parts.append("\n  }\n]")
    return parts
