"""The 支払調書 and the monthly withholding are the payer's, per calendar year and month, across its programmes
(accountant's review 12): a talent paid ¥22,345 from FY2026 and ¥30,000 from its next-year copy, both in December
2026, is listed once with ¥52,345; a programme of another payer is not mixed in; a ¥0 statement settled without a
transfer is no payment; a reclaim in December of the second programme takes him below the threshold again.
Figures by hand: per diem 10,000 + air 12,345 = 22,345, withheld 10.21%: 2,281; 10,000 + 20,000 = 30,000: 3,063;
corrected air 15,000: −5,000 gross, −511 tax (25,000 withholds 2,552)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import update

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import StatementRow
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments, programme_setup, tax_documents
from colead_desktop.services.tax_documents import payer_payments

from tests.programmes import new_programme, talent_in
from tests.services.payments_fixtures import APPROVER, BANK, WHO, corrected, set_payer, unchanged_correction

PAID_ON = date(2026, 12, 10)  # a Thursday: a bank business day


def _approved(db: Database, programme_id: int, talent: int) -> int:
    statement_id = statements.compute_draft(db, programme_id, talent, WHO)
    statements.approve_statement(db, statement_id, APPROVER)
    return _approved_in_november(db, statement_id)


def _approved_in_november(db: Database, statement_id: int) -> int:
    """Approved before the December payments, whatever today's date (a transfer is never before approval)."""
    with db.session() as session:
        session.execute(update(StatementRow).where(StatementRow.id == statement_id)
                        .values(approved_at=datetime(2026, 11, 30, 9, 0)))
    return statement_id


def _paid_in_december(db: Database, programme_id: int, statement_id: int, folder: Path, on: date = PAID_ON) -> str:
    number = statements.statement(db, statement_id).statement_no
    folder.mkdir(parents=True, exist_ok=True)
    outcome = runs.create_run(db, programme_id, on, folder / f"run_{programme_id}_{statement_id}.txt", WHO, today=on)
    runs.mark_paid(db, programme_id, WHO, on, run_id=outcome.run_id, today=on)
    return number


def _talent_in(db: Database, programme_id: int) -> int:
    talent_id = talent_in(db, programme_id, "架空 税太郎", "カクウ ゼイタロウ")
    payments.save_payee(db, talent_id, WHO, fee_borne_by="payer", fee_yen=0, **BANK)
    return talent_id


def _paid_trip(db: Database, programme_id: int, talent: int, day: date, fare: int, folder: Path) -> int:
    records.add_tour_day(db, programme_id, talent, day, WHO)
    records.add_expense(db, programme_id, talent, day, "air", fare, False, WHO, "羽田〜女満別")
    statement_id = _approved(db, programme_id, talent)
    _paid_in_december(db, programme_id, statement_id, folder)
    return statement_id


def two_years_paid_in_december(db: Database, folder: Path) -> tuple[int, int, int, tuple[int, int]]:
    """FY2026 with its payer, its next-year copy with the talent, each paying him in December 2026:
    (first, second, talent, (first's statement, second's statement))."""
    first = new_programme(db, "令和8年度 Co-LEAD", 2026)
    set_payer(db, first)
    talent = _talent_in(db, first)
    second = programme_setup.copy_programme(db, first, 2027, talents=True, events=False, who=WHO)
    a = _paid_trip(db, first, talent, date(2026, 11, 16), 12_345, folder)
    b = _paid_trip(db, second, talent, date(2026, 11, 24), 20_000, folder)
    return first, second, talent, (a, b)


def _other_payer(db: Database, talent: int, folder: Path) -> int:
    """A FY2026 programme paid by someone else, paying the same talent ¥40,000 in December too."""
    other = new_programme(db, "令和8年度 別事業", 2026)
    set_payer(db, other)
    setup = programme_setup.load_setup(db, other)
    programme_setup.update_setup(db, other, replace(setup, payer=replace(setup.payer, name="別の委託者")), WHO)
    with db.session() as session:
        session.add(models.ProgrammeTalent(programme_id=other, talent_id=talent, region_preferences=[], motivation=""))
    _paid_trip(db, other, talent, date(2026, 11, 5), 30_000, folder)
    return other


