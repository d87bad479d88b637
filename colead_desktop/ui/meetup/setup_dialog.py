"""ラウンドテーブルの設定 dialog: the tables, attendance/preference and keep-apart editors on three pages.

The rounds before 「席を変えてよいのは N ラウンド目以降」 keep their seats (on the day, the ones under way).
OK hands everything to the service at once (meetup_setup_edit.apply_setup): it checks the fields, re-plans
keeping pins and saves, or says why it cannot; the reason is shown here and the dialog stays open, so the
planner can loosen a constraint and try again without losing the other edits. The re-plan runs on the job
runner (a small meetup's exact model takes seconds) with progress and Cancel; a cancel writes nothing and
also leaves the dialog open with the edits.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.progress import Cancelled, Progress
from colead_desktop.domain.roundtables_setup import SetupEdit
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.ui.context import Runner
from colead_desktop.ui.failures import show_exception
from colead_desktop.ui.meetup.apart_editor import ApartEditor
from colead_desktop.ui.meetup.tables_editor import TablesEditor
from colead_desktop.ui.meetup.talents_editor import TalentsEditor
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.save_key import add_save_key
from colead_desktop.ui.unsaved import DiscardGuard

PAGES = ("tables", "talents", "apart")


class SetupDialog(QDialog):
    def __init__(self, db: Database, runner: Runner, event_id: int, rounds: int, page: str = "tables",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundtable_setup_dialog")
        self.setWindowTitle(self.tr("ラウンドテーブルの設定"))
        self.db, self.runner, self.event_id = db, runner, event_id
        self.applying = False
        """A re-plan is running: OK and the editors wait for it."""
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
        # on the day the rounds under way are kept as they are: the re-plan changes only the later ones
        self.first_round = QSpinBox(objectName="first_round")
        self.first_round.setRange(1, rounds)
        self.first_round.setSuffix(self.tr(" ラウンド目以降"))
        self.first_round.setToolTip(self.tr("開始済みのラウンドの席は変えません。当日は進行中の次のラウンドを選んでください"))
        first_label = QLabel(self.tr("席を変えてよいのは"))
        first_label.setBuddy(self.first_round)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(self.tr("保存して再計画"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(first_label)
        bottom.addWidget(self.first_round)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(860, 560)
        self._guard = DiscardGuard(self, self.edit)
        add_save_key(self, self.ok_button, self._guard.changed)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def edit(self) -> SetupEdit:
        return SetupEdit(self.tables_editor.tables(), self.talents_editor.talents(), self.apart_editor.pairs())

    def accept(self) -> None:
        """Save and re-plan on the job runner; the dialog closes when it is saved, and stays open with the
        reason (or the note that nothing changed) when it cannot be or the planner cancels."""
        if self.applying:
            return
        db, event_id, edit, first = self.db, self.event_id, self.edit(), self.first_round.value()

        def work(progress: Progress) -> tuple[edits.SetupState, edits.AppliedSetup]:
            return edits.setup_state(db, event_id), edits.apply_setup(db, event_id, edit, progress, first)

        self._set_applying(True)
        self.error.clear()
        self.runner.submit(self, self.tr("ラウンドテーブルを再計画しています…"), work, self._applied, self._failed)

    def _set_applying(self, applying: bool) -> None:
        self.applying = applying
        self.pages.setEnabled(not applying)
        self.ok_button.setEnabled(not applying)

    def _applied(self, result: object) -> None:
        self._set_applying(False)
        assert isinstance(result, tuple)  # the pair `work` returns
        self.before, self.applied = result
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_applying(False)
        if isinstance(exc, Cancelled):
            self.error.setText(self.tr("再計画を取り消しました（何も変更していません）"))
        elif isinstance(exc, InputError):
            self.error.setText(self.tr("保存できません（何も変更していません）: {0}").format(exc))
        else:
            show_exception(self, exc, self.tr("保存できません"))

    def reject(self) -> None:
        if not self.applying and self._guard.may_close():
            super().reject()
