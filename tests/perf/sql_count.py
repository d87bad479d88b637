"""Counting the SQL statements a piece of work sends (issue 15: no N+1 reads), and databases of two sizes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from benchmarks.bigdb import Size, build
from colead_desktop.db.engine import Database

SMALL = Size(talents=30, tours=10, statements=15)
MODERATE = Size(talents=60, tours=20, statements=30)  # twice SMALL: a count that grows with the data differs


@contextmanager
def counting(db: Database) -> Iterator[list[str]]:
    """The statements sent to the database inside the block, in order."""
    sent: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def statements_sent(db: Database, work: Callable[[], object]) -> list[str]:
    with counting(db) as sent:
        work()
    return sent


def built(folder: Path, size: Size) -> tuple[Database, int]:
    """A database of `size` made through the services (benchmarks.bigdb) and its programme's id."""
    db = Database(f"sqlite:///{folder / f'{size.talents}.sqlite3'}")
    return db, build(db, size)
