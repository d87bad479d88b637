"""What the programme menu items and the first-start dialog do: create (wizard), switch, set up, copy into the
next fiscal year, load the demo. Each ends by switching the window to the programme it made, so the user sees it,
except the copy into the next year, which asks first (a planner making next year's shell mid-year stays on this
year unless they say otherwise, review 15 item 7)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from colead_desktop.services import demo, programme_setup
from colead_desktop.services.programme_scope import list_programmes
from colead_desktop.ui.irreversible import confirm_irreversible
from colead_desktop.ui.jobs import show_failure
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.programme.first_start import FirstStartDialog, FirstStep
from colead_desktop.ui.programme.settings_dialog import ProgrammeSettingsDialog
from colead_desktop.ui.programme.switcher import NextYearDialog, ProgrammeSwitcher, SwitcherStep
from colead_desktop.ui.programme.wizard import ProgrammeWizard

translate = QCoreApplication.translate


def new_programme(window: MainWindow) -> None:
    """Run the wizard; on Finish show the new programme."""
    sources = [(summary.id, summary.name) for summary in list_programmes(window.db)]
    wizard = ProgrammeWizard(window.context, sources, window)
    if wizard.exec() == QDialog.DialogCode.Accepted and wizard.programme_id is not None:
        window.switch_programme(wizard.programme_id)


def load_demo(window: MainWindow) -> None:
    """Load the FY2021 demo into its own programme on the job runner (it takes a while), then show it; a
    database holds the demo once, so a second time only says where it is."""
    db = window.db
    if not confirm_irreversible(window, translate("ProgrammeActions", "デモを読み込む"), translate(
            "ProgrammeActions", "2021年度のデモを新しいプログラムとして読み込みますか？")):
        return

    def loaded(programme_id: int | None) -> None:
        if programme_id is None:
            QMessageBox.information(window, translate("ProgrammeActions", "デモを読み込む"), translate(
                "ProgrammeActions",
                "デモはすでに読み込まれています。「ファイル」>「プログラム…」でデモのプログラムに切り替えられます。"))
            return
        window.switch_programme(programme_id)

    window.context.runner.submit(window, translate("ProgrammeActions", "デモを読み込んでいます…"),
                                 lambda _progress: demo.load_demo(db), loaded,
                                 show_failure(window, translate("ProgrammeActions", "デモを読み込めません")))


def create_next_year(window: MainWindow, source_id: int) -> None:
    """次年度を作成… for programme `source_id`: ask the year and what comes along, copy, then ask whether to open
    the copy."""
    if not any(s.id == source_id for s in list_programmes(window.db)):
        return
    dialog = NextYearDialog(programme_setup.load_setup(window.db, source_id), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    db, year, who = window.db, dialog.year.value(), window.context.who
    talents, events = dialog.talents.isChecked(), dialog.events.isChecked()
    name, project_name = dialog.name_edit.text(), dialog.project_name_edit.text()
    window.context.runner.submit(
        window, translate("ProgrammeActions", "次年度のプログラムを作成しています…"),
        lambda _progress: programme_setup.copy_programme(db, source_id, year, talents=talents, events=events,
                                                         who=who, name=name, project_name=project_name),
        lambda copy_id: copied(window, copy_id),
        show_failure(window, translate("ProgrammeActions", "次年度を作成できません")))


def copied(window: MainWindow, copy_id: int) -> None:
    """After 次年度を作成: open the copy if the user says so; by default stay on the programme on show, which is
    remembered so that the next start does not open the copy as the newest either."""
    current = window.context.programme_id
    if current is None:  # nothing on show to stay on
        window.switch_programme(copy_id)
        return
    names = {summary.id: summary.name for summary in list_programmes(window.db)}
    question = QMessageBox(QMessageBox.Icon.Question, translate("ProgrammeActions", "次年度を作成"), translate(
        "ProgrammeActions", "「{copy}」を作成しました。新しいプログラムを今すぐ開きますか？\n\n"
        "開かなければ「{current}」のまま作業を続けます。「ファイル」>「プログラム…」でいつでも切り替えられます。").format(
        copy=names.get(copy_id, ""), current=names.get(current, "")), parent=window)
    question.setObjectName("open_copy_question")
    open_copy = question.addButton(translate("ProgrammeActions", "新しいプログラムを開く"),
                                   QMessageBox.ButtonRole.AcceptRole)
    stay = question.addButton(translate("ProgrammeActions", "今のプログラムのまま"), QMessageBox.ButtonRole.RejectRole)
    open_copy.setObjectName("open_copy")
    stay.setObjectName("stay")
    question.setDefaultButton(stay)  # Enter, as Esc, keeps the programme on show
    question.exec()
    if question.clickedButton() is open_copy:
        window.switch_programme(copy_id)
    else:
        window.context.settings.set_current_programme(window.db.url, current)


def open_switcher(window: MainWindow) -> None:
    """File > プログラム…: do what the switcher was closed with."""
    dialog = ProgrammeSwitcher(list_programmes(window.db), window.context.programme_id, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.step is SwitcherStep.SWITCH and dialog.chosen is not None:
        window.switch_programme(dialog.chosen)
    elif dialog.step is SwitcherStep.NEXT_YEAR and dialog.chosen is not None:
        create_next_year(window, dialog.chosen)
    elif dialog.step is SwitcherStep.NEW:
        new_programme(window)
    elif dialog.step is SwitcherStep.DEMO:
        load_demo(window)


def require_programme(window: MainWindow, title: str) -> int | None:
    """The programme on show. On a database without one: None, after offering the wizard (the user then finds
    what `title` names in the new programme)."""
    programme_id = window.context.programme_id
    if programme_id is None:
        question = translate("ProgrammeActions", "プログラムがまだありません。新しいプログラムを作成しますか？")
        if QMessageBox.question(window, title, question) == QMessageBox.StandardButton.Yes:
            new_programme(window)
    return programme_id


def edit_programme_settings(window: MainWindow) -> None:
    programme_id = require_programme(window, translate("ProgrammeActions", "プログラム設定"))
    if programme_id is None:
        return
    dialog = ProgrammeSettingsDialog(window.context, programme_id, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    window.switch_programme(programme_id)  # the title, the dashboard heading and every page show the change
    # pushed after the switch, which starts a new history; its undo and redo show the change without one
    step = dialog.change(lambda: _show_settings(window), lambda title, text: _warn(window, title, text))
    if step is not None:
        window.undo_stack.push(step)


def _warn(window: MainWindow, title: str, text: str) -> None:
    QMessageBox.warning(window, title, text)


def _show_settings(window: MainWindow) -> None:
    """After an undo or redo of プログラム設定: the title and the page on show read them again (rebuilding the pages,
    as a switch does, would drop the undo history the step is in)."""
    window.show_title()
    window.reload_page()
    window.context.data_changed.emit()


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
