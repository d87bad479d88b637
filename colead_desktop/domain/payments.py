"""Payment policy (worksheet B-5 choices, dated rates) and the per-payee computation.

Everything is integer yen. Each result carries the lines it was computed from, so an auditor can
trace every number on a statement back to a dated day or receipt (payments-japan.md §6).

Decisions taken here (documented so the accountant can check them):
* Daily amounts (per diem, honorarium) use the rates in force on that day; a per-payee cap, the
  travel cap and the fixed travel amount use the rates in force on the first day they apply to.
* `actual_capped`: the cap limits the total cash reimbursed to one payee for the whole programme
  (travel and lodging together, in date order); costs the secretariat paid directly to a carrier or
  hotel are not paid to the talent, so they neither count against nor are limited by the cap.
* `fixed`: the amount replaces reimbursement and is paid once to each payee with a tour day.
* A day with several in-scope activities counts once (honorarium is per day, 日当).
* When the honorarium cap falls inside a day, that day is paid in part and counted as paid.
* The honorarium cap is per person per programme: a payment's cap is what earlier payments of the
  programme left of it (`prior_honorarium_yen`). Withholding is computed per payment (§1.2: the
  amount actually paid at once), so several payments can withhold less than one payment of the same
  total would; `tests/domain/test_payment_runs.py` states by how much.
* The bank fee a payee bears is deducted only from a transfer to them: a payment or correction that
  transfers nothing, or reclaims money, carries no fee; a fee larger than the transfer is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Protocol

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payment_texts import Wording, wording
from colead_desktop.domain.types import LabelledEnum
from colead_desktop.domain.validation import check_date, check_yen
from colead_desktop.domain.withholding import withholding_tax


class TravelRule(LabelledEnum):
    """Worksheet B-5's choices for travel to the site; the labels are the worksheet's own words."""

    NONE = "none"
    ACTUAL = "actual"
    ACTUAL_CAPPED = "actual_capped"
    FIXED = "fixed"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"none": ("支給しない", "Not paid"), "actual": ("実費支給", "Actual cost"),
                "actual_capped": ("上限を決めて実費支給", "Actual cost up to a cap"),
                "fixed": ("定額支給", "Fixed amount")}


class HonorariumScope(LabelledEnum):
    """Worksheet B-5's choices for the honorarium after the tour."""

    NONE = "none"
    TOUR_ONLY = "tour_only"
    SUPPORT_ONLY = "support_only"
    ALL = "all"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"none": ("支給しない", "Not paid"), "tour_only": ("フィールドワークツアーのみ支給", "Tour only"),
                "support_only": ("企業との個別支援のみ支給", "Individual company support only"),
                "all": ("全ての活動に支給", "All activities")}


class Activity(StrEnum):
    TOUR = "tour"
    SUPPORT = "support"


class ExpenseCategory(StrEnum):
    AIR = "air"
    RAIL = "rail"
    BUS = "bus"
    TAXI = "taxi"
    RENTAL_CAR = "rental_car"
    LODGING = "lodging"
    OTHER = "other"

    @property
    def label(self) -> str:
        ja, en = {"air": ("航空券", "Air"), "rail": ("鉄道", "Rail"), "bus": ("バス", "Bus"),
                  "taxi": ("タクシー", "Taxi"), "rental_car": ("レンタカー", "Rental car"),
                  "lodging": ("宿泊", "Lodging"), "other": ("その他", "Other")}[self.value]
        return msg(ja, en)


# One receipt above this is almost surely a typo (an extra 0, a pasted account number): the dearest real line of
# the programme is a return flight Tokyo–Okinawa or a week of lodging, well under ¥200,000. It is still allowed,
# after the user confirms it, because a charter or a group booking paid by one person may exceed it.
PLAUSIBLE_EXPENSE_YEN = 1_000_000
# A bank's fee for one transfer is some hundreds of yen (全銀 fees top out near ¥1,000); more is a typo that would
# be taken from the payee's money.
MAX_BANK_FEE_YEN = 10_000


def implausible_expense(amount_yen: int) -> str | None:
    """A warning the user must confirm when one expense is above PLAUSIBLE_EXPENSE_YEN, or None."""
    if amount_yen <= PLAUSIBLE_EXPENSE_YEN:
        return None
    return msg("金額 {a:,} 円は経費1件としては非常に高額です（目安: {p:,} 円まで）。桁の誤りがないか確認してください。",
               "¥{a:,} is very high for one expense (usually at most ¥{p:,}). Check the number of digits.",
               a=amount_yen, p=PLAUSIBLE_EXPENSE_YEN)


