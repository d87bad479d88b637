"""The payments page's 書き出し menu: statement PDFs, the accountants' workbook, the 支払調書 list, the monthly
withholding summary and the audit log. Every export runs on the JobRunner (progress and Cancel for batches). The 全銀 file is made
only by a payment run (支払処理, ui/payments/run_dialog.py), which records it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QToolButton, QWidget

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.services import payment_audit as audit_log
from colead_desktop.services import payments as service
from colead_desktop.services import tax_documents
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.file_dialogs import choose_folder, save_file
from colead_desktop.ui.jobs import show_failure
from colead_desktop.ui.output_language import OutputLanguageBox


class PaymentExports(QObject):
    def __init__(self, page: QWidget, ctx: AppContext,
                 selected: Callable[[], service.PayeeSummary | None],
                 summaries: Callable[[], Sequence[service.PayeeSummary]]) -> None:
        super().__init__(page)
        self.page, self.db, self.settings, self.runner = page, ctx.db, ctx.settings, ctx.runner
        self.ctx = ctx
        self.selected, self.summaries = selected, summaries
        self.button = QToolButton(objectName="export_button", text=self.tr("書き出し"))
        self.button.setMinimumWidth(90)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        menu.addAction(self.tr("支払明細書 PDF（選択中の人）…"), self.ask_statement_pdf)
        menu.addAction(self.tr("支払明細書 PDF 一括（承認済み全員・1ファイル）…"), self.ask_batch_pdf)
        menu.addAction(self.tr("支払明細書 PDF（承認済み全員・フォルダ）…"), self.ask_folder_pdf)
        menu.addSeparator()
        menu.addAction(self.tr("経理用ワークブック（.xlsx）…"), self.ask_workbook)
        menu.addAction(self.tr("支払調書 一覧（.xlsx）…"), self.ask_chosho)
        menu.addAction(self.tr("源泉徴収 月別集計（.xlsx）…"), self.ask_withholding_monthly)
        menu.addAction(self.tr("監査ログ（.csv）…"), self.ask_audit)
        self.button.setMenu(menu)
        self.menu = menu
        self.output_language = OutputLanguageBox()
        self.output_language.setToolTip(self.tr("明細書とワークブックの言語。支払調書は税務の様式のため常に日本語です"))

    def _ask_save(self, title: str, name: str, pattern: str) -> Path | None:
        return save_file(self.page, self.settings, title, name, pattern)

    def _run(self, label: str, work: Callable[[Any], Any]) -> None:
        def done(result: Any) -> None:
            shown = result[0].parent if isinstance(result, list) and result else result
            QMessageBox.information(self.page, self.tr("書き出し"), self.tr("書き出しました: {path}").format(path=shown))

        self.runner.submit(self.page, label, self.output_language.wrap(work), done,
                           show_failure(self.page, self.tr("書き出しできません")))

    @property
    def programme_id(self) -> int:
        # the page disables its 書き出し button on a database without a programme
        assert self.ctx.programme_id is not None
        return self.ctx.programme_id

    def export_statement_pdf(self, target: Path) -> None:
        summary = self.selected()
        if summary and summary.statement_id:
            statement_id = summary.statement_id
            self._run(self.tr("支払明細書を作成しています…"),
                      lambda _p: service.export_statement_pdf(self.db, statement_id, target))

    def export_batch_pdf(self, target: Path) -> None:
        db, programme_id = self.db, self.programme_id
        self._run(self.tr("支払明細書（一括）を作成しています…"),
                  lambda progress: service.export_statements_combined(db, programme_id, target, progress))

    def export_folder_pdf(self, folder: Path) -> None:
        db, programme_id = self.db, self.programme_id
        self._run(self.tr("支払明細書を作成しています…"),
                  lambda progress: service.export_statement_folder(db, programme_id, folder, progress))

    def ask_statement_pdf(self) -> None:
        summary = self.selected()
        if not (summary and summary.statement_id):
            QMessageBox.information(self.page, self.tr("支払明細書"), self.tr("この人の支払明細書はまだありません。"))
            return
        target = self._ask_save(self.tr("支払明細書 PDF"), f"{summary.statement_no}_{summary.name}.pdf", "PDF (*.pdf)")
        if target:
            self.export_statement_pdf(target)

    def ask_batch_pdf(self) -> None:
        target = self._ask_save(self.tr("支払明細書 PDF 一括"), "支払明細書_一括.pdf", "PDF (*.pdf)")
        if target:
            self.export_batch_pdf(target)

    def ask_folder_pdf(self) -> None:
        folder = choose_folder(self.page, self.settings, "pdf", self.tr("支払明細書の保存先フォルダ"))
        if folder:
            self.export_folder_pdf(folder)

    def ask_workbook(self) -> None:
        target = self._ask_save(self.tr("経理用ワークブック"), "支払_経理用.xlsx", "Excel (*.xlsx)")
        if target:
            db, programme_id = self.db, self.programme_id
            self._run(self.tr("ワークブックを作成しています…"),
                      lambda _p: service.export_payments_workbook(db, programme_id, target))

    def ask_chosho(self) -> None:
        year, ok = QInputDialog.getInt(self.page, self.tr("支払調書 一覧"), self.tr("対象の年（支払った年）"),
                                       service.chosho_default_year(self.db, self.programme_id, tokyo_today()), 2000, 2100)
        if not ok:
            return
        target = self._ask_save(self.tr("支払調書 一覧"), f"支払調書_{year}.xlsx", "Excel (*.xlsx)")
        if target:
            db, programme_id = self.db, self.programme_id
            self._run(self.tr("支払調書の一覧を作成しています…"),
                      lambda _p: tax_documents.export_chosho(db, programme_id, year, target))

    def ask_withholding_monthly(self) -> None:
        target = self._ask_save(self.tr("源泉徴収 月別集計"), "源泉徴収_月別.xlsx", "Excel (*.xlsx)")
        if target:
            db, programme_id = self.db, self.programme_id
            self._run(self.tr("源泉徴収の月別集計を作成しています…"),
                      lambda _p: tax_documents.export_withholding_monthly(db, programme_id, target))

    def ask_audit(self) -> None:
        target = self._ask_save(self.tr("監査ログ"), "監査ログ.csv", "CSV (*.csv)")
        if target:
            self._run(self.tr("監査ログを書き出しています…"), lambda _p: audit_log.export_audit_csv(self.db, target).path)
