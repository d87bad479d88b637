"""The conflict dialog: a save refused because someone else changed the record meanwhile (domain/conflicts.py).

One row per field that differs, 自分 (the edit) against 他の人 (as stored now), with a radio button on each
side; the side preselected is theirs where only they changed the field, mine otherwise. 選んだ値で保存 saves
the choice over their version; 再読み込み drops the edit and shows the record as stored. Contact data and
account numbers are masked until 表示 is ticked, as on the other pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QPushButton, QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from colead_desktop.domain.conflicts import Side, StaleRecord
from colead_desktop.domain.personal import PERSONAL_FIELDS, shown

ValueText = Callable[[str, Any, Any], str]
"""How a field's value reads on screen: (field name, value, the other side's value) -> text; the other side lets a
list say which of its entries differ."""

MINE, THEIRS = 1, 2  # the columns of the radio buttons


def plain_text(_name: str, value: Any, _other: Any = None) -> str:
    """A value as text when the page has no better way to name it (pick lists name ids)."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictDialog", "はい" if value else "いいえ")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return "、".join(f"{k}: {v}" for k, v in value.items() if v) or "—"
    if isinstance(value, tuple):
        return "、".join(str(v) for v in value)
    return str(value)


def list_difference(value: tuple[Any, ...], other: Any, entry_text: Callable[[Any], str | None],
                    detail: Callable[[Any, tuple[Any, ...]], str] | None = None) -> str:
    """A list field on one side: its number of entries, then those missing from the other side as `entry_text`
    names them (an entry it names None, such as a person, is counted only). `detail` says what an entry edited on
    both sides holds that its version among the other side's entries does not (the notes of a tour item): two
    versions that `entry_text` names alike would otherwise read the same in both columns."""
    count = QCoreApplication.translate("ConflictDialog", "{0}件").format(len(value))
    others = other if isinstance(other, tuple) else ()
    changed = []
    for entry in value:
        if entry in others or (text := entry_text(entry)) is None:
            continue
        more = detail(entry, others) if detail is not None else ""
        changed.append(QCoreApplication.translate("ConflictDialog", "\n{0}\n［{1}］").format(text, more) if more else text)
    if not changed:
        return count
    return QCoreApplication.translate("ConflictDialog", "{0}（違い: {1}）").format(count, "、".join(changed))


def shortened(text: str, limit: int = 16) -> str:
    """A typed text in a cell: its first line, cut at `limit` characters with 「…」."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit and line == text.strip() else line[:limit] + "…"


class ConflictDialog(QDialog):
    """Pick, field by field, mine or theirs; `choices()` after 選んだ値で保存, `merged()` the record to save."""

    def __init__(self, stale: StaleRecord[Any], labels: dict[str, str], value_text: ValueText = plain_text,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("ほかの人の変更と競合しています"))
        self._stale, self._labels, self._value_text = stale, labels, value_text
        intro = QLabel(self.tr("この{0}は、編集を始めた後にほかの人（別のウィンドウやコマンドを含む）が保存しました。"
                               "何も上書きしていません。項目ごとに残す値を選んで保存するか、再読み込みして"
                               "ほかの人の内容を表示してください。").format(stale.kind))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(stale.conflicts), 3, objectName="conflict_table")
        self.table.setHorizontalHeaderLabels([self.tr("項目"), self.tr("自分"), self.tr("他の人")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._groups: dict[str, QButtonGroup] = {}
        self._radios: dict[tuple[str, int], QRadioButton] = {}
        for row, conflict in enumerate(stale.conflicts):
            self.table.setItem(row, 0, QTableWidgetItem(labels.get(conflict.name, conflict.name)))
            group = QButtonGroup(self)
            for column in (MINE, THEIRS):
                radio = QRadioButton(objectName=f"{conflict.name}_{'mine' if column == MINE else 'theirs'}")
                group.addButton(radio, column)
                self._radios[(conflict.name, column)] = radio
                self.table.setCellWidget(row, column, radio)
            group.button(MINE if conflict.default == "mine" else THEIRS).setChecked(True)
            self._groups[conflict.name] = group
        self.reveal = QCheckBox(self.tr("連絡先を表示"), objectName="reveal_personal")
        self.reveal.setVisible(any(c.name in PERSONAL_FIELDS for c in stale.conflicts))
        self.reveal.toggled.connect(lambda _on: self._show_values())
        self._show_values()
        self.table.resizeRowsToContents()
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)

        buttons = QDialogButtonBox(objectName="conflict_buttons")
        self.save_button = QPushButton(self.tr("選んだ値で保存"), objectName="save_chosen")
        self.reload_button = QPushButton(self.tr("再読み込み"), objectName="reload")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.reveal)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())

    def _show_values(self) -> None:
        reveal = self.reveal.isChecked()
        for conflict in self._stale.conflicts:
            for column, value, other in ((MINE, conflict.mine, conflict.theirs), (THEIRS, conflict.theirs, conflict.mine)):
                text = self._value_text(conflict.name, shown(conflict.name, value, reveal),
                                        shown(conflict.name, other, reveal))
                self._radios[(conflict.name, column)].setText(text)
                self._radios[(conflict.name, column)].setToolTip(text)

    def choose(self, field: str, side: Side) -> None:
        self._radios[(field, MINE if side == "mine" else THEIRS)].setChecked(True)

    def choices(self) -> dict[str, Side]:
        return {name: "mine" if group.checkedId() == MINE else "theirs" for name, group in self._groups.items()}

    def merged(self) -> Any:
        return self._stale.merged(self.choices())
