"""The new tour and copy tour dialogs and the programme wizard ask 破棄 / 戻る when cancelled with changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.settings import Settings
from colead_desktop.ui.actions import edit_settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.programme.wizard import ProgrammeWizard
from colead_desktop.ui.tours.dialogs import CopyTourDialog, NewTourDialog
from tests.ui.modal import when_modal
from tests.conftest import shots_dir

SHOTS = shots_dir("undo17")


def _asks_before_discarding(dialog: QDialog, change: Callable[[], None], cancel: Callable[[], None],
                            shot: str | None = None) -> None:
    """Unchanged, cancelling closes at once; changed, 戻る and Escape keep the edits, 破棄 closes."""
    dialog.show()
    cancel()
    assert dialog.isHidden()
    dialog.show()
    change()
    asked: list[str] = []

    def back(box: QMessageBox) -> None:
        asked.append(box.text())
        if shot:
            QApplication.processEvents()
            dialog.grab().save(str(SHOTS / f"{shot}_behind.png"))
            box.grab().save(str(SHOTS / f"{shot}.png"))
        box.findChild(QPushButton, "discard_back").click()

    when_modal(back, QMessageBox)
    cancel()
    assert asked == ["変更を破棄しますか？"] and dialog.isVisible()
    when_modal(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape), QMessageBox)
    cancel()
    assert dialog.isVisible()
    when_modal(lambda box: box.findChild(QPushButton, "discard_yes").click(), QMessageBox)
    cancel()
    assert dialog.isHidden()
    QApplication.processEvents()


def test_new_tour_dialog(qtbot: QtBot) -> None:
    dialog = NewTourDialog(["北見", "桑名"])
    qtbot.addWidget(dialog)
    _asks_before_discarding(dialog, lambda: dialog.blank_choice.setChecked(True), dialog.reject)


def test_copy_tour_dialog(qtbot: QtBot) -> None:
    dialog = CopyTourDialog(date(2025, 11, 10), 4)
    qtbot.addWidget(dialog)
    _asks_before_discarding(dialog, lambda: dialog.keep_party.setChecked(True),
                            lambda: QTest.keyClick(dialog, Qt.Key.Key_Escape))


def test_programme_wizard(qtbot: QtBot, context: AppContext) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard = ProgrammeWizard(context, [])
    qtbot.addWidget(wizard)
    name = wizard.findChild(QLineEdit, "programme_name")
    cancel = wizard.button(wizard.WizardButton.CancelButton)
    _asks_before_discarding(wizard, lambda: name.setText("令和9年度 ふるさと Co-LEAD"), cancel.click,
                            shot="wizard_discard")
    assert wizard.programme_id is None


def test_settings_dialog_asks_before_dropping_a_changed_language(qtbot: QtBot, db: Database) -> None:
    """Review 14c item 15: ファイル > 設定… closed on Escape after English was chosen, without asking."""
    settings = Settings()
    settings.language = "ja"
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    asked: list[str] = []
    still_open: list[bool] = []

    def answer(button: str) -> Callable[[QMessageBox], None]:
        def click(box: QMessageBox) -> None:
            asked.append(box.text())
            box.findChild(QPushButton, button).click()
        return click

    def change_then_escape(dialog: QDialog) -> None:
        language = dialog.findChild(QComboBox, "language")
        language.setCurrentIndex(language.findData("en"))
        when_modal(answer("discard_back"), QMessageBox)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        still_open.append(dialog.isVisible())
        when_modal(answer("discard_yes"), QMessageBox)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(change_then_escape, QDialog)
    edit_settings(window)
    assert asked == ["変更を破棄しますか？"] * 2 and still_open == [True]
    assert settings.language == "ja"


@pytest.mark.parametrize(("days", "offered"), [(3, date(2026, 11, 24)), (7, date(2026, 11, 24)), (8, date(2026, 12, 1))])
def test_copy_tour_dialog_offers_the_same_weekday_after_the_tour(qtbot: QtBot, days: int, offered: date) -> None:
    """The copy stays in the tour's programme: it offered the 1st of the month a year later (2027-11-01, a Monday
    of the next fiscal year), taken as it was by a user who only meant to run the tour again."""
    dialog = CopyTourDialog(date(2026, 11, 17), 4, None, days)  # a Tuesday
    qtbot.addWidget(dialog)
    assert dialog.start_date() == offered and offered.weekday() == 1
