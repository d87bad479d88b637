"""支払明細書 (payment statements): the draft → approved → in_run → paid workflow and adjustments.

A statement is paid through a payment run (domain.payment_runs): approval fixes its figures, the run
writes it into a 全銀 file (in_run, 振込データ作成済み) with the run's transfer date, and the bank's
confirmation marks it paid on the date the bank gives, never before that transfer date nor after today. A run
not sent yet can be withdrawn (its statements go back to approved); a statement in it cannot be corrected until
then, since nothing was transferred. A reclaim (negative net) is in no run: it is settled (paid, shown as 返金済)
on the day its refund arrives, never before its approval nor after today. A statement of ¥0 is in no run either
(nothing to transfer): it is settled without a transfer (paid, shown as 確定（振込なし）) on the day given, by the
same rule.

Once a statement is approved its figures are what the payee and the accountant have seen, so it is
never edited again: a mistake is corrected by an *adjusting* statement that refers to the old one
by number and pays (or reclaims) only the difference, computed by domain.payments.difference like
every payment (so a reclaim never carries a bank fee). Every transition returns a new object.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from colead_desktop.domain.bank import BankAccount
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payments import (NOTHING_PAID, Difference, HonorariumScope, PaidAmounts, PaymentPolicy,
                                          PaymentResult, RateTable, TravelRule, difference)
from colead_desktop.domain.statement_status import StatementStatus, settled_label
from colead_desktop.domain.text_lengths import MAX_REASON
from colead_desktop.domain.types import LabelledEnum


# What the payee and the accountant get: a statement whose figures are fixed.
ISSUED = (StatementStatus.APPROVED, StatementStatus.IN_RUN, StatementStatus.PAID)


class CorrectionRates(LabelledEnum):
    """Which rates (and travel, honorarium and withholding rules) an adjusting statement is computed with: those
    of the statement it corrects, unless the user chose the ones in force now."""

    CORRECTED = "corrected"
    CURRENT = "current"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"corrected": ("訂正元の明細書の料率・方針", "the rates and policy of the corrected statement"),
                "current": ("訂正時点の料率・方針（利用者が選択）", "the rates and policy in force now (chosen by the user)")}


@dataclass(frozen=True)
class AppliedPolicy:
    """The policy in force when the statement was computed, stored and printed with it (「適用方針」)."""

    travel_rule: TravelRule
    honorarium_scope: HonorariumScope
    withhold_reimbursements: bool
    correction_rates: CorrectionRates | None = None  # None on an ordinary statement

    def describe(self) -> str:
        withholding = (msg("旅費・日当も源泉徴収の対象", "travel and per diem withheld")
                       if self.withhold_reimbursements else
                       msg("立替精算分は源泉徴収の対象外", "reimbursements not withheld"))
        text = msg("旅費: {travel}／謝金: {scope}／{withholding}", "Travel: {travel} / honorarium: {scope} / "
                   "{withholding}", travel=self.travel_rule.label, scope=self.honorarium_scope.label,
                   withholding=withholding)
        if self.correction_rates is None:
            return text
        return text + msg("／訂正の計算: {rates}", " / correction computed with {rates}", rates=self.correction_rates.label)


def policy_of_corrected(current: PaymentPolicy, recorded: AppliedPolicy | None, period_end: date) -> PaymentPolicy:
    """The policy a correction recomputes with: the rules the corrected statement recorded, and the rates that
    were in force for it. No rate may start on or before the end of an approved statement's period
    (rates cannot rewrite the past), so those are exactly the entries dated up to its period end."""
    entries = tuple(e for e in current.rates.entries if e.effective_from <= period_end) or current.rates.entries
    policy = replace(current, rates=RateTable(entries))
    if recorded is None:  # computed before statements recorded their policy
        return policy
    return replace(policy, travel_rule=recorded.travel_rule, honorarium_scope=recorded.honorarium_scope,
                   withhold_reimbursements=recorded.withhold_reimbursements)


@dataclass(frozen=True)
class IssuedHonorarium:
    """An approved (or later) statement's honorarium, for the cap that is per person per programme."""

    statement_id: int
    corrects_id: int | None
    honorarium_yen: int