class TaxStatus(StrEnum):
    INDIVIDUAL = "individual"
    EXEMPT = "exempt"


class LineCategory(StrEnum):
    PER_DIEM = "per_diem"
    HONORARIUM = "honorarium"
    HONORARIUM_UNPAID = "honorarium_unpaid"
    REIMBURSEMENT = "reimbursement"
    TRAVEL_FIXED = "travel_fixed"
    NOT_REIMBURSED = "not_reimbursed"
    PAID_DIRECTLY = "paid_directly"

    @property
    def in_gross(self) -> bool:
        """Whether the line is money paid to the payee (the others are listed for the audit trail)."""
        return self in (LineCategory.PER_DIEM, LineCategory.HONORARIUM,
                        LineCategory.REIMBURSEMENT, LineCategory.TRAVEL_FIXED)

    @property
    def label(self) -> str:
        ja, en = {"per_diem": ("日当", "Per diem"), "honorarium": ("謝金", "Honorarium"),
                  "honorarium_unpaid": ("謝金（上限超過・支給対象外）", "Honorarium over the cap (not paid)"),
                  "reimbursement": ("旅費（実費）", "Travel (actual cost)"),
                  "travel_fixed": ("旅費（定額）", "Travel (fixed)"),
                  "not_reimbursed": ("旅費（支給対象外）", "Travel (not reimbursed)"),
                  "paid_directly": ("事務局直接支払", "Paid directly by the secretariat")}[self.value]
        return msg(ja, en)


@dataclass(frozen=True)
class Rates:
    """One dated set of programme rates; `entry_id` is what a statement records as "rates used"."""

    entry_id: str
    effective_from: date
    per_diem_yen: int
    honorarium_daily_yen: int
    honorarium_cap_yen: int
    travel_cap_yen: int = 0
    travel_fixed_yen: int = 0

    def __post_init__(self) -> None:
        for name in ("per_diem_yen", "honorarium_daily_yen", "honorarium_cap_yen",
                     "travel_cap_yen", "travel_fixed_yen"):
            check_yen(getattr(self, name), name)


@dataclass(frozen=True)
class RateTable:
    """Rates with effective dates, so a rate change mid-programme never rewrites past statements."""

    entries: tuple[Rates, ...]

    def __post_init__(self) -> None:
        if not self.entries:
            raise InputError(msg("料率表が空です", "The rate table is empty"))

    def in_force(self, day: date) -> Rates:
        candidates = [e for e in self.entries if e.effective_from <= day]
        if not candidates:
            raise InputError(msg("{day} に有効な料率がありません", "No rates are in force on {day}",
                                 day=day.isoformat()))
        return max(candidates, key=lambda e: e.effective_from)


@dataclass(frozen=True)
class PaymentPolicy:
    rates: RateTable
    honorarium_scope: HonorariumScope
    travel_rule: TravelRule
    withhold_reimbursements: bool = True
    reimbursement_exclusion_reason: str = ""

    def __post_init__(self) -> None:
        if not self.withhold_reimbursements and not self.reimbursement_exclusion_reason.strip():
            raise InputError(msg("立替精算分を源泉徴収の対象外にする場合は理由を記録してください",
                                 "Record a reason when reimbursements are excluded from withholding"))


FY2021_RATES = Rates("FY2021", date(2021, 4, 1), per_diem_yen=10_000,
                     honorarium_daily_yen=30_000, honorarium_cap_yen=150_000)

FY2021_PRESET = PaymentPolicy(rates=RateTable((FY2021_RATES,)),
                              honorarium_scope=HonorariumScope.SUPPORT_ONLY,
                              travel_rule=TravelRule.ACTUAL)
"""Talent call §3.4: travel to the site and lodging at actual cost, 日当 ¥10,000 per tour day,
謝金 ¥30,000 per day of business-model work (the post-tour support of the companies; tour days
are already paid by the 日当), capped at ¥150,000. Meals are not covered (no category exists)."""


def fiscal_year_preset(fiscal_year: int, start: date) -> PaymentPolicy:
    """The preset's amounts as a rate version of `fiscal_year`, for a programme set up from scratch: named
    FY<year> and in force from the fiscal year's 1 April, or from the programme's `start` when it starts earlier
    (preparation in March), so its statements print their own year's version, not 「FY2021（2021-04-01〜）」.
    FY2021 gives the preset itself. The demo and existing programmes keep the entries they have stored."""
    rates = replace(FY2021_RATES, entry_id=f"FY{fiscal_year}", effective_from=min(date(fiscal_year, 4, 1), start))
    return replace(FY2021_PRESET, rates=RateTable((rates,)))


