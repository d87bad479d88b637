"""Round-table setup, 出欠・希望 page: per talent of the programme the rounds they can attend (a check box per
round; none = not at the round tables) and the regions they would like to meet (a check box per region).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from colead_desktop.domain.roundtables_setup import TalentEdit
from colead_desktop.services.meetup_setup_edit import SetupChoices
from colead_desktop.ui import palette
from colead_desktop.ui.style import set_role


class TalentsEditor(QWidget):
    def __init__(self, choices: SetupChoices, talents: Sequence[TalentEdit], rounds: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talents_editor")
        self.rounds = rounds
        self.regions = choices.regions
        names = {c.id: c.label for c in choices.talents}
        self._ids = [t.talent_id for t in talents]
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("出席できるラウンドと、会いたい地域（希望）に印を付けます。"
                              "どのラウンドにも印がない人材はラウンドテーブルに参加しません。"))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        layout.addWidget(hint)
        self.table = QTableWidget(len(talents), 1 + rounds + len(self.regions), objectName="talents_table")
        self.table.setHorizontalHeaderLabels([self.tr("人材")]
                                             + [self.tr("第{0}ラウンド").format(r) for r in range(1, rounds + 1)]
                                             + [self.tr("希望: {0}").format(r.label) for r in self.regions])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for row, talent in enumerate(talents):
            name = QTableWidgetItem(names.get(talent.talent_id, str(talent.talent_id)))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            for r in range(1, rounds + 1):
                self.table.setItem(row, r, self._check(r in talent.rounds))
            for i, region in enumerate(self.regions):
                self.table.setItem(row, 1 + rounds + i, self._check(region.id in talent.prefers))
            self._shade(row)
        self.table.itemChanged.connect(lambda item: self._shade(item.row()))
        layout.addWidget(self.table, 1)

    @staticmethod
    def _check(checked: bool) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _checked(self, row: int, col: int) -> bool:
        item = self.table.item(row, col)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _shade(self, row: int) -> None:
        """Grey out the name of a talent who attends no round, so it is clear they are left out."""
        name = self.table.item(row, 0)
        if name is not None:
            absent = not any(self._checked(row, r) for r in range(1, self.rounds + 1))
            name.setForeground(QBrush(QColor(palette.ABSENT_TEXT if absent else palette.TEXT)))

    def round_item(self, talent_id: int, round_no: int) -> QTableWidgetItem:
        item = self.table.item(self._ids.index(talent_id), round_no)
        assert item is not None
        return item

    def preference_item(self, talent_id: int, region_id: int) -> QTableWidgetItem:
        col = 1 + self.rounds + [r.id for r in self.regions].index(region_id)
        item = self.table.item(self._ids.index(talent_id), col)
        assert item is not None
        return item

    def talents(self) -> tuple[TalentEdit, ...]:
        out = []
        for row, talent_id in enumerate(self._ids):
            rounds = tuple(r for r in range(1, self.rounds + 1) if self._checked(row, r))
            prefers = tuple(region.id for i, region in enumerate(self.regions)
                            if self._checked(row, 1 + self.rounds + i))
            out.append(TalentEdit(talent_id, rounds, prefers))
        return tuple(out)
