"""What the programme menu items and the first-start dialog do: create (wizard), switch, set up, copy into the
next fiscal year, load the demo. Each ends by switching the window to the programme it made, so the user sees it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from colead_desktop.domain.errors import InputError
from colead_desktop.services import demo, programme_setup
from colead_desktop.services.programme_scope import list_programmes
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.programme.first_start import FirstStartDialog, FirstStep
from colead_desktop.ui.programme.settings_dialog import ProgrammeSettingsDialog
from colead_desktop.ui.programme.switcher import NextYearDialog, ProgrammeSwitcher
from colead_desktop.ui.programme.wizard import ProgrammeWizard


def new_programme(window: MainWindow) -> bool:
    """Run the wizard; on Finish show the new programme. Whether one was created."""
    sources = [(summary.id, summary.name) for summary in list_programmes(window.db)]
    wizard = ProgrammeWizard(window.context, sources, window)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.programme_id is None:
        return False
    window.switch_programme(wizard.programme_id)
    return True


def load_demo(window: MainWindow) -> bool:
    """Load the FY2021 demo into its own programme (once per database) and show it."""
    programme_id = demo.load_demo(window.db)
    window.switch_programme(programme_id)
    return True


def create_next_year(window: MainWindow, source_id: int | None) -> bool:
    source = next((s for s in list_programmes(window.db) if s.id == source_id), None)
    if source is None:
        return False
    dialog = NextYearDialog(source.name, source.fiscal_year + 1, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        programme_id = programme_setup.copy_programme(
            window.db, source.id, dialog.year.value(), talents=dialog.talents.isChecked(),
            events=dialog.events.isChecked(), who=window.settings.user_name)
    except InputError as exc:
        QMessageBox.warning(window, window.tr("次年度を作成できません"), str(exc))
        return False
    window.switch_programme(programme_id)
    return True


def open_switcher(window: MainWindow) -> None:
    actions = {"new_programme": lambda _id: new_programme(window),
               "next_year": lambda source_id: create_next_year(window, source_id),
               "load_demo": lambda _id: load_demo(window)}
    dialog = ProgrammeSwitcher(lambda: list_programmes(window.db), window.context.programme_id, actions, window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
        window.switch_programme(dialog.chosen)


def edit_programme_settings(window: MainWindow) -> None:
    programme_id = window.context.programme_id
    if programme_id is None:
        if QMessageBox.question(window, window.tr("プログラム設定"), window.tr(
                "プログラムがまだありません。新しいプログラムを作成しますか？")) == QMessageBox.StandardButton.Yes:
            new_programme(window)
        return
    if ProgrammeSettingsDialog(window.context, programme_id, window).exec() == QDialog.DialogCode.Accepted:
        window.switch_programme(programme_id)  # the title, the dashboard heading and every page show the change


def first_start(window: MainWindow) -> None:
    """On a database without a programme: offer the wizard, the demo, or another database file."""
    from colead_desktop.ui import actions  # File > データベースを開く…'s code path

    dialog = FirstStartDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.choice is FirstStep.CREATE:
        new_programme(window)
    elif dialog.choice is FirstStep.DEMO:
        load_demo(window)
    elif dialog.choice is FirstStep.OPEN:
        actions.open_database(window)
