"""Round-table setup, 同席禁止 page: pairs of talents who must never share a table (pick two, add; remove)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from colead_desktop.services.meetup_setup_edit import SetupChoices
from colead_desktop.ui.style import set_role


class ApartEditor(QWidget):
    def __init__(self, choices: SetupChoices, pairs: Sequence[tuple[int, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("apart_editor")
        self.names = {c.id: c.label for c in choices.talents}
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("同じテーブルに座らせない2人を選んで追加します（どのラウンドでも別のテーブルになります）。"))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        layout.addWidget(hint)
        pick = QHBoxLayout()
        self.first = QComboBox(objectName="apart_first")
        self.second = QComboBox(objectName="apart_second")
        for box in (self.first, self.second):
            for choice in choices.talents:
                box.addItem(choice.label, choice.id)
            box.setMinimumWidth(180)
        self.second.setCurrentIndex(min(1, self.second.count() - 1))
        pick.addWidget(self.first)
        pick.addWidget(QLabel(self.tr("と")))
        pick.addWidget(self.second)
        self.add_button = QPushButton(self.tr("追加"), objectName="apart_add")
        self.add_button.clicked.connect(self.add_pair)
        pick.addWidget(self.add_button)
        pick.addStretch(1)
        layout.addLayout(pick)
        self.message = QLabel(objectName="apart_message")
        set_role(self.message, "error")
        layout.addWidget(self.message)
        self.list = QListWidget(objectName="apart_list")
        layout.addWidget(self.list, 1)
        remove = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("選んだ組を削除"), objectName="apart_remove")
        self.remove_button.clicked.connect(self.remove_pair)
        remove.addWidget(self.remove_button)
        remove.addStretch(1)
        layout.addLayout(remove)
        for a, b in pairs:
            self._add(a, b)

    def _add(self, a: int, b: int) -> None:
        item = QListWidgetItem(self.tr("{0} と {1}").format(self.names.get(a, a), self.names.get(b, b)), self.list)
        item.setData(Qt.ItemDataRole.UserRole, (a, b))

    def pairs(self) -> tuple[tuple[int, int], ...]:
        return tuple(tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count()))

    def add_pair(self) -> None:
        a, b = self.first.currentData(), self.second.currentData()
        if a is None or b is None:
            return
        if a == b:
            self.message.setText(self.tr("別々の2人を選んでください"))
            return
        if {a, b} in [set(p) for p in self.pairs()]:
            self.message.setText(self.tr("この組はもう登録されています"))
            return
        self.message.setText("")
        self._add(a, b)

    def remove_pair(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
