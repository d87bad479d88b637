"""Reads written once as SQL text, run by the services through their session and by a fast command through
plain sqlite3 (db/plain.py): which programme is current, a programme's talents and which of them are archived.

No SQLAlchemy here: a command that only reads must not pay for importing it (issue 15).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from colead_desktop.db.plain import Rows, first
from colead_desktop.domain.personal import shown_sql
from colead_desktop.domain.talent_columns import PARTICIPATION_FIELDS, TALENT_FIELDS

if TYPE_CHECKING:  # a command printing the columns does not build records (domain/talent_columns.py)
    from colead_desktop.domain.records import TalentRecord

# Without a choice: a user's programme before the demo, then the newest fiscal year, then the newest id.
DEFAULT_PROGRAMME_SQL = "SELECT id FROM programme ORDER BY is_demo, fiscal_year DESC, id DESC LIMIT 1"
PROGRAMME_SQL = "SELECT id FROM programme WHERE id = :id"

# JSON columns: SQLite's driver gives their text, PostgreSQL's the decoded list.
_JSON_FIELDS = frozenset({"skills", "strong_areas", "region_preferences"})
_FROM_TALENTS = (" FROM talent AS t JOIN programme_talent AS p ON p.talent_id = t.id"
                 " WHERE p.programme_id = :programme_id")
_ARCHIVED = "t.archived_at IS NOT NULL"  # services/talent_archive.py: kept with their records, marked in listings


def _column(name: str) -> str:
    return f"{'p' if name in PARTICIPATION_FIELDS else 't'}.{name}"


# The person's columns and their participation's (domain/records.py), in the record's field order.
TALENTS_SQL = ("SELECT " + ", ".join(map(_column, TALENT_FIELDS)) + _FROM_TALENTS
               + " ORDER BY p.talent_id")  # the unique index's order: no sort

ARCHIVED_TALENTS_SQL = "SELECT t.id" + _FROM_TALENTS + f" AND {_ARCHIVED}"


def _json_value(name: str, reveal: bool) -> str:
    """Field `name` as a value of SQLite's json_object, as the listing shows it."""
    column = _column(name)
    if name not in _JSON_FIELDS:
        return shown_sql(name, column, reveal)
    # SQLAlchemy stored the list with \u escapes for anything not ASCII. A list with any escape is rebuilt from its
    # items, which SQLite writes as json.dumps(ensure_ascii=False) does (characters as themselves; the lists hold
    # text and numbers: json_each would give true as 1). Any other (most) is only made compact.
    return (f"CASE WHEN instr({column}, '\\') AND json_type({column}) = 'array'"
            f" THEN (SELECT json_group_array(value) FROM json_each({column})) ELSE json({column}) END")


def talents_json_sql(reveal: bool) -> str:
    """SQLite SQL giving each talent taking part, in id order, as the text of one JSON object: the fields of
    TALENT_FIELDS in order (contact data masked unless `reveal`), then whether archived. Built in SQLite's JSON
    functions for `colead list talents --json` through plain sqlite3: 10,000 talents in a third of the time
    fetching their 240,000 values into Python and encoding them there took (issue 15)."""
    fields = ", ".join(f"'{name}', {_json_value(name, reveal)}" for name in TALENT_FIELDS)
    archived = f"json(CASE WHEN {_ARCHIVED} THEN 'true' ELSE 'false' END)"
    return f"SELECT json_object({fields}, 'archived', {archived})" + _FROM_TALENTS + " ORDER BY p.talent_id"


def programme_exists(rows: Rows, programme_id: int) -> bool:
    return first(rows(PROGRAMME_SQL, {"id": programme_id})) is not None


def default_programme(rows: Rows) -> int | None:
    """The programme used when none is chosen (or the chosen one is gone); None on a database without any."""
    found = first(rows(DEFAULT_PROGRAMME_SQL, {}))
    return None if found is None else int(found)


def programme_in_use(rows: Rows, remembered: int | None) -> int | None:
    """The remembered choice while that programme still exists, else the default one."""
    if remembered is not None and programme_exists(rows, remembered):
        return remembered
    return default_programme(rows)


def _json_column(values: Sequence[Any]) -> list[Any]:
    """A JSON column's values as the records hold them: lists become tuples. The same few lists of skills and
    wishes recur across thousands of talents, so each distinct text is decoded once."""
    decoded: dict[str, Any] = {}

    def value(stored: Any) -> Any:
        if isinstance(stored, str):
            if stored not in decoded:
                loaded = json.loads(stored)
                decoded[stored] = tuple(loaded) if isinstance(loaded, list) else loaded
            return decoded[stored]
        return tuple(stored) if isinstance(stored, list) else stored

    return list(map(value, values))


def talent_values(rows: Rows, programme_id: int) -> list[Sequence[Any]]:
    """The fields of the talents taking part in the programme, in id order, a column of values per field of
    TALENT_FIELDS: one SELECT, no ORM objects (a command prints the columns without building records)."""
    columns: list[Sequence[Any]] = list(zip(*rows(TALENTS_SQL, {"programme_id": programme_id}), strict=True))
    if not columns:
        return [() for _ in TALENT_FIELDS]
    return [_json_column(values) if name in _JSON_FIELDS else values for name, values in zip(TALENT_FIELDS, columns,
                                                                                              strict=True)]


def talents_in(rows: Rows, programme_id: int) -> list[TalentRecord]:
    """The talents taking part in the programme, in id order."""
    from colead_desktop.domain.records import TalentRecord

    return [TalentRecord(*values) for values in zip(*talent_values(rows, programme_id), strict=True)]


def talent_json_objects(rows: Rows, programme_id: int, reveal: bool) -> list[str]:
    """The talents taking part in the programme, in id order, each as the text of its JSON object
    (talents_json_sql)."""
    return [row[0] for row in rows(talents_json_sql(reveal), {"programme_id": programme_id})]


def archived_talents(rows: Rows, programme_id: int) -> frozenset[int]:
    """The ids of the programme's talents who are archived."""
    return frozenset(int(row[0]) for row in rows(ARCHIVED_TALENTS_SQL, {"programme_id": programme_id}))
