"""Payments: payees with their statement status and amounts; records, payee details, statement, audit log.

Thin: every change goes through services.payments (which writes the audit log and refuses edits to
approved statements); this page only shows, asks and reports. The bank account number is masked
until the user presses 表示. Batch PDFs run on the JobRunner with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox,
                               QPushButton, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)
from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.bank import AccountType, mask_number
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payments import ExpenseCategory
from colead_desktop.domain.statements import StatementStatus
from colead_desktop.services import payment_audit as audit_log
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as service
from colead_desktop.settings import Settings
from colead_desktop.ui.jobs import JobRunner, show_failure
from colead_desktop.ui.payments.dialogs import ExpenseDialog, TourDayDialog, TransferDateDialog, WorkDayDialog

STATUS_COLOURS = {"draft": "#ef6c00", "approved": "#1565c0", "paid": "#2e7d32"}


def _yen(amount: int) -> str:
    return f"{amount:,}"


def _item(text: str, align_right: bool = False, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PaymentsPage(QWidget):
    def __init__(self, db: Database, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payments_page")
        self.db = db
        self.settings = settings or Settings()
        self.runner = JobRunner(self)
        self.talent_id: int | None = None
        self.revealed = False

        title = QLabel(self.tr("支払（日当・謝金・旅費）"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.compute_button = self._button(self.tr("明細書を作成"), "compute_button", self.compute,
                                           self.tr("記録から下書きの支払明細書を計算します"))
        self.approve_button = self._button(self.tr("承認"), "approve_button", self.approve)
        self.paid_button = self._button(self.tr("支払済みにする"), "paid_button", self.mark_paid)
        self.adjust_button = self._button(self.tr("訂正明細書"), "adjust_button", self.adjust,
                                          self.tr("承認済みの明細書を訂正する調整明細書（差額のみ）を作成します"))
        export = QToolButton(objectName="export_button", text=self.tr("書き出し"))
        export.setMinimumWidth(90)
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.tr("支払明細書 PDF（選択中の人）…"), self.ask_statement_pdf)
        menu.addAction(self.tr("支払明細書 PDF 一括（承認済み全員・1ファイル）…"), self.ask_batch_pdf)
        menu.addAction(self.tr("支払明細書 PDF（承認済み全員・フォルダ）…"), self.ask_folder_pdf)
        menu.addSeparator()
        menu.addAction(self.tr("経理用ワークブック（.xlsx）…"), self.ask_workbook)
        menu.addAction(self.tr("全銀ファイル（総合振込）…"), self.ask_zengin)
        menu.addAction(self.tr("支払調書 一覧（.xlsx）…"), self.ask_chosho)
        menu.addAction(self.tr("監査ログ（.csv）…"), self.ask_audit)
        export.setMenu(menu)
        self.export_menu = menu
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for widget in (self.compute_button, self.approve_button, self.paid_button, self.adjust_button, export):
            top.addWidget(widget)

        self.payees = _table("payees_table", [self.tr("氏名"), self.tr("地域"), self.tr("明細書"), self.tr("状態"),
                                              self.tr("総額"), self.tr("源泉徴収"), self.tr("手数料"),
                                              self.tr("差引支払額")])
        self.payees.horizontalHeader().setStretchLastSection(False)
        self.payees.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.payees.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.payees.itemSelectionChanged.connect(self._payee_chosen)
        self.totals = QLabel(objectName="payments_totals")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.payees, 1)
        left_layout.addWidget(self.totals)

        self.tabs = QTabWidget(objectName="payment_tabs")
        self.tabs.addTab(self._statement_tab(), self.tr("明細"))
        self.tabs.addTab(self._tour_tab(), self.tr("ツアー参加日"))
        self.tabs.addTab(self._work_tab(), self.tr("作業日"))
        self.tabs.addTab(self._expense_tab(), self.tr("経費"))
        self.tabs.addTab(self._payee_tab(), self.tr("受取人情報"))
        self.tabs.addTab(self._audit_tab(), self.tr("監査ログ"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 840])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload()

    # ------------------------------------------------------------ building blocks

    def _button(self, text: str, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(lambda: slot())
        if tip:
            button.setToolTip(tip)
        return button

    def _record_tab(self, table: QTableWidget, buttons: list[QPushButton]) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return tab

    def _statement_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.statement_head = QLabel(objectName="statement_head")
        self.statement_head.setWordWrap(True)
        self.statement_head.setTextFormat(Qt.TextFormat.RichText)
        self.lines = _table("statement_lines", [self.tr("日付"), self.tr("内容"), self.tr("金額"), self.tr("料率")])
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.rates_label = QLabel(objectName="rates_used")
        self.rates_label.setWordWrap(True)
        self.rates_label.setStyleSheet("color: #555;")
        layout.addWidget(self.statement_head)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.rates_label)
        return tab

    def _tour_tab(self) -> QWidget:
        self.tour_table = _table("tour_days_table", [self.tr("日付"), self.tr("メモ")])
        return self._record_tab(self.tour_table, [
            self._button(self.tr("追加…"), "tour_add", self.add_tour_day),
            self._button(self.tr("ツアー日程から取り込む"), "tour_fill", self.fill_tour_days,
                         self.tr("この人が参加するフィールドワークツアーの日程を参加日として追加します")),
            self._button(self.tr("削除"), "tour_delete", lambda: self._delete("tour_day", self.tour_table))])

    def _work_tab(self) -> QWidget:
        self.work_table = _table("work_days_table", [self.tr("日付"), self.tr("活動"), self.tr("企業"),
                                                     self.tr("確認者"), self.tr("メモ")])
        return self._record_tab(self.work_table, [
            self._button(self.tr("追加…"), "work_add", self.add_work_day),
            self._button(self.tr("削除"), "work_delete", lambda: self._delete("work_day", self.work_table))])

    def _expense_tab(self) -> QWidget:
        self.expense_table = _table("expenses_table", [self.tr("日付"), self.tr("費目"), self.tr("金額"),
                                                       self.tr("支払先"), self.tr("内容"), self.tr("領収書")])
        return self._record_tab(self.expense_table, [
            self._button(self.tr("追加…"), "expense_add", self.add_expense),
            self._button(self.tr("領収書を添付…"), "receipt_attach", self.attach_receipt),
            self._button(self.tr("削除"), "expense_delete", lambda: self._delete("expense", self.expense_table))])

    def _payee_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("name", self.tr("氏名")), ("kana", self.tr("フリガナ")), ("address", self.tr("住所")),
                           ("exempt_reason", self.tr("源泉徴収なしの理由")), ("bank_code", self.tr("金融機関コード")),
                           ("bank_name_kana", self.tr("金融機関名（カナ）")), ("branch_code", self.tr("支店コード")),
                           ("branch_name_kana", self.tr("支店名（カナ）")), ("holder_kana", self.tr("口座名義（半角カナ）"))):
            self.fields[key] = QLineEdit(objectName=f"payee_{key}")
        self.tax = QComboBox(objectName="payee_tax_status")
        self.tax.addItem(self.tr("個人（源泉徴収あり）"), "individual")
        self.tax.addItem(self.tr("源泉徴収なし"), "exempt")
        self.account_type = QComboBox(objectName="payee_account_type")
        for kind in AccountType:
            self.account_type.addItem(kind.label, kind.value)
        self.account = QLineEdit(objectName="payee_account_number")
        self.account.setMaxLength(7)
        self.reveal = QPushButton(self.tr("表示"), objectName="reveal_button", checkable=True)
        self.reveal.setToolTip(self.tr("口座番号を表示して編集できるようにします"))
        self.reveal.toggled.connect(self._reveal_toggled)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account, 1)
        account_row.addWidget(self.reveal)
        self.fee_by = QComboBox(objectName="payee_fee_borne_by")
        self.fee_by.addItem(self.tr("当方負担"), "payer")
        self.fee_by.addItem(self.tr("先方負担（振込額から差引）"), "payee")
        self.fee = QSpinBox(objectName="payee_fee_yen")
        self.fee.setRange(0, 10_000)
        self.fee.setSuffix(self.tr(" 円"))
        form.addRow(self.tr("氏名"), self.fields["name"])
        form.addRow(self.tr("フリガナ"), self.fields["kana"])
        form.addRow(self.tr("住所"), self.fields["address"])
        form.addRow(self.tr("税区分"), self.tax)
        form.addRow(self.tr("源泉徴収なしの理由"), self.fields["exempt_reason"])
        bank = QGroupBox(self.tr("振込先口座"))
        bank_form = QFormLayout(bank)
        bank_form.addRow(self.tr("金融機関コード"), self.fields["bank_code"])
        bank_form.addRow(self.tr("金融機関名（カナ）"), self.fields["bank_name_kana"])
        bank_form.addRow(self.tr("支店コード"), self.fields["branch_code"])
        bank_form.addRow(self.tr("支店名（カナ）"), self.fields["branch_name_kana"])
        bank_form.addRow(self.tr("預金種目"), self.account_type)
        bank_form.addRow(self.tr("口座番号"), account_row)
        bank_form.addRow(self.tr("口座名義（半角カナ）"), self.fields["holder_kana"])
        bank_form.addRow(self.tr("振込手数料"), self.fee_by)
        bank_form.addRow(self.tr("手数料額"), self.fee)
        save = self._button(self.tr("保存"), "payee_save", self.save_payee)
        outer.addLayout(form)
        outer.addWidget(bank)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        outer.addLayout(row)
        outer.addStretch(1)
        return tab

    def _audit_tab(self) -> QWidget:
        self.audit_table = _table("audit_table", [self.tr("日時"), self.tr("変更者"), self.tr("対象"), "ID",
                                                  self.tr("項目"), self.tr("変更前"), self.tr("変更後")])
        self.audit_scope = QComboBox(objectName="audit_scope")
        self.audit_scope.addItem(self.tr("選択中の人の明細書と受取人情報"), "person")
        self.audit_scope.addItem(self.tr("すべて（最新500件）"), "all")
        self.audit_scope.currentIndexChanged.connect(lambda _i: self.show_audit())
        tab = self._record_tab(self.audit_table, [self._button(self.tr("CSV に書き出す…"), "audit_export",
                                                               self.ask_audit)])
        tab.layout().itemAt(0).layout().insertWidget(0, self.audit_scope)
        return tab

    # ------------------------------------------------------------ helpers

    @property
    def who(self) -> str:
        return self.settings.user_name

    def show_error(self, exc: BaseException, title: str = "") -> None:
        QMessageBox.warning(self, title or self.tr("操作できません"), str(exc))

    def _try(self, action: Callable[[], object], title: str = "") -> bool:
        try:
            action()
        except InputError as exc:
            self.show_error(exc, title)
            return False
        self.reload()
        return True

    def selected_summary(self) -> service.PayeeSummary | None:
        return next((p for p in self.summaries if p.talent_id == self.talent_id), None)

    def _selected_row_id(self, table: QTableWidget) -> int | None:
        row = table.currentRow()
        if row < 0 or table.item(row, 0) is None:
            return None
        return table.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def _first_day(self) -> date:
        summary = self.selected_summary()
        if summary and summary.statement_id:
            return statements.statement(self.db, summary.statement_id).period[0]
        return date.today()

    # ------------------------------------------------------------ showing

    def reload(self) -> None:
        self.summaries = service.list_payees(self.db)
        keep = self.talent_id
        self.payees.blockSignals(True)
        self.payees.setRowCount(len(self.summaries))
        for row, p in enumerate(self.summaries):
            status = StatementStatus(p.status).label if p.status else self.tr("未作成")
            status_item = _item(status)
            status_item.setForeground(QColor(STATUS_COLOURS.get(p.status, "#777")))
            values = [_item(p.name, data=p.talent_id), _item(p.region), _item(p.statement_no), status_item,
                      _item(_yen(p.gross_yen), True), _item(_yen(p.withholding_yen), True),
                      _item(_yen(p.fee_yen), True), _item(_yen(p.net_yen), True)]
            for column, item in enumerate(values):
                self.payees.setItem(row, column, item)
        self.payees.blockSignals(False)
        totals = service.payment_totals(self.summaries)
        self.totals.setText(self.tr("合計　総額 {g} 円　源泉徴収 {w} 円　手数料 {f} 円　差引支払額 {n} 円").format(
            g=_yen(totals["gross_yen"]), w=_yen(totals["withholding_yen"]), f=_yen(totals["fee_yen"]),
            n=_yen(totals["net_yen"])))
        ids = [p.talent_id for p in self.summaries]
        if keep in ids:
            self.select_talent(keep)
        elif ids:
            self.select_talent(ids[0])
        else:
            self.talent_id = None
            self.show_person()

    def select_talent(self, talent_id: int) -> None:
        row = [p.talent_id for p in self.summaries].index(talent_id)
        self.payees.selectRow(row)
        self.talent_id = talent_id
        self.show_person()

    def _payee_chosen(self) -> None:
        row = self.payees.currentRow()
        if 0 <= row < len(self.summaries):
            self.talent_id = self.summaries[row].talent_id
            self.revealed = False
            self.reveal.setChecked(False)
            self.show_person()

    def show_person(self) -> None:
        summary = self.selected_summary()
        status = summary.status if summary else ""
        self.approve_button.setEnabled(status == "draft")
        self.paid_button.setEnabled(status == "approved")
        self.adjust_button.setEnabled(status in ("approved", "paid"))
        self.compute_button.setEnabled(summary is not None and status in ("", "draft"))
        self.show_statement(summary)
        self.show_records()
        self.show_payee()
        self.show_audit()

    def show_statement(self, summary: service.PayeeSummary | None) -> None:
        self.lines.setRowCount(0)
        self.rates_label.clear()
        if summary is None or summary.statement_id is None:
            self.statement_head.setText(self.tr("支払明細書はまだありません。記録を入力して「明細書を作成」を押してください。"))
            return
        st = statements.statement(self.db, summary.statement_id)
        r = st.result
        colour = STATUS_COLOURS[st.status.value]
        approved = self.tr("　承認: {who}（{on}）").format(who=st.approved_by, on=st.approved_on) if st.approved_by else ""
        adjust = (self.tr("<br>訂正対象: {no}（理由: {reason}）　今回の差額を支払います").format(
            no=st.adjustment.previous_no, reason=st.adjustment.reason) if st.adjustment else "")
        self.statement_head.setText(self.tr(
            "<b>{no}</b>　<span style='color:{c}'>■ {status}</span>{approved}<br>"
            "期間 {start} 〜 {end}　振込予定日 {transfer}<br>"
            "総額 <b>{g}</b> 円　源泉徴収 {w} 円　手数料 {f} 円　差引支払額 <b>{n}</b> 円　振込金額 {t} 円<br>"
            "<span style='color:#555'>{note}</span>{adjust}").format(
                no=st.statement_no, c=colour, status=st.status.label, approved=approved,
                start=st.period[0].isoformat(), end=st.period[1].isoformat(), transfer=st.transfer_date.isoformat(),
                g=_yen(r.gross_yen), w=_yen(r.withholding_yen), f=_yen(r.fee_yen), n=_yen(r.net_yen),
                t=_yen(st.transfer_yen), note=r.withholding_note, adjust=adjust))
        self.lines.setRowCount(len(r.lines))
        for row, line in enumerate(r.lines):
            amount = _yen(line.amount_yen) if line.category.in_gross else f"({_yen(line.amount_yen)})"
            items = [_item(", ".join(d.isoformat() for d in line.dates)), _item(line.description),
                     _item(amount, True), _item(line.rates_id)]
            for column, item in enumerate(items):
                if not line.category.in_gross:
                    item.setForeground(QColor("#888"))
                self.lines.setItem(row, column, item)
        self.lines.resizeColumnToContents(0)
        self.lines.resizeColumnToContents(2)
        self.rates_label.setText(self.tr("使用した料率: ") + "　".join(
            self.tr("{id}（{start}〜）日当 {pd} 円/日、謝金 {h} 円/日（上限 {cap} 円）").format(
                id=rates.entry_id, start=rates.effective_from.isoformat(), pd=_yen(rates.per_diem_yen),
                h=_yen(rates.honorarium_daily_yen), cap=_yen(rates.honorarium_cap_yen))
            for rates in r.rates_used) + self.tr("　（括弧内の金額は支給対象外）"))

    def show_records(self) -> None:
        tid = self.talent_id
        tours = records.tour_days(self.db, tid) if tid else []
        self.tour_table.setRowCount(len(tours))
        for row, t in enumerate(tours):
            self.tour_table.setItem(row, 0, _item(t.day.isoformat(), data=t.id))
            self.tour_table.setItem(row, 1, _item(t.note))
        companies = dict(self._companies())
        work = records.work_days(self.db, tid) if tid else []
        self.work_table.setRowCount(len(work))
        for row, w in enumerate(work):
            for column, item in enumerate([_item(w.day.isoformat(), data=w.id), _item(records.activity_label(w.activity)),
                                           _item(companies.get(w.company_id, "")), _item(w.approved_by), _item(w.note)]):
                self.work_table.setItem(row, column, item)
        costs = records.expenses(self.db, tid) if tid else []
        self.expense_table.setRowCount(len(costs))
        for row, e in enumerate(costs):
            paid_to = self.tr("事務局が直接支払") if e.paid_directly else self.tr("本人立替")
            for column, item in enumerate([_item(e.day.isoformat(), data=e.id), _item(ExpenseCategory(e.category).label),
                                           _item(_yen(e.amount_yen), True), _item(paid_to), _item(e.description),
                                           _item(", ".join(r.file_name for r in e.receipts))]):
                self.expense_table.setItem(row, column, item)
        for table in (self.tour_table, self.work_table, self.expense_table):
            table.resizeColumnsToContents()

    def show_payee(self) -> None:
        if self.talent_id is None:
            return
        self.details = service.payee_details(self.db, self.talent_id)
        d = self.details
        for key, edit in self.fields.items():
            edit.setText(str(getattr(d, key)))
        self.tax.setCurrentIndex(max(0, self.tax.findData(d.tax_status)))
        self.account_type.setCurrentIndex(max(0, self.account_type.findData(d.account_type)))
        self.fee_by.setCurrentIndex(max(0, self.fee_by.findData(d.fee_borne_by)))
        self.fee.setValue(d.fee_yen)
        self._show_account()

    def _show_account(self) -> None:
        number = self.details.account_number if self.talent_id is not None else ""
        if self.revealed:
            self.account.setText(number)
            self.account.setReadOnly(False)
            self.reveal.setText(self.tr("隠す"))
        else:
            self.account.setText(mask_number(number) if number else "")
            self.account.setReadOnly(True)
            self.reveal.setText(self.tr("表示"))

    def _reveal_toggled(self, on: bool) -> None:
        self.revealed = on
        self._show_account()

    def show_audit(self) -> None:
        if self.audit_scope.currentData() == "all" or self.talent_id is None:
            entries = audit_log.audit_entries(self.db, limit=500)
        else:
            summary = self.selected_summary()
            entries = []
            for _id, _st in statements.statement_history(self.db, self.talent_id):
                entries += audit_log.audit_entries(self.db, entity="payment_statement", entity_id=_id)
            if summary is not None:
                payee_id = service.payee_row_id(self.db, self.talent_id)
                if payee_id is not None:
                    entries += audit_log.audit_entries(self.db, entity="payee", entity_id=payee_id)
            entries.sort(key=lambda e: e.at, reverse=True)
        self.audit_table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for column, text in enumerate([e.at.isoformat(sep=" "), e.who, e.entity, str(e.entity_id or ""),
                                           e.field, e.old or "", e.new or ""]):
                self.audit_table.setItem(row, column, _item(text))
        self.audit_table.resizeColumnsToContents()

    def _companies(self) -> list[tuple[int, str]]:
        with self.db.session() as session:
            return [(c.id, c.name) for c in session.scalars(select(models.Company).order_by(models.Company.id))]

    # ------------------------------------------------------------ actions

    def compute(self) -> None:
        if self.talent_id is not None:
            self._try(lambda: statements.compute_draft(self.db, self.talent_id, self.who),
                      self.tr("明細書を作成できません"))

    def approve(self) -> None:
        summary = self.selected_summary()
        if summary and summary.statement_id:
            self._try(lambda: statements.approve_statement(self.db, summary.statement_id, self.who),
                      self.tr("承認できません"))

    def mark_paid(self) -> None:
        summary = self.selected_summary()
        if summary and summary.statement_id:
            self._try(lambda: statements.mark_statement_paid(self.db, summary.statement_id, self.who),
                      self.tr("支払済みにできません"))

    def adjust(self) -> None:
        summary = self.selected_summary()
        if not (summary and summary.statement_id):
            return
        reason, ok = QInputDialog.getText(self, self.tr("訂正明細書"), self.tr(
            "明細書 {no} を訂正する理由を入力してください。\n"
            "新しい下書きが作成され、記録を修正できるようになります。").format(no=summary.statement_no))
        if ok:
            self._try(lambda: statements.adjust_statement(self.db, summary.statement_id, self.who, reason),
                      self.tr("訂正明細書を作成できません"))

    def add_tour_day(self) -> None:
        if self.talent_id is None:
            return
        dialog = TourDayDialog(self._first_day(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self._try(lambda: records.add_tour_day(self.db, self.talent_id, values["day"], self.who,
                                                   note=values["note"]))

    def fill_tour_days(self) -> None:
        if self.talent_id is not None:
            self._try(lambda: records.fill_tour_days_from_tours(self.db, self.talent_id, self.who))

    def add_work_day(self) -> None:
        if self.talent_id is None:
            return
        dialog = WorkDayDialog(self._first_day(), self._companies(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._try(lambda: records.add_work_day(self.db, self.talent_id, v["day"], v["activity"], self.who,
                                                   note=v["note"], company_id=v["company_id"],
                                                   approved_by=v["approved_by"]))

    def add_expense(self) -> None:
        if self.talent_id is None:
            return
        dialog = ExpenseDialog(self._first_day(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._try(lambda: records.add_expense(self.db, self.talent_id, v["day"], v["category"], v["amount_yen"],
                                                  v["paid_directly"], self.who, v["description"]))

    def _delete(self, kind: str, table: QTableWidget) -> None:
        row_id = self._selected_row_id(table)
        if row_id is not None:
            self._try(lambda: records.delete_record(self.db, kind, row_id, self.who), self.tr("削除できません"))

    def attach_receipt(self) -> None:
        expense_id = self._selected_row_id(self.expense_table)
        if expense_id is None:
            QMessageBox.information(self, self.tr("領収書"), self.tr("先に経費の行を選んでください。"))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("領収書ファイルを選択"), self.settings.last_folder,
                                              self.tr("領収書 (*.pdf *.png *.jpg *.jpeg *.heic);;すべて (*)"))
        if path:
            self._try(lambda: records.attach_receipt(self.db, expense_id, Path(path), self.who),
                      self.tr("領収書を添付できません"))

    def save_payee(self) -> None:
        if self.talent_id is None:
            return
        values: dict[str, Any] = {key: edit.text().strip() for key, edit in self.fields.items()}
        values.update(tax_status=self.tax.currentData(), account_type=self.account_type.currentData(),
                      fee_borne_by=self.fee_by.currentData(), fee_yen=self.fee.value())
        if self.revealed:  # the masked text is never saved back
            values["account_number"] = self.account.text().strip()
        self._try(lambda: service.save_payee(self.db, self.talent_id, self.who, **values),
                  self.tr("受取人情報を保存できません"))

    # ------------------------------------------------------------ exports

    def _ask_save(self, title: str, name: str, pattern: str) -> Path | None:
        start = str(Path(self.settings.last_folder or Path.home()) / name)
        path, _ = QFileDialog.getSaveFileName(self, title, start, pattern)
        if not path:
            return None
        self.settings.last_folder = str(Path(path).parent)
        return Path(path)

    def _run(self, label: str, work: Callable[[Any], Any]) -> None:
        def done(result: Any) -> None:
            shown = result[0].parent if isinstance(result, list) and result else result
            QMessageBox.information(self, self.tr("書き出し"), self.tr("書き出しました: {path}").format(path=shown))

        self.runner.submit(self, label, work, done, show_failure(self, self.tr("書き出しできません")))

    def export_statement_pdf(self, target: Path) -> None:
        summary = self.selected_summary()
        if summary and summary.statement_id:
            self._run(self.tr("支払明細書を作成しています…"),
                      lambda _p: service.export_statement_pdf(self.db, summary.statement_id, target))

    def export_batch_pdf(self, target: Path) -> None:
        self._run(self.tr("支払明細書（一括）を作成しています…"),
                  lambda progress: service.export_statements_combined(self.db, target, progress))

    def export_folder_pdf(self, folder: Path) -> None:
        self._run(self.tr("支払明細書を作成しています…"),
                  lambda progress: service.export_statement_folder(self.db, folder, progress))

    def ask_statement_pdf(self) -> None:
        summary = self.selected_summary()
        if not (summary and summary.statement_id):
            QMessageBox.information(self, self.tr("支払明細書"), self.tr("この人の支払明細書はまだありません。"))
            return
        target = self._ask_save(self.tr("支払明細書 PDF"), f"{summary.statement_no}_{summary.name}.pdf", "PDF (*.pdf)")
        if target:
            self.export_statement_pdf(target)

    def ask_batch_pdf(self) -> None:
        target = self._ask_save(self.tr("支払明細書 PDF 一括"), "支払明細書_一括.pdf", "PDF (*.pdf)")
        if target:
            self.export_batch_pdf(target)

    def ask_folder_pdf(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("支払明細書の保存先フォルダ"), self.settings.last_folder)
        if folder:
            self.export_folder_pdf(Path(folder))

    def ask_workbook(self) -> None:
        target = self._ask_save(self.tr("経理用ワークブック"), "支払_経理用.xlsx", "Excel (*.xlsx)")
        if target:
            self._run(self.tr("ワークブックを作成しています…"),
                      lambda _p: service.export_payments_workbook(self.db, target))

    def ask_zengin(self) -> None:
        summary = next((p for p in self.summaries if p.status == "approved"), None)
        initial = statements.statement(self.db, summary.statement_id).transfer_date if summary else date.today()
        dialog = TransferDateDialog(initial, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day = dialog.chosen()
        target = self._ask_save(self.tr("全銀ファイル"), f"sogofurikomi_{day:%Y%m%d}.txt", self.tr("全銀ファイル (*.txt)"))
        if target:
            self._run(self.tr("全銀ファイルを作成しています…"), lambda _p: service.export_zengin(self.db, day, target))

    def ask_chosho(self) -> None:
        year, ok = QInputDialog.getInt(self, self.tr("支払調書 一覧"), self.tr("対象の年（支払った年）"),
                                       date.today().year - 1, 2000, 2100)
        if not ok:
            return
        target = self._ask_save(self.tr("支払調書 一覧"), f"支払調書_{year}.xlsx", "Excel (*.xlsx)")
        if target:
            self._run(self.tr("支払調書の一覧を作成しています…"),
                      lambda _p: service.export_chosho(self.db, year, target))

    def ask_audit(self) -> None:
        target = self._ask_save(self.tr("監査ログ"), "監査ログ.csv", "CSV (*.csv)")
        if target:
            self._run(self.tr("監査ログを書き出しています…"), lambda _p: audit_log.export_audit_csv(self.db, target))
