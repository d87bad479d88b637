"""The programme's period and today against payment records' dates (domain/record_dates.py), for the record
dialogs, statement drafting and approval; and every warning a statement carries (this one and the contracts'
uncovered work days), so the GUI's statement view, its approval question and the CLI say the same."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import StatementRow
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.record_dates import ProgrammePeriod, date_warnings, statement_date_warnings
from colead_desktop.domain.record_days import repeated_day_warning, repeated_days
from colead_desktop.services import contracts
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.payment_records import RECORD_TYPES, kind_label


def programme_period_in(session: Session, programme_id: int) -> ProgrammePeriod:
    programme = row_by_id(session, models.Programme, programme_id)
    return ProgrammePeriod(programme.start_date, programme.end_date)


def programme_period(db: Database, programme_id: int) -> ProgrammePeriod:
    with db.session() as session:
        return programme_period_in(session, programme_id)


def record_date_warnings(period: ProgrammePeriod, day: date, today: date | None = None) -> list[str]:
    """A record dialog's warnings for its 日付 field."""
    return date_warnings(msg("日付", "Date"), day, period, today or tokyo_today())


def statement_date_warnings_in(session: Session, statement_id: int, today: date) -> list[str]:
    """The date problems of the records the statement pays, several of a kind in one warning
    (domain/record_dates.statement_date_warnings)."""
    row = row_by_id(session, StatementRow, statement_id)
    period = programme_period_in(session, row.programme_id)
    return statement_date_warnings([(kind_label(kind), day) for kind, model in RECORD_TYPES.items()
                                    for day in session.scalars(select(model.day).where(model.statement_id == statement_id))],
                                   period, today)


def statement_repeat_warnings_in(session: Session, statement_id: int) -> list[str]:
    """One warning per date the statement's records hold twice of one kind (stored before domain/record_days.py
    refused it): the statement pays that day once."""
    return [repeated_day_warning(day, kind_label(kind)) for kind in ("tour_day", "work_day")
            for day in repeated_days(session.scalars(select(RECORD_TYPES[kind].day).where(
                RECORD_TYPES[kind].statement_id == statement_id)))]


def statement_warnings(db: Database, statement_id: int, today: date | None = None) -> list[str]:
    """Everything the statement check warns of: records dated outside the period or after today, a date
    recorded twice, and work days no signed NDA covers."""
    with db.session() as session:
        dated = statement_date_warnings_in(session, statement_id, today or tokyo_today())
        dated += statement_repeat_warnings_in(session, statement_id)
    return [*dated, *contracts.statement_warnings(db, statement_id)]


def approval_warnings(db: Database, statement_id: int, today: date | None = None) -> list[str]:
    """What approving the statement should warn of, before it is approved: its statement warnings, and that it will
    not be transferred and why (the window's approval question and `colead payments approve` ask with these)."""
    from colead_desktop.domain.payment_runs import approval_warning
    from colead_desktop.services.payment_statements import statement  # it drafts with this module's periods

    not_sent = approval_warning(statement(db, statement_id))
    return [*statement_warnings(db, statement_id, today), *([not_sent] if not_sent else [])]


def warnings_by_number(db: Database, programme_id: int, numbers: list[str], today: date | None = None, *,
                       approving: bool = False) -> list[str]:
    """The statements' warnings (`approving`: their approval warnings), each after its statement's number (what
    the CLI prints on stderr: numbers and dates, never a name)."""
    with db.session() as session:
        ids = {no: i for no, i in session.execute(select(StatementRow.statement_no, StatementRow.id).where(
            StatementRow.programme_id == programme_id, StatementRow.statement_no.in_(numbers)))}
    warnings = approval_warnings if approving else statement_warnings
    return [f"{number}: {text}" for number in numbers if number in ids for text in warnings(db, ids[number], today)]
