"""Small dialogs of the payments page: add or edit a tour day / work day / expense, pick a transfer date, start a
correction (訂正明細書).

Each record dialog opens empty to add a record, or prefilled from an existing one (`item`) to edit it;
the page saves what `values()` returns through services.payment_records.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from colead_desktop.domain.attachments import ACCEPTED_SUFFIXES, check_attachment
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.normalise import normalise_text
from colead_desktop.domain.payments import ExpenseCategory, implausible_expense
from colead_desktop.domain.record_dates import ProgrammePeriod
from colead_desktop.domain.statements import CorrectionRates, Statement
from colead_desktop.domain.validation import printable_problem
from colead_desktop.services.payment_records import ACTIVITIES, ExpenseItem, TourDayItem, WorkDayItem, activity_label
from colead_desktop.services.attachments import private_copy
from colead_desktop.services.record_dates import record_date_warnings
from colead_desktop.settings import Settings
from colead_desktop.ui.file_dialogs import open_file
from colead_desktop.ui.number_input import refused_amount
from colead_desktop.ui.payments.widgets import yen_spin
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.unsaved import DiscardGuard
from colead_desktop.ui.widgets import date_edit, to_date


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        """The last step of a subclass's __init__: the buttons, and what the fields hold as opened."""
        self.form.addRow(self.buttons)
        self._guard = DiscardGuard(self, self.state)

    def state(self) -> object:
        """What 変更を破棄しますか compares: the fields' values."""
        return self.values()  # type: ignore[attr-defined]  # each subclass has its own values()

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()

class _RecordDialog(_FormDialog):
    """A payment record's dialog: OK takes a date outside the programme's `period` or after today only when the
    user confirms it (domain/record_dates.py); the subclass makes `day` and sets `before` (None for a new
    record)."""

    day: QDateEdit
    before: date | None

    def __init__(self, title: str, parent: QWidget | None, period: ProgrammePeriod | None) -> None:
        super().__init__(title, parent)
        self.period = period

    def accept(self) -> None:
        if self.dates_confirmed():
            super().accept()

    def dates_confirmed(self) -> bool:
        """True unless the date (new, or changed from `before`) is outside the period or after today and the
        user, asked, does not confirm it."""
        chosen = to_date(self.day.date())
        if self.period is None or chosen == self.before:
            return True
        warnings = record_date_warnings(self.period, chosen)
        if warnings and QMessageBox.question(self, self.tr("日付の確認"), "\n\n".join(
                [*warnings, self.tr("この日付で保存しますか？")])) != QMessageBox.StandardButton.Yes:
            self.day.setFocus()
            return False
        return True


class TourDayDialog(_RecordDialog):
    def __init__(self, initial: date, parent: QWidget | None = None, item: TourDayItem | None = None,
                 period: ProgrammePeriod | None = None) -> None:
        super().__init__(self.tr("ツアー参加日の編集") if item else self.tr("ツアー参加日の追加"), parent, period)
        self.before = item.day if item else None
        self.day = date_edit(item.day if item else initial, "tour_day_date")
        self.note = QLineEdit(item.note if item else "", objectName="tour_day_note")
        self.form.addRow(self.tr("日付"), self.day)
        self.form.addRow(self.tr("メモ"), self.note)
        self.finish()

    def values(self) -> dict[str, Any]:
        return {"day": to_date(self.day.date()), "note": self.note.text().strip()}


class WorkDayDialog(_RecordDialog):
    def __init__(self, initial: date, companies: list[tuple[int, str]], parent: QWidget | None = None,
                 item: WorkDayItem | None = None, period: ProgrammePeriod | None = None) -> None:
        super().__init__(self.tr("作業日の編集") if item else self.tr("作業日の追加"), parent, period)
        self.before = item.day if item else None
        self.day = date_edit(item.day if item else initial, "work_day_date")
        self.activity = QComboBox(objectName="work_day_activity")
        for value in ACTIVITIES:
            self.activity.addItem(activity_label(value), value)
        self.activity.setCurrentIndex(self.activity.findData(item.activity) if item else 1)
        self.company = QComboBox(objectName="work_day_company")
        self.company.addItem(self.tr("（なし）"), None)
        for company_id, name in companies:
            self.company.addItem(name, company_id)
        if item and item.company_id is not None:
            self.company.setCurrentIndex(max(0, self.company.findData(item.company_id)))
        self.note = QLineEdit(item.note if item else "", objectName="work_day_note")
        self.approved_by = QLineEdit(item.approved_by if item else "", objectName="work_day_approved_by")
        self.form.addRow(self.tr("日付"), self.day)
        self.form.addRow(self.tr("活動"), self.activity)
        self.form.addRow(self.tr("企業"), self.company)
        self.form.addRow(self.tr("メモ"), self.note)
        self.form.addRow(self.tr("確認者"), self.approved_by)
        self.finish()

    def values(self) -> dict[str, Any]:
        return {"day": to_date(self.day.date()), "activity": self.activity.currentData(),
                "company_id": self.company.currentData(), "note": self.note.text().strip(),
                "approved_by": self.approved_by.text().strip()}


