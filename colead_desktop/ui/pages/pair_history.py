"""履歴 of the pair chosen on the matching page: every change of it with who, when, from → to and why (the
pair's log, services/matching.pairs), as a small list; the same lines are the pairs table's tooltip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from colead_desktop.domain.matching import PairStatus
from colead_desktop.ui.column_widths import fit_columns
from colead_desktop.ui.table_model import Column, RecordTableModel

translate = QCoreApplication.translate


def _when(entry: dict[str, Any]) -> str:
    return datetime.fromisoformat(entry["at"]).strftime("%Y-%m-%d %H:%M")


def _status(value: str | None) -> str:
    return translate("PairHistory", "（作成）") if value is None else PairStatus(value).label


def log_tooltip(pair: dict[str, Any]) -> str:
    """The pair's log, one line per change, for the pairs table's tooltip."""
    return "\n".join([translate("PairHistory", "履歴"), *(_line(e) for e in pair["log"])])


def _line(entry: dict[str, Any]) -> str:
    line = translate("PairHistory", "{0} {1}: {2} → {3}").format(_when(entry), entry["who"], _status(entry["from"]),
                                                                _status(entry["to"]))
    return translate("PairHistory", "{0}（理由: {1}）").format(line, entry["reason"]) if entry["reason"] else line


class PairHistory(QWidget):
    """`pair()` is the pair chosen on the page (None when none is)."""

    def __init__(self, pair: Callable[[], dict[str, Any] | None], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="pair_history")
        self._pair = pair
        self.model = RecordTableModel([
            Column(self.tr("日時"), _when),
            Column(self.tr("担当"), lambda e: e["who"]),
            Column(self.tr("変更前"), lambda e: _status(e["from"])),
            Column(self.tr("変更後"), lambda e: _status(e["to"])),
            Column(self.tr("理由"), lambda e: e["reason"]),
        ])
        self.table = QTableView(objectName="pair_history_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.title = QLabel(objectName="pair_history_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names from the data
        self.title.setMinimumHeight(QPushButton().sizeHint().height())  # level with the contracts' title row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.show_pair()

    def show_pair(self) -> None:
        pair = self._pair()
        self.model.set_rows([] if pair is None else list(reversed(pair["log"])))  # the latest change first
        self.title.setText(self.tr("履歴（ペアを選ぶと表示します）") if pair is None
                           else self.tr("{0} と {1} の履歴").format(pair["talent"], pair["company"]))
        fit_columns(self.table)