@dataclass(frozen=True)
class ProgrammePolicy:
    """The programme's policy with per-region overrides (regions answer worksheet B-5 themselves)."""

    default: PaymentPolicy
    regional: tuple[tuple[str, PaymentPolicy], ...] = ()

    def for_region(self, region: str) -> PaymentPolicy:
        return dict(self.regional).get(region, self.default)


@dataclass(frozen=True)
class WorkDay:
    day: date
    activity: Activity

    def __post_init__(self) -> None:
        check_date(self.day, "work_days.date")


@dataclass(frozen=True)
class Expense:
    day: date
    category: ExpenseCategory
    amount_yen: int
    paid_directly: bool
    description: str = ""

    def __post_init__(self) -> None:
        check_yen(self.amount_yen, "amount_yen")
        check_date(self.day, "expenses.date")


@dataclass(frozen=True)
class PayeeInput:
    payee_id: str
    name: str
    tax: TaxStatus
    tour_days: tuple[date, ...] = ()
    work_days: tuple[WorkDay, ...] = ()
    expenses: tuple[Expense, ...] = ()
    exempt_reason: str = ""
    region: str = ""

    def __post_init__(self) -> None:
        for day in self.tour_days:
            check_date(day, "tour_days")
        if self.tax is TaxStatus.EXEMPT and not self.exempt_reason.strip():
            raise InputError(msg("受取人 {id} を源泉徴収の対象外にする理由を記録してください",
                                 "Record why payee {id} is exempt from withholding",
                                 id=self.payee_id))


@dataclass(frozen=True)
class Line:
    """One auditable line; `amount_yen` counts towards gross only when `category.in_gross`."""

    dates: tuple[date, ...]
    description: str
    """The text as computed (in the language of that session); printed only when `wording` is None."""
    category: LineCategory
    amount_yen: int
    rates_id: str = ""
    wording: Wording | None = None

    @property
    def text(self) -> str:
        """The line's text in the language being written."""
        return self.wording.text() if self.wording else self.description


def _line(dates: tuple[date, ...], said: Wording, category: LineCategory, amount_yen: int,
          rates_id: str = "") -> Line:
    return Line(dates, said.text(), category, amount_yen, rates_id, said)


@dataclass(frozen=True)
class PaymentResult:
    payee_id: str
    name: str
    region: str
    lines: tuple[Line, ...]
    per_diem_yen: int
    honorarium_days: int
    honorarium_yen: int
    reimbursed_yen: int
    paid_directly_yen: int
    gross_yen: int
    withholding_base_yen: int
    withholding_yen: int
    withholding_note: str
    fee_yen: int
    net_yen: int
    rates_used: tuple[Rates, ...] = field(default=())
    prior_honorarium_yen: int = 0
    """Honorarium paid by earlier payments of the programme; the cap of this one was reduced by it."""
    withholding_wording: Wording | None = None
    """Which `withholding_note` it is, to word it in the language printed (None: stored before wordings)."""

    @property
    def withholding_text(self) -> str:
        return self.withholding_wording.text() if self.withholding_wording else self.withholding_note


def _per_diem_lines(tour_days: Iterable[date], table: RateTable) -> list[Line]:
    lines = []
    for day in sorted(set(tour_days)):
        rates = table.in_force(day)
        lines.append(_line((day,), wording("per_diem", r=rates.per_diem_yen),
                           LineCategory.PER_DIEM, rates.per_diem_yen, rates.entry_id))
    return lines


def _in_scope(activity: Activity, scope: HonorariumScope) -> bool:
    return (scope is HonorariumScope.ALL
            or (scope is HonorariumScope.TOUR_ONLY and activity is Activity.TOUR)
            or (scope is HonorariumScope.SUPPORT_ONLY and activity is Activity.SUPPORT))


def _cap_text(cap_yen: int, prior_yen: int) -> Wording:
    if prior_yen:
        return wording("over_cap_prior", cap=cap_yen, prior=prior_yen)
    return wording("over_cap", cap=cap_yen)


