"""ui/page_load.PageLoad, the one way pages read off the GUI thread: the newest visit's data win, a placeholder
covers the page meanwhile, a failure is shown (issue 15)."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import shiboken6

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.jobs import JobRunner
from colead_desktop.ui import page_load
from colead_desktop.ui.page_load import PageLoad
from tests.ui.loading import wait_loaded

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
    reads = _reads(gates, ["old", "new"], started)
    load = PageLoad(page, ctx, lambda: reads, filled.append)
    load.start()
    assert not started.is_set()  # the read starts once the page has painted, in the event loop's next turn
    qtbot.waitUntil(started.is_set, timeout=int(GATE_S * 1000))  # the first read runs on the worker
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
    load = PageLoad(page, ctx, lambda: read, filled.append)
    load.start()  # queued behind the blocker
    load.start()  # and replaced before it ran
    blocker.set()
    wait_loaded(qtbot, page)
    assert read_count == [1] and filled == [1]


def test_a_read_failing_for_a_reason_the_user_can_fix_says_so_on_the_page(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """No modal message: an edit refused for the same reason (the server gone) has just shown one."""
    page, ctx = _page(qtbot, db)
    boxes: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args))
    monkeypatch.setattr(page_load, "show_exception", lambda *args: boxes.append(args))

    def read() -> str:
        raise InputError("データベースに接続できません")

    load = PageLoad(page, ctx, lambda: read, lambda _data: None)
    load.start()
    qtbot.waitUntil(lambda: not load.loading)
    assert load.placeholder.isVisible()
    assert load.placeholder.text() == "読み込めません。\nデータベースに接続できません"
    assert boxes == []


def test_a_bug_in_a_read_goes_to_the_crash_dialog(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    page, ctx = _page(qtbot, db)
    shown: list[BaseException] = []
    monkeypatch.setattr(page_load, "show_exception", lambda _parent, exc, _title: shown.append(exc))

    def read() -> str:
        raise KeyError("a bug")

    load = PageLoad(page, ctx, lambda: read, lambda _data: None)
    load.start()
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], KeyError) and not load.placeholder.isVisible()


def test_a_fill_in_steps_runs_one_per_turn_of_the_event_loop_and_loads_until_its_last(
        qtbot: QtBot, db: Database) -> None:
    page, ctx = _page(qtbot, db)
    turns: list[str] = []  # a zero timer set by each step: it fires once the event loop has turned
    seen: list[tuple[str, list[str], bool, bool]] = []  # per step: the turns before it, loading, placeholder shown

    def fill(data: str) -> Iterator[None]:
        for step in (f"{data} list", f"{data} details", f"{data} last"):
            seen.append((step, list(turns), load.loading, load.placeholder.isVisible()))
            QTimer.singleShot(0, functools.partial(turns.append, step))
            yield

    load: PageLoad[str] = PageLoad(page, ctx, lambda: lambda: "one", fill)
    load.start()
    wait_loaded(qtbot, page)
    assert seen == [("one list", [], True, False), ("one details", ["one list"], True, False),
                    ("one last", ["one list", "one details"], True, False)]
    assert page.isEnabled() and load.loaded


def test_a_newer_load_drops_the_steps_an_older_fill_has_left(qtbot: QtBot, db: Database) -> None:
    page, ctx = _page(qtbot, db)
    done: list[str] = []
    values = iter(["old", "new"])

    def fill(data: str) -> Iterator[None]:
        done.append(f"{data} list")
        if data == "old":
            load.start()  # the user came back to the page between the two steps
        yield
        done.append(f"{data} details")

    load: PageLoad[str] = PageLoad(page, ctx, lambda: lambda: next(values), fill)
    load.start()
    wait_loaded(qtbot, page)
    assert done == ["old list", "new list", "new details"]


def test_a_later_step_counts_as_busy_runs_in_a_later_turn_and_never_for_a_deleted_parent(qtbot: QtBot) -> None:
    runner = JobRunner()
    kept, dropped = QWidget(), QWidget()
    ran: list[str] = []
    runner.later(kept, functools.partial(ran.append, "kept"))
    runner.later(dropped, functools.partial(ran.append, "dropped"))
    assert ran == [] and runner.busy()  # the benchmarks and tests wait for a page's steps as for its read
    shiboken6.delete(dropped)  # the page went (the programme was switched) before its turn
    qtbot.waitUntil(lambda: not runner.busy())
    assert ran == ["kept"]
    kept.deleteLater()


def test_later_steps_run_one_per_turn_of_the_event_loop(qtbot: QtBot) -> None:
    """Steps due together still leave the window a turn between them (input, paints) instead of one long block."""
    runner = JobRunner()
    page = QWidget()
    ran: list[str] = []
    for name in ("first", "second", "third"):
        runner.later(page, functools.partial(ran.append, name))
    time.sleep(0.02)  # every step's delay has passed
    QApplication.processEvents()
    assert ran == ["first"]
    time.sleep(0.02)
    QApplication.processEvents()
    assert ran == ["first", "second"]
    qtbot.waitUntil(lambda: not runner.busy())
    assert ran == ["first", "second", "third"]
    page.deleteLater()