def honorarium_already_paid(issued: Iterable[IssuedHonorarium], replaced_id: int | None = None) -> int:
    """The honorarium a person's issued statements pay, each correction replacing the statement it corrects,
    leaving out `replaced_id` (the statement a new correction replaces)."""
    rows = list(issued)
    corrected = {r.corrects_id for r in rows}
    return sum(r.honorarium_yen for r in rows if r.statement_id not in corrected and r.statement_id != replaced_id)


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
class Employer:
    """The company a payee's fees are paid to: the recipient of record (支払調書) instead of the person."""

    name: str
    address: str = field(default="", repr=False)


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
    employer: Employer | None = None
    status: StatementStatus = StatementStatus.DRAFT
    approved_by: str = ""
    approved_on: date | None = None
    paid_on: date | None = None
    adjustment: Adjustment | None = None
    computed_by: str = ""
    policy: AppliedPolicy | None = None
    # The number of the statement whose transfer carries this one's money in the same run (domain.payment_runs.
    # one_transfer_per_payee): one transfer, so the bank charges one fee and the payee bears it once, on that
    # statement. "" when the statement is its own transfer (or in no run).
    joins_transfer_of: str = ""
    joined_by: tuple[str, ...] = ()  # the numbers joining this statement's transfer in its run (the other way)

    @property
    def single_approval(self) -> bool:
        """単独承認: the person who computed the draft also approved it (the programme allowed it)."""
        return bool(self.approved_by) and self.approved_by == self.computed_by

    @property
    def payment(self) -> Difference:
        """The money this statement moves: the whole payment, or for an adjusting statement the corrected
        payment less what the corrected statement paid. The result's fee_yen is the fee the payee bears, unless
        the statement joins another's transfer, which bears the one fee."""
        original = self.adjustment.original if self.adjustment else NOTHING_PAID
        return difference(original, self.result, 0 if self.joins_transfer_of else self.result.fee_yen)

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


def approval_refusal(statement: Statement, approver: str, two_people: bool) -> str | None:
    """Why `approver` may not approve this statement (None when they may): it is no longer a draft, or with the
    two-people rule they computed it (a one-person secretariat turns the rule off)."""
    if statement.status is not StatementStatus.DRAFT:
        return str(_locked(statement))
    if two_people and statement.computed_by and approver.strip() == statement.computed_by:
        return msg("明細書 {no} は {who} が作成したため、{who} 以外の人が承認してください"
                   "（一人で承認する設定は「支給方針」で変更できます）",
                   "Statement {no} was computed by {who}; someone else must approve it "
                   "(single approval can be allowed in the payment policy)",
                   no=statement.statement_no, who=statement.computed_by)
    return None


def approve(statement: Statement, approved_by: str, on: date, two_people: bool = True) -> Statement:
    if statement.status is not StatementStatus.DRAFT:
        raise _locked(statement)
    if not approved_by.strip():
        raise InputError(msg("承認者を入力してください", "Enter who approves the statement"))
    refusal = approval_refusal(statement, approved_by, two_people)
    if refusal:
        raise InputError(refusal)
    return replace(statement, status=StatementStatus.APPROVED, approved_by=approved_by,
                   approved_on=on)


def put_in_run(statement: Statement, transfer_date: date) -> Statement:
    """An approved statement written into a run's 全銀 file: it now transfers on the run's date."""
    if statement.status is not StatementStatus.APPROVED:
        raise InputError(msg("支払明細書 {no} は{status}のため支払処理に含められません（承認済みのみ）",
                             "Statement {no} is {status}; only approved statements go into a payment run",
                             no=statement.statement_no, status=statement.status.label))
    return replace(statement, status=StatementStatus.IN_RUN, transfer_date=transfer_date)


def _check_not_future(statement: Statement, on: date, today: date | None) -> None:
    """A date the money moved (the bank's confirmation, a refund received) is never after today."""
    today = today or tokyo_today()
    if on > today:
        raise InputError(msg("支払明細書 {no} の日付 {on} は今日（{today}）より後です。お金が動いた日を入力してください",
                             "Statement {no}: the date {on} is after today ({today}); enter the day the money moved",
                             no=statement.statement_no, on=on.isoformat(), today=today.isoformat()))


def mark_paid(statement: Statement, on: date, today: date | None = None) -> Statement:
    """支払済: on the date the bank confirmed, which cannot be before the run's transfer date nor after today."""
    if statement.status is not StatementStatus.IN_RUN:
        if statement.status is StatementStatus.APPROVED and statement.payment.is_reclaim:
            raise InputError(msg("支払明細書 {no} は返金請求です。返金を受け取ったら「返金受領」で記録してください",
                                 "Statement {no} is a reclaim; record the refund when it is received",
                                 no=statement.statement_no))
        if statement.status is StatementStatus.APPROVED and statement.transfer_yen == 0:
            raise InputError(msg("支払明細書 {no} は振込金額が0円で、振込はありません。「振込なしで確定」で確定してください",
                                 "Statement {no} transfers ¥0, so there is no transfer; settle it without a "
                                 "transfer", no=statement.statement_no))
        raise InputError(msg("支払明細書 {no} は{status}のため支払済にできません"
                             "（振込データ作成済みの明細書だけが支払済になります）",
                             "Statement {no} is {status}; only statements in a payment run can be marked paid",
                             no=statement.statement_no, status=statement.status.label))
    if on < statement.transfer_date:
        raise InputError(msg("支払明細書 {no} の支払日 {on} は振込指定日 {day} より前です",
                             "Statement {no}: the paid date {on} is before the transfer date {day}",
                             no=statement.statement_no, on=on.isoformat(),
                             day=statement.transfer_date.isoformat()))
    _check_not_future(statement, on, today)
    return replace(statement, status=StatementStatus.PAID, paid_on=on)


