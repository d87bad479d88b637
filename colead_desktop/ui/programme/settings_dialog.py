"""プログラム設定…: the current programme's setup in tabs — the same section widgets as the wizard's pages —
loaded with load_setup — and the 予算 tab (budget_tab.py). OK refuses while a tab has an error and shows that
tab; it saves both in one transaction (services/programme_settings_step.py), refused if anyone changed them since
the dialog opened. The window then enters the save in its undo stack as one ProgrammeSettingsChange. On a team
database a tab the signed-in role may not write (domain/team.py: accounting writes the payer and its account only)
is shown read-only, its title marked 「表示のみ」, rather than inviting an edit the database refuses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QTabWidget, QWidget

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.programme_setup import ProgrammeSetup, normalise_setup
from colead_desktop.domain.team import Area
from colead_desktop.services import programme_setup as service
from colead_desktop.services.programme_settings_step import ProgrammeSettings, replace_settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.programme.budget_tab import BudgetTab
from colead_desktop.ui.programme.sections import Section, check_section, collect, setup_sections
from colead_desktop.ui.undo import CheckedChange, Refused
from colead_desktop.ui.save_key import add_save_key
from colead_desktop.ui.unsaved import DiscardGuard


class ProgrammeSettingsChange(CheckedChange[ProgrammeSettings]):
    """One OK of プログラム設定 (written by the dialog when pushed): undo and redo move the setup and the budget
    together, each refused if anyone changed either meanwhile."""

    def __init__(self, ctx: AppContext, programme_id: int, before: ProgrammeSettings, after: ProgrammeSettings,
                 changed: Callable[[], None], refused: Refused) -> None:
        text = QApplication.translate("ProgrammeSettingsChange", "プログラム設定を変更（{0}）").format(after.setup.name)
        super().__init__(before, after, text, changed, refused, written=True)
        self._ctx, self._programme_id = ctx, programme_id

    def write(self, source: ProgrammeSettings, target: ProgrammeSettings) -> ProgrammeSettings:
        return replace_settings(self._ctx.db, self._programme_id, source, target, self._ctx.who)


class ProgrammeSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, programme_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme_settings_dialog")
        adopt_form("programme_settings_dialog", self)
        self.ctx, self.programme_id = ctx, programme_id
        self.base = service.load_setup(ctx.db, programme_id)
        self.stored_form = normalise_setup(self.base)  # what the checks compare an edit with (check_setup)
        self.before = self.stored = ProgrammeSettings(self.base, {})  # what OK read and wrote (accept)
        self.tabs = child(self, QTabWidget, "settings_tabs")
        self.sections = setup_sections()
        for section in self.sections:
            section.load(self.base)
            self.tabs.addTab(section, section.windowTitle())
            section.edited.connect(lambda s=section: self.check(s, everything=False))
            self._read_only(section, section.area, section)
        self.budget = BudgetTab(ctx.db, programme_id)
        self.tabs.addTab(self.budget, self.budget.windowTitle())
        self._read_only(self.budget, Area.SETUP, self.budget.table)
        for section in self.sections:  # what is missing shows at once (a copied year's contract number)
            self.check(section, everything=True)
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._guard = DiscardGuard(self, lambda: (self.setup(), self.budget.wanted()))
        add_save_key(self, buttons.button(QDialogButtonBox.StandardButton.Ok), self._guard.changed)

    def _read_only(self, tab: QWidget, area: Area, editor: QWidget) -> None:
        """A tab whose data the signed-in role may not change (accounting: all but the payer's) shows it read-only:
        `editor` disabled saying why (AppContext.guard), the tab's title marked, so nobody is invited to make an
        edit the database would refuse."""
        why = self.ctx.refusal(area)
        if why is None:
            return
        self.ctx.guard(area, editor)
        index = self.tabs.indexOf(tab)
        self.tabs.setTabText(index, self.tr("{0}（表示のみ）").format(tab.windowTitle()))
        self.tabs.setTabToolTip(index, why)

    def setup(self) -> ProgrammeSetup:
        return collect(self.sections, self.base)

    def check(self, section: Section, everything: bool) -> bool:
        return check_section(section, self.setup(), everything, self.stored_form)

    def accept(self) -> None:
        failing = [section for section in self.sections if not self.check(section, everything=True)]
        try:
            self.budget.wanted()  # a bad amount is refused before anything is saved, with the sections' problems
        except InputError as exc:
            self.tabs.setCurrentWidget(failing[0] if failing else self.budget)
            QMessageBox.warning(self, self.tr("保存できません"), str(exc))
            return
        if failing:
            self.tabs.setCurrentWidget(failing[0])
            return
        self.before = ProgrammeSettings(self.base, self.budget.cells.amounts)
        try:
            self.stored = replace_settings(self.ctx.db, self.programme_id, self.before,
                                           ProgrammeSettings(self.setup(), self.budget.wanted()), self.ctx.who)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("保存できません"), str(exc))
            return
        super().accept()

    def change(self, changed: Callable[[], None], refused: Refused) -> ProgrammeSettingsChange | None:
        """The accepted save as an undo step, None when it changed nothing."""
        if self.stored == self.before:
            return None
        return ProgrammeSettingsChange(self.ctx, self.programme_id, self.before, self.stored, changed, refused)

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()
