"""確定（振込なし） on the payments page: the payee's approved ¥0 statements to choose from (not only the one shown),
and the day they are settled on. Thin: services.payment_runs.settle_all_without_transfer settles them under the
same domain rule as `colead payments settle`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QListWidget, QListWidgetItem, QWidget

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.statements import Statement
from colead_desktop.ui.payments.run_dialog import PaidDateDialog

VISIBLE_ROWS = 8
WIDTH = 520  # the explanation and the choices read without a horizontal scroll bar


class SettleDialog(PaidDateDialog):
    """The payee's unsettled ¥0 statements, each checked (uncheck those to leave), and the settlement day."""

    def __init__(self, settleable: Sequence[Statement], what: str, parent: QWidget | None = None) -> None:
        super().__init__(tokyo_today(), what, parent, self.tr("振込なしで確定"), self.tr("確定日"))
        self.choices = QListWidget(objectName="settle_choices")
        for st in settleable:
            choice = QListWidgetItem(self.tr("{no}（発行日 {issued}）").format(
                no=st.statement_no, issued=st.issue_date.isoformat()))
            choice.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            choice.setCheckState(Qt.CheckState.Checked)
            choice.setData(Qt.ItemDataRole.UserRole, st.statement_no)
            self.choices.addItem(choice)
        rows = min(max(len(settleable), 2), VISIBLE_ROWS)  # every choice seen at once, up to VISIBLE_ROWS
        self.choices.setFixedHeight(self.choices.sizeHintForRow(0) * rows + 2 * self.choices.frameWidth() + 4)
        self.setMinimumWidth(WIDTH)
        self.choices.itemChanged.connect(lambda _item: self._allow_ok())
        form = self.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(1, self.tr("確定する明細書"), self.choices)
        self._allow_ok()

    def chosen_numbers(self) -> list[str]:
        items = (self.choices.item(row) for row in range(self.choices.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _allow_ok(self) -> None:
        ok = self.findChild(QDialogButtonBox)
        if ok is not None:
            ok.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen_numbers()))
