"""Small dialogs of the payments page: add a tour day / work day / expense, pick a transfer date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QWidget)

from colead_desktop.domain.jp_calendar import holiday_name, is_bank_business_day, next_bank_business_day
from colead_desktop.domain.payments import ExpenseCategory
from colead_desktop.services.payment_records import ACTIVITIES, activity_label


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date_edit(initial: date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(initial), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)


class TourDayDialog(_FormDialog):
    def __init__(self, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("ツアー参加日の追加"), parent)
        self.day = _date_edit(initial, "tour_day_date")
        self.note = QLineEdit(objectName="tour_day_note")
        self.form.addRow(self.tr("日付"), self.day)
        self.form.addRow(self.tr("メモ"), self.note)
        self.finish()

    def values(self) -> dict[str, object]:
        return {"day": to_date(self.day.date()), "note": self.note.text().strip()}


class WorkDayDialog(_FormDialog):
    def __init__(self, initial: date, companies: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("作業日の追加"), parent)
        self.day = _date_edit(initial, "work_day_date")
        self.activity = QComboBox(objectName="work_day_activity")
        for value in ACTIVITIES:
            self.activity.addItem(activity_label(value), value)
        self.activity.setCurrentIndex(1)
        self.company = QComboBox(objectName="work_day_company")
        self.company.addItem(self.tr("（なし）"), None)
        for company_id, name in companies:
            self.company.addItem(name, company_id)
        self.note = QLineEdit(objectName="work_day_note")
        self.approved_by = QLineEdit(objectName="work_day_approved_by")
        self.form.addRow(self.tr("日付"), self.day)
        self.form.addRow(self.tr("活動"), self.activity)
        self.form.addRow(self.tr("企業"), self.company)
        self.form.addRow(self.tr("メモ"), self.note)
        self.form.addRow(self.tr("確認者"), self.approved_by)
        self.finish()

    def values(self) -> dict[str, object]:
        return {"day": to_date(self.day.date()), "activity": self.activity.currentData(),
                "company_id": self.company.currentData(), "note": self.note.text().strip(),
                "approved_by": self.approved_by.text().strip()}


class ExpenseDialog(_FormDialog):
    def __init__(self, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("経費の追加"), parent)
        self.day = _date_edit(initial, "expense_date")
        self.category = QComboBox(objectName="expense_category")
        for category in ExpenseCategory:
            self.category.addItem(category.label, category.value)
        self.amount = QSpinBox(objectName="expense_amount")
        self.amount.setRange(0, 10_000_000)
        self.amount.setSingleStep(100)
        self.amount.setSuffix(self.tr(" 円"))
        self.amount.setGroupSeparatorShown(True)
        self.direct = QCheckBox(self.tr("事務局が直接支払（本人への支給なし）"), objectName="expense_direct")
        self.description = QLineEdit(objectName="expense_description")
        self.description.setPlaceholderText(self.tr("例: 往路 羽田→女満別"))
        self.form.addRow(self.tr("日付"), self.day)
        self.form.addRow(self.tr("費目"), self.category)
        self.form.addRow(self.tr("金額"), self.amount)
        self.form.addRow("", self.direct)
        self.form.addRow(self.tr("内容"), self.description)
        self.finish()

    def values(self) -> dict[str, object]:
        return {"day": to_date(self.day.date()), "category": self.category.currentData(),
                "amount_yen": self.amount.value(), "paid_directly": self.direct.isChecked(),
                "description": self.description.text().strip()}


class TransferDateDialog(_FormDialog):
    """Pick the 振込指定日; a bank holiday is named and the next business day offered."""

    def __init__(self, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("全銀ファイルの振込指定日"), parent)
        self.day = _date_edit(initial, "transfer_date")
        self.note = QLabel(objectName="transfer_date_note")
        self.note.setWordWrap(True)
        self.use_next = QPushButton(self.tr("次の営業日にする"), objectName="transfer_date_next")
        self.use_next.clicked.connect(lambda: self.day.setDate(to_qdate(next_bank_business_day(self.chosen()))))
        self.form.addRow(self.tr("振込指定日"), self.day)
        self.form.addRow("", self.note)
        self.form.addRow("", self.use_next)
        self.finish()
        self.day.dateChanged.connect(self._update)
        self._update()

    def chosen(self) -> date:
        return to_date(self.day.date())

    def _update(self) -> None:
        day = self.chosen()
        ok = is_bank_business_day(day)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.use_next.setVisible(not ok)
        if ok:
            self.note.setText(self.tr("銀行営業日です。"))
            self.note.setStyleSheet("color: #2e7d32;")
        else:
            reason = holiday_name(day) or (self.tr("土日") if day.weekday() >= 5 else self.tr("年末年始"))
            self.note.setText(self.tr("{day} は銀行休業日です（{reason}）。次の営業日は {next} です。").format(
                day=day.isoformat(), reason=reason, next=next_bank_business_day(day).isoformat()))
            self.note.setStyleSheet("color: #c62828;")
