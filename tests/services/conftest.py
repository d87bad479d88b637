"""Fixtures shared by the service tests: the demo programme (payments) and the demo meetup, each on SQLite
and PostgreSQL."""

from __future__ import annotations

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup
from colead_desktop.services.demo import load_demo
from tests.programmes import demo_programme


@pytest.fixture
def demo(any_db: Database) -> Database:
    load_demo(any_db)
    return any_db


@pytest.fixture
def demo_id(demo: Database) -> int:
    """The demo programme's id."""
    return demo_programme(demo)


@pytest.fixture
def meetup_demo(any_db: Database) -> tuple[Database, int]:
    """The demo programme and the id of its meetup event."""
    programme_id = load_demo(any_db)
    assert programme_id is not None
    event_id = meetup.meetup_event_id(any_db, programme_id)
    assert event_id is not None
    return any_db, event_id
