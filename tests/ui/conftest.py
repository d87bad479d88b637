"""Pages on the demo programme, shown at a desktop size, shared by the widget tests of each page."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.app import install_translations
from colead_desktop.db.engine import Database
from colead_desktop.reports.fonts import register_fonts
from colead_desktop.services.demo import load_demo
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.meetup_page import MeetupPage
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.pages.tours_page import ToursPage
from tests.ui.payments_fixtures import WHO
from tests.ui.modal import end_of_test
from tests.ui.sync_runner import SyncRunner
from tests.ui.undo_fixtures import demo_context, demo_db  # noqa: F401  # fixtures of the undo tests
from tests.ui.test_tours_page import KUWANA


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The app's own English translation, as ファイル > 設定 > English installs it (the domain's language with it;
    the data_dir fixture sets Japanese again for the next test)."""
    translators = install_translations(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(scope="session", autouse=True)
def pdf_fonts() -> None:
    """As app.start does: reportlab learns the fonts on the GUI thread, before any job runs."""
    register_fonts()


@pytest.fixture(autouse=True)
def no_action_left_waiting() -> Iterator[None]:
    """A test's when_modal actions end with it (tests/ui/modal.py)."""
    yield
    end_of_test()


@pytest.fixture(autouse=True)
def no_key_held(qapp: QApplication) -> Iterator[None]:
    """After a test, no modifier key counts as held. QTest's Ctrl+S ends with a Ctrl release that still carries
    Ctrl, and Qt takes the keyboard's state from the last key event: the next test's selectRow in a
    multi-selection list then added the row to the selection as a Ctrl+click does."""
    yield
    if QApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(QWidget(), Qt.Key.Key_Control)  # a key event carrying no modifier


FORGOTTEN_BOX_S = 60.0
"""A message box left this long is one the test forgot to answer (when_modal acts within 20 s)."""


@pytest.fixture(autouse=True)
def no_forgotten_message_box(qapp: QApplication) -> Iterator[None]:
    """A message box nobody answers is closed after FORGOTTEN_BOX_S and fails the test. Unanswered, it would
    block its xdist worker until pytest-timeout ends the process, and xdist then waits forever for that worker."""
    first_seen: dict[int, float] = {}
    forgotten: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            since = first_seen.setdefault(id(box), time.monotonic())
            if time.monotonic() - since > FORGOTTEN_BOX_S:
                forgotten.append(f"{box.windowTitle()}: {box.text()}")
                box.reject()

    watchdog = QTimer(interval=1000)  # runs inside the box's own event loop
    watchdog.timeout.connect(look)
    watchdog.start()
    yield
    watchdog.stop()
    assert not forgotten, f"message boxes left unanswered: {forgotten}"


@pytest.fixture
def runner() -> SyncRunner:
    return SyncRunner()


@pytest.fixture
def context(db: Database, runner: SyncRunner) -> AppContext:
    """What the main window gives its pages, on the test's database, with jobs run at once (`runner`)."""
    return AppContext(db, Settings(), runner, QUndoStack())


def show_demo(context: AppContext) -> int:
    """Load the demo into the context's database and show its programme, as デモを読み込む does; its id."""
    programme_id = load_demo(context.db)
    assert programme_id is not None
    context.switch_programme(programme_id)
    return programme_id


@pytest.fixture
def tours_page(context: AppContext, qtbot: QtBot) -> ToursPage:
    """The Tours page on the 桑名 2021 tour."""
    show_demo(context)
    widget = ToursPage(context)
    qtbot.addWidget(widget)
    widget.resize(1500, 950)
    widget.show()
    widget.select_tour(KUWANA)
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def meetup_page(context: AppContext, qtbot: QtBot) -> MeetupPage:
    show_demo(context)
    widget = MeetupPage(context)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def payments_page(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> PaymentsPage:
    """The page, shown at a desktop size; message boxes are recorded in `page.messages` as (kind, text)."""
    show_demo(context)
    context.settings.user_name = WHO
    widget = PaymentsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1400, 820)
    widget.show()
    widget.messages = []  # type: ignore[attr-defined]  # a test-only record of the message boxes shown
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, _k=kind: widget.messages.append((_k, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)  # 削除の確認
    return widget


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every QMessageBox.question asked (an irreversible action's confirmation), answered はい; their texts."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked
