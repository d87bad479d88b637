"""Shared fixtures: offscreen Qt, a temporary data folder per test, migrated databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from colead_desktop.db.engine import DEFAULT_DB_NAME, Database
from colead_desktop.domain.i18n import set_language
from tests.pg_server import PostgresServer, start_postgres
from tests.team_fixtures import team_db  # noqa: F401 - a fixture: a demo on a team PostgreSQL database

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def shots_dir(name: str) -> Path:
    """artifacts/NAME, made: where a test leaves the screenshots and page images a developer looks at."""
    folder = ARTIFACTS / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("COLEAD_DATA_DIR", str(folder))
    monkeypatch.delenv("COLEAD_DB_URL", raising=False)
    set_language("ja")
    return folder


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# Migrating an empty database to head takes about a second and hundreds of tests start from one, so each
# test process migrates once and every test gets a copy (the migrations themselves are tested in tests/db).
@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file at the head revision, closed (its WAL checkpointed) so that a file copy is complete."""
    path = tmp_path_factory.mktemp("migrated") / DEFAULT_DB_NAME
    database = Database(f"sqlite:///{path}")
    database.migrate()
    database.dispose()
    return path


@pytest.fixture(scope="session")
def migrated_postgres(postgres: PostgresServer) -> str:
    """The name of a PostgreSQL database at the head revision, with no connection left (a template)."""
    url = postgres.fresh_database()
    database = Database(url)
    database.migrate()
    database.dispose()
    return url.rsplit("/", 1)[1]


@pytest.fixture
def db(data_dir: Path, migrated_sqlite: Path) -> Iterator[Database]:
    """The default SQLite file in the test's data folder, empty and at the head revision."""
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(migrated_sqlite, data_dir / DEFAULT_DB_NAME)  # with its mode, 0600 like a new one
    database = Database()
    database.migrate()  # at head already: proves the copy is a database the app opens as it is
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = start_postgres()
    if server is None:
        pytest.skip("no PostgreSQL server binaries on this machine (the test command installs them on Debian)")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Database]:
    """The same test on the default SQLite file and on a fresh PostgreSQL database, both empty and at head."""
    if request.param == "postgresql":
        database = Database(request.getfixturevalue("postgres").fresh_database(
            template=request.getfixturevalue("migrated_postgres")))
        database.migrate()
        yield database
        database.dispose()
    else:
        yield request.getfixturevalue("db")


@pytest.fixture
def instances(any_db: Database) -> Iterator[tuple[Database, Database]]:
    """Instances A and B of the app on one database (SQLite file or PostgreSQL), each with its own engine."""
    other = Database(any_db.url)
    yield any_db, other
    other.dispose()


@pytest.fixture
def bank_confirms_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today, for the rule that money is never recorded as moved in the future (domain.statements), 60 days from
    now: runs refuse past dates, so a test creates one a week ahead and then plays the bank confirming it."""
    from datetime import timedelta

    from colead_desktop.domain import statements
    from colead_desktop.domain.clock import tokyo_today

    monkeypatch.setattr(statements, "tokyo_today", lambda: tokyo_today() + timedelta(days=60))
