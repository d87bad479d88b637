"""Shared fixtures: offscreen Qt, a temporary data folder per test, migrated databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.i18n import set_language
from tests.pg_server import PostgresServer, start_postgres

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


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


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = Database()
    database.migrate()
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
    """The same test on the default SQLite file and on a fresh PostgreSQL database."""
    url = request.getfixturevalue("postgres").fresh_database() if request.param == "postgresql" else None
    database = Database(url)
    database.migrate()
    yield database
    database.dispose()
