"""Engine, sessions and start-up migrations for SQLite (default) or any SQLAlchemy URL."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, bindparam, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from colead_desktop.db import change_notices, encryption, revisions, text_limits
from colead_desktop.db.backup import backup_sqlite
from colead_desktop.db.pg_backup import dump_postgres
from colead_desktop.db.plain import DEFAULT_DB_NAME as DEFAULT_DB_NAME
from colead_desktop.db.plain import SQLITE_BUSY_TIMEOUT_S as SQLITE_BUSY_TIMEOUT_S
from colead_desktop.db.plain import Rows
from colead_desktop.db.plain import default_url as default_url
from colead_desktop.db.revisions import head_revisions, known_revisions
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.private_files import create_private_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
# A first start waiting for another start's migration or demo load: the whole chain of table rebuilds can take
# several seconds on a busy machine, more than an edit waits for another writer (SQLITE_BUSY_TIMEOUT_S).
START_UP_LOCK_WAIT_S = 60.0


def parse_url(url: str) -> URL:
    """make_url, with the ValueError SQLAlchemy lets out for a bad port reported as the bad URL it is."""
    try:
        return make_url(url)
    except ValueError as exc:
        raise ArgumentError(f"Could not parse SQLAlchemy URL: {type(exc).__name__}") from exc


def sqlite_path(url: str) -> Path | None:
    """The database file behind a SQLite URL, or None for a server or in-memory database."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


class MigrationFailed(InputError):
    """A schema migration (or the backup before it) failed; the database is still at its old revision."""


def _enable_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite's legacy transaction handling does not BEGIN before DDL, so a migration's CREATE TABLE
    # committed on its own and a crash left a half-migrated file. SQLAlchemy's recipe for SQLite: the
    # driver does no transaction handling and the engine's begin event emits BEGIN (_begin_sqlite), so
    # every transaction, migrations and sessions alike, is a real one from its first statement.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


IMMEDIATE = "colead_immediate"  # execution option: begin holding the write lock (SQLite)
LOCK_WAIT_S = "colead_lock_wait_s"  # execution option: how long BEGIN waits for another writer (SQLite)


def _begin_sqlite(connection: Connection) -> None:
    # An "immediate" transaction takes SQLite's write lock at BEGIN (waiting out the busy timeout), so what
    # it reads before writing cannot go stale: a deferred one that reads and then writes after another
    # writer committed fails at once with "database is locked", without waiting.
    options = connection.get_execution_options()
    _set_sqlite_busy_timeout(connection, options.get(LOCK_WAIT_S, SQLITE_BUSY_TIMEOUT_S))
    connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(IMMEDIATE, False) else "BEGIN")


