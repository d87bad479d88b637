"""The change mark another window watches (services/versions.change_mark) moves with payment records and
statements too, whose rows carry no version: a recompute by one user reaches the other users' 支払 pages."""

from __future__ import annotations

from datetime import date

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments
from colead_desktop.services.demo import load_demo
from colead_desktop.services.versions import change_mark
from tests.services.payments_fixtures import WHO


def test_the_mark_moves_with_each_payment_record_and_statement_change(any_db: Database) -> None:
    programme_id = load_demo(any_db)
    assert programme_id is not None
    payee = payments.list_payees(any_db, programme_id)[0]
    assert payee.statement_id is not None
    marks = [change_mark(any_db)]

    def moved() -> bool:
        marks.append(change_mark(any_db))
        return marks[-1] != marks[-2]

    statements.adjust_statement(any_db, payee.statement_id, WHO, "経費の訂正")  # a new draft
    assert moved()
    expense = records.expenses(any_db, programme_id, payee.talent_id)[0]
    records.update_expense(any_db, expense.id, WHO, expense.day, expense.category, expense.amount_yen + 1_000,
                           expense.paid_directly, expense.description)
    assert moved()
    statements.compute_draft(any_db, programme_id, payee.talent_id, WHO)  # the draft's figures only
    assert moved()
    day = records.add_tour_day(any_db, programme_id, payee.talent_id, date(2022, 2, 2), WHO)
    assert moved()
    records.delete_record(any_db, "tour_day", day, WHO)
    assert moved()
    assert not moved()  # nothing written since
