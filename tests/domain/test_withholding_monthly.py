"""The monthly withholding summary: by month of payment, each statement once, corrections as differences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.statements import Statement, adjusting_statement, approve, mark_paid, put_in_run
from colead_desktop.domain.withholding_monthly import monthly_withholding, tax_due


def _paid(statement: Statement, on: date) -> Statement:
    return mark_paid(put_in_run(approve(statement, "経理", on), on), on)


def test_months_group_payments_and_corrections_count_as_their_difference() -> None:
    statements = demo_statements(demo_payees(PLACEHOLDER_TALENTS))
    taxed = [st for st in statements if st.result.withholding_yen > 0]
    exempt = [st for st in statements if st.result.withholding_yen == 0]
    assert len(taxed) >= 3 and exempt  # the demo has payees paid to their employer company
    first, second, third = taxed[:3]
    paid = [_paid(first, date(2021, 12, 20)), _paid(second, date(2021, 12, 27)), _paid(third, date(2022, 1, 5)),
            _paid(exempt[0], date(2021, 12, 20)), approve(taxed[3], "経理", date(2021, 12, 1))]
    smaller = replace(first.result, gross_yen=first.result.gross_yen - 10_000,
                      withholding_yen=first.result.withholding_yen - 1_021)
    reclaim = _paid(adjusting_statement(paid[0], smaller, "ADJ-1", "旅費の訂正", date(2022, 1, 6), date(2022, 1, 7)),
                    date(2022, 1, 7))
    months = monthly_withholding([*paid, reclaim])
    assert [m.month for m in months] == [date(2021, 12, 1), date(2022, 1, 1)]
    december, january = months
    assert december.people == 2 and december.statements == (first.statement_no, second.statement_no)
    assert december.paid_yen == first.result.gross_yen + second.result.gross_yen
    assert december.withheld_yen == first.result.withholding_yen + second.result.withholding_yen
    assert january.people == 2  # the third payee, and the first one's reclaim
    assert january.paid_yen == third.result.gross_yen - 10_000
    assert january.withheld_yen == third.result.withholding_yen - 1_021


def test_the_tax_is_due_on_the_10th_or_the_next_open_day() -> None:
    assert tax_due(date(2021, 11, 1)) == date(2021, 12, 10)  # a Friday
    assert tax_due(date(2021, 12, 1)) == date(2022, 1, 11)  # 2022-01-10 was 成人の日
    assert tax_due(date(2022, 3, 1)) == date(2022, 4, 11)  # 2022-04-10 was a Sunday
