"""Counting the SQL statements a piece of work sends (issue 15: no N+1 reads), and databases of two sizes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from benchmarks.bigdb import MODERATE, Size, build
from colead_desktop.db.engine import Database

# half of MODERATE (60 talents, 20 tours, 30 statements): a count that grows with the data differs between them
SMALL = Size(MODERATE.talents // 2, MODERATE.tours // 2, MODERATE.statements // 2)


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
