"""File > プログラム…: the programmes (fiscal years) of this database, with Switch, 新しいプログラム…,
次年度を作成… and デモを読み込む. The dialog lists and asks; each button closes it with its choice (`step`, and the
programme it concerns in `chosen`) and ui/programme/actions.py does the work, showing its result in the window."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QWidget)

from colead_desktop.domain.next_year import next_year_names
from colead_desktop.domain.programme_setup import ProgrammeSetup
from colead_desktop.services.programme_scope import ProgrammeSummary
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.widgets import enable


class SwitcherStep(StrEnum):
    """The buttons of the switcher, by their object names."""

    SWITCH = "switch_button"
    NEW = "new_programme"
    NEXT_YEAR = "next_year"
    DEMO = "load_demo"


class ProgrammeSwitcher(QDialog):
    def __init__(self, programmes: Sequence[ProgrammeSummary], current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme_switcher")
        adopt_form("programme_switcher", self)
        self.current = current
        self.step: SwitcherStep | None = None  # the button that closed the dialog; None for 閉じる
        self.chosen: int | None = None  # the programme selected then (to switch to, or to copy)
        self.table = child(self, QTableWidget, "programme_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.choose(SwitcherStep.SWITCH))
        self.buttons = {step: child(self, QPushButton, step.value) for step in SwitcherStep}
        self.buttons[SwitcherStep.SWITCH].setDefault(True)
        # the tooltip `enable` gives back whenever the button is enabled
        self.buttons[SwitcherStep.NEXT_YEAR].setToolTip(self.tr("選んだプログラムを次年度のプログラムにコピーします"))
        for step, widget in self.buttons.items():
            widget.clicked.connect(lambda _checked=False, s=step: self.choose(s))
        child(self, QPushButton, "close_button").clicked.connect(self.reject)
        self._fill(programmes)

    def _fill(self, programmes: Sequence[ProgrammeSummary]) -> None:
        self.table.setRowCount(len(programmes))
        for row, summary in enumerate(programmes):
            name = summary.name + (self.tr("（表示中）") if summary.id == self.current else "")
            cells = (name, str(summary.fiscal_year), self.tr("デモ") if summary.is_demo else "",
                     str(summary.talents), str(summary.events))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            if summary.id == self.current:
                self.table.selectRow(row)
        enable(self.buttons[SwitcherStep.DEMO], not any(summary.is_demo for summary in programmes),
               self.tr("デモはすでに読み込まれています（一覧の「デモ」の行）"))
        self._selection_changed()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        first = self.table.item(rows[0].row(), 0) if rows else None
        return None if first is None else int(first.data(Qt.ItemDataRole.UserRole))

    def _selection_changed(self) -> None:
        chosen = self.selected_id()
        why = self.tr("一覧からプログラムを選んでください")
        enable(self.buttons[SwitcherStep.SWITCH], chosen is not None, why)
        enable(self.buttons[SwitcherStep.NEXT_YEAR], chosen is not None, why)

    def choose(self, step: SwitcherStep) -> None:
        """Close with `step` (Switch and 次年度 need a selected programme)."""
        self.chosen = self.selected_id()
        if self.chosen is None and step in (SwitcherStep.SWITCH, SwitcherStep.NEXT_YEAR):
            return
        self.step = step
        self.accept()


class NextYearDialog(QDialog):
    """次年度を作成…: the new fiscal year, the copy's name and 事業名 (proposed for the year, editable), and whether
    talents and events (with tours) come along."""

    def __init__(self, source: ProgrammeSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_year_dialog")
        adopt_form("next_year_dialog", self)
        self.setWindowTitle(self.tr("次年度を作成: {0}").format(source.name))
        self.source = source
        self.year = child(self, QSpinBox, "next_year_value")
        self.name_edit = child(self, QLineEdit, "copy_name_value")
        self.project_name_edit = child(self, QLineEdit, "copy_project_name_value")
        self.year.valueChanged.connect(self._propose)
        self.year.setValue(source.fiscal_year + 1)
        self._propose(self.year.value())
        self.talents = child(self, QCheckBox, "copy_talents")
        self.events = child(self, QCheckBox, "copy_events")
        buttons = child(self, QDialogButtonBox, "button_box")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _propose(self, year: int) -> None:
        """The names proposed for `year` (domain/next_year.py) in place of the last proposals; a name the user
        typed is kept."""
        proposed = next_year_names(self.source.name, self.source.payer.project_name, self.source.fiscal_year, year)
        for edit, text in ((self.name_edit, proposed.name), (self.project_name_edit, proposed.project_name)):
            if not edit.isModified():
                edit.setText(text)
