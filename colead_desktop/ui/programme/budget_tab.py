"""プログラム設定's 予算 tab: a region per row, a budget line per column, integer yen; a blank cell has no budget.

The rules (what an amount may be) are domain/budget.py's; the tab only reads cells. The dialog saves what the
tab loaded with what it holds, so a budget someone else changed meanwhile is refused
(services/programme_settings_step.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from colead_desktop.db.engine import Database
from colead_desktop.domain.budget import BudgetLine, parse_amount
from colead_desktop.domain.errors import InputError
from colead_desktop.services.budget import BudgetCells, Cell, budget_cells

LINES = tuple(BudgetLine)


class BudgetTab(QWidget):
    def __init__(self, db: Database, programme_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budget_tab")
        self.setWindowTitle(self.tr("予算"))
        self.db, self.programme_id = db, programme_id
        self.cells: BudgetCells = budget_cells(db, programme_id)
        self.table = QTableWidget(len(self.cells.regions), len(LINES), objectName="budget_table")
        self.table.setHorizontalHeaderLabels([line.label for line in LINES])
        self.table.setVerticalHeaderLabels([name for _id, name in self.cells.regions])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (region_id, _name) in enumerate(self.cells.regions):
            for column, line in enumerate(LINES):
                amount = self.cells.amounts.get((region_id, line))
                item = QTableWidgetItem("" if amount is None else f"{amount:,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        hint = QLabel(self.tr("地域・費目ごとの予算（円）。空欄は予算なしです。会場費・その他の実績はまだ記録されないため、"
                              "ダッシュボードと支払ワークブックでは「記録なし」と表示されます。新しく追加した地域の予算は、"
                              "設定を保存してから入力できます。"), objectName="budget_hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)

    def wanted(self) -> dict[Cell, int]:
        """The amounts the table holds; one InputError naming the region and line of every bad cell, a line each
        in the table's order, the first of them selected."""
        amounts: dict[Cell, int] = {}
        problems: list[tuple[int, int, str]] = []
        for row, (region_id, name) in enumerate(self.cells.regions):
            for column, line in enumerate(LINES):
                item = self.table.item(row, column)
                text = item.text().strip() if item is not None else ""
                if not text:
                    continue
                try:
                    amounts[region_id, line] = parse_amount(text, name, line)
                except InputError as bad:
                    problems.append((row, column, str(bad)))
        if problems:
            self.table.setCurrentCell(problems[0][0], problems[0][1])
            raise InputError("\n".join(text for _row, _column, text in problems))
        return amounts
