"""支払明細書 (payment statements): the draft → approved → paid workflow and adjustments.

Once a statement is approved its figures are what the payee and the accountant have seen, so it is
never edited again: a mistake is corrected by an *adjusting* statement that refers to the old one
by number and pays (or reclaims) only the difference, computed by domain.payments.difference like
every payment (so a reclaim never carries a bank fee). Every transition returns a new object.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from colead_desktop.domain.bank import BankAccount
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payments import NOTHING_PAID, Difference, PaidAmounts, PaymentResult, difference
from colead_desktop.domain.types import LabelledEnum


class StatementStatus(LabelledEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    PAID = "paid"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"draft": ("下書き", "Draft"), "approved": ("承認済", "Approved"), "paid": ("支払済", "Paid")}


# What the payee and the accountant get: a statement whose figures are fixed.
ISSUED = (StatementStatus.APPROVED, StatementStatus.PAID)


@dataclass(frozen=True)
class Payer:
    name: str
    address: str = ""
    registration_no: str = ""
    programme: str = ""
    contract_no: str = ""


@dataclass(frozen=True)
class Adjustment:
    """The statement being corrected, with its whole payment, so that only the difference changes hands and
    every figure can be shown as original, corrected and difference."""

    previous_no: str
    previous: PaymentResult
    reason: str

    @property
    def previous_gross_yen(self) -> int:
        return self.previous.gross_yen

    @property
    def previous_withholding_yen(self) -> int:
        return self.previous.withholding_yen

    @property
    def original(self) -> PaidAmounts:
        return PaidAmounts(self.previous_gross_yen, self.previous_withholding_yen)


@dataclass(frozen=True)
class Statement:
    statement_no: str
    payer: Payer
    result: PaymentResult
    period: tuple[date, date]
    issue_date: date
    transfer_date: date
    bank: BankAccount | None = None
    payee_address: str = field(default="", repr=False)
    status: StatementStatus = StatementStatus.DRAFT
    approved_by: str = ""
    approved_on: date | None = None
    paid_on: date | None = None
    adjustment: Adjustment | None = None

    @property
    def payment(self) -> Difference:
        """The money this statement moves: the whole payment, or for an adjusting statement the corrected
        payment less what the corrected statement paid. The result's fee_yen is the fee the payee bears."""
        original = self.adjustment.original if self.adjustment else NOTHING_PAID
        return difference(original, self.result, self.result.fee_yen)

    @property
    def payable_gross_yen(self) -> int:
        return self.payment.gross_yen

    @property
    def payable_withholding_yen(self) -> int:
        return self.payment.withholding_yen

    @property
    def transfer_yen(self) -> int:
        """振込金額: what goes into the bank file (negative = to be reclaimed from the payee)."""
        return self.payment.net_yen


def _locked(statement: Statement) -> InputError:
    return InputError(msg("支払明細書 {no} は{status}のため変更できません。訂正は調整明細書で行ってください",
                          "Statement {no} is {status} and cannot be changed; issue an adjusting "
                          "statement instead", no=statement.statement_no,
                          status=statement.status.label))


def revise(statement: Statement, **changes: object) -> Statement:
    """Change a draft (new result, dates, bank account…); approved or paid statements raise."""
    if statement.status is not StatementStatus.DRAFT:
        raise _locked(statement)
    if {"status", "approved_by", "approved_on", "paid_on"} & changes.keys():
        raise InputError(msg("状態は approve() / mark_paid() で変更してください",
                             "Change the status with approve() / mark_paid()"))
    return replace(statement, **changes)  # type: ignore[arg-type]  # replace() rejects unknown fields


def approve(statement: Statement, approved_by: str, on: date) -> Statement:
    if statement.status is not StatementStatus.DRAFT:
        raise _locked(statement)
    if not approved_by.strip():
        raise InputError(msg("承認者を入力してください", "Enter who approves the statement"))
    return replace(statement, status=StatementStatus.APPROVED, approved_by=approved_by,
                   approved_on=on)


def mark_paid(statement: Statement, on: date) -> Statement:
    if statement.status is not StatementStatus.APPROVED:
        raise InputError(msg("支払明細書 {no} は承認前のため支払済にできません",
                             "Statement {no} must be approved before it is marked paid",
                             no=statement.statement_no))
    return replace(statement, status=StatementStatus.PAID, paid_on=on)


def adjusting_statement(previous: Statement, corrected: PaymentResult, statement_no: str,
                        reason: str, issue_date: date, transfer_date: date) -> Statement:
    """A new draft that corrects an approved or paid statement; it refers to it by number."""
    if previous.status is StatementStatus.DRAFT:
        raise InputError(msg("下書きの明細書 {no} は直接修正してください",
                             "Statement {no} is still a draft; revise it instead",
                             no=previous.statement_no))
    if corrected.payee_id != previous.result.payee_id:
        raise InputError(msg("調整明細書の受取人が元の明細書と異なります",
                             "The adjusting statement is for a different payee"))
    if not reason.strip():
        raise InputError(msg("調整の理由を入力してください", "Enter the reason for the adjustment"))
    adjustment = Adjustment(previous.statement_no, previous.result, reason)
    # Refuses now, not later at export, a bank fee larger than the additional payment.
    difference(adjustment.original, corrected, corrected.fee_yen)
    return Statement(statement_no=statement_no, payer=previous.payer, result=corrected,
                     period=previous.period, issue_date=issue_date, transfer_date=transfer_date,
                     bank=previous.bank, payee_address=previous.payee_address,
                     adjustment=adjustment)
