"""支払処理 (payment runs): which approved statements one 全銀 file pays, on which date, and why others wait.

A run is a set of approved statements transferred on one bank business day. Planning is plain data:
the service reads the approved statements, `plan_run` decides what goes in and what is left out (each
with its reason, so one reclaim or a missing account never blocks the others), and `run_transfers`
turns the plan into 全銀 data records whose customer codes are the statement numbers, so the bank's
result can be matched back to the statements. A payee with several statements in one run (a statement
and its correction, two statements of the programme) gets one transfer with one bank fee
(`one_transfer_per_payee`); the statements after the first say they joined its transfer. One transfer is one
payment for the withholding tax, so statements join only when their withholdings add up to that payment's
(`_one_payment_each`); the others wait for a run on another day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from colead_desktop.domain.bank import BankAccount
from colead_desktop.domain.bank_directory import with_directory_names
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import is_bank_business_day, next_bank_business_day
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.types import LabelledEnum
from colead_desktop.domain.withholding import withholding_tax
from colead_desktop.domain.zengin import Transfer

if TYPE_CHECKING:  # the statements' rules are not needed at run time: 再作成 imports this without them (issue 15)
    from colead_desktop.domain.statements import Statement

RUN_KIND = ("支払処理", "payment run")
"""What the user calls a run, in Japanese and English (「支払処理 3 が見つかりません」)."""
FAR_AHEAD_DAYS = 30
"""A transfer date further ahead than this is allowed but warned about (a typo in the year or month)."""


def zengin_file_name(transfer_date: date, number: int, file_no: int = 1) -> str:
    """The name offered for run `number`'s 全銀 file (its `file_no`-th, counting 再作成): with the run's number, so
    that a second run on the same transfer date is never offered the name of a file already sent to the bank."""
    stem = f"sogofurikomi_{transfer_date:%Y%m%d}_run{number}"
    return f"{stem}.txt" if file_no == 1 else f"{stem}_{file_no}.txt"


class RunStatus(LabelledEnum):
    CREATED = "created"
    PAID = "paid"
    WITHDRAWN = "withdrawn"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"created": ("振込データ作成済み", "File created"), "paid": ("支払済", "Paid"),
                "withdrawn": ("取消", "Withdrawn")}


def run_label(number: int, run_id: int) -> str:
    """How a message names a run: its number in the programme, which the app shows, and the id `--run` takes where
    the two differ (「支払処理 3（ID 34）」)."""
    return str(number) if number == run_id else msg("{n}（ID {id}）", "{n} (id {id})", n=number, id=run_id)


def check_not_withdrawn(run: str, status: RunStatus) -> None:
    """Refuses a withdrawn run (`run` as run_label names it): its statements left it, and its file is never offered
    again."""
    if status is RunStatus.WITHDRAWN:
        raise InputError(msg("支払処理 {id} は取消されています", "Payment run {id} is withdrawn", id=run))


def withdrawal_refusal(run: str, status: RunStatus, paid_numbers: Sequence[str]) -> str | None:
    """Why `run` (as run_label names it) cannot be withdrawn (None when it can): a run with any paid statement was
    transferred, at least in part, and a withdrawn run stays withdrawn."""
    if status is RunStatus.WITHDRAWN:
        return msg("支払処理 {id} はすでに取消されています", "Payment run {id} is already withdrawn", id=run)
    if paid_numbers:
        return msg("支払処理 {id} には支払済の明細書（{nos}）があるため取消できません",
                   "Payment run {id} has paid statements ({nos}) and cannot be withdrawn",
                   id=run, nos="、".join(paid_numbers))
    return None


@dataclass(frozen=True)
class LeftOut:
    statement_no: str
    reason: str


@dataclass(frozen=True)
class RunPlan:
    transfer_date: date
    included: tuple[Statement, ...]
    left_out: tuple[LeftOut, ...]
    warnings: tuple[str, ...]

    @property
    def total_yen(self) -> int:
        return sum(st.transfer_yen for st in self.included)

    def transfers(self) -> list[RunTransfer]:
        """The bank's data records and the statements each pays (group_transfers)."""
        return group_transfers(payables_of(self.included))

    @property
    def transfer_count(self) -> int:
        """The bank file's data records, as its trailer counts them."""
        return len(self.transfers())

    def joined(self) -> list[tuple[str, str]]:
        """(number, the number whose transfer it joins) of the statements that are no transfer of their own."""
        return [(st.statement_no, st.joins_transfer_of) for st in self.included if st.joins_transfer_of]

    def date_changes(self) -> list[tuple[str, date]]:
        """Statements whose 振込予定日 the run's date replaces: (number, their planned date)."""
        return [(st.statement_no, st.transfer_date) for st in self.included
                if st.transfer_date != self.transfer_date]


