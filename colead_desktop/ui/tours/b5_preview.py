"""The preview shown before a B-5 worksheet is imported: which tour it updates (or that it makes a new one), every
answer that changes as 項目: 変更前 → 変更後, and the parts of the file the import did not take."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from colead_desktop.services.b5_import import B5Plan
from colead_desktop.ui.style import set_role


class B5PreviewDialog(QDialog):
    def __init__(self, plan: B5Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("b5_preview")
        self.setWindowTitle(self.tr("B-5ワークシートの取り込み"))
        self.resize(760, 520)
        tour = plan.after
        name = tour.display_title
        if plan.action == "create":
            heading = self.tr("新しいツアー「{0}」を作ります。").format(name)
        elif plan.action == "unchanged":
            heading = self.tr("ツアー「{0}」と同じ内容です。変更はありません。").format(name)
        elif plan.matched_by == "id":
            heading = self.tr("このファイルの書き出し元のツアー「{0}」を次のとおり更新します。").format(name)
        else:
            heading = self.tr("地域と開催日が同じツアー「{0}」を次のとおり更新します。").format(name)
        self.heading = QLabel(heading, objectName="b5_preview_heading")
        self.heading.setWordWrap(True)

        self.table = QTableWidget(len(plan.differences), 3, objectName="b5_preview_changes")
        self.table.setHorizontalHeaderLabels([self.tr("項目"), self.tr("変更前"), self.tr("変更後")])
        for row, difference in enumerate(plan.differences):
            for column, text in enumerate((difference.field, difference.old, difference.new)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()  # the field as wide as it needs; old and new share the rest, wrapped
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(plan.differences))

        self.ignored = QPlainTextEdit("\n".join(plan.ignored), objectName="b5_preview_ignored", readOnly=True)
        ignored_label = QLabel(self.tr("取り込まなかった部分（{0}件）").format(len(plan.ignored)))
        set_role(ignored_label, "hint")
        for widget in (self.ignored, ignored_label):
            widget.setVisible(bool(plan.ignored))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if plan.action != "unchanged":
            buttons.addButton(self.tr("取り込む"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 3)
        layout.addWidget(ignored_label)
        layout.addWidget(self.ignored, 1)
        layout.addWidget(buttons)
