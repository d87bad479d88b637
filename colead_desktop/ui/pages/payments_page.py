"""Payments: payees with their statement status and amounts; statement, records, payee details, audit log.

Thin: every change goes through the payment services (which write the audit log and refuse edits to
approved statements); this page only shows, asks and reports. The record tabs, the payee tab, the
export menu and the policy editor live in ui/payments/. Batch PDFs run on the JobRunner.
"""

from __future__ import annotations

import html
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.statement_status import StatementStatus, settled_label
from colead_desktop.domain.statement_totals import StatementTotals
from colead_desktop.domain.statements import ISSUED, Statement
from colead_desktop.domain.team import Area
from colead_desktop.services import documents
from colead_desktop.services import payment_audit as audit_log
from colead_desktop.services import payment_draft_steps as draft_steps
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as service
from colead_desktop.services import tax_documents
from colead_desktop.services.payment_draft_steps import Make
from colead_desktop.services.payment_guard import lock_statement
from colead_desktop.services.record_dates import approval_warnings, programme_period, statement_warnings
from colead_desktop.ui import palette
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.empty_state import EmptyState
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.payments.exports import PaymentExports
from colead_desktop.ui.payments.payee_tab import PayeeTab
from colead_desktop.ui.payments.policy_dialog import PolicyDialog
from colead_desktop.ui.payments.record_tabs import RecordTabs, TalentRecords, read_talent_records
from colead_desktop.ui.payments.tables import GivingColumn, StyledTableModel, fit_all_but_last, record_view
from colead_desktop.ui.payments.widgets import item, table, table_tab, yen
from colead_desktop.ui.shortcuts import RecordList
from colead_desktop.ui.style import set_role
from colead_desktop.ui.table_model import Column, RecordTableModel, Rows
from colead_desktop.ui.undo import StatementDraftStep
from colead_desktop.ui.unsaved import leave
from colead_desktop.ui.widgets import ElidedLabel, button, enable



@dataclass(frozen=True)
class _Person:
    """What the page shows of the chosen payee, read together (off the GUI thread on a visit)."""
    statement: Statement | None
    approval_refusal: str | None  # a draft: why the user may not approve it (None: may)
    warnings: list[str]  # the statement's warnings: record dates and contracts (services/record_dates.py)
    records: TalentRecords
    payee: service.PayeeDetails | None
    audit: list[audit_log.AuditEntry]
    settleable: list[Statement]  # the approved ¥0 statements 振込なしで確定 may settle, not only the one shown
    outdated: bool = False  # a draft computed before its records (or payee, policy) changed: its figures are old


@dataclass(frozen=True)
class _Payees:
    """What a visit reads off the GUI thread: the payees, the programme's totals and the tax withheld by month,
    the tables' cells made there too (10,000 payees' amounts formatted take a fifth of a second)."""
    summaries: list[service.PayeeSummary]
    payee_rows: Rows
    totals: StatementTotals | None
    monthly: Rows
    monthly_covers: str  # the programmes of the payer the months add up
    chosen: int | None  # the payee to show (the one on show before, else the first), and what is shown of them
    person: _Person | None


class PaymentsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payments_page")
        self.ctx = ctx
        self.db = ctx.db
        self.settings = ctx.settings
        self.talent_id: int | None = None
        self.settleable: list[Statement] = []  # of the payee shown (show_person)
        self._person_shown = 0  # how many times a payee's showing has begun: a newer one ends an older one's steps
        self.summaries: list[service.PayeeSummary] = []

        # on a row of its own, like the list pages' headings: beside the buttons the English one was cut to
        # 「Pay…」 at 1366 px (review 14c item 13)
        title = ElidedLabel(self.tr("支払（日当・謝金・旅費）"), "payments_title")
        set_role(title, "page_title")
        self.policy_button = button(self.tr("支給方針…"), "policy_button", self.open_policy,
                                    self.tr("旅費・謝金の支給ルール、日当・謝金の料率（適用開始日ごと）、地域ごとの上書き"))
        self.compute_button = button(self.tr("明細書を作成"), "compute_button", self.compute,
                                     self.tr("記録から下書きの支払明細書を計算します"))
        self.approve_button = button(self.tr("承認"), "approve_button", self.approve)
        self.runs_button = button(self.tr("支払処理…"), "runs_button", self.open_runs,
                                  self.tr("承認済みの明細書の全銀ファイルを作成し、振込結果の日付で支払済みにします"))
        self.adjust_button = button(self.tr("訂正明細書"), "adjust_button", self.adjust,
                                    self.tr("承認済みの明細書を訂正する調整明細書（差額のみ）を作成します"))
        self.refund_button = button(self.tr("返金受領…"), "refund_button", self.ask_refunded,
                                    self.tr("返金請求（マイナスの訂正明細書）の返金を受け取った日を記録します"))
        self.settle_button = button(self.tr("振込なしで確定…"), "settle_button", self.ask_settle,
                                    self.tr("振込金額が0円の承認済の明細書を、振込なしで確定（支払済）にします"))
        self.print_button = button(self.tr("印刷…"), "print_button", self.open_print_centre,
                                   self.tr("印刷センターで選択中の人の支払明細書（承認済み）を開きます"))
        self.exports = PaymentExports(self, ctx, self.selected_summary,
                                      lambda: self.summaries)
        ctx.guard(Area.PAYMENT_SETUP, self.policy_button)
        ctx.guard(Area.PAYMENTS, self.compute_button, self.approve_button, self.runs_button, self.adjust_button,
                  self.refund_button, self.settle_button)
        top = QHBoxLayout()
        top.addStretch(1)
        for widget in (self.policy_button, self.compute_button, self.approve_button, self.runs_button,
                       self.adjust_button, self.print_button, self.exports.output_language, self.exports.button):
            top.addWidget(widget)

        not_yet = self.tr("未作成")
        self.payee_model = StyledTableModel([
            Column(self.tr("氏名"), lambda p: p.name), Column(self.tr("地域"), lambda p: p.region),
            Column(self.tr("明細書"), lambda p: p.statement_no),
            Column(self.tr("状態"), lambda p: settled_label(p.status, p.transfer_yen) if p.status else not_yet),
            Column(self.tr("総額"), lambda p: yen(p.gross_yen)),
            Column(self.tr("源泉徴収"), lambda p: yen(p.withholding_yen)),
            Column(self.tr("手数料"), lambda p: yen(p.fee_yen)), Column(self.tr("差引支払額"), lambda p: yen(p.net_yen))],
            right_aligned={4, 5, 6, 7},
            colours={3: lambda p: palette.STATUS[p.status] if p.status else palette.UNKNOWN_STATUS})
        self.payees = record_view("payees_table", self.payee_model)
        self.payees_fit = GivingColumn(self.payees)  # the name gives way: the amounts are never cut nor scrolled
        self.payee_model.tooltip = lambda p: p.name  # a long name, shortened to 「…」 there, whole
        self.payees.selectionModel().currentRowChanged.connect(self._payee_chosen)
        self.totals = QLabel(objectName="payments_totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        payees_tab = QWidget()
        payees_layout = QVBoxLayout(payees_tab)
        payees_layout.addWidget(self.payees, 1)
        payees_layout.addWidget(self.totals)
        self.left_tabs = QTabWidget(objectName="payments_left_tabs")
        self.left_tabs.addTab(payees_tab, self.tr("支払先"))  # the monthly tab beside it is built with the details

        self.tabs = QTabWidget(objectName="payment_tabs")  # its tabs are built after the page first shows

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 840])
        self._splitter_moved = False  # by the user: then the panes keep the widths they chose
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_splitter_moved", True))
        self.empty = EmptyState("payments")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        ctx.data_changed.connect(self.reload)
        self.load = PageLoad(self, ctx, self._reader, self._show)
        # The tabs not on show (the monthly withholding, the right-hand ones) are built a part per turn of the event
        # loop, after the page first shows and before its read starts (steps run in order): the window answers
        # between the parts (issue 15).
        self._detail_parts: deque[Callable[[], None]] = deque(
            [self._build_monthly, self._build_records, self._build_statement, self._build_payee, self._build_audit])
        for _part in range(len(self._detail_parts)):
            ctx.runner.later(self, self._build_next_part)
        self.reload()

    def _build_next_part(self) -> None:
        if self._detail_parts:
            self._detail_parts.popleft()()

    def _build_details(self) -> None:
        """The tabs still to build, now: the monthly withholding, the statement, the records, the payee details, the
        audit log."""
        while self._detail_parts:
            self._detail_parts.popleft()()

    def _build_monthly(self) -> None:
        self.left_tabs.addTab(self._monthly_tab(), self.tr("源泉徴収（月別）"))

    def _build_records(self) -> None:
        self.records = RecordTabs(self, self.ctx, self._first_day)

    def _build_statement(self) -> None:
        self.tabs.addTab(self._statement_tab(), self.tr("明細"))
        self.tabs.addTab(self.records.tour_tab, self.tr("ツアー参加日"))
        self.tabs.addTab(self.records.work_tab, self.tr("作業日"))
        self.tabs.addTab(self.records.expense_tab, self.tr("経費"))

    def _build_payee(self) -> None:
        self.payee_tab = PayeeTab(self.ctx)
        self.tabs.addTab(self.payee_tab, self.tr("受取人情報"))

    def _build_audit(self) -> None:
        self.tabs.addTab(self._audit_tab(), self.tr("監査ログ"))

    # ------------------------------------------------------------ building blocks

    def _statement_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.statement_head = QLabel(objectName="statement_head")
        self.statement_head.setWordWrap(True)
        self.statement_head.setTextFormat(Qt.TextFormat.RichText)
        self.lines = table("statement_lines", [self.tr("日付"), self.tr("内容"), self.tr("金額"), self.tr("料率")])
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.rates_label = QLabel(objectName="rates_used")
        self.rates_label.setWordWrap(True)
        set_role(self.rates_label, "hint")
        head = QHBoxLayout()  # 返金受領 beside the statement it settles (the page's top row has no room left)
        head.addWidget(self.statement_head, 1)
        head.addWidget(self.refund_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.settle_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.rates_label)
        return tab

    def _monthly_tab(self) -> QWidget:
        """所得税徴収高計算書（報酬・料金等）: the tax withheld from fees paid in a month, due on the 10th of the next."""
        month = self.tr("{y}年{m}月")  # translated here: the page's read prepares the rows on the worker
        self.monthly_model = StyledTableModel([
            Column(self.tr("支払月"), lambda m: month.format(y=m.month.year, m=m.month.month)),
            Column(self.tr("人数"), lambda m: m.people), Column(self.tr("支払金額"), lambda m: yen(m.paid_yen)),
            Column(self.tr("源泉徴収税額"), lambda m: yen(m.withheld_yen)),
            Column(self.tr("納期限"), lambda m: m.due.isoformat())], right_aligned={1, 2, 3})
        self.monthly = record_view("withholding_monthly_table", self.monthly_model)
        note = QLabel(self.tr("同じ支払者のすべてのプログラム（前年度・次年度を含む）の支払済の明細書を支払日の月ごとに集計します"
                              "（訂正は差額、源泉徴収のない支払・振込なしで確定した0円の明細書は含みません）。"
                              "納期限は翌月10日（休日の場合は翌営業日）です。"), objectName="withholding_monthly_note")
        note.setWordWrap(True)
        set_role(note, "hint")
        tab = table_tab(self.monthly, [button(self.tr("Excel に書き出す…"), "withholding_monthly_export",
                                              self.exports.ask_withholding_monthly)])
        layout = tab.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, note)
        self.monthly_covers = QLabel(objectName="withholding_monthly_covers")
        self.monthly_covers.setWordWrap(True)
        layout.insertWidget(1, self.monthly_covers)
        return tab

    def _audit_tab(self) -> QWidget:
        self.audit_model = RecordTableModel([
            Column(self.tr("日時"), lambda e: e.at.isoformat(sep=" ")), Column(self.tr("変更者"), lambda e: e.who),
            Column(self.tr("対象"), lambda e: e.entity), Column("ID", lambda e: e.entity_id),
            Column(self.tr("項目"), lambda e: e.field), Column(self.tr("変更前"), lambda e: e.old),
            Column(self.tr("変更後"), lambda e: e.new)])
        self.audit_table = record_view("audit_table", self.audit_model)
        self.audit_scope = QComboBox(objectName="audit_scope")
        self.audit_scope.addItem(self.tr("選択中の人の明細書・記録・受取人情報"), "person")
        self.audit_scope.addItem(self.tr("すべて（最新500件）"), "all")
        self.audit_scope.currentIndexChanged.connect(lambda _i: self.show_audit())
        return table_tab(self.audit_table, [self.audit_scope, button(self.tr("CSV に書き出す…"), "audit_export",
                                                                     self.exports.ask_audit)])

    # ------------------------------------------------------------ helpers

    def current_list(self) -> RecordList | None:
        """The record tab on show, for the list keys (ui/shortcuts.py); the other tabs have no list to edit."""
        return self.records.list_on(self.tabs.currentWidget())

    @property
    def who(self) -> str:
        return self.ctx.who

    def show_error(self, exc: BaseException, title: str = "") -> None:
        QMessageBox.warning(self, title or self.tr("操作できません"), str(exc))

    def _programme(self) -> int:
        # a talent is chosen, or the policy opened, only in a programme: without one the list is empty
        assert self.ctx.programme_id is not None
        return self.ctx.programme_id

    def selected_summary(self) -> service.PayeeSummary | None:
        return next((p for p in self.summaries if p.talent_id == self.talent_id), None)

    def _first_day(self) -> date:
        summary = self.selected_summary()
        if summary and summary.statement_id:
            return statements.statement(self.db, summary.statement_id).period[0]
        return programme_period(self.db, self._programme()).default_day(tokyo_today())

    # ------------------------------------------------------------ showing

    def reload(self) -> None:
        if self.ctx.programme_id is None:
            self._build_details()  # shown at once: nobody is chosen
            self.load.fill_now(_Payees([], self.payee_model.prepared([]), None, self.monthly_model.prepared([]), "",
                                       None, None))
        else:
            self.load.start()

    def _reader(self) -> Callable[[], _Payees]:
        db, programme_id, keep = self.db, self._programme(), self.talent_id
        payee_model, monthly_model = self.payee_model, self.monthly_model  # plain Python getters, no Qt call
        read_person = self._person_reader(self.audit_scope.currentData() == "all", self.who)

        def read() -> _Payees:
            summaries = service.list_payees(db, programme_id)
            ids = [p.talent_id for p in summaries]
            chosen = keep if keep in ids else (ids[0] if ids else None)
            summary = next((p for p in summaries if p.talent_id == chosen), None)
            overview = tax_documents.payments_overview(db, programme_id)
            return _Payees(summaries, payee_model.prepared(summaries), overview.totals,
                           monthly_model.prepared(overview.months), overview.covers, chosen,
                           read_person(summary, chosen))

        return read

    def _person_reader(self, audit_all: bool,
                       who: str) -> Callable[[service.PayeeSummary | None, int | None], _Person]:
        """What reads everything show_person shows of a payee to `who`: only the database, on any thread."""
        db, programme_id = self.db, self.ctx.programme_id  # None: no programme, so nobody is chosen

        def read_person(summary: service.PayeeSummary | None, talent_id: int | None) -> _Person:
            from colead_desktop.services.payment_runs import unsettled_without_transfer

            sid = summary.statement_id if summary else None
            draft = summary is not None and summary.status is StatementStatus.DRAFT
            return _Person(statements.statement(db, sid) if sid else None,
                           statements.approval_refusal_for(db, sid, who) if sid and draft else None,
                           statement_warnings(db, sid) if sid else [],
                           read_talent_records(db, programme_id, talent_id) if programme_id is not None
                           else TalentRecords([], [], [], {}),
                           service.payee_details(db, talent_id) if talent_id is not None else None,
                           _read_audit(db, programme_id, talent_id, audit_all),
                           unsettled_without_transfer(db, programme_id, talent_id)
                           if programme_id is not None and talent_id is not None else [],
                           statements.draft_outdated(db, sid, who) if sid and draft else False)

        return read_person

    def _show(self, payees: _Payees) -> Iterator[None]:
        """The payees first (what a visit paints first), then in the next turn of the event loop what is shown
        of the chosen one: the two took 40-90 ms together on the GUI thread with 10,000 payees (issue 15)."""
        programme_id = self.ctx.programme_id
        self.summaries = payees.summaries
        selection = self.payees.selectionModel()
        selection.blockSignals(True)  # the person shown is chosen below, once
        self.payee_model.set_prepared(payees.payee_rows)
        selection.blockSignals(False)
        self.payees_fit.fit()
        self._room_for_payees()
        self.show_totals(payees.totals)
        ids = [p.talent_id for p in self.summaries]
        no_programme = self.tr("プログラムがまだありません。先にプログラムを作成してください")
        for widget in (self.policy_button, self.exports.button):
            enable(widget, programme_id is not None, no_programme)
        if programme_id is None:
            self.empty.no_programme(self.ctx)
        elif not ids:
            self.empty.show_state(
                self.tr("支払の対象になる人材がまだいません。人材を登録し、ツアー参加日や作業日を記録すると、"
                        "ここで支払明細書を作成できます。"),
                [(self.tr("人材を追加…"), "empty_add_talent", lambda: self.ctx.request("add:talents")),
                 (self.tr("名簿の取り込み…"), "empty_import", lambda: self.ctx.request("import_roster"))])
        else:
            self.empty.hide()
        yield
        self.monthly_model.set_prepared(payees.monthly)
        self.monthly_covers.setText(payees.monthly_covers)
        fit_all_but_last(self.monthly)
        keep = self.talent_id  # the one on show before, or chosen in the list meanwhile
        chosen = keep if keep in ids else (ids[0] if ids else None)
        person = payees.person if chosen == payees.chosen else None  # another payee was chosen meanwhile
        if chosen is not None:
            self._select_row(chosen)
        else:
            self.talent_id = None
        yield from self._person_steps(person)

    def show_totals(self, t: StatementTotals | None) -> None:
        """Every issued statement once: a correction as its difference, a reclaim negative; drafts only counted."""
        if t is None:
            self.totals.clear()
            return
        text = self.tr("合計（承認済・振込データ作成済み・支払済の明細書 {n} 件。訂正は差額、返金請求はマイナス）<br>"
                       "総額 <b>{g}</b> 円　源泉徴収 {w} 円　手数料 {f} 円　差引支払額 <b>{net}</b> 円").format(
            n=t.issued, g=yen(t.gross_yen), w=yen(t.withholding_yen), f=yen(t.fee_yen), net=yen(t.net_yen))
        if t.drafts:
            text += self.tr("<br>下書きの明細書 {d} 件は合計に含みません").format(d=t.drafts)
        self.totals.setText(text)

    def select_talent(self, talent_id: int, person: _Person | None = None) -> None:
        self._select_row(talent_id)
        self.show_person(person)

    def _select_row(self, talent_id: int) -> None:
        row = next(i for i, p in enumerate(self.summaries) if p.talent_id == talent_id)
        selection = self.payees.selectionModel()
        selection.blockSignals(True)  # shown once, by the caller
        self.payees.selectRow(row)
        selection.blockSignals(False)
        self.talent_id = talent_id

    def _payee_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        if 0 <= row < len(self.summaries):
            if self.summaries[row].talent_id != self.talent_id and not leave(self, self.payee_tab):
                if self.talent_id is not None:  # キャンセル: the person whose details are being edited again
                    self.select_talent(self.talent_id)
                return
            self.talent_id = self.summaries[row].talent_id
            self.show_person()

    def show_person(self, person: _Person | None = None) -> None:
        """Show the chosen payee: `person` if the page has read it already (off the GUI thread)."""
        for _step in self._person_steps(person):
            pass

    def _person_steps(self, person: _Person | None) -> Iterator[None]:
        """The chosen payee shown: the statement and its buttons, then each tab, the page's visit running each
        in a turn of the event loop of its own (all in one turn held the window 30-70 ms: issue 15). A payee
        shown meanwhile (chosen between two steps) ends these steps: its own steps show every tab."""
        self._person_shown += 1
        shown, talent_id = self._person_shown, self.talent_id
        summary = self.selected_summary()
        if person is None:
            person = self._person_reader(self.audit_scope.currentData() == "all", self.who)(summary, self.talent_id)
        status = summary.status if summary else None
        nobody = self.tr("一覧から人を選んでください")
        self.show_approver(summary, person)
        issued_only = nobody if summary is None else self.tr("承認済みまたは支払済みの明細書を選んでください")
        enable(self.adjust_button, status in ISSUED, issued_only)
        enable(self.print_button, status in ISSUED, issued_only)
        enable(self.refund_button, status is StatementStatus.APPROVED and summary is not None
               and summary.transfer_yen < 0, nobody if summary is None
               else self.tr("返金受領を記録できるのは、承認済の返金請求（マイナスの訂正明細書）です"))
        self.settleable = person.settleable
        enable(self.settle_button, bool(self.settleable), nobody if summary is None
               else self.tr("振込なしで確定できるのは、振込金額が0円の承認済の明細書です"))
        enable(self.compute_button, summary is not None and status in (None, StatementStatus.DRAFT),
               nobody if summary is None else self.tr("明細書は承認済みです。変更は「訂正明細書」で行います"))
        self.show_statement(person)
        tabs = (lambda: self.records.show_records(talent_id, person.records),
                lambda: self.payee_tab.show_payee(talent_id, person.payee),
                lambda: self.show_audit(person.audit))
        for show_tab in tabs:
            yield
            if shown != self._person_shown:
                return
            show_tab()

    def show_approver(self, summary: service.PayeeSummary | None, person: _Person) -> None:
        """Who may approve the draft: said on the button's tooltip, and the button is off for anyone else."""
        if summary is None or summary.status is not StatementStatus.DRAFT or summary.statement_id is None:
            enable(self.approve_button, False, self.tr("一覧から人を選んでください") if summary is None
                   else self.tr("承認できるのは下書きの明細書です"))
            return
        refusal = self.ctx.refusal(Area.PAYMENTS) or person.approval_refusal
        computed_by = person.statement.computed_by if person.statement else None
        self.approve_button.setEnabled(refusal is None)
        self.approve_button.setToolTip(refusal or self.tr("{me} として承認します（作成者: {by}）").format(
            me=self.who, by=computed_by or self.tr("不明")))

    def show_statement(self, person: _Person) -> None:
        self.lines.setRowCount(0)
        self.rates_label.clear()
        st = person.statement
        if st is None:
            self.statement_head.setText(self.tr("支払明細書はまだありません。記録を入力して「明細書を作成」を押してください。"))
            return
        r = st.result
        colour = palette.STATUS[st.status]
        approved = self.tr("　承認: {who}（{on}）").format(who=st.approved_by, on=st.approved_on) if st.approved_by else ""
        self.statement_head.setText(self.tr(
            "<b>{no}</b>　<span style='color:{c}'>■ {status}</span>{approved}<br>"
            "期間 {start} 〜 {end}{transfer}<br>{money}<br>"
            "<span style='color:{muted}'>{note}</span>{adjust}").format(
                no=st.statement_no, c=colour, muted=palette.MUTED_TEXT,
                status=settled_label(st.status, st.transfer_yen), approved=approved,
                start=st.period[0].isoformat(), end=st.period[1].isoformat(), transfer=self._transfer_text(st),
                money=self._money_text(st), note=r.withholding_text, adjust=self._adjust_text(st, person.outdated)))
        warnings = list(person.warnings)
        if person.outdated:  # first: every figure above is of the records as they were
            warnings.insert(0, self.tr("明細書の作成後に記録が変更されました（上の金額は変更前のもの）。"
                                       "「明細書を作成」で計算し直してください"))
        older_zero = [z.statement_no for z in person.settleable if z.statement_no != st.statement_no]
        if older_zero:  # not the statement shown: said, or nobody would look for them
            warnings.append(self.tr("振込金額0円で未確定の明細書 {nos} があります（「振込なしで確定」で確定します）").format(
                nos="、".join(older_zero)))
        if warnings:
            self.statement_head.setText(self.statement_head.text() + "".join(
                f"<br><span style='color:{palette.WARNING_TEXT}'>⚠ {html.escape(w)}</span>" for w in warnings))
        self._fit_head()
        self.lines.setRowCount(len(r.lines))
        for row, line in enumerate(r.lines):
            amount = yen(line.amount_yen) if line.category.in_gross else f"({yen(line.amount_yen)})"
            cells = [item(", ".join(d.isoformat() for d in line.dates)), item(line.text),
                     item(amount, True), item(line.rates_id)]
            for column, cell in enumerate(cells):
                if not line.category.in_gross:
                    cell.setForeground(QColor(palette.NOT_IN_GROSS_TEXT))
                self.lines.setItem(row, column, cell)
        self.lines.resizeColumnToContents(0)
        self.lines.resizeColumnToContents(2)
        self.rates_label.setText(self.tr("使用した料率: ") + "　".join(
            self.tr("{id}（{start}〜）日当 {pd} 円/日、謝金 {h} 円/日（上限 {cap} 円）").format(
                id=rates.entry_id, start=rates.effective_from.isoformat(), pd=yen(rates.per_diem_yen),
                h=yen(rates.honorarium_daily_yen), cap=yen(rates.honorarium_cap_yen))
            for rates in r.rates_used) + self.tr("　（括弧内の金額は支給対象外）"))

    def _fit_head(self) -> None:
        """The head keeps the height of its wrapped text: the lines table below took the room and cut off its last
        line (a correction's 訂正対象 line, a reviewer never saw it)."""
        label = self.statement_head
        if label.width() > 0:
            label.setMinimumHeight(label.heightForWidth(label.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._room_for_payees()
        self._fit_head()  # narrower, the head wraps onto more lines

    def _room_for_payees(self) -> None:
        """The payees' pane takes from the statement's what its columns lack (GivingColumn.shortfall), as far as the
        statement's pane can give, unless the user has moved the splitter: at 1366 × 768 the halves left
        差引支払額 behind a horizontal scroll (review 19)."""
        if self._splitter_moved:
            return
        left, right = self.splitter.sizes()
        give = min(self.payees_fit.shortfall(), right - self.tabs.minimumSizeHint().width())
        if give > 0:
            self.splitter.setSizes([left + give, right - give])

    def _transfer_text(self, st: Statement) -> str:
        """The planned transfer day (and the transfer it joins in its run), the refund's day (a reclaim is never
        transferred), or that a statement of ¥0 has no transfer and when it was settled."""
        if st.transfer_yen == 0:
            return (self.tr("　振込なし（確定日 {day}）").format(day=st.paid_on.isoformat()) if st.paid_on is not None
                    else self.tr("　振込なし（「振込なしで確定」で確定します）"))
        if not st.payment.is_reclaim:
            day = self.tr("　振込予定日 {day}").format(day=st.transfer_date.isoformat())
            return day + (self.tr("（明細書 {no} と同じ振込・手数料なし）").format(no=st.joins_transfer_of)
                          if st.joins_transfer_of else "")
        if st.paid_on is not None:
            return self.tr("　返金受領日 {day}").format(day=st.paid_on.isoformat())
        return ""

    def _money_text(self, st: Statement) -> str:
        r = st.result
        if not st.payment.is_reclaim:
            text = self.tr("総額 <b>{g}</b> 円　源泉徴収 {w} 円　手数料 {f} 円　差引支払額 <b>{n}</b> 円　振込金額 {t} 円")
            return text.format(g=yen(r.gross_yen), w=yen(r.withholding_yen), f=yen(r.fee_yen), n=yen(r.net_yen),
                               t=yen(st.transfer_yen))
        return self.tr("訂正後の総額 {g} 円・源泉徴収 {w} 円　今回の差額: 総額 {dg} 円・源泉徴収 {dw} 円　手数料 0 円"
                       "　返金請求額 <b>{a}</b> 円").format(
            g=yen(r.gross_yen), w=yen(r.withholding_yen), dg=yen(st.payable_gross_yen),
            dw=yen(st.payable_withholding_yen), a=yen(-st.transfer_yen))

    def _approval_amount(self, st: Statement) -> str:
        """The money the approval question asks about: the transfer, or for a correction the difference it pays or
        the amount it reclaims (the approver saw the warnings but no amount)."""
        p = st.payment
        if st.adjustment is None:
            return self.tr("振込金額 {t} 円（総額 {g} 円・源泉徴収 {w} 円・手数料 {f} 円）").format(
                t=yen(st.transfer_yen), g=yen(p.gross_yen), w=yen(p.withholding_yen), f=yen(p.fee_yen))
        if p.is_reclaim:
            return self.tr("{no} の訂正: 返金を請求する額 {a} 円（差額: 総額 {g} 円・源泉徴収 {w} 円）").format(
                no=st.adjustment.previous_no, a=yen(-st.transfer_yen), g=yen(p.gross_yen), w=yen(p.withholding_yen))
        if p.carries_money:
            return self.tr("{no} の訂正: 差額の振込金額 {t} 円（差額: 総額 {g} 円・源泉徴収 {w} 円・手数料 {f} 円）").format(
                no=st.adjustment.previous_no, t=yen(st.transfer_yen), g=yen(p.gross_yen), w=yen(p.withholding_yen),
                f=yen(p.fee_yen))
        return self.tr("{no} の訂正: 金額の変更はありません（振込・返金はありません）").format(no=st.adjustment.previous_no)

    def _adjust_text(self, st: Statement, outdated: bool) -> str:
        if st.adjustment is None:
            return ""
        if outdated:  # the difference shown is of the records before the change: none of the three may be true
            what = self.tr("差額は「明細書を作成」で計算し直すと表示されます")
        elif st.payment.is_reclaim:
            what = self.tr("今回の差額の返金を請求します（振込はありません）")
        elif st.payment.carries_money:
            what = self.tr("今回の差額を支払います")
        else:
            what = self.tr("金額の変更はありません（振込・返金はありません）")
        return self.tr("<br>訂正対象: {no}（理由: {reason}）　{what}").format(
            no=st.adjustment.previous_no, reason=st.adjustment.reason, what=what)

    def show_audit(self, entries: list[audit_log.AuditEntry] | None = None) -> None:
        """The audit log of the chosen payee, or all of it (`entries` if already read)."""
        if entries is None:
            entries = _read_audit(self.db, self.ctx.programme_id, self.talent_id, self.audit_scope.currentData() == "all")
        self.audit_model.set_rows(entries)
        fit_all_but_last(self.audit_table)

    # ------------------------------------------------------------ actions

    def open_policy(self) -> None:
        if self.ctx.programme_id is None:
            return
        try:
            dialog = PolicyDialog(self.db, self.ctx.programme_id, self.who, self)
        except InputError as exc:
            self.show_error(exc, self.tr("支給方針"))
            return
        if dialog.exec():
            self.reload()
            if dialog.recomputed:
                QMessageBox.information(self, self.tr("支給方針"), self.tr(
                    "新しい支給方針で下書きの明細書を再計算しました: {nos}").format(nos="、".join(dialog.recomputed)))

    def open_print_centre(self) -> None:
        from colead_desktop.ui.print_centre import open_print_centre  # reportlab and QtPdf: loaded when first used

        summary = self.selected_summary()
        if summary and summary.statement_id and summary.status in ISSUED:
            open_print_centre(self.ctx, self.window(), select=documents.statement_key(summary.statement_id))

    def compute(self) -> None:
        """明細書を作成 (a new draft, or the open draft recomputed), one undo step."""
        if self.talent_id is not None:
            talent_id, programme_id, who = self.talent_id, self._programme(), self.who
            self._draft_step(talent_id, self.tr("明細書を作成"),
                             lambda session: statements.compute_draft_in(session, programme_id, talent_id, who, None))

    def _draft_step(self, talent_id: int, text: str, make: Make) -> None:
        programme_id = self._programme()
        try:
            before = draft_steps.draft_state(self.db, programme_id, talent_id)
        except InputError as exc:
            self.show_error(exc, text)
            return
        self.ctx.undo_stack.push(StatementDraftStep(self.db, programme_id, talent_id, before, make, text,
                                                    self.ctx.data_changed.emit, self.show_refusal, self.who))

    def show_refusal(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def approve(self) -> None:
        """承認, after a confirmation that says it cannot be undone (an approved statement is corrected only by a
        correction statement, never taken back)."""
        summary = self.selected_summary()
        if summary and summary.statement_id:
            statement_id = summary.statement_id
            answer = QMessageBox.question(self, self.tr("承認の確認"), self.tr(
                "明細書 {no} を承認しますか？\n{amount}\n承認した明細書は変更できません。この操作は元に戻せません"
                "（誤りは訂正明細書で直します）。").format(
                    no=summary.statement_no, amount=self._approval_amount(statements.statement(self.db, statement_id)))
                + "".join(f"\n\n⚠ {w}" for w in approval_warnings(self.db, statement_id)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.ctx.attempt(self, lambda: statements.approve_statement(self.db, statement_id, self.who),
                             self.tr("承認できません"))

    def ask_refunded(self) -> None:
        """返金受領: the day the payee's refund arrived, after a confirmation that it cannot be undone."""
        from colead_desktop.services.payment_runs import mark_refunded

        summary = self.selected_summary()
        if summary and summary.statement_id:
            self._settle_on_a_day(summary.statement_no, self.tr(
                "明細書 {no} の返金請求 {a} 円を返金受領済みにします。"
                "支払調書・月別の源泉徴収・予算の支払済に、この日付で数えます。").format(
                no=summary.statement_no, a=yen(-summary.transfer_yen)),
                (self.tr("返金受領"), self.tr("返金受領日（入金を確認した日）"), self.tr("返金受領を記録できません")),
                mark_refunded)

    def ask_settle(self) -> None:
        """確定（振込なし）: the payee's approved ¥0 statements the user keeps checked (no run takes them), settled on
        the chosen day after a confirmation, each audited."""
        from colead_desktop.services.payment_runs import settle_all_without_transfer
        from colead_desktop.ui.payments.settle_dialog import SettleDialog

        summary = self.selected_summary()
        if summary is None or not self.settleable:
            return
        dialog = SettleDialog(self.settleable, self.tr(
            "選択中の人の振込金額が0円の明細書を、振込なしで確定（支払済）にします。"
            "支払調書・月別の源泉徴収に、この日付で数えます。"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            numbers, on, who = dialog.chosen_numbers(), dialog.chosen(), self.who
            self.ctx.attempt(self, lambda: settle_all_without_transfer(self.db, self._programme(), who, numbers, on),
                             self.tr("振込なしで確定できません"))

    def _settle_on_a_day(self, statement_no: str, what: str, texts: tuple[str, str, str],
                         settle: Callable[[Database, int, str, str, date], str]) -> None:
        """Ask the day (texts: the dialog's title, the date's label, the failure's title) and settle the statement
        on it through `settle` (a payment_runs service)."""
        from colead_desktop.ui.payments.run_dialog import PaidDateDialog

        title, label, failure = texts
        dialog = PaidDateDialog(tokyo_today(), what, self, title, label)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.settle(statement_no, dialog.chosen(), settle, failure)

    def settle(self, statement_no: str, on: date, settle: Callable[[Database, int, str, str, date], str],
               failure: str) -> None:
        who = self.who
        self.ctx.attempt(self, lambda: settle(self.db, self._programme(), who, statement_no, on), failure)

    def open_runs(self) -> None:
        from colead_desktop.ui.payments.run_dialog import RunDialog

        RunDialog(self.ctx, self).exec()
        self.reload()

    def adjust(self) -> None:
        from colead_desktop.ui.payments.dialogs import AdjustDialog

        summary = self.selected_summary()
        if not (summary and summary.statement_id):
            return
        dialog = AdjustDialog(statements.correctable_statements(self.db, self._programme(), summary.talent_id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            statement_id, reason, rates = dialog.values()
            who = self.who
            self._draft_step(summary.talent_id, self.tr("訂正明細書を作成"), lambda session: statements.adjust_statement_in(
                session, lock_statement(session, statement_id), who, reason, None, rates))


def _read_audit(db: Database, programme_id: int | None, talent_id: int | None,
                audit_all: bool) -> list[audit_log.AuditEntry]:
    """The audit log of payee `talent_id`, or all of it (the latest 500 entries)."""
    if audit_all or talent_id is None or programme_id is None:
        return audit_log.audit_entries(db, limit=500)
    return service.talent_audit(db, programme_id, talent_id)