def _honorarium_lines(work_days: Iterable[WorkDay], policy: PaymentPolicy, prior_yen: int) -> list[Line]:
    days = sorted({w.day for w in work_days if _in_scope(w.activity, policy.honorarium_scope)})
    if not days:
        return []
    cap_rates = policy.rates.in_force(days[0])
    # Never below 0: a later rate entry may lower the cap under what earlier payments already paid.
    remaining = max(0, cap_rates.honorarium_cap_yen - prior_yen)
    lines = []
    for day in days:
        rates = policy.rates.in_force(day)
        paid = min(rates.honorarium_daily_yen, remaining)
        remaining -= paid
        if paid:
            lines.append(_line((day,), wording("honorarium", r=rates.honorarium_daily_yen),
                               LineCategory.HONORARIUM, paid, rates.entry_id))
        if paid < rates.honorarium_daily_yen:
            lines.append(_line((day,), _cap_text(cap_rates.honorarium_cap_yen, prior_yen),
                              LineCategory.HONORARIUM_UNPAID, rates.honorarium_daily_yen - paid,
                              cap_rates.entry_id))
    return lines


def _travel_lines(payee: PayeeInput, policy: PaymentPolicy) -> list[Line]:
    rule = policy.travel_rule
    lines = []
    cap: int | None = None
    cap_id = ""
    if rule is TravelRule.ACTUAL_CAPPED and payee.expenses:
        cap_rates = policy.rates.in_force(min(e.day for e in payee.expenses))
        cap, cap_id = cap_rates.travel_cap_yen, cap_rates.entry_id
    for expense in sorted(payee.expenses, key=lambda e: (e.day, e.category.value, e.amount_yen)):
        what = {"expense": expense.category.value, "detail": expense.description}
        if expense.paid_directly:
            lines.append(_line((expense.day,), wording("paid_directly", **what), LineCategory.PAID_DIRECTLY,
                               expense.amount_yen))
            continue
        paid = 0 if rule in (TravelRule.NONE, TravelRule.FIXED) else expense.amount_yen
        if cap is not None:
            paid = min(paid, cap)
            cap -= paid
        if paid:
            lines.append(_line((expense.day,), wording("actual_cost", **what),
                               LineCategory.REIMBURSEMENT, paid, cap_id))
        if paid < expense.amount_yen:
            lines.append(_line((expense.day,), wording("not_reimbursed", **what, rule=rule.value),
                               LineCategory.NOT_REIMBURSED, expense.amount_yen - paid, cap_id))
    if rule is TravelRule.FIXED and payee.tour_days:
        first = min(payee.tour_days)
        rates = policy.rates.in_force(first)
        lines.append(_line((first,), wording("travel_fixed"),
                           LineCategory.TRAVEL_FIXED, rates.travel_fixed_yen, rates.entry_id))
    return lines


def _sum(lines: Iterable[Line], *categories: LineCategory) -> int:
    return sum(line.amount_yen for line in lines if line.category in categories)


class FeeExceedsPayment(InputError):
    """The bank fee the payee bears is larger than the transfer it would be deducted from."""


class Paid(Protocol):
    """The figures of a payment that a correction of it is measured against."""

    @property
    def gross_yen(self) -> int: ...

    @property
    def withholding_yen(self) -> int: ...


@dataclass(frozen=True)
class PaidAmounts:
    """The figures a statement recorded, when only those are kept (not the records behind them)."""

    gross_yen: int
    withholding_yen: int


NOTHING_PAID = PaidAmounts(0, 0)


@dataclass(frozen=True)
class Difference:
    """The money one payment moves: a whole payment (measured against NOTHING_PAID) or a correction's
    change to an earlier payment. Negative amounts are reclaimed from the payee (返金請求)."""

    gross_yen: int
    withholding_yen: int
    fee_yen: int
    net_yen: int

    @property
    def is_reclaim(self) -> bool:
        return self.net_yen < 0

    @property
    def carries_money(self) -> bool:
        """False when no amount changes: nothing is transferred, reclaimed or remitted as tax."""
        return bool(self.gross_yen or self.withholding_yen)


def _settle(payee_id: str, gross_yen: int, withholding_yen: int, fee_yen: int, what: str) -> Difference:
    """The money of a payment or correction: the payee's fee is deducted only from a transfer to them."""
    before_fee = gross_yen - withholding_yen
    if before_fee <= 0:  # nothing transferred, or a reclaim: no transfer for the bank to charge
        return Difference(gross_yen, withholding_yen, 0, before_fee)
    if fee_yen > before_fee:
        raise FeeExceedsPayment(msg("受取人 {id} の振込手数料 {fee:,}円 が{what} {amount:,}円 を上回ります。"
                                    "手数料を当方負担にしてください",
                                    "The bank fee ¥{fee:,} exceeds the {what} of ¥{amount:,} to payee {id}; "
                                    "let the payer bear the fee", id=payee_id, fee=fee_yen, amount=before_fee,
                                    what=what))
    return Difference(gross_yen, withholding_yen, fee_yen, before_fee - fee_yen)


