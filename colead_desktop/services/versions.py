"""The version check every save of an editable record goes through (issue 16 item 3).

An editor keeps what it loaded (a record or tour, with its `version`). A save whose starting state is no longer
what is stored, or (knowing only a version) whose version is older than the stored row's, raises StaleRecord (domain/conflicts.py)
with mine, theirs and base, and writes nothing. The save's transaction holds the row (FOR UPDATE on PostgreSQL,
SQLite's write lock from BEGIN IMMEDIATE), so the check cannot race another writer; should a row change between
read and write all the same, SQLAlchemy's version_id_col refuses the UPDATE (StaleDataError), and that is
turned into the same StaleRecord, read afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any, TypeVar

from sqlalchemy import ScalarSelect, Table, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from colead_desktop.db.base import Base
from colead_desktop.db.engine import Database
from colead_desktop.db.registry import load_all_models
from colead_desktop.domain.conflicts import StaleRecord, Versioned

T = TypeVar("T", bound=Versioned)


def check_version(kind: str, stored: T, mine: T, base: T | None = None, labels: Mapping[str, str] | None = None
                  ) -> None:
    """StaleRecord unless `mine` was edited from what is stored.

    With the editor's starting state `base` known (the record dialog, the tour page, undo and redo), that state
    must be exactly what is stored: any save since shows as a difference. Versions are not compared then: an undo
    step's snapshot keeps the version it was taken at, and undoing a later step on the same record stores the
    same values again under a newer version, which loses nothing. Without a base (`colead set --version N`),
    the version `mine` was made from must be the stored one. `labels` name the differing fields in the message."""
    stale = base != stored if base is not None else bool(mine.version) and mine.version != stored.version
    if stale:
        raise StaleRecord(kind, mine, stored, base, labels)


@contextmanager
def stale_data_refused(kind: str, mine: T, base: T | None, stored_now: Callable[[], T],
                       labels: Mapping[str, str] | None = None) -> Iterator[None]:
    """Around a save's whole transaction: a StaleDataError at flush or commit becomes StaleRecord, with the
    stored state read afresh by `stored_now` (the failed transaction is rolled back by then)."""
    try:
        yield
    except StaleDataError as exc:
        raise StaleRecord(kind, mine, stored_now(), base, labels) from exc


def versioned_tables() -> list[Table]:
    """The tables of the editable records: those mapped with a version column."""
    load_all_models()
    tables = {mapper.local_table for mapper in Base.registry.mappers if mapper.version_id_col is not None}
    return sorted((t for t in tables if isinstance(t, Table)), key=lambda t: t.name)


# Payment records and statements carry no version: they change under their payee's lock, never from an editor's
# copy. Every change of them is written to the payments audit log, whose highest id therefore moves with each one;
# their own row counts and highest ids move with each row added or deleted.
PAYMENT_TABLES = ("payment_expense", "payment_statement", "payment_tour_day", "payment_work_day")


def change_mark(db: Database) -> tuple[int, ...]:
    """A mark that moves whenever an editable record, a payment record or a statement is added, changed or deleted,
    or an offline hold begins or ends, by anyone: per versioned table its row count, the sum of its versions
    (every UPDATE adds one) and its highest id (ids are never reused); per payment table its row count and highest
    id, and the payments audit log's highest id. Only the tables the login may read count (a lab coordinator's
    reads no payments: the whole query would be refused). One query of aggregates, cheap enough to poll every few
    seconds (ui/change_watch.py)."""
    tables = Base.metadata.tables
    with db.session() as session:
        readable = _readable(session, [*(t.name for t in versioned_tables()), *PAYMENT_TABLES, "payment_audit",
                                       "offline_hold"])
        parts = []
        for table in (t for t in versioned_tables() if t.name in readable):
            parts += [_count(table), select(func.coalesce(func.sum(table.c.version), 0)).scalar_subquery(),
                      _highest_id(table)]
        for table in (tables[name] for name in PAYMENT_TABLES if name in readable):
            parts += [_count(table), _highest_id(table)]
        if "payment_audit" in readable:
            parts.append(_highest_id(tables["payment_audit"]))
        hold = tables["offline_hold"]  # a check-out or its end makes records read-only or editable
        if hold.name in readable:
            parts += [_highest_id(hold),
                      select(func.count()).select_from(hold).where(hold.c.outcome.is_(None)).scalar_subquery()]
        row = session.execute(select(*parts)).one()
    return tuple(int(value) for value in row)


def _count(table: Table) -> ScalarSelect[int]:
    return select(func.count()).select_from(table).scalar_subquery()


def _highest_id(table: Table) -> ScalarSelect[int]:
    return select(func.coalesce(func.max(table.c.id), 0)).scalar_subquery()


def _readable(session: Session, names: list[str]) -> set[str]:
    """Of the tables `names`, those the signed-in login may read: on a team's PostgreSQL database its grants
    decide; an SQLite file is read whole."""
    if session.get_bind().dialect.name != "postgresql":
        return set(names)
    return set(session.scalars(text("SELECT name FROM unnest(CAST(:names AS text[])) AS name "
                                    "WHERE has_table_privilege(name, 'SELECT')"), {"names": names}))


class CommitCounter:
    """Whether anyone committed to an SQLite file since the last look, for a few microseconds: its
    `PRAGMA data_version`, which moves with every other connection's commit, read on a connection of its own that
    never writes. The full change mark scans every editable table (10–40 ms on 10,000 talents, on the GUI
    thread), so it is read only when this moved. PostgreSQL has no such counter (its commits are announced
    instead: db/change_notices.py), and there `moved()` is always True."""

    def __init__(self, db: Database) -> None:
        engine = db.engine
        self._errors: type[Exception] = engine.dialect.loaded_dbapi.Error
        self._connection: Any = None
        # a file that cannot be opened now has no counter: every check reads the full mark, which says so
        with suppress(SQLAlchemyError, self._errors):
            if engine.dialect.name == "sqlite":
                self._connection = engine.raw_connection()
        self._seen = self._read()

    def _read(self) -> int | None:
        """The counter now; None without one, or when the file cannot be read (the full mark then decides)."""
        if self._connection is None:
            return None
        try:  # on the driver's connection: through SQLAlchemy the PRAGMA would BEGIN first (db/engine.py)
            return int(self._connection.driver_connection.execute("PRAGMA data_version").fetchone()[0])
        except self._errors:
            return None

    def moved(self) -> bool:
        """Whether a commit may have happened since the last call (always, when there is no counter to read)."""
        before, self._seen = self._seen, self._read()
        return self._seen is None or self._seen != before

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
