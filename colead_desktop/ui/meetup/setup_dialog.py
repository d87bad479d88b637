"""ラウンドテーブルの設定 dialog: the tables, attendance/preference and keep-apart editors on three pages.

OK hands everything to the service at once (meetup_setup_edit.apply_setup): it checks the fields, re-plans
keeping pins and saves, or says why it cannot; the reason is shown here and the dialog stays open, so the
planner can loosen a constraint and try again without losing the other edits.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.roundtables_setup import SetupEdit
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.ui.meetup.apart_editor import ApartEditor
from colead_desktop.ui.meetup.tables_editor import TablesEditor
from colead_desktop.ui.meetup.talents_editor import TalentsEditor
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.unsaved import DiscardGuard

PAGES = ("tables", "talents", "apart")


class SetupDialog(QDialog):
    def __init__(self, db: Database, event_id: int, rounds: int, page: str = "tables",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundtable_setup_dialog")
        self.setWindowTitle(self.tr("ラウンドテーブルの設定"))
        self.db, self.event_id = db, event_id
        self.applied: edits.AppliedSetup | None = None
        self.before: edits.SetupState | None = None
        """The stored state the accepted edit replaced (the tab's undo step goes back to it)."""
        choices = edits.setup_choices(db, event_id)
        edit = edits.current_edit(db, event_id)
        self.tables_editor = TablesEditor(choices, edit.tables)
        self.talents_editor = TalentsEditor(choices, edit.talents, rounds)
        self.apart_editor = ApartEditor(choices, edit.apart)
        self.pages = QTabWidget(objectName="setup_pages")
        self.pages.addTab(self.tables_editor, self.tr("テーブル"))
        self.pages.addTab(self.talents_editor, self.tr("出欠・希望"))
        self.pages.addTab(self.apart_editor, self.tr("同席禁止"))
        self.pages.setCurrentIndex(PAGES.index(page))
        self.error = QLabel(objectName="setup_error")
        self.error.setWordWrap(True)
        set_role(self.error, "status")
        set_state(self.error, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(self.tr("保存して再計画"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        self._guard = DiscardGuard(self, self.edit)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def edit(self) -> SetupEdit:
        return SetupEdit(self.tables_editor.tables(), self.talents_editor.talents(), self.apart_editor.pairs())

    def accept(self) -> None:
        try:
            self.before = edits.setup_state(self.db, self.event_id)
            self.applied = edits.apply_setup(self.db, self.event_id, self.edit())
        except InputError as exc:
            self.error.setText(self.tr("保存できません（何も変更していません）: {0}").format(exc))
            return
        super().accept()

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()
