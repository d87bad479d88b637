"""ui/page_load.PageLoad, the one way pages read off the GUI thread: the newest visit's data win, a placeholder
covers the page meanwhile, a failure is shown (issue 15)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.jobs import JobRunner
from colead_desktop.ui.page_load import PageLoad
from tests.ui.loading import wait_loaded
from tests.ui.modal import when_modal

GATE_S = 30.0


def _page(qtbot: QtBot, db: Database) -> tuple[QWidget, AppContext]:
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(600, 400)
    page.show()
    return page, AppContext(db, Settings(), JobRunner(page), QUndoStack())


def _reads(gates: list[threading.Event], values: list[str], started: threading.Event) -> Callable[[], str]:
    """Each call says it `started`, waits for the next gate and returns the next value."""
    calls = iter(zip(gates, values, strict=True))

    def read() -> str:
        gate, value = next(calls)
        started.set()
        assert gate.wait(GATE_S)
        return value

    return read


def test_a_newer_visit_wins_over_an_older_read_still_running(qtbot: QtBot, db: Database) -> None:
    page, ctx = _page(qtbot, db)
    gates, started = [threading.Event(), threading.Event()], threading.Event()
    filled: list[str] = []
    load = PageLoad(page, ctx, _reads(gates, ["old", "new"], started), filled.append)
    load.start()
    assert started.wait(GATE_S)  # the first read runs on the worker
    assert load.placeholder.isVisible() and not page.isEnabled()  # nothing to act on before the first data
    load.start()  # the user came back to the page: a newer read
    gates[0].set()
    qtbot.wait(50)
    assert filled == [] and load.loading  # the older read's data are not shown
    gates[1].set()
    wait_loaded(qtbot, page)
    assert filled == ["new"]
    assert not load.placeholder.isVisible() and page.isEnabled()


def test_a_read_cancelled_while_queued_does_not_run(qtbot: QtBot, db: Database) -> None:
    page, ctx = _page(qtbot, db)
    blocker = threading.Event()
    ctx.runner.submit(None, "…", lambda _progress: blocker.wait(GATE_S), lambda _r: None, lambda _e: None,
                      dialog=False)
    read_count: list[int] = []

    def read() -> int:
        read_count.append(1)
        return len(read_count)

    filled: list[int] = []
    load = PageLoad(page, ctx, read, filled.append)
    load.start()  # queued behind the blocker
    load.start()  # and replaced before it ran
    blocker.set()
    wait_loaded(qtbot, page)
    assert read_count == [1] and filled == [1]


def test_a_failed_read_is_shown_and_the_placeholder_goes(qtbot: QtBot, db: Database) -> None:
    page, ctx = _page(qtbot, db)
    shown: list[tuple[str, str]] = []
    when_modal(lambda box: (shown.append((box.windowTitle(), box.text())), box.close()), QMessageBox)

    def read() -> str:
        raise InputError("データベースに接続できません")

    load = PageLoad(page, ctx, read, lambda _data: None)
    load.start()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [("読み込めません", "データベースに接続できません")]
    assert not load.loading and not load.placeholder.isVisible()
