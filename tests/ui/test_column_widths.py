"""A fitted column is as wide as the delegate makes its widest cell in view (ui/column_widths.py)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from colead_desktop.ui.column_widths import WIDEST_FIT, fit_columns
from colead_desktop.ui.payments.tables import fit_all_but_last, record_view
from colead_desktop.ui.table_model import RecordTableModel

TEXTS = ["山田 太郎", "W", "ｶﾀｶﾅ と English mixed, longer than the rest", "",
         "二行目の方が\n長い行になっている文字列です", "123,456円"]


def _fitted(qtbot: QtBot, headers: list[str], first_column: list[str], second: str) -> QTableView:
    """A shown 900 px table of two columns (the first's texts, `second` in every row), fitted."""
    model = QStandardItemModel(len(first_column), 2)
    model.setHorizontalHeaderLabels(headers)
    for row, text in enumerate(first_column):
        model.setItem(row, 0, QStandardItem(text))
        model.setItem(row, 1, QStandardItem(second))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    fit_columns(view)
    return view


def test_each_column_fits_its_widest_cell_as_the_delegate_measures_it(qtbot: QtBot) -> None:
    view = _fitted(qtbot, ["氏名", "とても長い見出しの列"], TEXTS, "短")
    model = view.model()
    measured = max(view.sizeHintForIndex(model.index(row, 0)).width() for row in range(len(TEXTS))) + 1
    assert view.columnWidth(0) == measured
    assert view.columnWidth(1) == view.horizontalHeader().sectionSizeHint(1)  # the header is wider than 短


def test_a_very_long_cell_does_not_widen_its_column_past_the_cap(qtbot: QtBot) -> None:
    """Review 14c item 14: one long 所属 widened its column until the later columns scrolled out of view."""
    long = "株式会社とても長い名前のデジタルトランスフォーメーション推進コンサルティング 第二事業本部 地域DX推進部"
    view = _fitted(qtbot, ["所属", "スキルタイプ"], ["短い所属", long], "戦略")
    model = view.model()
    cap = view.fontMetrics().horizontalAdvance("あ" * WIDEST_FIT)
    assert view.sizeHintForIndex(model.index(1, 0)).width() > cap  # the cell is wider than the cap
    assert view.columnWidth(0) == cap


def test_a_squeezed_last_column_still_shows_its_heading(qtbot: QtBot) -> None:
    """Review 14c item 14: with no spare width the stretched last column fell back to 100 px, cutting 「差引…」."""
    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["氏名", "状態", "差引支払額（振込金額・円）"])
    for row in range(3):
        for column in range(3):
            model.setItem(row, column, QStandardItem("とても長い名前の人材とても長い名前"))
    view = record_view("payees", RecordTableModel([]))
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 300)
    view.show()
    fit_all_but_last(view)
    header = view.horizontalHeader()
    assert header.sectionSizeHint(2) > 100  # wider than Qt's default section size
    assert view.columnWidth(2) >= header.sectionSizeHint(2)
