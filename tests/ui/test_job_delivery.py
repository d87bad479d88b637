"""A background job's result reaches a live receiver or is dropped safely (issue 15, a new user's review).

Loading the demo while switching pages ended in the crash dialog ("Signal source has been deleted"; "nothing
was saved") although the demo was saved: a job's result was delivered into widgets already deleted.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import demo
from colead_desktop.services.programme_scope import list_programmes
from colead_desktop.settings import Settings
from colead_desktop.ui.jobs import JobRunner, ProgressFn
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.programme import actions as programme_actions
from tests.ui.modal import when_modal

GATE_S = 30.0  # a job held at its gate longer than this is a test that forgot to open it


def gated(gate: threading.Event, result: object) -> Callable[[ProgressFn], object]:
    """A job that reports progress, waits for `gate`, reports again and returns `result`."""

    def work(progress: ProgressFn) -> object:
        progress(1, 2)
        assert gate.wait(GATE_S)
        progress(2, 2)
        return result

    return work


def test_a_result_for_a_deleted_parent_is_dropped(qtbot: QtBot) -> None:
    """The page that asked is gone (another programme was shown): nothing is called, nothing raises."""
    runner = JobRunner()
    parent = QWidget()
    parent.show()
    gate, delivered = threading.Event(), []
    runner.submit(parent, "…", gated(gate, 42), delivered.append, delivered.append)
    qtbot.wait(50)  # the first progress report has reached the (not yet shown) progress dialog
    shiboken6.delete(parent)  # with it, its progress dialog
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy())
    qtbot.wait(50)
    assert delivered == []


def test_a_result_reaches_a_live_parent(qtbot: QtBot) -> None:
    runner = JobRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    gate, delivered = threading.Event(), []
    runner.submit(parent, "…", gated(gate, 42), delivered.append, delivered.append)
    gate.set()
    qtbot.waitUntil(lambda: delivered == [42])


def test_a_bug_showing_a_finished_jobs_result_says_the_work_was_saved(qtbot: QtBot) -> None:
    runner = JobRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    when_modal(lambda box: (shown.append(box.text()), box.close()), QMessageBox)

    def show(_result: Any) -> None:
        raise RuntimeError("the page broke while showing the result")

    runner.submit(parent, "…", lambda _progress: 42, show, lambda _exc: None)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "保存した内容はそのままです" in shown[0] and "保存されたものはありません" not in shown[0]


@pytest.fixture
def slow_demo(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The demo loads only once the returned gate opens; デモを読み込む's confirmation is answered yes."""
    gate = threading.Event()
    load = demo.load_demo

    def held(db: Database) -> int | None:
        assert gate.wait(GATE_S)
        return load(db)

    monkeypatch.setattr(demo, "load_demo", held)
    monkeypatch.setattr(programme_actions, "confirm_irreversible", lambda *_args: True)
    return gate


def _visit_every_page(qtbot: QtBot, window: MainWindow) -> None:
    for key in window.page_keys:
        window.show_page(key)
        qtbot.wait(5)


def test_loading_the_demo_while_switching_pages_shows_it(qtbot: QtBot, db: Database,
                                                         slow_demo: threading.Event) -> None:
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    programme_actions.load_demo(window)
    _visit_every_page(qtbot, window)
    slow_demo.set()
    _visit_every_page(qtbot, window)  # the switch to the demo lands in the middle of these visits
    qtbot.waitUntil(lambda: window.context.programme_id is not None and not window.context.runner.busy(),
                    timeout=60_000)
    _visit_every_page(qtbot, window)
    qtbot.waitUntil(lambda: not window.context.runner.busy(), timeout=60_000)
    assert [p.id for p in list_programmes(db)] == [window.context.programme_id]  # saved, and shown
    window.changes.stop()


def test_closing_the_window_before_the_demo_has_loaded_drops_the_result_safely(
        qtbot: QtBot, db: Database, slow_demo: threading.Event) -> None:
    window = MainWindow(db, Settings())
    window.show()
    programme_actions.load_demo(window)
    _visit_every_page(qtbot, window)
    window.changes.stop()
    window.close()
    threading.Timer(0.2, slow_demo.set).start()  # deleting the runner waits for its job: let it end then
    shiboken6.delete(window)  # the window, its pages, its runner (once its job is over) and the progress dialog
    qtbot.wait(50)  # a result still on its way would arrive now
    assert len(list_programmes(db)) == 1  # saved, and nothing said it was not


def test_a_runner_lets_the_gui_thread_take_the_interpreter_within_half_a_millisecond(qtbot: QtBot) -> None:
    """At Python's default 5 ms, each call from Qt into Python waited that long while the worker ran Python: a
    page built during a read stalled the window for up to 200 ms (issue 15; benchmarks.figures --pages)."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        JobRunner()
        assert sys.getswitchinterval() <= 0.0005
    finally:
        sys.setswitchinterval(previous)
