"""Other instances hear of a commit at once on PostgreSQL (issue 16 item 3: LISTEN/NOTIFY), and of nothing else."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from pytestqt.qtbot import QtBot
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QUndoStack

from colead_desktop.db.change_notices import ChangeListener
from colead_desktop.db.engine import Database
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.records import save_record
from colead_desktop.settings import Settings
from colead_desktop.ui import change_watch
from colead_desktop.ui.change_watch import ChangeWatcher
from colead_desktop.ui.context import AppContext
from tests.ui.sync_runner import SyncRunner
from tests.pg_server import PostgresServer
from tests.programmes import new_programme

QUIET_S = 1.5  # how long to listen for a notice that must not come


@pytest.fixture
def pair(postgres: PostgresServer, migrated_postgres: str) -> Iterator[tuple[Database, Database]]:
    url = postgres.fresh_database(template=migrated_postgres)
    a, b = Database(url), Database(url)
    yield a, b
    a.dispose()
    b.dispose()


class Heard:
    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self) -> None:
        self.event.set()

    def wait(self, seconds: float) -> bool:
        heard = self.event.wait(seconds)
        self.event.clear()
        return heard


@pytest.fixture
def heard_by_a(pair: tuple[Database, Database]) -> Iterator[Heard]:
    heard = Heard()
    listener = ChangeListener(pair[0].engine, heard)
    listener.start()
    for _ in range(100):
        if listener.listening:
            break
        threading.Event().wait(0.05)
    assert listener.listening
    assert heard.wait(0)  # the notice every (re)connection gives for what it may have missed
    yield heard
    listener.stop()


def test_a_commit_by_b_is_heard_by_a_and_a_rollback_or_a_read_is_not(
        pair: tuple[Database, Database], heard_by_a: Heard) -> None:
    _, b = pair
    programme_id = new_programme(b)
    assert heard_by_a.wait(10)
    save_record(b, TalentRecord(None, programme_id, "新人 花子", skills=("ux_designer",)))
    assert heard_by_a.wait(10)

    with pytest.raises(RuntimeError), b.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE programme SET name = name || '!'")
        raise RuntimeError("rolled back: nobody may hear of it")
    assert not heard_by_a.wait(QUIET_S)

    with b.session() as session:
        assert session.execute(text("SELECT count(*) FROM talent")).scalar_one() == 1
    assert not heard_by_a.wait(QUIET_S)


def test_the_listener_comes_back_after_the_server_did(
        postgres: PostgresServer, pair: tuple[Database, Database], heard_by_a: Heard) -> None:
    postgres.restart()
    new_programme(pair[1])  # pool_pre_ping replaces B's dead connection
    assert heard_by_a.wait(20)


def test_the_window_reloads_on_a_notice_without_waiting_for_its_poll(
        qtbot: QtBot, pair: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    monkeypatch.setattr(change_watch, "POLL_MS", 3_600_000)  # no tick during the test: only the notice counts
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: True))
    context = AppContext(a, Settings(), SyncRunner(), QUndoStack())
    watcher = ChangeWatcher(context, interval_ms=change_watch.POLL_MS)
    watcher.start()
    qtbot.waitUntil(lambda: watcher.listening, timeout=10_000)
    with qtbot.waitSignal(watcher.changed_elsewhere, timeout=10_000):
        new_programme(b)
    watcher.stop()
    assert not watcher.listening


def test_on_sqlite_the_window_polls_and_listens_to_nothing(qtbot: QtBot, db: Database) -> None:
    watcher = ChangeWatcher(AppContext(db, Settings(), SyncRunner(), QUndoStack()))
    watcher.start()
    assert watcher.timer.isActive() and not watcher.listening
    watcher.stop()