def test_the_payers_documents_add_up_both_fiscal_years(any_db: Database, tmp_path: Path) -> None:
    db = any_db
    first, second, talent, (a, b) = two_years_paid_in_december(db, tmp_path / "runs")
    other = _other_payer(db, talent, tmp_path / "runs")
    paid = {i: statements.statement(db, i) for i in (a, b)}
    assert [(st.payable_gross_yen, st.payable_withholding_yen) for st in paid.values()] == [(22_345, 2_281),
                                                                                           (30_000, 3_063)]

    for chosen in (first, second):  # either programme's documents are the payer's
        scope = payer_payments(db, chosen)
        assert [p.programme_id for p in scope.programmes] == [first, second]
        book = load_workbook(tax_documents.export_chosho(db, chosen, 2026, tmp_path / f"chosho_{chosen}.xlsx")).active
        title = book.cell(1, 1).value
        assert "架空事務局" in title and "令和8年度 Co-LEAD" in title and "令和9年度" in title and "別事業" not in title
        rows = [r for r in book.iter_rows(min_row=3, max_row=book.max_row - 1, values_only=True)]
        assert [(r[0], r[5], r[6], r[7]) for r in rows] == [(str(talent), 2, 52_345, 5_344)]
        overview = tax_documents.payments_overview(db, chosen)
        assert "令和9年度" in overview.covers and "別事業" not in overview.covers
        mine = {first: a, second: b}[chosen]  # the totals are the chosen programme's alone
        assert (overview.totals.issued, overview.totals.gross_yen) == (1, paid[mine].payable_gross_yen)
        assert [(m.month, m.people, m.paid_yen, m.withheld_yen, m.statements) for m in overview.months] == [
            (date(2026, 12, 1), 1, 52_345, 5_344, tuple(st.statement_no for st in paid.values()))]
        monthly = load_workbook(tax_documents.export_withholding_monthly(db, chosen, tmp_path / "w.xlsx")).active
        assert [r[2:5] for r in monthly.iter_rows(min_row=3, max_row=3, values_only=True)] == [(1, 52_345, 5_344)]
        assert "令和9年度" in monthly.cell(1, 1).value

    # the other payer's programme stands alone: its ¥40,000 is under the threshold and its December is its own
    assert [p.programme_id for p in payer_payments(db, other).programmes] == [other]
    alone = load_workbook(tax_documents.export_chosho(db, other, 2026, tmp_path / "other.xlsx")).active
    assert "別の委託者" in alone.cell(1, 1).value and alone.cell(3, 6).value is None  # no row: 該当なし
    assert [(m.paid_yen, m.withheld_yen) for m in tax_documents.payments_overview(db, other).months] == [(40_000, 4_084)]

    # a ¥0 correction of the first statement settled without transfer in December pays nothing: still 2 payments
    zero = statements.statement(db, _approved_in_november(db, unchanged_correction(db, a)))
    runs.settle_without_transfer(db, first, WHO, zero.statement_no, date(2026, 12, 11), today=date(2026, 12, 11))
    book = load_workbook(tax_documents.export_chosho(db, second, 2026, tmp_path / "after_zero.xlsx")).active
    assert [r[5:8] for r in book.iter_rows(min_row=3, max_row=3, values_only=True)] == [(2, 52_345, 5_344)]
    [december] = tax_documents.payments_overview(db, first).months
    assert zero.statement_no not in december.statements and december.people == 1

    # one step later: the second programme reclaims ¥5,000 of the fare in December; the year falls to ¥47,345
    reclaim = statements.statement(db, _approved_in_november(db, corrected(db, second, b, talent, 15_000)))
    assert (reclaim.payable_gross_yen, reclaim.payable_withholding_yen) == (-5_000, -511)
    runs.mark_refunded(db, second, WHO, reclaim.statement_no, date(2026, 12, 18), today=date(2026, 12, 18))
    book = load_workbook(tax_documents.export_chosho(db, first, 2026, tmp_path / "after_reclaim.xlsx")).active
    assert book.cell(3, 6).value is None and "該当なし" in book.cell(3, 2).value  # ¥47,345: not over ¥50,000
    [december] = tax_documents.payments_overview(db, first).months
    assert (december.people, december.paid_yen, december.withheld_yen) == (1, 47_345, 5_344 - 511)
    every = payer_payments(db, first).statements  # to the yen with the statements themselves
    assert sum(st.payable_gross_yen for st in every if st.paid_on and st.paid_on.month == 12) == 47_345


def test_programmes_that_say_nothing_of_their_payer_stand_alone(db: Database) -> None:
    """Two bare programmes of the same name print their name as the payer, but nothing says one payer runs both."""
    first, second = new_programme(db), new_programme(db)
    assert [p.programme_id for p in payer_payments(db, first).programmes] == [first]
    assert payer_payments(db, second).payer.name == "令和8年度 テスト"  # what its statements print
