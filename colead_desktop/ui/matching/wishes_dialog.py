"""希望と条件 (issue 19 item 5): the talents' ranked SMEs, each company's part in the matching with its capacity,
wanted skills and the lab's ranked talents, and the fixed and forbidden pairs, entered on three tabs.

保存 checks the whole input (domain check_input, naming the talent, company or pair) and stores it with
services/matching.replace_input only if nobody changed the stored input since the dialog read it; otherwise
it says why and stays open with the edits. The page makes the save one undo step (MatchingInputChange).
キャンセル with edits asks 破棄 / 戻る.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.matching import MatchInput
from colead_desktop.services import matching
from colead_desktop.services.record_restore import RecordConflict
from colead_desktop.ui.matching.wishes_state import WishesState
from colead_desktop.ui.matching.wishes_tabs import CompaniesTab, RulesTab, TalentWishesTab
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.save_key import add_save_key
from colead_desktop.ui.unsaved import DiscardGuard, not_saved


class WishesDialog(QDialog):
    def __init__(self, db: Database, programme_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matching_wishes_dialog")
        self.setWindowTitle(self.tr("希望と条件"))
        self.db, self.programme_id = db, programme_id
        editing = matching.editing(db, programme_id)
        self.before: MatchInput = editing.stored
        """The stored input the dialog started from (the undo step goes back to it)."""
        self.saved: MatchInput | None = None
        """The input as stored by 保存."""
        self.state = WishesState(editing)
        self.talents_tab = TalentWishesTab(self.state, self._edited)
        self.companies_tab = CompaniesTab(self.state, self._edited)
        self.rules_tab = RulesTab(self.state, self._edited)
        self.tabs = QTabWidget(objectName="wishes_tabs")
        self.tabs.addTab(self.talents_tab, self.tr("人材の希望"))
        self.tabs.addTab(self.companies_tab, self.tr("企業"))
        self.tabs.addTab(self.rules_tab, self.tr("ルール"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh())
        self.error = QLabel(objectName="wishes_error", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # the messages name talents and companies
        set_role(self.error, "status")
        set_state(self.error, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(960, 580)
        self._guard = DiscardGuard(self, self.state.match_input)
        add_save_key(self, self.save_button, self._guard.changed)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _edited(self) -> None:
        self.error.clear()

    def _refresh(self) -> None:
        """Another tab shown: the companies taking part may have changed on the 企業 tab."""
        self.talents_tab.show_talent()
        self.rules_tab.refresh()

    def accept(self) -> None:
        wanted = self.state.match_input()
        if matching.stored_part(wanted) == matching.stored_part(self.before):
            super().accept()  # nothing to store, no undo step
            return
        try:
            self.saved = matching.replace_input(self.db, self.programme_id, self.before, wanted,
                                                self.state.editing.names())
        except InputError as exc:
            self.error.setText(not_saved(exc, moved_on=isinstance(exc, RecordConflict)))
            return
        super().accept()

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()
