"""Round-table planning runs on the application's job runner (a worker thread), not the GUI thread: the
controls are disabled meanwhile and a second click starts nothing, Cancel keeps the previous plan, and a plan
that completes is saved and shown with its bound."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.progress import Progress
from colead_desktop.domain.roundtables import SEARCH_SHARE, Plan
from colead_desktop.services import meetup_setup as setups
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.jobs import JobRunner
from colead_desktop.ui.meetup.roundtable_tab import RoundTableTab
from colead_desktop.ui.pages.meetup_page import MeetupPage
from tests.ui.conftest import show_demo
from tests.ui.loading import wait_loaded

WAIT_MS = 120_000  # a generous ceiling for a loaded 2-core machine; nothing here asserts on time


@pytest.fixture
def threaded_page(db: Database, qtbot: QtBot) -> MeetupPage:
    runner = JobRunner()
    context = AppContext(db, Settings(), runner, QUndoStack())
    show_demo(context)
    page = MeetupPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    wait_loaded(qtbot, page)  # the page reads its events off the GUI thread
    page.tabs.setCurrentWidget(page.roundtable_tab)
    yield page
    runner.wait()


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window as the user sees it, with the progress dialog over its middle (it is a window of its own)."""
    shot = window.grab()
    painter = QPainter(shot)
    part = dialog.grab()
    painter.drawPixmap(QPoint((shot.width() - part.width()) // 2, (shot.height() - part.height()) // 2), part)
    painter.end()
    return shot


class Held:
    """The real planner, held in its worker thread once it reaches the exact model, until `release` is set:
    the test looks at the tab meanwhile (and may press Cancel) without racing the solver."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.in_model, self.release = threading.Event(), threading.Event()
        self.threads: list[threading.Thread] = []
        real_solve = setups.solve

        def held(setup: setups.RoundSetup, progress: Progress | None = None) -> Plan:
            self.threads.append(threading.current_thread())
            assert progress is not None

            def gate(done: int, total: int) -> bool:
                going_on = progress(done, total)
                if done >= SEARCH_SHARE and not self.release.is_set():
                    self.in_model.set()
                    self.release.wait()
                    going_on = progress(done, total)  # the answer once the user may have pressed Cancel
                return going_on

            return real_solve(setup, gate)

        monkeypatch.setattr(setups, "solve", held)


def mixed_four_rounds(rt: RoundTableTab) -> Plan:
    """Four rounds at three tables, mixed: beyond what counting proves, so the exact model runs after the
    search. The plan shown before."""
    assert rt.setup is not None and rt.plan is not None
    rt.setup = replace(rt.setup, mode="mix", rounds=4, pins=())
    rt._show_settings(rt.setup)  # noqa: SLF001  # the controls show what is planned (without planning it yet)
    return rt.plan


def test_a_plan_runs_off_the_gui_thread_cancel_keeps_the_plan_and_a_finished_one_is_shown(
        threaded_page: MeetupPage, db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        artifacts: Path) -> None:
    rt = threaded_page.roundtable_tab
    before = mixed_four_rounds(rt)
    held = Held(monkeypatch)
    submitted: list[str] = []
    submit = rt.runner.submit
    monkeypatch.setattr(rt.runner, "submit", lambda *a, **k: (submitted.append(a[1]), submit(*a, **k))[1])

    rt.solve_button.click()
    assert rt.planning == 1 and not rt.solve_button.isEnabled() and not rt.replan_button.isEnabled()
    assert not rt.grid.isEnabled() and not rt.mode_combo.isEnabled() and rt.solve_button.toolTip() == "計画中です"
    rt.solve()  # what a second click would do, had the button not been disabled
    rt.replan()
    assert submitted == ["ラウンドテーブルを計画しています…"]

    qtbot.waitUntil(held.in_model.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: (d := rt.findChild(QProgressDialog)) is not None and d.isVisible()
                    and d.value() >= SEARCH_SHARE, timeout=WAIT_MS)
    dialog = rt.findChild(QProgressDialog)
    assert dialog.labelText() == "ラウンドテーブルを計画しています…"
    with_dialog(threaded_page, dialog).save(str(artifacts / "meetup_roundtables_planning.png"))
    dialog.findChild(QPushButton).click()  # its Cancel button, as the user presses it
    held.release.set()
    qtbot.waitUntil(lambda: rt.planning == 0, timeout=WAIT_MS)
    assert held.threads and held.threads[0] is not threading.current_thread()  # not the GUI thread
    assert rt.plan is before and rt.status_label.text() == "計画を取り消しました（前の計画のままです）"
    assert setups.load_plan(db, threaded_page.event_id).rounds == before.rounds  # type: ignore[arg-type, union-attr]
    assert rt.solve_button.isEnabled() and rt.grid.isEnabled()

    rt.solve_button.click()
    qtbot.waitUntil(lambda: rt.planning == 0, timeout=WAIT_MS)
    plan = rt.plan
    assert plan is not before and len(plan.rounds) == 4 and plan.metrics.revisits == 16  # 4 rounds, 3 tables
    assert len({r for r, _t in rt.grid.cells}) == 4
    assert setups.load_plan(db, threaded_page.event_id).rounds == plan.rounds  # type: ignore[arg-type, union-attr]
    metrics = plan.metrics
    assert rt.metric_labels["repeat_pairs"].text() == str(metrics.repeat_pairs)
    assert rt.bound_label.text() == ("最適" if metrics.optimal else f"下限 {metrics.repeat_pairs_bound}")
    threaded_page.grab().save(str(artifacts / "meetup_roundtables_planned.png"))


def test_a_plan_for_an_event_no_longer_shown_is_dropped(threaded_page: MeetupPage, db: Database, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    rt = threaded_page.roundtable_tab
    event_id = threaded_page.event_id
    before = mixed_four_rounds(rt)
    held = Held(monkeypatch)
    rt.solve_button.click()
    qtbot.waitUntil(held.in_model.is_set, timeout=WAIT_MS)
    rt.load(None)  # another event chosen while the plan runs
    held.release.set()
    qtbot.waitUntil(lambda: rt.planning == 0, timeout=WAIT_MS)
    assert rt.plan is None and rt.setup is None
    assert setups.load_plan(db, event_id).rounds == before.rounds  # type: ignore[arg-type, union-attr]
