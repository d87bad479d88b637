"""Round-table setup, テーブル page: each table's name, region and capacity, and the lab / SME staff seated
there (picked from the database's staff). Tables can be added (blank, or one per region still missing)
and removed; a renamed table keeps its room, brief, pins and seats (the service follows `was`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from colead_desktop.domain.roundtables_setup import TableEdit
from colead_desktop.services.meetup_setup_edit import SetupChoices

COL_NAME, COL_REGION, COL_CAPACITY = range(3)


class TablesEditor(QWidget):
    def __init__(self, choices: SetupChoices, tables: Sequence[TableEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tables_editor")
        self.choices = choices
        self._tables = list(tables)
        self._filling = False
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.table = QTableWidget(0, 3, objectName="tables_table")
        self.table.setHorizontalHeaderLabels([self.tr("テーブル名"), self.tr("地域"), self.tr("人材の定員")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_REGION, 130), (COL_CAPACITY, 80)):  # never narrower than the header's text
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.itemChanged.connect(self._name_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_staff(row))
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for name, text, slot in (("tables_add", self.tr("追加"), self.add_table),
                                 ("tables_add_regions", self.tr("地域ごとに追加"), self.add_missing_regions),
                                 ("tables_remove", self.tr("削除"), self.remove_table)):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        layout.addLayout(left, 1)

        staff_box = QGroupBox(self.tr("このテーブルに座る担当者（ラボ・企業）"))
        side = QVBoxLayout(staff_box)
        self.staff_title = QLabel(objectName="tables_staff_title")
        side.addWidget(self.staff_title)
        self.staff_list = QListWidget(objectName="tables_staff")
        self.staff_list.itemChanged.connect(self._staff_changed)
        side.addWidget(self.staff_list, 1)
        layout.addWidget(staff_box, 1)
        self._fill()
        if self._tables:
            self.table.selectRow(0)

    def tables(self) -> tuple[TableEdit, ...]:
        return tuple(self._tables)

    def _fill(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self._tables))
        for row, t in enumerate(self._tables):
            self.table.setItem(row, COL_NAME, QTableWidgetItem(t.name))
            region = QComboBox()
            region.addItem(self.tr("（地域なし）"), None)
            for choice in self.choices.regions:
                region.addItem(choice.label, choice.id)
            region.setCurrentIndex(max(0, region.findData(t.region_id)))
            region.currentIndexChanged.connect(lambda _i, r=row, box=region: self._region_chosen(r, box.currentData()))
            self.table.setCellWidget(row, COL_REGION, region)
            capacity = QSpinBox()
            capacity.setRange(0, 999)  # 0 is allowed here so the service names the table in its message
            capacity.setValue(t.capacity)
            capacity.setSuffix(self.tr("名"))
            capacity.valueChanged.connect(lambda v, r=row: self._set(r, capacity=v))
            self.table.setCellWidget(row, COL_CAPACITY, capacity)
        self._filling = False
        self._show_staff(self.table.currentRow())

    def _set(self, row: int, **changes: Any) -> None:
        if not self._filling and 0 <= row < len(self._tables):
            self._tables[row] = replace(self._tables[row], **changes)

    def _region_chosen(self, row: int, region_id: int | None) -> None:
        """A table given a region with nobody seated yet gets that region's lab and SME staff."""
        seated = self._tables[row].staff_ids or self.choices.region_staff.get(region_id or 0, ())
        self._set(row, region_id=region_id, staff_ids=seated)
        if row == self.table.currentRow():
            self._show_staff(row)

    def _name_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COL_NAME:
            self._set(item.row(), name=item.text())
            if item.row() == self.table.currentRow():
                self.staff_title.setText(item.text())

    def _show_staff(self, row: int) -> None:
        self._filling = True
        self.staff_list.clear()
        table = self._tables[row] if 0 <= row < len(self._tables) else None
        self.staff_title.setText(table.name if table else self.tr("テーブルを選んでください"))
        self.staff_list.setEnabled(table is not None)
        seated = table.staff_ids if table is not None else ()
        staff = sorted(self.choices.staff, key=lambda c: c.id not in seated)
        for choice in staff if table else ():  # those seated first, the rest in the service's order
            item = QListWidgetItem(choice.label, self.staff_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in seated else Qt.CheckState.Unchecked)
        self._filling = False

    def _staff_changed(self, _item: QListWidgetItem) -> None:
        items = [self.staff_list.item(i) for i in range(self.staff_list.count())]
        self._set(self.table.currentRow(), staff_ids=tuple(i.data(Qt.ItemDataRole.UserRole) for i in items
                                                          if i.checkState() == Qt.CheckState.Checked))

    def staff_item(self, staff_id: int) -> QListWidgetItem:
        """The check item of one staff member for the selected table."""
        return next(item for item in (self.staff_list.item(i) for i in range(self.staff_list.count()))
                    if item.data(Qt.ItemDataRole.UserRole) == staff_id)

    def capacity_box(self, row: int) -> QSpinBox:
        box = self.table.cellWidget(row, COL_CAPACITY)
        assert isinstance(box, QSpinBox)
        return box

    def _append(self, tables: Sequence[TableEdit]) -> None:
        self._tables.extend(tables)
        self._fill()
        self.table.selectRow(len(self._tables) - 1)

    def add_table(self) -> None:
        taken = {t.name for t in self._tables}
        name = next(n for n in (self.tr("テーブル{0}").format(i) for i in range(len(taken) + 1, 1000))
                    if n not in taken)
        self._append([TableEdit(name, max((t.capacity for t in self._tables), default=6))])

    def add_missing_regions(self) -> None:
        """One table per region of the programme that has none yet (the default layout)."""
        seated = {t.region_id for t in self._tables}
        taken = {t.name for t in self._tables}
        capacity = max((t.capacity for t in self._tables), default=6)
        self._append([TableEdit(r.label, capacity, self.choices.region_staff.get(r.id, ()), r.id)
                      for r in self.choices.regions if r.id not in seated and r.label not in taken])

    def remove_table(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._tables):
            del self._tables[row]
            self._fill()
            self.table.selectRow(min(row, len(self._tables) - 1))
