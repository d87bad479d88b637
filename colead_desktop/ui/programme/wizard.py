"""新しいプログラム…: a wizard with one page per setup section (ui/programme/sections.py) and the starting policy.

Each page is checked with check_setup when the user leaves a field and when Next is pressed: errors on the
page's fields keep the user there, warnings are shown and let them go on. Finish creates the programme in one
transaction; the caller then switches to it (`programme_id`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.programme_setup import ProgrammeSetup, fiscal_year_period
from colead_desktop.services import programme_setup as service
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.irreversible import confirm_irreversible
from colead_desktop.ui.unsaved import DiscardGuard
from colead_desktop.ui.programme.sections import (PolicySection, Section, check_section, collect,
                                               setup_sections)


def current_fiscal_year(today: date) -> int:
    return today.year if today.month >= 4 else today.year - 1


class SectionPage(QWizardPage):
    """A wizard page showing one section; Next checks it."""

    def __init__(self, wizard: ProgrammeWizard, section: Section) -> None:
        super().__init__()
        self.section = section
        self._wizard = wizard
        self.setObjectName(f"{section.objectName()}_page")
        self.setTitle(section.windowTitle())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section)
        section.edited.connect(lambda: wizard.check(section, everything=False))

    def validatePage(self) -> bool:  # noqa: N802
        return self._wizard.check(self.section, everything=True)


class ProgrammeWizard(QWizard):
    def __init__(self, ctx: AppContext, programmes: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        """`programmes`: (id, name) of the programmes the policy and check settings may be copied from."""
        super().__init__(parent)
        self.setObjectName("programme_wizard")
        self.setWindowTitle(self.tr("新しいプログラム"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same look on every platform and offscreen
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.ctx = ctx
        self.programme_id: int | None = None  # the created programme, once Finish succeeded
        year = current_fiscal_year(tokyo_today())
        self.base = ProgrammeSetup("", year, *fiscal_year_period(year))
        self.sections = setup_sections()
        self.policy = PolicySection(programmes)
        for section in self.sections:
            section.load(self.base)
        for section in (*self.sections, self.policy):
            self.addPage(SectionPage(self, section))
        self.resize(760, 560)
        self._guard = DiscardGuard(self, lambda: (self.setup(), self.policy.policy_from))

    def reject(self) -> None:
        """キャンセル, Escape or the title bar's ×: asks 破棄 / 戻る once anything was entered."""
        if self._guard.may_close():
            super().reject()

    def setup(self) -> ProgrammeSetup:
        return collect(self.sections, self.base)

    def check(self, section: Section, everything: bool) -> bool:
        return check_section(section, self.setup(), everything)

    def accept(self) -> None:
        for index, section in enumerate(self.sections):  # an earlier page may have been changed after its Next
            if not self.check(section, everything=True):
                self._go_to(index)
                return
        if not confirm_irreversible(self, self.tr("プログラムの作成"), self.tr("この内容でプログラムを作成しますか？")):
            return
        try:
            self.programme_id = service.create_programme(self.ctx.db, self.setup(), self.ctx.who,
                                                         policy_from=self.policy.policy_from)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("プログラムを作成できません"), str(exc))
            return
        super().accept()

    def _go_to(self, index: int) -> None:
        while self.currentId() > index:
            self.back()
