"""The dialogs of the 募集・選考 page: which column of the web form's export fills what (the mapping), and the
import's preview before anything is written."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from colead_desktop.domain.applications import REQUIRED_TARGETS
from colead_desktop.services.applications import ApplicationImport
from colead_desktop.ui.style import set_role, set_state


class MappingDialog(QDialog):
    """One drop-down per target (氏名, メール, 質問1…, 応募条件1…) listing the file's headers; the guess is
    preselected and （取り込まない） leaves a target out."""

    def __init__(self, targets: dict[str, str], headers: Sequence[str], guess: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapping_dialog")
        self.setWindowTitle(self.tr("列の対応"))
        form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for target, label in targets.items():
            box = QComboBox(objectName=f"mapping_{target}")
            box.addItem(self.tr("（取り込まない）"), "")
            for header in headers:
                if header:
                    box.addItem(header, header)
            box.setCurrentIndex(max(box.findData(guess.get(target, "")), 0))
            form.addRow(label, box)
            self.boxes[target] = box
        self._labels = targets
        self.error = QLabel(objectName="mapping_error", wordWrap=True)
        set_role(self.error, "status")
        set_state(self.error, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("応募フォームの列を、取り込む項目に割り当ててください。")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """OK only with a column for every required target: without one, the import could read no row."""
        missing = [self._labels[t] for t in REQUIRED_TARGETS if not self.boxes[t].currentData()]
        if missing:
            self.error.setText(self.tr("「{0}」の列を選んでください（応募者を見分けるのに必要です）").format("、".join(missing)))
            self.boxes[REQUIRED_TARGETS[0]].setFocus()
            return
        super().accept()

    def mapping(self) -> dict[str, str]:
        return {target: box.currentData() for target, box in self.boxes.items() if box.currentData()}


def preview_text(result: ApplicationImport, tr_new: str, tr_dup: str, tr_resubmitted: str, tr_flag: str) -> str:
    """The preview's lines: what would be imported, skipped as duplicates, set aside for a later submission
    (row → row) and flagged."""
    summary = result.summary()
    lines = [tr_new.format(summary["imported"]), tr_dup.format(summary["duplicates"])]
    if result.plan.resubmitted:
        lines.append(tr_resubmitted.format(summary["resubmitted"], ", ".join(
            f"{row} → {later}" for row, later in result.plan.resubmitted)))
    lines.append(tr_flag.format(summary["late"], summary["unmet"]))
    lines += [f"  {a.row}: {a.name}" for a in result.plan.new[:15]]
    return "\n".join(lines)
