"""The money a programme's statements move, added up once per statement (the 支払 page's totals row).

Only issued statements count (approved, in a run, paid): their figures are fixed. Drafts can still change and
are counted, not added. Each statement adds `Statement.payment`: a whole payment, or for an adjusting statement
the difference to the statement it corrects, so a payee corrected twice is not paid three times over. A reclaim
adds negative amounts and, as domain.payments.difference settles it, no bank fee.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from colead_desktop.domain.payments import PaymentResult
from colead_desktop.domain.statements import ISSUED, Statement


def moved(st: Statement, value: Callable[[PaymentResult], int]) -> int:
    """A figure of a statement as it adds up: the whole payment's, or for a correction only the difference it
    made to the statement it corrects (the payments workbook's columns and the budget's actuals)."""
    return value(st.result) - (value(st.adjustment.previous) if st.adjustment else 0)


@dataclass(frozen=True)
class StatementTotals:
    issued: int  # statements added up
    drafts: int  # draft statements, not added
    gross_yen: int
    withholding_yen: int
    fee_yen: int  # bank fees borne by the payees and deducted from their transfers
    net_yen: int  # transferred less reclaimed


def add_up(statements: Iterable[Statement]) -> StatementTotals:
    issued = drafts = gross = withholding = fee = net = 0
    for st in statements:
        if st.status not in ISSUED:
            drafts += 1
            continue
        money = st.payment
        issued += 1
        gross += money.gross_yen
        withholding += money.withholding_yen
        fee += money.fee_yen
        net += money.net_yen
    return StatementTotals(issued, drafts, gross, withholding, fee, net)