def _settle_without_transfer(statement: Statement, on: date, today: date | None, day_name: tuple[str, str]) -> Statement:
    """An approved statement the bank never transfers, settled (PAID) on `on`: not before its approval, not after
    today. `day_name` is the date's name in the messages, in Japanese and English."""
    if statement.approved_on is not None and on < statement.approved_on:
        raise InputError(msg("支払明細書 {no} の{name_ja} {on} は承認日 {day} より前です",
                             "Statement {no}: the {name_en} {on} is before the approval on {day}",
                             name_ja=day_name[0], name_en=day_name[1], no=statement.statement_no, on=on.isoformat(),
                             day=statement.approved_on.isoformat()))
    _check_not_future(statement, on, today)
    return replace(statement, status=StatementStatus.PAID, paid_on=on)


def mark_refunded(statement: Statement, on: date, today: date | None = None) -> Statement:
    """返金受領: an approved reclaim settled on the day the payee's refund arrived. It then counts like a paid
    statement (支払調書, monthly withholding, budget) on that day, with its negative amounts."""
    if statement.status is not StatementStatus.APPROVED or not statement.payment.is_reclaim:
        raise InputError(msg("支払明細書 {no} は承認済の返金請求ではないため返金受領を記録できません（{status}）",
                             "Statement {no} is not an approved reclaim; no refund can be recorded ({status})",
                             no=statement.statement_no, status=settled_label(statement.status, statement.transfer_yen)))
    return _settle_without_transfer(statement, on, today, ("返金受領日", "refund date"))


def settles_without_transfer(statement: Statement) -> bool:
    """Whether 確定（振込なし） may settle `statement`: approved, in no run, with ¥0 to transfer."""
    return statement.status is StatementStatus.APPROVED and statement.transfer_yen == 0


def settle_nothing_to_transfer(statement: Statement, on: date, today: date | None = None) -> Statement:
    """確定（振込なし）: an approved statement whose transfer is ¥0 (a correction that changes nothing payable, an
    honorarium the cap fully offsets) settled on `on` without any transfer: no run can take it (nothing to
    transfer), so it would stay open forever. It then counts like a paid statement on that day (支払調書, monthly
    withholding), with whatever gross and tax it has."""
    if not settles_without_transfer(statement):
        raise InputError(msg("支払明細書 {no} は振込金額0円の承認済の明細書ではないため、振込なしで確定できません"
                             "（{status}、{a}円）",
                             "Statement {no} is not an approved statement of ¥0; it cannot be settled without a "
                             "transfer ({status}, ¥{a})", no=statement.statement_no,
                             status=statement.status.label, a=f"{statement.transfer_yen:,}"))
    return _settle_without_transfer(statement, on, today, ("確定日", "settlement date"))


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
    if previous.status is StatementStatus.IN_RUN:
        raise InputError(msg("明細書 {no} は振込データ作成済みでまだ支払済ではありません。"
                             "振込が済んだら支払済にしてから訂正するか、振込前なら支払処理を取消して（明細書は承認済に戻ります）から訂正してください",
                             "Statement {no} is in a payment run that is not paid yet. Once the transfer is done, "
                             "mark it paid and then correct it; before the transfer, withdraw the payment run "
                             "(the statement goes back to approved) and then correct it",
                             no=previous.statement_no))
    if not reason.strip():
        raise InputError(msg("調整の理由を入力してください", "Enter the reason for the adjustment"))
    if len(reason) > MAX_REASON:
        raise InputError(msg("訂正の理由は {n} 文字以内にしてください（{m} 文字あります）",
                             "The reason for the correction must be at most {n} characters (it has {m})",
                             n=MAX_REASON, m=len(reason)))
    adjustment = Adjustment(previous.statement_no, previous.result, reason)
    # Refuses now, not later at export, a bank fee larger than the additional payment.
    difference(adjustment.original, corrected, corrected.fee_yen)
    return Statement(statement_no=statement_no, payer=previous.payer, result=corrected,
                     period=previous.period, issue_date=issue_date, transfer_date=transfer_date,
                     bank=previous.bank, payee_address=previous.payee_address, employer=previous.employer,
                     adjustment=adjustment)
