"""The vocabularies as types: statement statuses and organisations go into the database as their plain values
and come back as enum members; a status this version does not know fails loudly instead of being compared.
On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import StatementRow
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.jp_calendar import WEEKDAYS, weekday_name
from colead_desktop.domain.records import StaffRecord
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.types import Organisation
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay
from colead_desktop.services.records import list_records, save_record

from tests.programmes import new_programme
from tests.services.statement_fixtures import APPROVER, WHO, add_payees


def _stored_status(db: Database, statement_id: int) -> object:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT status FROM payment_statement WHERE id = :id"),
                                  {"id": statement_id}).scalar_one()


def _store_status_unchecked(db: Database, statement_id: int, value: str) -> None:
    """Write a status the CHECK constraint would refuse, as a newer version with another status might have."""
    with db.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        else:
            connection.exec_driver_sql("ALTER TABLE payment_statement DROP CONSTRAINT ck_payment_statement_status")
        connection.execute(text("UPDATE payment_statement SET status = :s WHERE id = :id"),
                           {"s": value, "id": statement_id})
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA ignore_check_constraints = OFF")


def test_every_statement_status_round_trips_through_the_database_as_its_member(any_db: Database) -> None:
    programme, [talent_id] = add_payees(any_db, 1)
    statement_id = statements.compute_draft(any_db, programme, talent_id, WHO)
    for status in StatementStatus:
        with any_db.session() as session:
            session.get_one(StatementRow, statement_id).status = status
        assert _stored_status(any_db, statement_id) == status.value  # the column keeps the plain value
        with any_db.session() as session:
            assert session.get_one(StatementRow, statement_id).status is status
        assert pay.list_payees(any_db, programme)[0].status is status
        assert [st.status for st in statements.statements_with_status(any_db, programme, status)] == [status]


def test_an_unknown_status_read_from_the_database_fails_loudly(any_db: Database) -> None:
    programme, (first, second) = add_payees(any_db, 2)
    draft_id = statements.compute_draft(any_db, programme, first, WHO)
    approved_id = statements.compute_draft(any_db, programme, second, WHO)
    statements.approve_statement(any_db, approved_id, APPROVER)  # not who computed it
    _store_status_unchecked(any_db, draft_id, "signed")
    with pytest.raises(ValueError, match="'signed' is not a StatementStatus"):
        pay.list_payees(any_db, programme)
    with pytest.raises(ValueError, match="'signed' is not a StatementStatus"):
        statements.statement(any_db, draft_id)
    with pytest.raises(ValueError, match="'signed' is not a StatementStatus"):  # not taken for "not a draft"
        statements.compute_draft(any_db, programme, first, WHO)
    # Queries that do not read the unknown row still work: the approved statement is found by its member.
    assert [st.statement_no for st in statements.statements_with_status(any_db, programme, StatementStatus.APPROVED)] \
        == [statements.statement(any_db, approved_id).statement_no]


def test_an_unknown_status_is_refused_before_it_is_written(any_db: Database) -> None:
    programme, [talent_id] = add_payees(any_db, 1)
    statement_id = statements.compute_draft(any_db, programme, talent_id, WHO)
    with pytest.raises(StatementError) as refused, any_db.session() as session:
        session.get_one(StatementRow, statement_id).status = "signed"  # type: ignore[assignment]
    assert isinstance(refused.value.orig, ValueError) and "'signed' is not a StatementStatus" in str(refused.value)
    assert _stored_status(any_db, statement_id) == StatementStatus.DRAFT.value


def test_organisations_round_trip_and_are_labelled_in_both_languages(any_db: Database) -> None:
    programme = new_programme(any_db)
    for organisation in Organisation:
        save_record(any_db, StaffRecord(None, f"架空 {organisation.value}", organisation))
    stored = {r.name: r.organisation for r in list_records(any_db, StaffRecord, programme)}
    assert {Organisation(v) for v in stored.values()} == set(Organisation)
    with any_db.session() as session:
        regional = session.scalars(select(models.Staff.organisation).where(
            models.Staff.organisation.in_((Organisation.LAB, Organisation.SME)))).all()
    assert sorted(regional) == ["lab", "sme"]
    set_language("en")
    try:
        english = {o: o.label for o in Organisation}
    finally:
        set_language("ja")
    japanese = {o: o.label for o in Organisation}
    assert japanese[Organisation.MINISTRY] == "経済産業省" and english[Organisation.MINISTRY] == "METI"
    assert len(set(japanese.values())) == len(set(english.values())) == len(Organisation)


def test_weekday_names_follow_the_language_and_date_weekday() -> None:
    monday = date(2021, 11, 15)
    assert [weekday_name(d) for d in range(len(WEEKDAYS))][monday.weekday()] == "月"
    set_language("en")
    try:
        assert weekday_name(date(2021, 11, 20).weekday()) == "Sat"
    finally:
        set_language("ja")
    assert weekday_name(date(2021, 11, 21).weekday()) == WEEKDAYS[-1] == "日"
