"""ui/table_model: rows prepared off the GUI thread carry their greyed flags, the sorted column's keys and the rows
shown, and the filter hides greyed rows without calling back into the page (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from colead_desktop.ui.table_model import Column, RecordTableModel, prepare

COLUMNS = [Column("name", lambda r: r[0]), Column("age", lambda r: r[1])]
RECORDS = [("b", 30, False), ("a", 40, True), ("c", 20, False)]


def _names(model: RecordTableModel) -> list[str]:
    return [model.row_record(row)[0] for row in range(model.rowCount())]


def _not_on_the_gui_thread(_record: object) -> bool:
    raise AssertionError("the flags were prepared with the rows")


def test_prepared_rows_carry_their_greyed_flags_and_the_sorted_columns_keys() -> None:
    model = RecordTableModel(COLUMNS)
    model.muted = _not_on_the_gui_thread
    model.sort(1)
    rows = prepare(RECORDS, COLUMNS, muted=lambda r: r[2], selection=model.selection())
    assert rows.muted == [False, True, False] and set(rows.keys) == {1} and rows.shown == [2, 0, 1]
    model.set_prepared(rows)
    assert _names(model) == ["c", "b", "a"] and model.muted_total() == 1
    model.set_filter("", hide_muted=True)
    assert _names(model) == ["c", "b"]
    model.sort(0, Qt.SortOrder.DescendingOrder)  # another column: its keys are made when first sorted by
    assert _names(model) == ["c", "b"]


def test_rows_selected_for_a_filter_or_sort_since_changed_are_selected_again() -> None:
    model = RecordTableModel(COLUMNS)
    rows = prepare(RECORDS, COLUMNS, selection=model.selection())
    model.sort(1, Qt.SortOrder.DescendingOrder)  # while the rows were read
    model.set_prepared(rows)
    assert _names(model) == ["a", "b", "c"]
    rows = prepare(RECORDS, COLUMNS, selection=model.selection())
    model.set_filter("B")
    model.set_prepared(rows)
    assert _names(model) == ["b"]


def test_a_filter_kept_for_the_next_rows_selects_them_once_as_they_are_set() -> None:
    model = RecordTableModel(COLUMNS)
    calls: list[str] = []

    def matches(record: tuple[str, int, bool]) -> bool:
        calls.append(record[0])
        return record[1] >= 30

    model.set_filter("", matches, now=False)
    assert calls == [] and model.rowCount() == 0
    model.set_prepared(prepare(RECORDS, COLUMNS))
    assert calls == ["b", "a", "c"] and _names(model) == ["b", "a"]
