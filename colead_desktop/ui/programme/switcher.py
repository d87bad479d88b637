"""File > プログラム…: the programmes (fiscal years) of this database, with Switch, 新しいプログラム…,
次年度を作成… and デモを読み込む. The dialog lists and asks; ui/programme/actions.py does the work."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QWidget)

from colead_desktop.services.programme_scope import ProgrammeSummary
from colead_desktop.ui.forms import adopt_form, child


class ProgrammeSwitcher(QDialog):
    """`actions`: the callbacks of the buttons besides Switch, each returning whether the list changed."""

    def __init__(self, programmes: Callable[[], Sequence[ProgrammeSummary]], current: int | None,
                 actions: dict[str, Callable[[int | None], bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme_switcher")
        adopt_form("programme_switcher", self)
        self._programmes = programmes
        self.current = current
        self.chosen: int | None = None  # the programme to switch to, once Switch was pressed
        self.table = child(self, QTableWidget, "programme_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.switch())
        self.switch_button = child(self, QPushButton, "switch_button")
        self.switch_button.setDefault(True)
        self.switch_button.clicked.connect(self.switch)
        self.next_year_button = child(self, QPushButton, "next_year")
        child(self, QPushButton, "close_button").clicked.connect(self.reject)
        for name in ("new_programme", "next_year", "load_demo"):
            child(self, QPushButton, name).clicked.connect(lambda _checked=False, n=name: self._run(actions[n]))
        self.reload()

    def reload(self) -> None:
        rows = list(self._programmes())
        self.table.setRowCount(len(rows))
        for row, summary in enumerate(rows):
            name = summary.name + (self.tr("（表示中）") if summary.id == self.current else "")
            cells = (name, str(summary.fiscal_year), self.tr("デモ") if summary.is_demo else "",
                     str(summary.regions), str(summary.talents), str(summary.events))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            if summary.id == self.current:
                self.table.selectRow(row)
        self._selection_changed()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        first = self.table.item(rows[0].row(), 0) if rows else None
        return None if first is None else int(first.data(Qt.ItemDataRole.UserRole))

    def _selection_changed(self) -> None:
        chosen = self.selected_id()
        why = self.tr("一覧からプログラムを選んでください")
        self.switch_button.setEnabled(chosen is not None)
        self.switch_button.setToolTip("" if chosen is not None else why)
        self.next_year_button.setEnabled(chosen is not None)
        self.next_year_button.setToolTip(self.tr("選んだプログラムを次年度のプログラムにコピーします")
                                         if chosen is not None else why)

    def switch(self) -> None:
        self.chosen = self.selected_id()
        if self.chosen is not None:
            self.accept()

    def _run(self, action: Callable[[int | None], bool]) -> None:
        if action(self.selected_id()):
            self.reload()


class NextYearDialog(QDialog):
    """次年度を作成…: the new fiscal year, and whether talents and events (with tours) come along."""

    def __init__(self, source_name: str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_year_dialog")
        adopt_form("next_year_dialog", self)
        self.setWindowTitle(self.tr("次年度を作成: {0}").format(source_name))
        self.year = child(self, QSpinBox, "next_year_value")
        self.year.setValue(year)
        self.talents = child(self, QCheckBox, "copy_talents")
        self.events = child(self, QCheckBox, "copy_events")
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
