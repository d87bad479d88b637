"""Engine, sessions and start-up migrations for SQLite (default) or any SQLAlchemy URL."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.db.backup import backup_sqlite
from colead_desktop.paths import data_dir

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_DB_NAME = "colead.sqlite3"
# How long a write waits for another program's lock before "database is locked" (failures.explain words it).
SQLITE_BUSY_TIMEOUT_S = 5.0


def default_url() -> str:
    return os.environ.get("COLEAD_DB_URL") or f"sqlite:///{data_dir() / DEFAULT_DB_NAME}"


def sqlite_path(url: str) -> Path | None:
    """The database file behind a SQLite URL, or None for a server or in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _enable_sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    # hide_parameters: an error's text (logged, maybe shown) must never carry the row's personal data.
    # pool_pre_ping: after a server restart a dead pooled connection is replaced instead of failing the action.
    connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_S} if make_url(url).get_backend_name() == "sqlite" else {}
    engine = create_engine(url, future=True, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_pragmas)
    return engine


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revisions() -> set[str]:
    """Each feature's migrations form their own branch from the core tables, so there may be several heads."""
    return set(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def migrate(engine: Engine) -> None:
    """Bring the schema to head, backing up an existing SQLite file first; refuse a newer database."""
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    current = current_revisions(engine)
    if current == set(script.get_heads()):
        return
    unknown = current - {rev.revision for rev in script.walk_revisions()}
    if unknown:
        raise InputError(msg(
            "このデータベースは新しいバージョンの Co-LEAD Desktop で作成されています（スキーマ {rev}）。"
            "アプリを更新してから開いてください。",
            "This database was written by a newer Co-LEAD Desktop (schema {rev}). "
            "Update the app before opening it.", rev=", ".join(sorted(unknown))))
    db_file = sqlite_path(str(engine.url))
    if current and db_file is not None and db_file.exists():
        backup_sqlite(db_file, "pre-migration")
    command.upgrade(alembic_config(engine), "heads")


class Database:
    """One engine and its session factory; open a session per unit of work, in the thread using it."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_url()
        db_file = sqlite_path(self.url)
        if db_file is not None:
            db_file.parent.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def migrate(self) -> None:
        migrate(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends normally, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def display_name(self) -> str:
        return str(sqlite_path(self.url) or make_url(self.url).render_as_string(hide_password=True))

