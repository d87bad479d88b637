"""Several statements per person in one programme (each paying the records no earlier one paid, the honorarium
cap counted across them) and corrections computed with the corrected statement's rates unless the user picks
the current ones (issue 14, items 2 and 3). On a programme made here, not the demo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payments import Rates
from colead_desktop.domain.statements import CorrectionRates
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.withholding import withholding_tax
from colead_desktop.services import payment_policy as policy
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from tests.services.statement_fixtures import APPROVER, WHO, add_payees

NOV = date(2021, 11, 1)


def _work(db: Database, programme: int, talent: int, first: date, days: int) -> None:
    for n in range(days):
        records.add_work_day(db, programme, talent, first + timedelta(days=n), "support", WHO)


def _approved(db: Database, programme: int, talent: int) -> int:
    statement_id = statements.compute_draft(db, programme, talent, WHO)
    statements.approve_statement(db, statement_id, APPROVER)
    return statement_id


def test_a_second_statement_pays_only_new_records_under_the_rest_of_the_cap(any_db: Database) -> None:
    programme, [talent] = add_payees(any_db, 1)
    _work(any_db, programme, talent, NOV, 4)
    first = statements.statement(any_db, _approved(any_db, programme, talent))
    assert first.result.honorarium_yen == 120_000 and first.result.per_diem_yen == 10_000
    with pytest.raises(InputError, match="まだ明細書で支払われていない記録がありません"):
        statements.compute_draft(any_db, programme, talent, WHO)
    _work(any_db, programme, talent, date(2021, 12, 1), 3)
    second_id = statements.compute_draft(any_db, programme, talent, WHO)
    second = statements.statement(any_db, second_id)
    assert second.statement_no != first.statement_no and second.adjustment is None
    assert second.result.prior_honorarium_yen == 120_000
    assert second.result.honorarium_yen == 30_000  # ¥150,000 per person per programme, not per statement
    assert second.result.per_diem_yen == 0  # the tour day was paid by the first statement
    assert second.period == (date(2021, 12, 1), date(2021, 12, 3))
    assert second.result.withholding_yen == withholding_tax(second.result.gross_yen)  # per payment
    # the first statement is untouched, and its records stay locked
    first_id = statements.statement_history(any_db, programme, talent)[0][0]
    assert first_id != second_id and statements.statement(any_db, first_id).result == first.result
    paid_by_first = records.work_days(any_db, programme, talent)[0]
    with pytest.raises(InputError, match=first.statement_no):
        records.delete_record(any_db, "work_day", paid_by_first.id, WHO)


def test_a_correction_of_an_earlier_statement_counts_the_later_ones_in_the_cap(any_db: Database) -> None:
    programme, [talent] = add_payees(any_db, 1)
    _work(any_db, programme, talent, NOV, 4)
    first_id = _approved(any_db, programme, talent)
    _work(any_db, programme, talent, date(2021, 12, 1), 3)
    second_id = _approved(any_db, programme, talent)
    fix = statements.adjust_statement(any_db, first_id, WHO, "作業日の追加")
    # the correction took over the first statement's records: adding one more November day to it
    records.add_work_day(any_db, programme, talent, date(2021, 11, 20), "support", WHO)
    corrected = statements.statement(any_db, statements.compute_draft(any_db, programme, talent, WHO))
    assert corrected.statement_no == statements.statement(any_db, fix).statement_no
    assert corrected.result.prior_honorarium_yen == 30_000  # what the second statement pays
    assert corrected.result.honorarium_yen == 120_000  # the cap left after the second: no extra day
    assert corrected.payment.gross_yen == 0 and not corrected.payment.carries_money
    statements.approve_statement(any_db, fix, APPROVER)
    history = dict(statements.statement_history(any_db, programme, talent))
    assert sum(history[i].result.honorarium_yen for i in (second_id, fix)) == 150_000
    with pytest.raises(InputError, match=f"訂正済みです。{corrected.statement_no} を訂正"):
        statements.adjust_statement(any_db, first_id, WHO, "二度目")


def test_a_correction_keeps_the_corrected_statements_rates_unless_the_user_picks_the_new_ones(any_db: Database) -> None:
    programme, talents = add_payees(any_db, 2, fiscal_year=2022)
    for talent in talents:
        _work(any_db, programme, talent, NOV, 1)
        _approved(any_db, programme, talent)
    book = policy.load_policies(any_db, programme)
    raised = policy.RateEntry(None, Rates("", date(2022, 1, 1), 12_000, 35_000, 150_000))
    policy.save_policies(any_db, WHO, replace(book, programme=replace(book.programme,
                                                                      rates=book.programme.rates + (raised,))))
    kept, renewed = talents
    ids = {}
    for talent, rates in ((kept, CorrectionRates.CORRECTED), (renewed, CorrectionRates.CURRENT)):
        first = statements.statement_history(any_db, programme, talent)[0][0]
        ids[talent] = statements.adjust_statement(any_db, first, WHO, "作業日の記録漏れ", rates=rates)
        records.add_work_day(any_db, programme, talent, date(2022, 1, 10), "support", WHO)
        assert statements.compute_draft(any_db, programme, talent, WHO) == ids[talent]
    old_rate, new_rate = (statements.statement(any_db, ids[t]) for t in (kept, renewed))
    assert old_rate.payment.gross_yen == 30_000 and new_rate.payment.gross_yen == 35_000
    assert old_rate.policy is not None and old_rate.policy.correction_rates is CorrectionRates.CORRECTED
    assert new_rate.policy is not None and new_rate.policy.correction_rates is CorrectionRates.CURRENT
    assert "訂正元の明細書の料率" in old_rate.policy.describe()
    # the choice is part of what approval checks: still current, so it is approved
    statements.approve_statement(any_db, ids[kept], APPROVER)
    assert statements.statement(any_db, ids[kept]).status is StatementStatus.APPROVED


def test_no_correction_while_a_draft_is_open(any_db: Database) -> None:
    programme, [talent] = add_payees(any_db, 1)
    first_id = _approved(any_db, programme, talent)
    _work(any_db, programme, talent, NOV, 1)
    draft = statements.statement(any_db, statements.compute_draft(any_db, programme, talent, WHO))
    with pytest.raises(InputError, match=draft.statement_no):
        statements.adjust_statement(any_db, first_id, WHO, "訂正")


def test_an_undone_delete_comes_back_only_while_its_statement_is_a_draft(any_db: Database) -> None:
    programme, [talent] = add_payees(any_db, 1)
    _work(any_db, programme, talent, NOV, 2)
    statements.compute_draft(any_db, programme, talent, WHO)
    first, second = records.work_days(any_db, programme, talent)
    removal = records.delete_record(any_db, "work_day", first.id, WHO)
    assert removal is not None
    assert records.undelete_record(any_db, "work_day", removal, WHO) == first.id
    assert records.work_days(any_db, programme, talent) == [first, second]
    removal = records.delete_record(any_db, "work_day", first.id, WHO)
    assert removal is not None
    _approved(any_db, programme, talent)  # the draft recomputed without it, then approved
    with pytest.raises(InputError, match="承認済"):
        records.undelete_record(any_db, "work_day", removal, WHO)
    assert records.work_days(any_db, programme, talent) == [second]
