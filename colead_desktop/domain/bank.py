"""Bank account details of a payee: validation for the 全銀 file and masking for display.

Account numbers and holder names are personal data: the dataclass keeps them out of its repr so
that a stray log line or traceback never prints them, and screens/PDFs show `masked()` only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from colead_desktop.domain.errors import InputError, every_part
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.kana import holder_kana, to_zengin_kana
from colead_desktop.domain.normalise import normalise_text
from colead_desktop.domain.personal import mask_number


ACCOUNT_FIELDS = ("bank_code", "branch_code", "account_type", "account_number", "holder_kana", "bank_name_kana",
                  "branch_name_kana")
"""A payee's account as their payee row and a statement's payee snapshot keep it: validate_account's arguments
after `who`, in order."""


class AccountType(StrEnum):
    """預金種目 with the 全銀 code of each (payments-japan.md §2.3: 1 普通, 2 当座, 4 貯蓄)."""

    ORDINARY = "ordinary"
    CURRENT = "current"
    SAVINGS = "savings"

    @property
    def zengin_code(self) -> str:
        return {"ordinary": "1", "current": "2", "savings": "4"}[self.value]

    @property
    def label(self) -> str:
        ja, en = {"ordinary": ("普通", "Ordinary"), "current": ("当座", "Current"),
                  "savings": ("貯蓄", "Savings")}[self.value]
        return msg(ja, en)

    @classmethod
    def from_text(cls, text: str) -> AccountType:
        """Accept the stored value, the Japanese label or the 全銀 code."""
        lookup = {"普通": cls.ORDINARY, "当座": cls.CURRENT, "貯蓄": cls.SAVINGS,
                  "1": cls.ORDINARY, "2": cls.CURRENT, "4": cls.SAVINGS}
        try:
            return lookup.get(text) or cls(text)
        except ValueError:
            raise InputError(msg("預金種目は 普通・当座・貯蓄 のいずれかです: {v}",
                                 "Account type must be ordinary, current or savings: {v}",
                                 v=text)) from None


def _compared(kana: str) -> str:
    return to_zengin_kana(kana).replace(" ", "")


def is_corporate_holder(holder: str) -> bool:
    """A bank-registered corporate name carries its abbreviation in parentheses (ｶ), (ﾕ, ﾄﾞ) …,
    payments-japan.md §2.4); a person's name never does."""
    kana = to_zengin_kana(holder)
    return "(" in kana or ")" in kana


def holder_mismatch(holder: str, payee_kana: str, paid_to_company: bool) -> bool:
    """True when the account does not evidently belong to the payee: the holder differs from the
    payee's フリガナ (compared as bank kana, spaces ignored), unless the payee is paid to a company
    (tax exempt for that reason) and the holder is a corporate name. Nothing to compare → False."""
    if not holder.strip() or not payee_kana.strip():
        return False
    if _compared(holder) == _compared(payee_kana):
        return False
    return not (paid_to_company and is_corporate_holder(holder))


@dataclass(frozen=True)
class BankAccount:
    bank_code: str
    branch_code: str
    account_type: AccountType
    number: str = field(repr=False)
    holder_kana: str = field(repr=False)
    bank_name_kana: str = ""
    branch_name_kana: str = ""

    def masked(self) -> str:
        """Display form, e.g. '0001-001 普通 ****567'."""
        return f"{self.bank_code}-{self.branch_code} {self.account_type.label} {mask_number(self.number)}"


def _digits(value: str, length: int, who: str, ja_field: str, en_field: str) -> str:
    text = normalise_text(str(value))  # full-width digits typed or pasted are digits
    if not (len(text) == length and text.isascii() and text.isdigit()):
        raise InputError(msg("{who}の{f}は{n}桁の数字で入力してください",
                             "{who}: the {f_en} must be {n} digits", who=who, f=ja_field,
                             f_en=en_field, n=length))
    return text


def _optional_name(text: str, who: str, ja_field: str, en_field: str) -> str:
    """Bank/branch names are optional in the file; keep them only if they are valid kana."""
    kana = to_zengin_kana(text)
    try:
        return holder_kana(kana, who, max_bytes=15) if kana else ""
    except InputError:
        raise InputError(msg("{who}の{f}（カナ）は半角カナ15バイト以内で入力してください",
                             "{who}: the {f_en} (kana) must be at most 15 half-width bytes",
                             who=who, f=ja_field, f_en=en_field)) from None


def validate_account(who: str, bank_code: str, branch_code: str, account_type: str,
                     number: str, holder: str, bank_name_kana: str = "",
                     branch_name_kana: str = "") -> BankAccount:
    """Build a BankAccount from what the user typed; errors name `who` (payee id or name).

    A 6-digit or shorter number is zero-padded on the left, as banks do in the 全銀 file.
    """
    digits = normalise_text(str(number))
    if digits.isascii() and digits.isdigit() and len(digits) < 7:
        digits = digits.zfill(7)
    return BankAccount(**every_part({  # every problem at once, in the payee form's order
        "bank_code": lambda: _digits(bank_code, 4, who, "金融機関コード", "bank code"),
        "bank_name_kana": lambda: _optional_name(bank_name_kana, who, "金融機関名", "bank name"),
        "branch_code": lambda: _digits(branch_code, 3, who, "支店コード", "branch code"),
        "branch_name_kana": lambda: _optional_name(branch_name_kana, who, "支店名", "branch name"),
        "account_type": lambda: AccountType.from_text(account_type),
        "number": lambda: _digits(digits, 7, who, "口座番号", "account number"),
        "holder_kana": lambda: holder_kana(holder, who)}))


def account_in(values: Mapping[str, Any], who: str) -> BankAccount | None:
    """The account in a payee row's or a statement's payee snapshot's values (ACCOUNT_FIELDS); None when none was
    registered. Errors name `who`."""
    if not (values.get("bank_code") or values.get("account_number")):
        return None
    return validate_account(who, *(values[f] for f in ACCOUNT_FIELDS))