class ExpenseDialog(_RecordDialog):
    """An expense claim with its receipts: attached files are listed; new ones are stored in the database on
    OK (checked here already, so a file too large or of another type is refused when picked); 開く shows a
    stored receipt (read from the database, hash-checked, through a private temporary copy) or a new file."""

    def __init__(self, initial: date, settings: Settings, parent: QWidget | None = None,
                 item: ExpenseItem | None = None,
                 read_receipt: Callable[[int], tuple[str, bytes]] | None = None,
                 period: ProgrammePeriod | None = None) -> None:
        super().__init__(self.tr("経費の編集") if item else self.tr("経費の追加"), parent, period)
        self.before = item.day if item else None
        self.settings = settings  # where the receipt picker starts
        self.read_receipt = read_receipt
        self.day = date_edit(item.day if item else initial, "expense_date")
        self.category = QComboBox(objectName="expense_category")
        for category in ExpenseCategory:
            self.category.addItem(category.label, category.value)
        if item:
            self.category.setCurrentIndex(self.category.findData(item.category))
        self.amount = yen_spin("expense_amount", self.tr(" 円"))
        self.amount.setValue(item.amount_yen if item else 0)
        self.direct = QCheckBox(self.tr("事務局が直接支払（本人への支給なし）"), objectName="expense_direct")
        self.direct.setChecked(bool(item and item.paid_directly))
        self.description = QLineEdit(item.description if item else "", objectName="expense_description")
        self.description.setPlaceholderText(self.tr("例: 往路 羽田→女満別"))
        self.receipts = QListWidget(objectName="expense_receipts")
        self.receipts.setMaximumHeight(90)
        for receipt in item.receipts if item else ():
            entry = QListWidgetItem(receipt.file_name)
            entry.setData(Qt.ItemDataRole.UserRole, receipt.id)
            self.receipts.addItem(entry)
        self.removed: list[int] = []
        add = QPushButton(self.tr("添付…"), objectName="expense_receipt_add")
        add.clicked.connect(self._ask_receipt)
        remove = QPushButton(self.tr("外す"), objectName="expense_receipt_remove")
        remove.clicked.connect(self._remove_receipt)
        show = QPushButton(self.tr("開く"), objectName="expense_receipt_open")
        show.clicked.connect(self.open_receipt)
        self.receipts.itemDoubleClicked.connect(lambda _entry: self.open_receipt())
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(show)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        receipts = QHBoxLayout()
        receipts.addWidget(self.receipts, 1)
        receipts.addLayout(buttons)
        self.form.addRow(self.tr("日付"), self.day)
        self.form.addRow(self.tr("費目"), self.category)
        self.form.addRow(self.tr("金額"), self.amount)
        self.form.addRow("", self.direct)
        self.form.addRow(self.tr("内容"), self.description)
        self.form.addRow(self.tr("領収書"), receipts)
        self.error = QLabel(objectName="expense_error", wordWrap=True)  # the negative amount's advice is long
        set_role(self.error, "error")
        self.form.addRow(self.error)
        self.amount.lineEdit().textChanged.connect(self._amount_typed)
        self.finish()

    def add_receipt(self, path: Path) -> None:
        entry = QListWidgetItem(self.tr("{name}（追加）").format(name=path.name))
        entry.setData(Qt.ItemDataRole.UserRole, str(path))
        self.receipts.addItem(entry)

    def _ask_receipt(self) -> None:
        path = open_file(self, self.settings, "receipt", self.tr("領収書ファイルを選択"),
                         self.tr("領収書 ({patterns});;すべて (*)").format(
                             patterns=" ".join(f"*{suffix}" for suffix in ACCEPTED_SUFFIXES)))
        if not path:
            return
        try:
            check_attachment(path.read_bytes(), path.name)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("領収書"), self.tr("領収書ファイルを読めません: {name}（{err}）")
                                .format(name=path.name, err=exc.strerror))
        except InputError as exc:
            QMessageBox.warning(self, self.tr("領収書"), str(exc))
        else:
            self.add_receipt(path)

    def open_receipt(self) -> Path | None:
        """Show the chosen receipt in the system's viewer; the file shown (None when nothing could be)."""
        entry = self.receipts.currentItem()
        if entry is None:
            return None
        data = entry.data(Qt.ItemDataRole.UserRole)
        shown: Path | None = Path(data) if isinstance(data, str) else None  # a new file: still on this disk
        if isinstance(data, int) and self.read_receipt is not None:
            try:
                name, content = self.read_receipt(data)
                shown = private_copy(content, name)
            except InputError as exc:  # missing or damaged: said, never opened
                QMessageBox.warning(self, self.tr("領収書を開けません"), str(exc))
                return None
        if shown is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(shown)))
        return shown

    def _remove_receipt(self) -> None:
        row = self.receipts.currentRow()
        if row >= 0:
            data = self.receipts.takeItem(row).data(Qt.ItemDataRole.UserRole)
            if isinstance(data, int):
                self.removed.append(data)

    def state(self) -> object:
        return self.values(), self.new_receipts(), list(self.removed)

    def new_receipts(self) -> list[Path]:
        data = (self.receipts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.receipts.count()))
        return [Path(d) for d in data if isinstance(d, str)]

    def _amount_typed(self, _text: str) -> None:
        """An amount over the limit is said as it is typed, at the field, not only on OK."""
        refused = self.amount.problem() is not None
        set_state(self.amount, "invalid" if refused else "")
        self._say(refused_amount(self) or "")

    def _say(self, problem: str) -> None:
        """The problem under the fields, the dialog grown to show all of it (a shown dialog keeps its size)."""
        self.error.setText(problem)
        if problem:
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def accept(self) -> None:
        """Refuse an amount over the limit or a description that cannot be printed, naming the field; ask before
        taking an implausibly large amount, then about a date outside the period or after today."""
        problem = printable_problem(normalise_text(self.description.text()))
        refused = [line for line in (refused_amount(self), problem and f"{self.tr('内容')}: {problem}") if line]
        self._say("\n".join(refused))  # both at once, in the form's order (the amount comes first)
        if refused:
            (self.amount if self.amount.problem() is not None else self.description).setFocus()
            return
        warning = implausible_expense(self.amount.value())
        if warning is not None and QMessageBox.question(self, self.tr("金額の確認"), warning) \
                != QMessageBox.StandardButton.Yes:
            self.amount.setFocus()
            return
        super().accept()  # asks about the date, if it needs to

    def values(self) -> dict[str, Any]:
        return {"day": to_date(self.day.date()), "category": self.category.currentData(),
                "amount_yen": self.amount.value(), "paid_directly": self.direct.isChecked(),
                "description": self.description.text().strip()}


