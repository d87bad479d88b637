"""Approval refuses a draft whose records changed since it was computed; statement numbers from a counter;
unknown statement ids are input errors. On SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date

import pytest
from alembic import command
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from colead_desktop.db.engine import Database, alembic_config, sqlite_path
from colead_desktop.db.payment_models import StatementRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services import payment_draft_steps as steps
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements

from tests.services.statement_fixtures import APPROVER, FISCAL_YEAR, WHO, add_payees

STALE = "明細書の作成後に記録が変更されました。明細書を作り直してから承認してください。"
FARE = 45_000


def test_an_expense_added_after_the_draft_refuses_approval_until_recomputed(any_db: Database) -> None:
    programme, [talent_id] = add_payees(any_db, 1)
    draft_id = statements.compute_draft(any_db, programme, talent_id, WHO)
    before = statements.statement(any_db, draft_id).result.gross_yen
    records.add_expense(any_db, programme, talent_id, date(2021, 11, 16), "air", FARE, False, WHO, "羽田〜女満別")
    with pytest.raises(InputError, match=STALE):
        statements.approve_statement(any_db, draft_id, APPROVER)
    assert statements.statement(any_db, draft_id).status.value == "draft"  # nothing half-written
    set_language("en")
    with pytest.raises(InputError, match="The records changed after this statement was computed"):
        statements.approve_statement(any_db, draft_id, APPROVER)
    set_language("ja")
    assert statements.compute_draft(any_db, programme, talent_id, WHO) == draft_id
    statements.approve_statement(any_db, draft_id, APPROVER)
    approved = statements.statement(any_db, draft_id)
    assert approved.status.value == "approved" and approved.result.gross_yen == before + FARE


@pytest.mark.parametrize("change", ["update", "delete", "tour_day", "payee"])
def test_every_kind_of_change_makes_the_draft_stale(any_db: Database, change: str) -> None:
    programme, [talent_id] = add_payees(any_db, 1)
    expense_id = records.add_expense(any_db, programme, talent_id, date(2021, 11, 16), "air", FARE, False, WHO)
    draft_id = statements.compute_draft(any_db, programme, talent_id, WHO)
    if change == "update":
        records.update_expense(any_db, expense_id, WHO, date(2021, 11, 16), "air", FARE + 1, False)
    elif change == "delete":
        records.delete_record(any_db, "expense", expense_id, WHO)
    elif change == "tour_day":
        records.add_tour_day(any_db, programme, talent_id, date(2021, 11, 17), WHO)
    else:
        from colead_desktop.services.payments import save_payee

        save_payee(any_db, talent_id, WHO, tax_status="exempt", exempt_reason="法人")
    with pytest.raises(InputError, match=STALE):
        statements.approve_statement(any_db, draft_id, APPROVER)


def test_a_draft_computed_before_fingerprints_must_be_recomputed(any_db: Database) -> None:
    programme, [talent_id] = add_payees(any_db, 1)
    draft_id = statements.compute_draft(any_db, programme, talent_id, WHO)
    with any_db.session() as session:  # what migration 0006 leaves on existing drafts
        session.execute(update(StatementRow).where(StatementRow.id == draft_id).values(inputs_sha256=None))
    with pytest.raises(InputError, match=STALE):
        statements.approve_statement(any_db, draft_id, APPROVER)
    statements.compute_draft(any_db, programme, talent_id, WHO)
    statements.approve_statement(any_db, draft_id, APPROVER)


def test_an_adjusting_draft_is_guarded_too(any_db: Database) -> None:
    programme, [talent_id] = add_payees(any_db, 1)
    first = statements.compute_draft(any_db, programme, talent_id, WHO)
    statements.approve_statement(any_db, first, APPROVER)
    adjusting = statements.adjust_statement(any_db, first, WHO, "航空券の記録漏れ")
    records.add_expense(any_db, programme, talent_id, date(2021, 11, 16), "air", FARE, False, WHO)
    with pytest.raises(InputError, match=STALE):
        statements.approve_statement(any_db, adjusting, APPROVER)
    statements.compute_draft(any_db, programme, talent_id, WHO)
    statements.approve_statement(any_db, adjusting, APPROVER)
    assert statements.statement(any_db, adjusting).payable_gross_yen == FARE


def test_unknown_statement_ids_are_input_errors(any_db: Database) -> None:
    calls: list[Callable[[], object]] = [lambda: statements.approve_statement(any_db, 999, WHO),
             lambda: statements.revise_statement(any_db, 999, WHO, date(2022, 3, 10)),
             lambda: statements.adjust_statement(any_db, 999, WHO, "理由"),
             lambda: statements.statement(any_db, 999)]
    for call in calls:
        with pytest.raises(InputError, match="明細書 999 が見つかりません"):
            call()


def test_statement_numbers_are_counted_per_programme_and_fiscal_year(any_db: Database) -> None:
    programme, (first, second) = add_payees(any_db, 2)
    next_programme, [next_year] = add_payees(any_db, 1, fiscal_year=FISCAL_YEAR + 1)
    numbers = [statements.statement(any_db, statements.compute_draft(any_db, p, t, WHO)).statement_no
               for p, t in ((programme, first), (next_programme, next_year), (programme, second))]
    # count + 1 would have numbered them 0001, 0002, 0003 whatever the year
    assert numbers == [f"{FISCAL_YEAR}-0001", f"{FISCAL_YEAR + 1}-0001", f"{FISCAL_YEAR}-0002"]


def test_two_programmes_of_the_same_year_share_one_series_and_an_undone_draft_gives_its_number_back(
        any_db: Database) -> None:
    ours, first_two = add_payees(any_db, 2)
    theirs, [their_first, their_second] = add_payees(any_db, 2)  # another programme, same fiscal year and prefix
    ids = [statements.compute_draft(any_db, ours, first_two[0], WHO),
           statements.compute_draft(any_db, theirs, their_first, WHO),
           statements.compute_draft(any_db, ours, first_two[1], WHO)]
    numbers = [statements.statement(any_db, i).statement_no for i in ids]
    # each programme counting its own numbers gave 2021-0001 twice (file names, 顧客コード, the payer's lists)
    assert numbers == [f"{FISCAL_YEAR}-0001", f"{FISCAL_YEAR}-0002", f"{FISCAL_YEAR}-0003"]
    ours_listed = statements.statements_with_status(any_db, ours, StatementStatus.DRAFT)
    assert [st.payer.programme for st in ours_listed] == ["テスト事業2021"] * 2  # each kept to its programme
    made = steps.MadeDraft(steps.draft_state(any_db, ours, first_two[1]), {})
    steps.take_back_draft(any_db, ours, first_two[1], made, steps.DraftState(), WHO)  # the last number, given back
    again = statements.compute_draft(any_db, theirs, their_second, WHO)
    assert statements.statement(any_db, again).statement_no == f"{FISCAL_YEAR}-0003"
    other_draft = steps.MadeDraft(steps.draft_state(any_db, ours, first_two[0]), {})
    with pytest.raises(InputError, match="欠番"):  # 0001 is not the series' last number: no gap is left
        steps.take_back_draft(any_db, ours, first_two[0], other_draft, steps.DraftState(), WHO)
    with pytest.raises(IntegrityError), any_db.session() as session:  # the database holds one number per programme
        session.get_one(StatementRow, again).statement_no = f"{FISCAL_YEAR}-0002"


def test_the_migration_continues_after_the_highest_existing_number(db: Database) -> None:
    programme, talents = add_payees(db, 3)
    for talent_id in talents[:2]:
        statements.compute_draft(db, programme, talent_id, WHO)
    config = alembic_config(db.engine)
    command.downgrade(config, "0006_statement_guard-1")
    with db.engine.begin() as connection:  # numbers with a gap, as an older version may have left them
        connection.execute(update(StatementRow).where(StatementRow.statement_no == f"{FISCAL_YEAR}-0002")
                           .values(statement_no=f"{FISCAL_YEAR}-0007"))
    db.migrate()
    third = statements.compute_draft(db, programme, talents[2], WHO)
    assert statements.statement(db, third).statement_no == f"{FISCAL_YEAR}-0008"


@pytest.mark.slow
def test_a_write_lock_held_past_the_busy_timeout_is_a_clean_refusal(db: Database) -> None:
    programme, [talent_id] = add_payees(db, 1)
    path = sqlite_path(db.url)
    assert path is not None
    other_app = sqlite3.connect(path, isolation_level=None)
    other_app.execute("BEGIN IMMEDIATE")  # another instance in the middle of a write
    try:
        with pytest.raises(InputError, match="他の画面または端末がデータを更新中です"):
            records.add_expense(db, programme, talent_id, date(2021, 11, 16), "air", FARE, False, WHO)
    finally:
        other_app.rollback()
        other_app.close()
    assert records.expenses(db, programme, talent_id) == []
    records.add_expense(db, programme, talent_id, date(2021, 11, 16), "air", FARE, False, WHO)
