"""受取人情報: the payee's name, address, tax treatment and bank account, the number masked until 表示.

The masked text is never saved back: the number is sent to the service only while it is revealed. A revealed
number is masked again once saved, and after a minute without typing in it (issue 17), so it does not stay on
screen for whoever passes by.

Each 保存 is a step on the window's undo stack (編集 > 元に戻す) whose undo and redo write the details back only if
they are still as the step left them (services/payments.replace_payee); the step's text names the person, never
the account. Edits are held until 保存: the tab is an unsaved-changes editor (ui/unsaved.py). It keeps no crash draft on
purpose: a draft would copy the bank account and address out of the (possibly encrypted) database.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from colead_desktop.domain.bank import AccountType, holder_mismatch
from colead_desktop.domain.personal import mask_number
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.payments import MAX_BANK_FEE_YEN
from colead_desktop.services import payments as service
from colead_desktop.ui.conflict_dialog import ConflictDialog, plain_text
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.number_input import refused_amount
from colead_desktop.ui.payments.widgets import yen_spin
from colead_desktop.ui.save_key import add_save_key
from colead_desktop.ui.style import set_role
from colead_desktop.ui.undo import CheckedChange

REMASK_MS = 60_000  # how long a revealed account number stays on screen without typing in it


class _PayeeChange(CheckedChange[service.PayeeDetails]):
    """One 保存 of a payee's details; each step refused when they were changed elsewhere meanwhile."""

    def __init__(self, tab: PayeeTab, before: service.PayeeDetails, after: service.PayeeDetails, text: str) -> None:
        # stored() shows what a step wrote, resolve() what is stored when the user reloads instead
        super().__init__(before, after, text, lambda: None, tab.refused, resolve=tab.resolve)
        self.tab = tab

    def write(self, source: service.PayeeDetails, target: service.PayeeDetails) -> service.PayeeDetails:
        stored = service.replace_payee(self.tab.db, source, target, self.tab.ctx.who)
        self.tab.stored(stored)
        return stored