def difference(original: Paid, corrected: PaymentResult, fee_yen: int) -> Difference:
    """The money a correction moves: `corrected` less what `original` paid, with the bank fee `fee_yen`
    charged only when that is a transfer to the payee. A whole payment is the difference to NOTHING_PAID."""
    check_yen(fee_yen, "fee_yen")
    what = msg("支払額", "payment") if original == NOTHING_PAID else msg("訂正による追加支払額",
                                                                       "additional payment of the correction")
    return _settle(corrected.payee_id, corrected.gross_yen - original.gross_yen,
                   corrected.withholding_yen - original.withholding_yen, fee_yen, what)


def compute_payment(payee: PayeeInput, policy: PaymentPolicy, fee_yen: int = 0, *,
                    prior_honorarium_yen: int = 0) -> PaymentResult:
    """Compute one payment to one payee; `fee_yen` is the bank fee when the payee bears it (先方負担),
    `prior_honorarium_yen` the honorarium earlier payments of the programme paid them."""
    check_yen(fee_yen, "fee_yen")
    check_yen(prior_honorarium_yen, "prior_honorarium_yen")
    per_diem = _per_diem_lines(payee.tour_days, policy.rates)
    honorarium = _honorarium_lines(payee.work_days, policy, prior_honorarium_yen)
    travel = _travel_lines(payee, policy)
    lines = tuple(sorted(per_diem + honorarium + travel, key=lambda line: line.dates[0]))
    per_diem_yen = _sum(lines, LineCategory.PER_DIEM)
    honorarium_yen = _sum(lines, LineCategory.HONORARIUM)
    reimbursed_yen = _sum(lines, LineCategory.REIMBURSEMENT, LineCategory.TRAVEL_FIXED)
    gross = sum(line.amount_yen for line in lines if line.category.in_gross)
    if payee.tax is TaxStatus.EXEMPT:
        base, note = 0, wording("no_withholding", r=payee.exempt_reason)
    elif policy.withhold_reimbursements:
        base, note = gross, wording("withheld_all")
    else:
        base = per_diem_yen + honorarium_yen
        note = wording("travel_excluded", r=policy.reimbursement_exclusion_reason)
    money = _settle(payee.payee_id, gross, withholding_tax(base), fee_yen, msg("支払額", "payment"))
    used_ids = {line.rates_id for line in lines if line.rates_id}
    return PaymentResult(
        payee_id=payee.payee_id, name=payee.name, region=payee.region, lines=lines,
        per_diem_yen=per_diem_yen, honorarium_days=len({line.dates[0] for line in honorarium
                                                        if line.category is LineCategory.HONORARIUM}),
        honorarium_yen=honorarium_yen, reimbursed_yen=reimbursed_yen,
        paid_directly_yen=_sum(lines, LineCategory.PAID_DIRECTLY), gross_yen=gross,
        withholding_base_yen=base, withholding_yen=money.withholding_yen, withholding_note=note.text(), withholding_wording=note,
        fee_yen=money.fee_yen, net_yen=money.net_yen,
        rates_used=tuple(e for e in policy.rates.entries if e.entry_id in used_ids),
        prior_honorarium_yen=prior_honorarium_yen)


def compute_adjustment(original: PayeeInput, corrected: PayeeInput, policy: PaymentPolicy,
                       prior_honorarium_yen: int = 0, fee_yen: int = 0) -> Difference:
    """訂正: what correcting a payment computed from `original`'s records to `corrected`'s moves.

    Both are computed now with the same policy and the same prior honorarium, so the difference is
    the change of the records alone; a statement that keeps only its figures uses difference().
    """
    if original.payee_id != corrected.payee_id:
        raise InputError(msg("訂正前と訂正後の受取人が異なります（{a} / {b}）",
                             "The original and the corrected payment are for different payees ({a} / {b})",
                             a=original.payee_id, b=corrected.payee_id))
    before = compute_payment(original, policy, prior_honorarium_yen=prior_honorarium_yen)
    after = compute_payment(corrected, policy, prior_honorarium_yen=prior_honorarium_yen)
    return difference(before, after, fee_yen)
