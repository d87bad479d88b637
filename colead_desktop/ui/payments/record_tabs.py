"""The record tabs of the payments page: tour attendance days, the work-day log and expense claims.

Each record is added with 追加…, changed with 編集… (or a double-click on its row) in the same dialog
prefilled, and deleted with 削除. Everything goes through services.payment_records, which writes the
audit log and refuses changing a record an approved statement pays (with a message naming the statement
and pointing to 訂正明細書); a new record is paid by the person's next statement.
Adding, editing (an expense with the receipts it adds or removes) and deleting a record are steps on the
window's undo stack (ui/undo.py), and so is 「ツアーから取り込む」 (the tour days it adds, as one step).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget, QWidget

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payments import ExpenseCategory
from colead_desktop.domain.record_dates import ProgrammePeriod
from colead_desktop.services import payment_records as records
from colead_desktop.services import receipts
from colead_desktop.services.lookups import load_lookups
from colead_desktop.services.record_dates import programme_period
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.payments.dialogs import ExpenseDialog, TourDayDialog, WorkDayDialog
from colead_desktop.ui.payments.widgets import item, selected_data, table, table_tab, warning_item, yen
from colead_desktop.ui import shortcuts
from colead_desktop.ui.shortcuts import RecordList
from colead_desktop.ui.undo import PaymentRecordAdd, PaymentRecordDelete, PaymentRecordEdit
from colead_desktop.ui.widgets import button


Item = TypeVar("Item", records.TourDayItem, records.WorkDayItem, records.ExpenseItem)


@dataclass(frozen=True)
class TalentRecords:
    """What the record tabs show for a talent, read together (the payments page reads them off the GUI thread)."""
    tour: list[records.TourDayItem]
    work: list[records.WorkDayItem]
    expenses: list[records.ExpenseItem]
    companies: dict[int, str]  # the programme's, named in work days


def read_talent_records(db: Database, programme_id: int, talent_id: int | None) -> TalentRecords:
    """A talent's records and the companies a work day can be for; reads only the database (any thread)."""
    if not talent_id:
        return TalentRecords([], [], [], {})
    return TalentRecords(records.tour_days(db, programme_id, talent_id), records.work_days(db, programme_id, talent_id),
                         records.expenses(db, programme_id, talent_id), dict(load_lookups(db, programme_id).companies))