def _row(field: QWidget, beside: QWidget) -> QWidget:
    """A field with a widget beside it, in a widget of their own: the field laid out in a bare layout (no widget yet)
    was deleted now and then while the tab lived (its QLineEdit found deleted by the save key, a hung exit)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(beside)
    return row


class PayeeTab(QWidget):
    edited = Signal()  # after each change of a field, and once the details shown are replaced (a load, a save)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, remask_ms: int = REMASK_MS) -> None:
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.talent_id: int | None = None
        self.details: service.PayeeDetails | None = None
        self._shown: dict[str, Any] = {}
        self.revealed = False
        self._wrote = False  # whether the last step pushed by 保存 wrote
        self.fields: dict[str, QLineEdit] = {}
        for key in ("name", "kana", "address", "exempt_reason", "employer_name", "employer_address", "bank_code",
                    "bank_name_kana", "branch_code", "branch_name_kana", "holder_kana"):
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
        self.remask = QTimer(self, singleShot=True, interval=remask_ms)
        self.remask.timeout.connect(lambda: self.reveal.setChecked(False))
        self.account.textEdited.connect(lambda _text: self._restart_remask())  # not while the user is typing it
        account_row = _row(self.account, self.reveal)
        self.fee_by = QComboBox(objectName="payee_fee_borne_by")
        self.fee_by.addItem(self.tr("当方負担"), "payer")
        self.fee_by.addItem(self.tr("先方負担（振込額から差引）"), "payee")
        self.fee = yen_spin("payee_fee_yen", self.tr(" 円"), MAX_BANK_FEE_YEN)
        self.holder_warning = QLabel(self.tr("⚠ フリガナと一致しません"), objectName="holder_warning")
        set_role(self.holder_warning, "error")
        self.holder_warning.setToolTip(self.tr("口座名義が受取人のフリガナと違います。本人（または所属企業）の口座か確認してください"))
        self.holder_warning.hide()
        holder_row = _row(self.fields["holder_kana"], self.holder_warning)
        for edit in (self.fields["kana"], self.fields["holder_kana"]):
            edit.textChanged.connect(self._check_holder)
        self.tax.currentIndexChanged.connect(self._check_holder)
        self.fields["employer_name"].setPlaceholderText(self.tr("所属企業へ支払う場合のみ（支払調書・明細書の受取人になります）"))
        # field → label, also naming the fields of the conflict dialog
        self.labels = {"name": self.tr("氏名"), "kana": self.tr("フリガナ"), "address": self.tr("住所"),
                       "tax_status": self.tr("税区分"), "exempt_reason": self.tr("源泉徴収なしの理由"),
                       "employer_name": self.tr("支払先の所属企業"), "employer_address": self.tr("所属企業の所在地"),
                       "bank_code": self.tr("金融機関コード"), "bank_name_kana": self.tr("金融機関名（カナ）"),
                       "branch_code": self.tr("支店コード"), "branch_name_kana": self.tr("支店名（カナ）"),
                       "account_type": self.tr("預金種目"), "account_number": self.tr("口座番号"),
                       "holder_kana": self.tr("口座名義（半角カナ）"), "fee_borne_by": self.tr("振込手数料"),
                       "fee_yen": self.tr("手数料額")}
        editors: dict[str, QWidget] = {
            **self.fields, "tax_status": self.tax, "account_type": self.account_type, "account_number": account_row,
            "holder_kana": holder_row, "fee_borne_by": self.fee_by, "fee_yen": self.fee}
        form = QFormLayout()
        for name in ("name", "kana", "address", "tax_status", "exempt_reason", "employer_name", "employer_address"):
            form.addRow(self.labels[name], editors[name])
        bank = QGroupBox(self.tr("振込先口座"))
        bank_form = QFormLayout(bank)
        for name in ("bank_code", "bank_name_kana", "branch_code", "branch_name_kana", "account_type",
                     "account_number", "holder_kana", "fee_borne_by", "fee_yen"):
            bank_form.addRow(self.labels[name], editors[name])
        save = QPushButton(self.tr("保存"), objectName="payee_save")
        save.clicked.connect(self.save)
        for edit in (*self.fields.values(), self.account):
            edit.textChanged.connect(self.edited)
        for combo in (self.tax, self.account_type, self.fee_by):
            combo.currentIndexChanged.connect(self.edited)
        self.fee.valueChanged.connect(self.edited)
        add_save_key(self, save, self.has_unsaved, self.edited)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(bank)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        outer.addLayout(row)
        outer.addStretch(1)

    def show_payee(self, talent_id: int | None, details: service.PayeeDetails | None = None) -> None:
        """Show a talent's details (`details` if already read, off the GUI thread); choosing another person hides
        the bank number again. The same person shown again (the page reloads after a change elsewhere) keeps
        the edits being made."""
        if talent_id == self.talent_id and self.has_unsaved():
            return
        if talent_id != self.talent_id:
            self.reveal.setChecked(False)
        self.talent_id = talent_id
        if talent_id is None:
            self.edited.emit()
            return
        self.details = d = service.payee_details(self.db, talent_id) if details is None else details
        for key, edit in self.fields.items():
            edit.setText(str(getattr(d, key)))
        self.tax.setCurrentIndex(max(0, self.tax.findData(d.tax_status)))
        self.account_type.setCurrentIndex(max(0, self.account_type.findData(d.account_type)))
        self.fee_by.setCurrentIndex(max(0, self.fee_by.findData(d.fee_borne_by)))
        self.fee.setValue(d.fee_yen)
        self._check_holder()
        self._show_account()
        self._shown = self._values_but_number()  # what has_unsaved compares with
        self.edited.emit()

    def _check_holder(self) -> None:
        """Warn while the holder differs from the フリガナ (an exempt payee may be paid to their company)."""
        self.holder_warning.setVisible(holder_mismatch(self.fields["holder_kana"].text(), self.fields["kana"].text(),
                                                       self.tax.currentData() == "exempt"))

    def _show_account(self) -> None:
        number = self.details.account_number if self.details is not None else ""
        if self.revealed:
            self.account.setText(number)
            self.account.setReadOnly(False)
            self.reveal.setText(self.tr("隠す"))
            self.account.setPlaceholderText(self.tr("7桁の数字"))
            self.account.setToolTip("")
        else:
            self.account.setText(mask_number(number) if number else "")
            self.account.setReadOnly(True)
            self.reveal.setText(self.tr("表示"))
            # masked, the field takes no typing: say why, else the keys seem to do nothing (review 14c item 12)
            self.account.setPlaceholderText(self.tr("「表示」を押すと入力できます"))
            self.account.setToolTip(self.tr("口座番号は隠してあります。「表示」を押すと表示して編集できます"))

    def _reveal_toggled(self, on: bool) -> None:
        self.revealed = on
        if on:
            self.remask.start()
        else:
            self.remask.stop()
        self._show_account()

    def _restart_remask(self) -> None:
        if self.revealed:
            self.remask.start()

    def values(self) -> dict[str, Any]:
        """The details as edited; the account number only while it is revealed (the masked text is not one)."""
        values: dict[str, Any] = {key: edit.text().strip() for key, edit in self.fields.items()}
        values.update(tax_status=self.tax.currentData(), account_type=self.account_type.currentData(),
                      fee_borne_by=self.fee_by.currentData(), fee_yen=self.fee.value())
        if self.revealed:
            values["account_number"] = self.account.text().strip()
        return values

    def save(self) -> bool:
        """Push the edit as an undo step over the details as loaded (refused, with nothing written, if they
        were changed elsewhere since, or are not valid); whether it was written."""
        before = self.details
        if self.talent_id is None or before is None:
            return False
        if (refused := refused_amount(self)) is not None:  # kept as typed, not cut to the limit: said
            QMessageBox.warning(self, self.tr("受取人情報を保存できません"), refused)
            return False
        after = replace(before, **self.values())
        if after == before:  # nothing new: no step
            self.stored(before)
            return True
        self._wrote = False
        # no name in the step: the Edit menu and the undo view show it to whoever looks at the screen
        self.ctx.undo_stack.push(_PayeeChange(self, before, after, self.tr("受取人情報を保存")))
        return self._wrote

    def stored(self, details: service.PayeeDetails) -> None:
        """The step wrote `details`: masked again, showing them as stored if this person is still shown."""
        self._wrote = True
        if details.talent_id == self.talent_id:
            self.reveal.setChecked(False)
            self.details = None  # shown afresh from the database
            self.show_payee(details.talent_id)
        self.ctx.data_changed.emit()

    def resolve(self, stale: StaleRecord[service.PayeeDetails]) -> service.PayeeDetails | None:
        """Someone saved this payee's details after they were shown here: pick per field, or None to reload."""
        combos = {"tax_status": self.tax, "account_type": self.account_type, "fee_borne_by": self.fee_by}

        def value_text(name: str, value: Any, _other: Any) -> str:  # a choice by its label, as the form shows it
            combo = combos.get(name)
            return combo.itemText(combo.findData(value)) if combo is not None else plain_text(name, value)

        dialog = ConflictDialog(stale, self.labels, value_text, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.merged()
        self.discard()  # 再読み込み: the edit is dropped, the details shown as stored
        return None

    def refused(self, title: str, message: str) -> None:
        """The step met details changed elsewhere (or invalid ones): nothing written; say why. The edits on
        screen stay for the user to correct or discard; without any, the details are shown as stored now."""
        if not self.has_unsaved():
            self.discard()
        QMessageBox.warning(self, title, message)

    # --- unsaved changes (ui/unsaved.py) ------------------------------------------------------------
    def _values_but_number(self) -> dict[str, Any]:
        values = self.values()
        values.pop("account_number", None)
        return values

    def has_unsaved(self) -> bool:
        details = self.details
        if self.talent_id is None or details is None:
            return False
        number = self.account.text().strip() if self.revealed else details.account_number
        return self._values_but_number() != self._shown or number != details.account_number

    def discard(self) -> None:
        self.details = None
        self.reveal.setChecked(False)
        self.show_payee(self.talent_id)

    def unsaved_title(self) -> str:
        return self.tr("受取人情報（{0}）").format(self.details.name if self.details else "")