class AdjustDialog(_FormDialog):
    """訂正明細書: which of the person's statements to correct, why, and with which rates."""

    def __init__(self, correctable: list[tuple[int, Statement]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("訂正明細書"), parent)
        self.statement = QComboBox(objectName="adjust_statement")
        for statement_id, st in reversed(correctable):  # the latest first: the usual one to correct
            self.statement.addItem(self.tr("{no}（{status}、{start}〜{end}）").format(
                no=st.statement_no, status=st.status.label, start=st.period[0].isoformat(),
                end=st.period[1].isoformat()), statement_id)
        self.reason = QLineEdit(objectName="adjust_reason")
        self.reason.setPlaceholderText(self.tr("例: 航空券の記録漏れ"))
        self.current_rates = QCheckBox(self.tr("訂正時点の料率・方針で計算する"), objectName="adjust_current_rates")
        self.current_rates.setToolTip(self.tr("既定では訂正元の明細書の料率・方針で計算します。"
                                              "選んだ方は明細書の適用方針に記載されます。"))
        self.form.addRow(QLabel(self.tr("新しい下書きが作成され、訂正元の明細書の記録を修正できるようになります。"),
                                wordWrap=True))
        self.form.addRow(self.tr("訂正する明細書"), self.statement)
        self.form.addRow(self.tr("訂正の理由"), self.reason)
        self.form.addRow("", self.current_rates)
        self.finish()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))

    def values(self) -> tuple[int, str, CorrectionRates]:
        rates = CorrectionRates.CURRENT if self.current_rates.isChecked() else CorrectionRates.CORRECTED
        return int(self.statement.currentData()), self.reason.text().strip(), rates