class RecordTabs(QObject):
    def __init__(self, page: QWidget, ctx: AppContext, first_day: Callable[[], date]) -> None:
        super().__init__(page)
        self.page, self.ctx, self.first_day = page, ctx, first_day
        self.db, self.settings = ctx.db, ctx.settings
        self.talent_id: int | None = None
        self.tour_items: list[records.TourDayItem] = []
        self.work_items: list[records.WorkDayItem] = []
        self.expense_items: list[records.ExpenseItem] = []

        self.tour_table = table("tour_days_table", [self.tr("日付"), self.tr("メモ")])
        self.tour_tab = table_tab(self.tour_table, [
            button(self.tr("追加…"), "tour_add", self.add_tour_day, shortcuts.tooltip("add")),
            button(self.tr("編集…"), "tour_edit", self.edit_tour_day, shortcuts.tooltip("open")),
            button(self.tr("ツアーから取り込む"), "tour_fill", self.fill_tour_days,
                   self.tr("保存済みのツアー（参加者・行程の参加者）とツアー行事から、この人の参加日のうち"
                           "未登録の日を追加します。追加した日は編集・削除できます")),
            button(self.tr("削除"), "tour_delete", lambda: self._delete("tour_day", self.tour_table),
                   shortcuts.tooltip("delete"))])
        self.work_table = table("work_days_table", [self.tr("日付"), self.tr("活動"), self.tr("企業"),
                                                    self.tr("確認者"), self.tr("メモ"), self.tr("注意")])
        self.work_tab = table_tab(self.work_table, [
            button(self.tr("追加…"), "work_add", self.add_work_day, shortcuts.tooltip("add")),
            button(self.tr("編集…"), "work_edit", self.edit_work_day, shortcuts.tooltip("open")),
            button(self.tr("削除"), "work_delete", lambda: self._delete("work_day", self.work_table),
                   shortcuts.tooltip("delete"))])
        self.expense_table = table("expenses_table", [self.tr("日付"), self.tr("費目"), self.tr("金額"),
                                                      self.tr("支払先"), self.tr("内容"), self.tr("領収書")])
        self.expense_tab = table_tab(self.expense_table, [
            button(self.tr("追加…"), "expense_add", self.add_expense, shortcuts.tooltip("add")),
            button(self.tr("編集…"), "expense_edit", self.edit_expense, shortcuts.tooltip("open")),
            button(self.tr("削除"), "expense_delete", lambda: self._delete("expense", self.expense_table),
                   shortcuts.tooltip("delete"))])
        # what the list keys act on (ui/shortcuts.py), per tab
        self.lists = {
            self.tour_tab: RecordList(self.tour_table, self.add_tour_day, self.edit_tour_day,
                                      lambda: self._delete("tour_day", self.tour_table)),
            self.work_tab: RecordList(self.work_table, self.add_work_day, self.edit_work_day,
                                      lambda: self._delete("work_day", self.work_table)),
            self.expense_tab: RecordList(self.expense_table, self.add_expense, self.edit_expense,
                                         lambda: self._delete("expense", self.expense_table))}
        self.tour_table.cellDoubleClicked.connect(lambda _r, _c: self.edit_tour_day())
        self.work_table.cellDoubleClicked.connect(lambda _r, _c: self.edit_work_day())
        self.expense_table.cellDoubleClicked.connect(lambda _r, _c: self.edit_expense())

    def list_on(self, tab: QWidget) -> RecordList | None:
        """The record list shown by `tab`, if it is one of these tabs."""
        return self.lists.get(tab)

    @property
    def who(self) -> str:
        return self.ctx.who

    @property
    def programme_id(self) -> int:
        # a talent is listed, and so has records to show, only in a programme
        assert self.ctx.programme_id is not None
        return self.ctx.programme_id

    def _period(self) -> ProgrammePeriod:
        """The programme's period, which the dialogs check a record's date against."""
        return programme_period(self.db, self.programme_id)

    def _companies(self) -> list[tuple[int, str]]:
        """The companies a work day can be for: those in the regions of the programme on show."""
        programme_id = self.ctx.programme_id
        return [] if programme_id is None else list(load_lookups(self.db, programme_id).companies.items())

    # ------------------------------------------------------------ showing

    def read_records(self, talent_id: int | None) -> TalentRecords:
        """A talent's records and the companies named in them, read here on the GUI thread."""
        return read_talent_records(self.db, self.programme_id, talent_id)

    def show_records(self, talent_id: int | None, read: TalentRecords | None = None) -> None:
        """Show the talent's records: `read` if the page has read them already (off the GUI thread)."""
        self.talent_id = talent_id
        shown = self.read_records(talent_id) if read is None else read
        self.tour_items = shown.tour
        self.tour_table.setRowCount(len(self.tour_items))
        for row, t in enumerate(self.tour_items):
            self.tour_table.setItem(row, 0, item(t.day.isoformat(), data=t.id))
            self.tour_table.setItem(row, 1, item(t.note))
        companies = shown.companies
        self.work_items = shown.work
        self.work_table.setRowCount(len(self.work_items))
        for row, w in enumerate(self.work_items):
            for column, cell in enumerate([item(w.day.isoformat(), data=w.id), item(records.activity_label(w.activity)),
                                           item(companies.get(w.company_id or 0, "")), item(w.approved_by), item(w.note),
                                           warning_item(w.warning)]):
                self.work_table.setItem(row, column, cell)
        self.expense_items = shown.expenses
        self.expense_table.setRowCount(len(self.expense_items))
        for row, e in enumerate(self.expense_items):
            paid_to = self.tr("事務局が直接支払") if e.paid_directly else self.tr("本人立替")
            for column, cell in enumerate([item(e.day.isoformat(), data=e.id), item(ExpenseCategory(e.category).label),
                                           item(yen(e.amount_yen), True), item(paid_to), item(e.description),
                                           item(", ".join(r.file_name for r in e.receipts))]):
                self.expense_table.setItem(row, column, cell)
        for grid in (self.tour_table, self.work_table, self.expense_table):
            grid.resizeColumnsToContents()

    def _chosen(self, grid: QTableWidget, items: list[Item]) -> Item | None:
        row_id = selected_data(grid)
        return next((i for i in items if i.id == row_id), None)

    def _add(self, kind: str, add: Callable[[], int]) -> None:
        text = self.tr("{kind}を追加").format(kind=records.kind_label(kind))
        self.ctx.undo_stack.push(PaymentRecordAdd(self.db, kind, lambda: [add()], text, self.ctx.data_changed.emit,
                                                  self._refused, self.who))

    def _edit(self, kind: str, record_id: int, wanted: dict[str, object]) -> None:
        before = records.record_fields(self.db, kind, record_id)
        if dict(wanted) == before:  # OK without a change: no empty step in the history
            return
        text = self.tr("{kind}を変更").format(kind=records.kind_label(kind))
        self.ctx.undo_stack.push(PaymentRecordEdit(self.db, kind, record_id, before, dict(wanted), text,
                                                   self.ctx.data_changed.emit, self._refused, self.who))

    def _editable(self, kind: str, record_id: int) -> bool:
        """Refuse at once (with the service's message) when an approved statement pays the record."""
        try:
            records.ensure_editable(self.db, kind, record_id)
        except InputError as exc:
            QMessageBox.warning(self.page, self.tr("変更できません"), str(exc))
            return False
        return True

    # ------------------------------------------------------------ tour days

    def add_tour_day(self) -> None:
        if self.talent_id is None:
            return
        talent_id, programme_id = self.talent_id, self.programme_id
        dialog = TourDayDialog(self.first_day(), self.page, period=self._period())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._add("tour_day", lambda: records.add_tour_day(self.db, programme_id, talent_id, v["day"], self.who,
                                                               note=v["note"]))

    def edit_tour_day(self) -> None:
        chosen = self._chosen(self.tour_table, self.tour_items)
        if chosen is None or not self._editable("tour_day", chosen.id):
            return
        dialog = TourDayDialog(chosen.day, self.page, item=chosen, period=self._period())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._edit("tour_day", chosen.id, dialog.values())

    def fill_tour_days(self) -> None:
        """「ツアーから取り込む」: the tour days found are added as one undo step; none found is refused (no step)."""
        if self.talent_id is None:
            return
        talent_id, programme_id = self.talent_id, self.programme_id

        def fill() -> list[int]:
            added = records.fill_tour_days_from_tours(self.db, programme_id, talent_id, self.who)
            if not added:
                raise InputError(self.tr("取り込むツアー参加日はありません（すべて記録済みか、ツアーの参加者ではありません）。"))
            return added

        self.ctx.undo_stack.push(PaymentRecordAdd(self.db, "tour_day", fill, self.tr("ツアーから取り込む"),
                                                  self.ctx.data_changed.emit, self._refused, self.who))

    # ------------------------------------------------------------ work days

    def add_work_day(self) -> None:
        if self.talent_id is None:
            return
        talent_id, programme_id = self.talent_id, self.programme_id
        dialog = WorkDayDialog(self.first_day(), self._companies(), self.page, period=self._period())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._add("work_day", lambda: records.add_work_day(self.db, programme_id, talent_id, who=self.who, **v))

    def edit_work_day(self) -> None:
        chosen = self._chosen(self.work_table, self.work_items)
        if chosen is None or not self._editable("work_day", chosen.id):
            return
        dialog = WorkDayDialog(chosen.day, self._companies(), self.page, item=chosen, period=self._period())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._edit("work_day", chosen.id, dialog.values())

    # ------------------------------------------------------------ expenses

    def add_expense(self) -> None:
        if self.talent_id is None:
            return
        talent_id, programme_id = self.talent_id, self.programme_id
        dialog = ExpenseDialog(self.first_day(), self.settings, self.page, period=self._period())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v, new = dialog.values(), dialog.new_receipts()
            self._add("expense", lambda: records.add_expense(self.db, programme_id, talent_id, who=self.who,
                                                             receipts=new, **v))

    def edit_expense(self) -> None:
        chosen = self._chosen(self.expense_table, self.expense_items)
        if chosen is None or not self._editable("expense", chosen.id):
            return
        dialog = ExpenseDialog(chosen.day, self.settings, self.page, item=chosen, read_receipt=self._receipt_file,
                               period=self._period())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v, new, removed = dialog.values(), dialog.new_receipts(), list(dialog.removed)
            if not new and not removed:
                self._edit("expense", chosen.id, v)
                return
            try:  # receipts added or removed: one step that moves them with the fields
                before, after = records.expense_receipt_edit(self.db, chosen.id, v, new, removed)
            except InputError as exc:
                QMessageBox.warning(self.page, self.tr("経費を変更できません"), str(exc))
                return
            text = self.tr("経費を変更（領収書 追加 {added}件・削除 {removed}件）").format(added=len(new),
                                                                               removed=len(removed))
            self.ctx.undo_stack.push(PaymentRecordEdit(self.db, "expense", chosen.id, before, after, text,
                                                       self.ctx.data_changed.emit, self._refused, self.who))

    def _receipt_file(self, receipt_id: int) -> tuple[str, bytes]:
        return receipts.receipt_file(self.db, receipt_id)

    def _delete(self, kind: str, grid: QTableWidget) -> None:
        """削除, undoable (元に戻す puts the record back with its receipts)."""
        row_id = selected_data(grid)
        if row_id is None or not self._editable(kind, row_id):
            return
        label = records.kind_label(kind)
        answer = QMessageBox.question(self.page, self.tr("削除の確認"),
                                      self.tr("選択した{kind}を削除しますか？（元に戻す: Ctrl+Z）").format(kind=label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("{kind}を削除").format(kind=label)
        self.ctx.undo_stack.push(PaymentRecordDelete(self.db, kind, row_id, text, self.ctx.data_changed.emit,
                                                     self._refused, self.who))

    def _refused(self, title: str, message: str) -> None:
        QMessageBox.warning(self.page, title, message)