def check_run_date(day: date, today: date) -> tuple[str, ...]:
    """Refuse a transfer date that is not a bank business day or is in the past; warn when far ahead."""
    if not is_bank_business_day(day):
        raise InputError(msg("振込指定日 {day} は銀行休業日です（土日・祝日・12/31〜1/3）。次の営業日は {next} です",
                             "The transfer date {day} is a bank holiday (weekend, public holiday or 31 Dec-3 Jan); "
                             "the next business day is {next}",
                             day=day.isoformat(), next=next_bank_business_day(day).isoformat()))
    if day < today:
        raise InputError(msg("振込指定日 {day} は過去の日付です。今日（{today}）以降の銀行営業日を指定してください",
                             "The transfer date {day} is in the past; choose a bank business day from today "
                             "({today}) on", day=day.isoformat(), today=today.isoformat()))
    if day > today + timedelta(days=FAR_AHEAD_DAYS):
        return (msg("振込指定日 {day} は{n}日以上先です。日付を確認してください",
                    "The transfer date {day} is more than {n} days ahead; check the date",
                    day=day.isoformat(), n=FAR_AHEAD_DAYS),)
    return ()


def customer_code(statement_no: str) -> str:
    """The statement number as the data record's 顧客コード1 (digits only, at most 10): '2021-0007' →
    '20210007'. The year prefix has a fixed width, so two numbers never give the same code."""
    digits = "".join(c for c in statement_no if c.isascii() and c.isdigit())
    if not digits or len(digits) > 10:
        raise InputError(msg("明細書番号 {no} は顧客コード（数字10桁以内）にできません",
                             "Statement number {no} does not fit the customer code (at most 10 digits)",
                             no=statement_no))
    return digits


def why_not_transferred(st: Statement) -> str | None:
    """Why a run would leave this statement out (a reclaim, nothing to transfer, no account), or None: said when
    it is approved too, where the accountant can still register the account before the run."""
    if st.transfer_yen < 0:
        return msg("差引振込金額が {a} 円のマイナス: 返金請求として扱い、振込しません（返金を受け取ったら「返金受領」で記録）",
                   "The net transfer is ¥{a}, negative: a reclaim (返金請求), never a transfer (record the refund "
                   "when it arrives)", a=f"{st.transfer_yen:,}")
    if st.transfer_yen == 0:
        return msg("差引振込金額が0円のため振込はありません（「振込なしで確定」で確定）",
                   "The net transfer is ¥0: nothing to transfer (settle it without a transfer)")
    if st.bank is None:
        return msg("振込先口座が登録されていません", "No bank account is registered")
    return None


def approval_warning(st: Statement) -> str | None:
    """What approving `st` should warn of: it will not be transferred, and why."""
    reason = why_not_transferred(st)
    return None if reason is None else msg("明細書 {no} は振込されません: {reason}", "Statement {no} will not be "
                                           "transferred: {reason}", no=st.statement_no, reason=reason)


def plan_run(approved: Iterable[Statement], transfer_date: date, today: date,
             exclude: Sequence[str] = ()) -> RunPlan:
    """The run of the approved statements on `transfer_date`, leaving out the excluded numbers and those
    that cannot be transferred (each with its reason). Refuses an unknown excluded number and an empty run."""
    warnings = check_run_date(transfer_date, today)
    statements = list(approved)
    unknown = sorted(set(exclude) - {st.statement_no for st in statements})
    if unknown:
        raise InputError(msg("除外する明細書 {nos} は支払処理できる承認済みの明細書ではありません",
                             "The excluded statement(s) {nos} are not approved statements waiting for a run",
                             nos="、".join(unknown)))
    included, left_out = [], []
    for st in sorted(statements, key=lambda s: s.statement_no):
        if st.status is not StatementStatus.APPROVED:
            raise InputError(msg("明細書 {no} は{status}です（承認済みのみ支払処理できます）",
                                 "Statement {no} is {status}; only approved statements go into a run",
                                 no=st.statement_no, status=st.status.label))
        reason = (msg("除外を指定されました", "Excluded on request") if st.statement_no in exclude
                  else why_not_transferred(st))
        if reason:
            left_out.append(LeftOut(st.statement_no, reason))
        else:
            included.append(st)
    included, apart = _one_payment_each(included)
    left_out += apart
    if not included:
        raise InputError(msg("振込できる承認済みの明細書がありません", "There are no approved statements to transfer")
                         + "".join(f"\n{out.statement_no}: {out.reason}" for out in left_out))
    early = tuple(paid_before_the_day(st, transfer_date) for st in included if st.period[1] > transfer_date)
    return RunPlan(transfer_date, one_transfer_per_payee(included), tuple(left_out), warnings + early)


