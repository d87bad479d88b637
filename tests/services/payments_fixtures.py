"""The demo programme on SQLite and PostgreSQL, shared by the payment service tests (import `demo` by name)."""

from __future__ import annotations

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.services.demo import load_demo

WHO = "経理 花子"


@pytest.fixture
def demo(any_db: Database) -> Database:
    load_demo(any_db)
    return any_db
