"""Rows as plain dictionaries, read and written through the mapped tables, for copying between databases.

Reading through the tables' own column types gives the same Python values from SQLite and PostgreSQL (dates,
JSON documents, booleans), so a row's digest (domain/offline.py) is the same whichever database it came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, select

from colead_desktop.db.base import Base
from colead_desktop.db.registry import load_all_models

Row = dict[str, Any]


def table(name: str) -> Table:
    load_all_models()
    return Base.metadata.tables[name]


def read_rows(conn: Connection, name: str, ids: Iterable[int], *, lock: bool = False) -> dict[int, Row]:
    """The rows of `name` with these ids, by id (FOR UPDATE with `lock`, on PostgreSQL)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    t = table(name)
    query = select(t).where(t.c.id.in_(wanted)).order_by(t.c.id)
    if lock:
        query = query.with_for_update()
    return {int(row["id"]): dict(row) for row in conn.execute(query).mappings()}


def ids_where(conn: Connection, name: str, column: str, value: int) -> list[int]:
    t = table(name)
    return [int(i) for i in conn.execute(select(t.c.id).where(t.c[column] == value).order_by(t.c.id)).scalars()]


def parents(name: str, row: Row) -> list[tuple[str, int]]:
    """The rows `row` refers to by foreign key: copied along so the copy keeps its references whole."""
    found = []
    for fk in table(name).foreign_keys:
        value = row.get(fk.parent.name)
        if value is not None and fk.column.name == "id":
            found.append((fk.column.table.name, int(value)))
    return found


def insert_all(conn: Connection, rows: dict[str, dict[Any, Row]]) -> None:
    """Insert every row, parents before children (the metadata's dependency order)."""
    load_all_models()
    for t in Base.metadata.sorted_tables:
        chosen = rows.get(t.name)
        if chosen:
            conn.execute(t.insert(), [chosen[i] for i in sorted(chosen)])