TransferKey = tuple[str, BankAccount | None]
"""A run's statements with the same key are one transfer: the same payee, to the same account."""


def _transfer_key(st: Statement) -> TransferKey:
    return st.result.payee_id, st.bank


def _one_payment_each(included: Sequence[Statement]) -> tuple[list[Statement], list[LeftOut]]:
    """The statements a run may pay together, and those left for a run on another day. A payee's statements in
    one run are one transfer, and so one payment, whose withholding is the tax on their withholding bases added
    up (payments-japan.md §1.2: 「同一人に対し1回に支払われる金額」). Each approved statement already says its own
    withholding, so they may join only when that changes nothing: the bases' tax is the sum of the statements'
    (two statements of ¥5,000 withhold ¥510 each, but ¥1,021 paid at once; two of ¥600,000 cross the ¥1,000,000
    tier). A statement and its corrections in the same run are one payment of the corrected amount already; a
    payment withholding nothing joins any other."""
    by_no = {st.statement_no: st for st in included}

    def family(st: Statement) -> str:  # the first statement of the run that `st` corrects, through its corrections
        while st.adjustment is not None and st.adjustment.previous_no in by_no:
            st = by_no[st.adjustment.previous_no]
        return st.statement_no

    families: dict[TransferKey, dict[str, list[Statement]]] = {}
    for st in sorted(included, key=lambda s: s.statement_no):
        families.setdefault(_transfer_key(st), {}).setdefault(family(st), []).append(st)
    kept: list[Statement] = []
    apart: list[LeftOut] = []
    for payee_families in families.values():
        together: list[list[Statement]] = []
        for statements in payee_families.values():
            if _one_payment(together + [statements]):
                together.append(statements)
            else:
                apart += [LeftOut(st.statement_no, msg(
                    "明細書 {first} と同じ振込（1回の支払）になると、源泉徴収税額を合計額で計算し直すことになります。"
                    "別の日の支払処理で振り込んでください", "In one transfer with statement {first} it would be one "
                    "payment, whose withholding is computed on the sum; pay it in a run on another day",
                    first=together[0][0].statement_no)) for st in statements]
        kept += [st for statements in together for st in statements]
    return kept, apart  # in any order: one_transfer_per_payee orders the run


def _one_payment(families: Sequence[Sequence[Statement]]) -> bool:
    """Whether the statements of `families` (each a statement and its corrections) withhold, together, what one
    payment of them withholds: at most one of them withholds anything, or each is a whole payment made now (not
    the correction of one paid before) and the tax on their bases added up is their withholding added up."""
    bases = [sum(_base_paid(st) for st in statements) for statements in families]
    if sum(1 for base in bases if base) <= 1:
        return True
    return (all(statements[0].adjustment is None for statements in families)
            and withholding_tax(sum(bases)) == sum(st.payable_withholding_yen for statements in families
                                                   for st in statements))


def _base_paid(st: Statement) -> int:
    """The withholding base `st` pays: its whole base, or a correction's change to the base it corrects."""
    before = st.adjustment.previous.withholding_base_yen if st.adjustment is not None else 0
    return st.result.withholding_base_yen - before


def paid_before_the_day(st: Statement, transfer_date: date) -> str:
    """The run's warning for a statement paying a record dated after the transfer: a per diem or a fare paid
    before the day (domain/record_dates.py warns of it when the record is entered and approved, too)."""
    return msg("明細書 {no} は {last} までの記録を支払います。振込指定日 {day} はその日より前です",
               "Statement {no} pays records up to {last}; the transfer date {day} is before that day",
               no=st.statement_no, last=st.period[1].isoformat(), day=transfer_date.isoformat())