def make_engine(url: str, **options: Any) -> Engine:
    # hide_parameters: an error's text (logged, maybe shown) must never carry the row's personal data.
    # pool_pre_ping: after a server restart a dead pooled connection is replaced instead of failing the action.
    connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_S} if parse_url(url).get_backend_name() == "sqlite" else {}
    engine = create_engine(url, future=True, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args,
                           **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite)
    elif engine.dialect.name == "postgresql":
        change_notices.announce_writes(engine)
    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config  # alembic is imported only to change the schema (start-up time)

    config = Config()
    config.set_main_option("script_location", str(revisions.MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def current_revisions(engine: Engine) -> set[str]:
    """The revisions the database is at (none when new), read with a plain query: no alembic at start."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return set()
        return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def _set_sqlite_foreign_keys(connection: Connection, enabled: bool) -> None:
    """Straight on the driver connection: through SQLAlchemy the PRAGMA would open a transaction first."""
    driver: Any = connection.connection.driver_connection  # sqlite3's, or sqlcipher3's for an encrypted file
    driver.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")


def _set_sqlite_busy_timeout(connection: Connection, seconds: float) -> None:
    driver: Any = connection.connection.driver_connection
    driver.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for all pending revisions (alembic's env.py runs them in it): a failure or a crash
    leaves the old schema, whole. SQLite and PostgreSQL both have transactional DDL.

    On SQLite, foreign keys are off meanwhile: a batch-mode rebuild drops and re-creates a table, which
    with them on would delete or orphan the rows referring to it. The pragma cannot change inside a
    transaction, so it is set before BEGIN, and `PRAGMA foreign_key_check` runs before the commit instead.
    """
    with engine.connect() as connection:
        # two first starts at once: the second waits for the first, then finds no work left. It waits longer
        # than an edit would: the whole chain of table rebuilds can take several seconds on a busy machine.
        connection.execution_options(**{IMMEDIATE: True, LOCK_WAIT_S: START_UP_LOCK_WAIT_S})
        on_sqlite = engine.dialect.name == "sqlite"
        if on_sqlite:
            _set_sqlite_foreign_keys(connection, False)
        try:
            with connection.begin():
                yield connection
                if on_sqlite:
                    _fail_on_broken_references(connection)
        finally:
            if on_sqlite:
                _set_sqlite_foreign_keys(connection, True)


def _fail_on_broken_references(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        raise MigrationFailed(msg(
            "スキーマの更新で参照の壊れた行ができるため中止しました（{tables}）。データベースは変更されていません。",
            "The schema update was abandoned because it would leave rows with broken references ({tables}). "
            "The database is unchanged.", tables=", ".join(tables)))


def _back_up_before_migrating(engine: Engine) -> None:
    db_file = sqlite_path(str(engine.url))
    try:
        if db_file is not None and db_file.exists():
            backup_sqlite(db_file, "pre-migration")
        elif engine.dialect.name == "postgresql":
            dump_postgres(engine.url, "pre-migration")
    except OSError as exc:  # a full disk, most likely
        raise MigrationFailed(msg(
            "スキーマ更新前のバックアップを作成できません（{err}）。スキーマは更新していません。",
            "Cannot write the backup taken before the schema update ({err}). The schema was not updated.",
            err=exc.strerror or exc)) from exc


def _failure_detail(exc: BaseException) -> str:
    """The driver's own words ("database or disk is full"), without the SQL or its parameters."""
    if isinstance(exc, SQLAlchemyError):
        original = getattr(exc, "orig", None)
        return str(original) if original is not None else type(exc).__name__
    return f"{type(exc).__name__}: {exc}"


def migrate(engine: Engine) -> None:
    """Bring the schema to head in one transaction, backing up an existing database first; refuse a newer one."""
    current = current_revisions(engine)
    if current == head_revisions():
        return
    unknown = current - known_revisions()
    if unknown:
        raise InputError(msg(
            "このデータベースは新しいバージョンの Co-LEAD Desktop で作成されています（スキーマ {rev}）。"
            "アプリを更新してから開いてください。",
            "This database was written by a newer Co-LEAD Desktop (schema {rev}). "
            "Update the app before opening it.", rev=", ".join(sorted(unknown))))
    if current:
        _back_up_before_migrating(engine)
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "heads")
    except MigrationFailed:
        raise
    except Exception as exc:  # whatever broke, the transaction rolled back: say so instead of a traceback
        log.error("schema migration failed: %s", _failure_detail(exc))
        raise MigrationFailed(msg(
            "スキーマの更新に失敗しました（{err}）。データベースは以前の状態のままです。",
            "The schema update failed ({err}). The database is as it was before.",
            err=_failure_detail(exc))) from exc


def session_rows(session: Session) -> Rows:
    """The session's transaction as a db.plain `Rows`, for the SQL written once as text (db/shared_reads.py,
    db/run_file_sql.py). Each parameter is bound with the type its value implies, so the dialect stores it as
    the ORM would (a datetime in SQLite with its microseconds; db/plain.sqlite_value does the same)."""
    return lambda sql, parameters: session.execute(text(sql).bindparams(
        *(bindparam(name, value) for name, value in parameters.items())))


class Database:
    """One engine and its session factory; open a session per unit of work, in the thread using it."""

    def __init__(self, url: str | None = None, key: str | None = None) -> None:
        """`key` opens an SQLCipher-encrypted file (db/encryption.py); without it a key remembered
        for the file is used, and an encrypted file without any key is refused (WrongKey)."""
        self.url = url or default_url()
        db_file = sqlite_path(self.url)
        options: dict[str, Any] = {}
        if db_file is not None:
            db_file.parent.mkdir(parents=True, exist_ok=True)
            create_private_file(db_file)  # SQLite gives -wal/-shm the database file's mode: 0600 too
            key = key or encryption.remembered_key(db_file)
            if key is not None or encryption.is_encrypted(db_file):
                options = encryption.unlock(db_file, key or "")
        self.engine = make_engine(self.url, **options)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        text_limits.install(self._sessions)

    def migrate(self) -> None:
        migrate(self.engine)

    @contextmanager
    def session(self, *, immediate: bool = False, start_up: bool = False) -> Iterator[Session]:
        """A transaction: committed when the block ends normally, rolled back on any error. `immediate`
        holds SQLite's write lock from the start, for a check whose write must not race another writer's;
        `start_up` (immediate too) is work another first start may be doing at the same moment, such as the
        demo's load: it waits for that start's lock as long as a migration does."""
        with self._sessions() as session, session.begin():
            if immediate or start_up:
                session.connection(execution_options={IMMEDIATE: True, LOCK_WAIT_S: START_UP_LOCK_WAIT_S}
                                   if start_up else {IMMEDIATE: True})
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def display_name(self) -> str:
        return str(sqlite_path(self.url) or parse_url(self.url).render_as_string(hide_password=True))

