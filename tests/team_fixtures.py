"""A demo programme on a fresh PostgreSQL database set up for a team (`team init`), with one login per role."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.team import Role
from colead_desktop.services import team
from colead_desktop.services.demo import load_demo
from tests.pg_server import PostgresServer

SUFFIX = uuid.uuid4().hex[:6]  # logins are the server's, shared by every database: unique per test run
LOGINS = {"admin": f"ann_{SUFFIX}", "secretariat": f"sec_{SUFFIX}", "lab": f"lab_{SUFFIX}",
          "accounting": f"acc_{SUFFIX}", "accounting2": f"acc2_{SUFFIX}", "viewer": f"view_{SUFFIX}"}


class Team:
    def __init__(self, server: PostgresServer, url: str, programme_id: int, passwords: dict[str, str]) -> None:
        self.server, self.url, self.programme_id, self.passwords = server, url, programme_id, passwords
        self._open: list[Database] = []

    def url_of(self, key: str, password: str | None = None) -> str:
        """The URL the login of `key` signs in with (its own password unless another is given)."""
        given = self.passwords[key] if password is None else password
        return self.url.replace("//postgres@", f"//{LOGINS[key]}:{given}@")

    def as_(self, key: str) -> Database:
        """The database as the login of `key` signs in to it."""
        database = Database(self.url_of(key))
        self._open.append(database)
        return database

    def close(self) -> None:
        for database in self._open:
            database.dispose()



@pytest.fixture(scope="session")  # logins are the server's: one team per test process
def team_db(postgres: PostgresServer, migrated_postgres: str) -> Iterator[Team]:
    url = postgres.fresh_database(template=migrated_postgres)
    owner = Database(url)
    programme_id = load_demo(owner)
    assert programme_id is not None
    assert team.init_team(owner) > 30
    assert team.init_team(owner) > 30  # again: safe
    passwords = {}
    for key, login in LOGINS.items():
        role = Role(key.rstrip("2"))
        password = team.add_user(owner, login, role, ["北見"] if role is Role.LAB else [])
        assert password and len(password) >= 20
        passwords[key] = password
    owner.dispose()
    made = Team(postgres, url, programme_id, passwords)
    yield made
    made.close()
