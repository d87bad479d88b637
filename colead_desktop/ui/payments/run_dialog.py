"""支払処理 (payment runs): pick the approved statements and the transfer date, preview what is left out and
why, create the run with its 全銀 file; the runs' history with 再作成 and 支払済 on the bank's date.

Thin: services.payment_runs decides and records everything; the file is written on the JobRunner.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QFrame,
                               QGroupBox, QHBoxLayout, QLabel, QMessageBox, QScrollArea, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.payment_runs import RunPlan, RunStatus, zengin_file_name
from colead_desktop.domain.statement_status import StatementStatus, settled_label
from colead_desktop.domain.statements import Statement
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payments as service
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.file_dialogs import save_file
from colead_desktop.ui.jobs import show_failure
from colead_desktop.ui.payments.widgets import item, selected_data, table, yen
from colead_desktop.ui.screen_fit import resize_to_fit
from colead_desktop.ui.style import set_state
from colead_desktop.ui.widgets import button, date_edit, to_date


SUMMARY_LINES = 8  # the run summary's height at most; a longer one scrolls


class PaidDateDialog(QDialog):
    """The date the bank confirmed the transfer (振込結果), never before the run's transfer date; or, titled and
    labelled for it, the day a reclaim's refund arrived (返金受領)."""

    def __init__(self, transfer_date: date, what: str, parent: QWidget | None = None, title: str = "",
                 label: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("支払済みにする"))
        form = QFormLayout(self)
        form.addRow(QLabel(what + "\n" + self.tr("この操作は元に戻せません。"), wordWrap=True))
        self.day = date_edit(transfer_date, "paid_date")
        form.addRow(label or self.tr("支払日（銀行の振込結果の日付）"), self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> date:
        return to_date(self.day.date())


class RunDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("run_dialog")
        self.setWindowTitle(self.tr("支払処理（全銀ファイルの作成と支払済）"))
        resize_to_fit(self, 1000, 720)
        self.ctx, self.db, self.settings = ctx, ctx.db, ctx.settings
        assert ctx.programme_id is not None  # opened from the payments page, which has a programme
        self.programme_id: int = ctx.programme_id
        self.waiting: list[Statement] = []

        self.day = date_edit(next_bank_business_day(tokyo_today() + timedelta(days=3)), "run_transfer_date")
        self.day.dateChanged.connect(lambda _d: self.preview())
        self.statements = table("run_statements", [self.tr("含める"), self.tr("明細書"), self.tr("受取人"),
                                                   self.tr("振込予定日"), self.tr("振込金額")])
        self.statements.itemChanged.connect(lambda _i: self.preview())
        self.plan_label = QLabel(objectName="run_preview", wordWrap=True)
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The summary (one line per left-out statement and per changed date) was squeezed by the tables and its
        # first and last lines cut off: it gets the height of its text, up to SUMMARY_LINES, and scrolls beyond.
        self.plan_area = QScrollArea(objectName="run_preview_area", widgetResizable=True)
        self.plan_area.setFrameShape(QFrame.Shape.NoFrame)
        self.plan_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan_area.setWidget(self.plan_label)
        self.create_button = button(self.tr("全銀ファイルを作成…"), "run_create", self.ask_create,
                                    self.tr("含める明細書を振込データ作成済みにし、全銀ファイルを保存します"))
        new_box = QGroupBox(self.tr("新しい支払処理（承認済みの明細書）"))
        new_layout = QVBoxLayout(new_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("振込指定日")))
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.create_button)
        new_layout.addLayout(top)
        new_layout.addWidget(self.statements, 1)
        new_layout.addWidget(self.plan_area)

        self.summaries: list[runs.RunSummary] = []
        self.history = table("run_history", [self.tr("番号"), self.tr("振込指定日"), self.tr("振込件数"), self.tr("合計"),
                                             self.tr("ファイル（SHA-256）"), self.tr("作成者"), self.tr("状態"),
                                             self.tr("作成回数")])
        self.history.itemSelectionChanged.connect(self.show_run)
        self.run_members = table("run_members", [self.tr("明細書"), self.tr("受取人"), self.tr("振込金額"),
                                                 self.tr("状態"), self.tr("支払日"), self.tr("振込（顧客コード）"),
                                                 self.tr("振込の金額")])
        self.run_members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.regenerate_button = button(self.tr("再作成…"), "run_regenerate", self.ask_regenerate,
                                        self.tr("同じ支払処理の全銀ファイルをもう一度作成します（履歴に残ります）"))
        self.withdraw_button = button(self.tr("取消…"), "run_withdraw", self.ask_withdraw,
                                      self.tr("銀行に送る前の支払処理を取消し、明細書を承認済に戻します（履歴に残ります）"))
        self.paid_run_button = button(self.tr("支払処理全体を支払済みに…"), "run_paid_all", self.ask_paid_run)
        self.paid_selected_button = button(self.tr("選択した明細書を支払済みに…"), "run_paid_selected",
                                           self.ask_paid_selected)
        history_box = QGroupBox(self.tr("支払処理の履歴"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history, 1)
        actions = QHBoxLayout()
        for widget in (self.regenerate_button, self.withdraw_button, self.paid_run_button, self.paid_selected_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        history_layout.addLayout(actions)
        history_layout.addWidget(self.run_members, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(new_box, 1)
        layout.addWidget(history_box, 1)
        layout.addWidget(close)
        self.reload()

    @property
    def who(self) -> str:
        return self.ctx.who

    # ------------------------------------------------------------ showing

    def reload(self) -> None:
        self.waiting = runs.waiting_statements(self.db, self.programme_id)
        self.statements.blockSignals(True)
        self.statements.setRowCount(len(self.waiting))
        for row, st in enumerate(self.waiting):
            include = QTableWidgetItem()
            include.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            include.setCheckState(Qt.CheckState.Checked)
            include.setData(Qt.ItemDataRole.UserRole, st.statement_no)
            cells = [include, item(st.statement_no), item(st.result.name), item(st.transfer_date.isoformat()),
                     item(yen(st.transfer_yen), True)]
            for column, cell in enumerate(cells):
                self.statements.setItem(row, column, cell)
        self.statements.blockSignals(False)
        self.statements.resizeColumnsToContents()
        self.preview()
        summaries = self.summaries = runs.list_runs(self.db, self.programme_id)
        self.history.setRowCount(len(summaries))
        for row, r in enumerate(summaries):
            withdrawn = r.status is RunStatus.WITHDRAWN  # its statements left it: "—", not a run of nothing
            cells = [item(str(r.number), data=r.run_id), item(r.transfer_date.isoformat()),
                     item("—" if withdrawn else self._count_text(r), True),
                     item("—" if withdrawn else yen(r.total_yen), True),
                     item(f"{r.file_sha256[:12]}…  {r.file_name}"), item(r.created_by),
                     item(self._status_text(r)), item(str(r.files), True)]
            for column, cell in enumerate(cells):
                self.history.setItem(row, column, cell)
        self.history.resizeColumnsToContents()
        if summaries:
            self.history.selectRow(0)
        self.show_run()

    def _count_text(self, run: runs.RunSummary) -> str:
        """The run's transfers, as the bank file's trailer counts them, and its statements where they differ."""
        if run.count == len(run.transfers):
            return str(run.count)
        return self.tr("{t}（明細書 {n}）").format(t=len(run.transfers), n=run.count)

    def _status_text(self, run: runs.RunSummary) -> str:
        if run.status is not RunStatus.WITHDRAWN or run.withdrawn_at is None:
            return run.status.label
        return self.tr("取消（{who} {at}）").format(who=run.withdrawn_by, at=run.withdrawn_at.strftime("%Y-%m-%d %H:%M"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_summary()  # a narrower dialog wraps the summary onto more lines

    def _fit_summary(self) -> None:
        width = self.plan_area.viewport().width()
        needed = self.plan_label.heightForWidth(width) if width > 0 else self.plan_label.sizeHint().height()
        most = self.plan_label.fontMetrics().lineSpacing() * SUMMARY_LINES
        self.plan_area.setFixedHeight(min(needed, most) + 2 * self.plan_label.margin())

    def excluded(self) -> list[str]:
        cells = [self.statements.item(row, 0) for row in range(self.statements.rowCount())]
        return [cell.data(Qt.ItemDataRole.UserRole) for cell in cells
                if cell is not None and cell.checkState() != Qt.CheckState.Checked]

    def preview(self) -> None:
        if not self.waiting:
            self.plan_label.setText(self.tr("支払処理を待っている承認済みの明細書はありません。"))
            self.create_button.setEnabled(False)
            self._fit_summary()
            return
        try:
            plan = runs.preview_run(self.db, self.programme_id, to_date(self.day.date()), self.excluded())
        except InputError as exc:
            self.plan_label.setText(str(exc))
            set_state(self.plan_label, "error")
            self.create_button.setEnabled(False)
            self._fit_summary()
            return
        self._show_amounts(plan)
        lines = [self.tr("明細書 {n} 件を振込 {t} 件で 合計 {total} 円（振込指定日 {day}）").format(
            n=len(plan.included), t=plan.transfer_count, total=yen(plan.total_yen), day=plan.transfer_date.isoformat())]
        lines += [self.tr("まとめて振込（顧客コード {codes}）: {nos} を1件 {total} 円で（振込手数料は {lead} で1回だけ）").format(
            codes=t.code_text, nos="、".join(t.statement_nos), total=yen(t.amount_yen), lead=t.statement_nos[0])
            for t in plan.transfers() if len(t.statement_nos) > 1]
        lines += [self.tr("除外: {no} — {reason}").format(no=o.statement_no, reason=o.reason) for o in plan.left_out]
        changed: dict[date, list[str]] = {}
        for no, old in plan.date_changes():  # the run's date replaces each statement's own: said, never silent
            changed.setdefault(old, []).append(no)
        lines += [self.tr("振込予定日の変更 {old} → {new}: {n} 件（{nos}）").format(
            old=old.isoformat(), new=plan.transfer_date.isoformat(), n=len(nos),
            nos="、".join(nos[:3]) + ("…" if len(nos) > 3 else "")) for old, nos in sorted(changed.items())]
        lines += [self.tr("注意: {text}").format(text=w) for w in plan.warnings]
        self.plan_label.setText("\n".join(lines))
        set_state(self.plan_label, "ok" if not plan.warnings else "error")
        self.create_button.setEnabled(True)
        self._fit_summary()

    def _show_amounts(self, plan: RunPlan) -> None:
        """Each waiting statement's transfer as this run would make it: one joining another's transfer bears no fee
        (domain.payment_runs.one_transfer_per_payee), so the list adds up to the run's total."""
        planned = {st.statement_no: st.transfer_yen for st in plan.included}
        self.statements.blockSignals(True)  # a text change is no inclusion change
        for row, st in enumerate(self.waiting):
            cell = self.statements.item(row, 4)
            if cell is not None:
                cell.setText(yen(planned.get(st.statement_no, st.transfer_yen)))
        self.statements.blockSignals(False)

    def selected_run(self) -> int | None:
        data = selected_data(self.history)
        return int(data) if data is not None else None

    def show_run(self) -> None:
        run_id = self.selected_run()
        members = runs.run_statements(self.db, run_id) if run_id is not None else []
        # each statement's transfer: the codes the bank statement shows and the sum it transferred
        transfer_of = {no: t for r in self.summaries if r.run_id == run_id for t in r.transfers for no in t.statement_nos}
        self.run_members.setRowCount(len(members))
        for row, st in enumerate(members):
            transfer = transfer_of.get(st.statement_no)
            cells = [item(st.statement_no, data=st.statement_no), item(st.result.name), item(yen(st.transfer_yen), True),
                     item(settled_label(st.status, st.transfer_yen)), item(st.paid_on.isoformat() if st.paid_on else ""),
                     item(transfer.code_text if transfer else ""),
                     item(yen(transfer.amount_yen) if transfer else "", True)]
            for column, cell in enumerate(cells):
                self.run_members.setItem(row, column, cell)
        self.run_members.resizeColumnsToContents()
        open_ = any(st.status is StatementStatus.IN_RUN for st in members)
        self.paid_run_button.setEnabled(open_)
        self.paid_selected_button.setEnabled(open_)
        unpaid = bool(members) and all(st.status is StatementStatus.IN_RUN for st in members)  # none withdrawn
        self.regenerate_button.setEnabled(unpaid)
        self.withdraw_button.setEnabled(unpaid)

    # ------------------------------------------------------------ actions

    def _ask_target(self, name: str) -> Path | None:
        return save_file(self, self.settings, self.tr("全銀ファイル"), name, self.tr("全銀ファイル (*.txt)"), "zengin")

    def _confirm_holders(self) -> bool:
        mismatches = service.holder_mismatches(self.db, self.programme_id)
        if not mismatches:
            return True
        lines = "\n".join(self.tr("・{name}（フリガナ {kana}／口座名義 {holder}）").format(
            name=m.name, kana=m.kana, holder=m.holder_kana) for m in mismatches)
        answer = QMessageBox.warning(
            self, self.tr("口座名義の確認"),
            self.tr("次の受取人は口座名義がフリガナと一致しません。振込先が正しいか確認してください。\n\n{lines}\n\n"
                    "このまま全銀ファイルを作成しますか？").format(lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, text: str) -> None:
        self.ctx.data_changed.emit()
        self.reload()
        QMessageBox.information(self, self.tr("支払処理"), text)

    def ask_create(self) -> None:
        if not self._confirm_holders():
            return
        day, exclude = to_date(self.day.date()), self.excluded()
        answer = QMessageBox.question(self, self.tr("支払処理の確認"), self.tr(
            "{day} 振込の支払処理を作成し、全銀ファイルを書き出しますか？\n含めた明細書は支払処理に入り、"
            "この操作は元に戻せません。").format(day=f"{day:%Y-%m-%d}"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        target = self._ask_target(zengin_file_name(day, runs.next_run_number(self.db, self.programme_id)))
        if target is not None:
            self.create_run(day, exclude, target)

    def create_run(self, day: date, exclude: list[str], target: Path) -> None:
        who, programme_id = self.who, self.programme_id

        def done(outcome: runs.RunOutcome) -> None:
            self._done(self.tr("支払処理 {id} を作成しました: 振込 {t} 件（明細書 {n} 件）、合計 {total} 円\n{path}").format(
                id=outcome.number, t=len(outcome.transfers), n=len(outcome.statements), total=yen(outcome.total_yen),
                path=outcome.path))

        self.ctx.runner.submit(self, self.tr("全銀ファイルを作成しています…"),
                               lambda _p: runs.create_run(self.db, programme_id, day, target, who, exclude),
                               done, show_failure(self, self.tr("支払処理を作成できません")))

    def ask_regenerate(self) -> None:
        """A remade file pays again if it reaches the bank after the first: asked first, No the default."""
        run = self._selected_summary()
        if run is None:
            return
        answer = QMessageBox.warning(self, self.tr("全銀ファイルの再作成"), self.tr(
            "支払処理 {no}（振込指定日 {day}、合計 {total} 円）の全銀ファイルをもう一度作成しますか？\n\n"
            "再作成したファイルも同じ振込です。銀行に送ったファイルをもう一度送ると、もう一度振り込まれます（二重払い）。"
            "銀行に送る前にファイルをなくした場合などに限って再作成し、送るのはどちらか一つだけにしてください。").format(
                no=run.number, day=run.transfer_date.isoformat(), total=yen(run.total_yen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        target = self._ask_target(zengin_file_name(run.transfer_date, run.number, run.files + 1))
        if target is not None:
            self.regenerate(run.run_id, target)

    def regenerate(self, run_id: int, target: Path) -> None:
        who = self.who
        self.ctx.runner.submit(self, self.tr("全銀ファイルを再作成しています…"),
                               lambda _p: runs.regenerate_run_file(self.db, run_id, target, who),
                               lambda path: self._done(self.tr("再作成しました: {path}").format(path=path)),
                               show_failure(self, self.tr("再作成できません")))

    def ask_withdraw(self) -> None:
        run = self._selected_summary()
        if run is None:
            return
        answer = QMessageBox.question(self, self.tr("支払処理の取消"), self.tr(
            "支払処理 {id} を取消しますか？\n{n} 件の明細書は承認済に戻り、次の支払処理を待ちます。"
            "この支払処理の全銀ファイルは銀行に送らないでください（再作成もできなくなります）。"
            "銀行に送った後なら取消さず、振込結果の日付で支払済みにしてください。\nこの操作は元に戻せません。").format(
                id=run.number, n=self.run_members.rowCount()))
        if answer == QMessageBox.StandardButton.Yes:
            self.withdraw(run.run_id)

    def withdraw(self, run_id: int) -> None:
        if self.ctx.attempt(self, lambda: runs.withdraw_run(self.db, self.programme_id, run_id, self.who),
                            self.tr("取消できません")):
            self.reload()

    def _selected_summary(self) -> runs.RunSummary | None:
        run_id = self.selected_run()
        return next((r for r in self.summaries if r.run_id == run_id), None)

    def ask_paid_run(self) -> None:
        run = self._selected_summary()
        if run is None:
            return
        what = self.tr("支払処理 {id} の明細書（未払いのもの）をすべて支払済みにします。").format(id=run.number)
        dialog = PaidDateDialog(run.transfer_date, what, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_paid(dialog.chosen(), run_id=run.run_id)

    def ask_paid_selected(self) -> None:
        run = self._selected_summary()
        rows = sorted({index.row() for index in self.run_members.selectedIndexes()})
        cells = [self.run_members.item(r, 0) for r in rows]
        numbers = [cell.data(Qt.ItemDataRole.UserRole) for cell in cells if cell is not None]
        if run is None or not numbers:
            return
        dialog = PaidDateDialog(run.transfer_date, self.tr("明細書 {nos} を支払済みにします。").format(
            nos="、".join(numbers)), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_paid(dialog.chosen(), numbers=numbers)

    def mark_paid(self, on: date, run_id: int | None = None, numbers: list[str] | None = None) -> None:
        if self.ctx.attempt(self, lambda: runs.mark_paid(self.db, self.programme_id, self.who, on, run_id, numbers or ()),
                            self.tr("支払済みにできません")):
            self.reload()

