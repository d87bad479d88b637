"""Which programmes are the same payer's, and how many payments a recipient's statements made (domain/tax_scope.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.statements import Payer, Statement, adjusting_statement, approve, mark_paid, put_in_run
from colead_desktop.domain.tax_scope import PayerProgramme, payments_made, programmes_of_payer, same_payer


def _programme(pid: int, name: str, number: str = "", year: int = 2026, demo: bool = False) -> PayerProgramme:
    return PayerProgramme(pid, f"P{pid}", year, Payer(name, registration_no=number), demo)


def test_the_registration_number_decides_when_both_have_one() -> None:
    assert same_payer(_programme(1, "経済産業省", "T1234567890123"), _programme(2, "経産省", "Ｔ１２３４５６７８９０１２３"))
    assert not same_payer(_programme(1, "事務局", "T1234567890123"), _programme(2, "事務局", "T9999999999999"))


def test_else_the_name_ignoring_width_spaces_and_case() -> None:
    assert same_payer(_programme(1, "Co-LEAD 事務局", "T1234567890123"), _programme(2, "ｃｏ－ｌｅａｄ　事務局"))
    assert not same_payer(_programme(1, "事務局A"), _programme(2, "事務局B"))
    assert not same_payer(_programme(1, ""), _programme(2, ""))  # nothing says whose they are


def test_demo_programmes_never_mix_with_real_ones() -> None:
    assert not same_payer(_programme(1, "事務局"), _programme(2, "事務局", demo=True))


def test_the_chosen_programme_and_its_payers_others_oldest_first() -> None:
    chosen = _programme(3, "事務局", year=2027)
    others = [_programme(1, "事務局", year=2026), _programme(2, "別", year=2026), chosen, _programme(4, "", year=2025)]
    assert [p.programme_id for p in programmes_of_payer(chosen, others)] == [1, 3]
    lonely = _programme(4, "", year=2025)
    assert programmes_of_payer(lonely, others) == [lonely]


def _paid(statement: Statement, on: date, joins: str = "") -> Statement:
    return replace(mark_paid(put_in_run(approve(statement, "経理", on), on), on), joins_transfer_of=joins)


def test_a_statement_and_its_correction_paid_in_one_transfer_are_one_payment() -> None:
    """支払回数 counts payments: the run joined the correction to its statement's transfer (one payment for the
    withholding), so the 調書 counts it once; a correction paid in a later run is a second payment."""
    first = demo_statements(demo_payees(PLACEHOLDER_TALENTS))[0]
    paid = _paid(first, date(2022, 3, 10))
    more = replace(first.result, gross_yen=first.result.gross_yen + 10_000,
                   withholding_yen=first.result.withholding_yen + 1_021)
    correction = adjusting_statement(paid, more, "ADJ-1", "旅費の訂正", date(2022, 3, 1), date(2022, 3, 10))
    assert payments_made([paid, _paid(correction, date(2022, 3, 10), joins=first.statement_no)]) == 1
    assert payments_made([paid, _paid(correction, date(2022, 4, 11))]) == 2
    less = replace(first.result, gross_yen=first.result.gross_yen - 10_000,
                   withholding_yen=first.result.withholding_yen - 1_021)
    reclaim = adjusting_statement(paid, less, "ADJ-2", "旅費の訂正", date(2022, 4, 1), date(2022, 4, 11))
    assert payments_made([paid, _paid(reclaim, date(2022, 4, 11))]) == 1  # a reclaim is no payment