def one_transfer_per_payee(included: Sequence[Statement]) -> tuple[Statement, ...]:
    """The run's statements, those of one payee and account after the first (a statement and its correction, or
    two statements of the programme) joining its transfer: the bank makes one transfer and charges one fee, so
    the payee bears one fee, on the first statement; each joining statement shows no fee and says whose transfer
    carries it. Withholding stays each statement's own (plan_run joined only statements whose withholdings add up
    to the one payment's: _one_payment_each). A reclaim is never here (plan_run leaves it out): it is not netted
    into a transfer."""
    first: dict[TransferKey, str] = {}
    out = []
    for st in sorted(included, key=lambda s: s.statement_no):
        lead = first.setdefault(_transfer_key(st), st.statement_no)
        out.append(replace(st, joins_transfer_of="" if lead == st.statement_no else lead))
    return tuple(out)


@dataclass(frozen=True)
class Payable:
    """What a statement in a run transfers, as the 全銀 file needs it (from a Statement, or from what a run
    recorded when its file is made again)."""

    statement_no: str
    payee_id: str
    bank: BankAccount | None
    transfer_yen: int
    joins_transfer_of: str = ""  # the statement whose transfer it joined (one_transfer_per_payee), or ''


@dataclass(frozen=True)
class RunTransfer:
    """One data record of a run's 全銀 file and every statement it pays (one_transfer_per_payee), in number order:
    what the accountant matches a line of the bank statement against. The file's two customer-code fields
    (10 digits each) hold the first two statements' numbers; a transfer paying three or more names the rest
    only in the run's listing (the 支払処理 window, `colead payments runs`), which names them all."""

    payee_id: str
    bank: BankAccount | None = field(repr=False)
    statement_nos: tuple[str, ...]
    amount_yen: int

    @property
    def customer_codes(self) -> tuple[str, str]:
        """(顧客コード1, 顧客コード2): the first statement's number and the second's ('' when it pays one)."""
        first, *others = self.statement_nos
        return customer_code(first), customer_code(others[0]) if others else ""

    @property
    def code_text(self) -> str:
        """The customer codes as the bank statement shows them, for the accountant: '20210007' or
        '20210007/20210009'."""
        return "/".join(code for code in self.customer_codes if code)


def payables_of(statements: Sequence[Statement]) -> list[Payable]:
    return [Payable(st.statement_no, st.result.payee_id, st.bank, st.transfer_yen, st.joins_transfer_of)
            for st in statements]


def run_transfers(statements: Sequence[Statement]) -> list[Transfer]:
    """The data records of a run's statements (transfers_of)."""
    return transfers_of(payables_of(statements))


def group_transfers(payables: Sequence[Payable]) -> list[RunTransfer]:
    """The run's transfers as one_transfer_per_payee decided them: each statement with the statement whose transfer
    it joined (a statement of a run made before joining existed is a transfer of its own, as its file was), the sum
    of their transfers, in the order of their first statement's number. The one rule the file, its trailer's count
    and the run's listings all read."""
    groups: dict[str, list[Payable]] = {}
    for item in sorted(payables, key=lambda p: p.statement_no):
        groups.setdefault(item.joins_transfer_of or item.statement_no, []).append(item)
    return [RunTransfer(items[0].payee_id, items[0].bank, tuple(p.statement_no for p in items),
                        sum(p.transfer_yen for p in items)) for items in groups.values()]


def transfers_of(payables: Sequence[Payable]) -> list[Transfer]:
    """The file's data records (group_transfers), each with its statements' numbers as the customer codes, so
    the bank's result names the transfer's statements."""
    return [run_transfer(group) for group in group_transfers(payables)]


def run_transfer(group: RunTransfer) -> Transfer:
    """A transfer's data record, with the statements' numbers as the customer codes and the bank's and branch's
    names from the code list where the payee's account has none."""
    if group.bank is None:  # plan_run leaves these out; a regenerated file's statements were checked then
        raise InputError(msg("明細書 {no} の振込先口座がありません", "Statement {no} has no bank account",
                             no=group.statement_nos[0]))
    code1, code2 = group.customer_codes
    return Transfer(group.payee_id, with_directory_names(group.bank), group.amount_yen, code1, code2)
