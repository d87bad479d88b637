"""The monthly withholding summary behind 所得税徴収高計算書（報酬・料金等）: the tax withheld from the fees paid in
a month is due at the bank or tax office on the 10th of the following month (payments-japan.md §1.5).

A month counts the statements PAID in it (the paid date from the bank's confirmation), each once: an adjusting
statement with the difference it paid or reclaimed. Payments with no withholding (paid to an employer company,
or reimbursements only) are not part of this tax return and are left out, and so is a ¥0 statement settled without
a transfer (nothing was paid: no person of the month). The statements are the payer's, from every programme it ran
(domain/tax_scope.py): December's return adds this year's programme and next year's. 支払金額 is the gross paid to the people
from whom tax was withheld (the form's column for 報酬・料金).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.statements import Statement
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.tax_scope import paid_something


@dataclass(frozen=True)
class WithholdingMonth:
    month: date  # the first day of the month of payment
    due: date  # the 10th of the next month, or the next day banks and tax offices are open
    people: int
    paid_yen: int
    withheld_yen: int
    statements: tuple[str, ...]  # the statement numbers counted, so each figure traces to its records


def tax_due(month: date) -> date:
    """納期限: the 10th of the following month; a deadline on a weekend, holiday or 1/1–1/3 moves to the next
    open day (国税通則法 §10②), which for a 10th is the next bank business day."""
    year, next_month = (month.year + 1, 1) if month.month == 12 else (month.year, month.month + 1)
    return next_bank_business_day(date(year, next_month, 10))


def _withheld_from(statement: Statement) -> bool:
    # A correction that brings the tax to zero still belongs to the return that reported the tax.
    return paid_something(statement) and (statement.payable_withholding_yen != 0 or statement.result.withholding_yen != 0)


def monthly_withholding(statements: Iterable[Statement]) -> list[WithholdingMonth]:
    """One row per month in which withheld fees were paid, oldest first."""
    by_month: dict[date, list[Statement]] = {}
    for st in statements:
        if st.status is StatementStatus.PAID and st.paid_on is not None and _withheld_from(st):
            by_month.setdefault(st.paid_on.replace(day=1), []).append(st)
    return [WithholdingMonth(month, tax_due(month), len({st.result.payee_id for st in items}),
                             sum(st.payable_gross_yen for st in items),
                             sum(st.payable_withholding_yen for st in items),
                             tuple(st.statement_no for st in items))
            for month, items in sorted(by_month.items())]
