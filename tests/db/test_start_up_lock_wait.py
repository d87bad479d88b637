"""A start-up's work (the demo's load) waits for another start's write lock as long as a migration does; an edit
gives up after the usual busy timeout (three first starts at once failed with 「使用中」 on a loaded machine)."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from colead_desktop.db import engine
from colead_desktop.db.engine import Database, sqlite_path


def test_a_start_up_session_outwaits_a_writer_an_edit_gives_up_on(db: Database,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_S", 0.1)
    monkeypatch.setattr(engine, "START_UP_LOCK_WAIT_S", 30.0)
    path = sqlite_path(db.url)
    assert path is not None
    other_start = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other_start.execute("BEGIN IMMEDIATE")
    with pytest.raises(OperationalError, match="locked"), db.session(immediate=True) as session:
        session.execute(text("SELECT 1"))

    releases = threading.Timer(0.5, other_start.rollback)
    releases.start()
    with db.session(start_up=True) as session:
        assert session.execute(text("SELECT count(*) FROM programme")).scalar() is not None
    releases.join()
    with db.session(immediate=True) as session:  # the next transaction waits the usual time again
        session.execute(text("SELECT 1"))
    other_start.close()
