"""プログラム設定…: the current programme's setup in tabs — the same section widgets as the wizard's pages —
loaded with load_setup and saved with update_setup — and the 予算 tab (budget_tab.py), saved after the setup.
OK refuses while a tab has an error and shows that tab."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTabWidget, QWidget

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.programme_setup import ProgrammeSetup
from colead_desktop.domain.team import Area
from colead_desktop.services import programme_setup as service
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.programme.budget_tab import BudgetTab
from colead_desktop.ui.programme.sections import Section, check_section, collect, setup_sections
from colead_desktop.ui.unsaved import DiscardGuard


class ProgrammeSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, programme_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme_settings_dialog")
        adopt_form("programme_settings_dialog", self)
        self.ctx, self.programme_id = ctx, programme_id
        self.base = service.load_setup(ctx.db, programme_id)
        self.tabs = child(self, QTabWidget, "settings_tabs")
        self.sections = setup_sections()
        for section in self.sections:
            section.load(self.base)
            self.tabs.addTab(section, section.windowTitle())
            section.edited.connect(lambda s=section: self.check(s, everything=False))
        self.budget = BudgetTab(ctx.db, programme_id)
        self.tabs.addTab(self.budget, self.budget.windowTitle())
        ctx.guard(Area.SETUP, self.budget.table)
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._guard = DiscardGuard(self, lambda: (self.setup(), self.budget.wanted()))

    def setup(self) -> ProgrammeSetup:
        return collect(self.sections, self.base)

    def check(self, section: Section, everything: bool) -> bool:
        return check_section(section, self.setup(), everything)

    def accept(self) -> None:
        failing = [section for section in self.sections if not self.check(section, everything=True)]
        if failing:
            self.tabs.setCurrentWidget(failing[0])
            return
        try:
            self.budget.wanted()  # a bad amount is refused before anything is saved
        except InputError as exc:
            self.tabs.setCurrentWidget(self.budget)
            QMessageBox.warning(self, self.tr("保存できません"), str(exc))
            return
        try:
            service.update_setup(self.ctx.db, self.programme_id, self.setup(), self.ctx.who)
            self.budget.save()
        except InputError as exc:
            QMessageBox.warning(self, self.tr("保存できません"), str(exc))
            return
        super().accept()

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()
