"""ファイル > 持ち出し… and 持ち帰り…: take a region's tours or one meetup to an offline copy, and bring it back.

Both run on the job runner (services/offline_checkout.py, offline_checkin.py). 持ち帰り first shows what it
would write and the conflicts (a dry run), and writes only when the user agrees. Both are off, saying why, for
a role that may not hold records and in an offline copy (they work on the shared database); an open offline
copy is said so over every page (`show_copy_banner`).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
                               QMessageBox, QWidget)

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.offline import Outcome, Scope
from colead_desktop.domain.team import Area
from colead_desktop.offline_copies import last_copy
from colead_desktop.services.offline_checkin import CheckedIn, check_in
from colead_desktop.services.offline_checkout import CheckedOut, check_out, checkout_choices
from colead_desktop.services.offline_references import COPY_CANNOT_CHECK_IN, COPY_CANNOT_CHECK_OUT, offline_copy
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.file_dialogs import documents, save_file
from colead_desktop.ui.jobs import show_failure

translate = QCoreApplication.translate
FILTER = "SQLite (*.sqlite *.sqlite3 *.db)"


class CheckOutDialog(QDialog):
    def __init__(self, choices: list[tuple[Scope, int, str]], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_out_dialog")
        self.setWindowTitle(self.tr("持ち出し"))
        self.what = QComboBox(objectName="check_out_what")
        for scope, scope_id, label in choices:
            self.what.addItem(label, (scope.value, scope_id))
        self.until = QDateEdit(objectName="check_out_until", calendarPopup=True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setMinimumDate(QDate(today.year, today.month, today.day))
        later = today + timedelta(days=7)
        self.until.setDate(QDate(later.year, later.month, later.day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("持ち出すもの"), self.what)
        form.addRow(self.tr("期限（この日まで）"), self.until)
        form.addRow(buttons)

    def chosen(self) -> tuple[Scope, int, str, date]:
        kind, scope_id = self.what.currentData()
        return Scope(kind), int(scope_id), self.what.currentText(), self.until.date().toPython()


def start_check_out(ctx: AppContext, parent: QWidget) -> None:
    programme_id = ctx.programme_id
    if programme_id is None:
        QMessageBox.information(parent, translate("Offline", "持ち出し"),
                                translate("Offline", "プログラムがありません。先にプログラムを作成してください。"))
        return
    dialog = CheckOutDialog(checkout_choices(ctx.db, programme_id), tokyo_today(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    scope, scope_id, label, until = dialog.chosen()
    target = save_file(parent, ctx.settings, translate("Offline", "持ち出しファイルの保存"),
                       translate("Offline", "持ち出し_{0}.sqlite").format(label), FILTER)
    if target is None:
        return

    def done(result: CheckedOut) -> None:
        ctx.data_changed.emit()  # the pages show the new hold
        QMessageBox.information(parent, translate("Offline", "持ち出し"), translate(
            "Offline", "「{0}」を {1} に持ち出しました（{2} まで）。\nネットワークのない場所では「データベースを開く…」で"
                       "このファイルを開いて作業し、戻ったら「持ち帰り…」で書き戻します。").format(
            result.label, result.file, result.until.isoformat()))

    db = ctx.db
    ctx.runner.submit(parent, translate("Offline", "持ち出しています…"),
                      lambda _progress: check_out(db, programme_id, scope, scope_id, until, target, tokyo_today()),
                      done, show_failure(parent, translate("Offline", "持ち出しできません")))


def summary(report: CheckedIn) -> str:
    """What a check-in writes and, record by record, what it leaves because it changed meanwhile."""
    lines = [translate("Offline", "書き戻す変更: {0} 件、削除: {1} 件、追加: {2} 件").format(
        len(report.of(Outcome.WRITE)), len(report.of(Outcome.DELETE)), len(report.of(Outcome.ADD)))]
    for heading, outcome in ((translate("Offline", "競合（書き戻しません）: {0} 件"), Outcome.CONFLICT),
                             (translate("Offline", "参照用の記録の変更（書き戻しません）: {0} 件"), Outcome.REFERENCE)):
        steps = report.of(outcome)
        if steps:
            lines.append(heading.format(len(steps)))
        for step in steps:
            name = report.names.get((step.taken.table, step.taken.record_id), "")
            lines.append(f"・{step.taken.table} {step.taken.record_id} {name}: {step.reason}")
    return "\n".join(lines)


def start_check_in(ctx: AppContext, parent: QWidget) -> None:
    remembered = last_copy()  # else Documents: never the working directory
    name, _ = QFileDialog.getOpenFileName(parent, translate("Offline", "持ち帰るファイル"),
                                          str(remembered or documents()), FILTER)
    if not name:
        return
    copy_file, db = Path(name), ctx.db
    failed = show_failure(parent, translate("Offline", "持ち帰りできません"))

    def written(report: CheckedIn) -> None:
        ctx.data_changed.emit()
        QMessageBox.information(parent, translate("Offline", "持ち帰り"), summary(report))

    def previewed(report: CheckedIn) -> None:
        answer = QMessageBox.question(parent, translate("Offline", "持ち帰り"), summary(report) + "\n\n"
                                      + translate("Offline", "書き戻しますか？"))
        if answer == QMessageBox.StandardButton.Yes:
            ctx.runner.submit(parent, translate("Offline", "持ち帰っています…"),
                              lambda _progress: check_in(db, copy_file), written, failed)

    ctx.runner.submit(parent, translate("Offline", "持ち帰る変更を確認しています…"),
                      lambda _progress: check_in(db, copy_file, dry_run=True), previewed, failed)


def guard_actions(ctx: AppContext, check_out_action: QAction, check_in_action: QAction) -> None:
    """On or off for the database now open, the tooltip saying why not. Not ctx.guard: the menu outlives a
    switch to another database (another role, or the offline copy), so the reason is worked out again each time.
    On SQLite the actions stay on, as off16 decided: holds are recorded and shown there, not enforced."""
    role = ctx.refusal(Area.HOLDS)
    copy = offline_copy(ctx.db) is not None
    for action, refusal in ((check_out_action, COPY_CANNOT_CHECK_OUT), (check_in_action, COPY_CANNOT_CHECK_IN)):
        why = role or (msg(*refusal) if copy else "")
        action.setEnabled(not why)
        action.setToolTip(why or action.text())
        action.setStatusTip(why)


def show_copy_banner(banner: QLabel, ctx: AppContext) -> None:
    """Over every page while an offline copy is open: of what, until when (no personal data in either)."""
    copy = offline_copy(ctx.db)
    if copy is None:
        banner.hide()
        return
    if copy.checked_in:
        banner.setText(translate("Offline", "持ち出しファイル「{0}」は持ち帰り済みです。ここでの変更は共有データベースに"
                                            "書き戻されません。").format(copy.label))
    else:
        banner.setText(translate("Offline", "持ち出しファイル「{0}」（{1}/{2}まで）を開いています。持ち出した記録は編集"
                                            "でき、戻ったら共有データベースで ファイル > 持ち帰り… で書き戻します。参照用に"
                                            "持ち出した記録（人材・イベントなど）は変更できません。").format(
            copy.label, copy.until.month, copy.until.day))
    banner.show()
