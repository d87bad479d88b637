"""Row lookups shared by the payment services (payees, records, statements, policy)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.payment_models import ExpenseRow, PayeeRow, StatementRow, TourDayRow, WorkDayRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services.lookups import row_by_id

PaymentRecord = TourDayRow | WorkDayRow | ExpenseRow


def talent_row(session: Session, talent_id: int) -> models.Talent:
    return row_by_id(session, models.Talent, talent_id)


def paying_participation(session: Session, programme_id: int, talent_id: int) -> models.ProgrammeTalent:
    """The talent's participation in the programme a payment belongs to; InputError naming both if they take
    no part in it (a payee in two fiscal years is paid in each separately, never in a guessed one)."""
    taking_part = session.scalars(select(models.ProgrammeTalent).where(
        models.ProgrammeTalent.programme_id == programme_id, models.ProgrammeTalent.talent_id == talent_id)).first()
    if taking_part is None:
        raise InputError(msg("人材 {id} はプログラム {programme} に参加していません",
                             "Talent {id} takes no part in programme {programme}", id=talent_id,
                             programme=programme_id))
    return taking_part


def region_name(session: Session, programme_id: int, talent: models.Talent) -> str:
    assigned = paying_participation(session, programme_id, talent.id).assigned_region_id
    region = session.get(models.Region, assigned) if assigned else None
    return region.name if region else ""


def payee_row(session: Session, talent_id: int) -> PayeeRow | None:
    return session.scalars(select(PayeeRow).where(PayeeRow.talent_id == talent_id)).first()


def latest_statement(session: Session, programme_id: int, talent_id: int) -> StatementRow | None:
    """The talent's latest statement in the programme."""
    return session.scalars(select(StatementRow).where(StatementRow.talent_id == talent_id,
                                                      StatementRow.programme_id == programme_id)
                           .order_by(StatementRow.id.desc()).limit(1)).first()


def check_record_editable(session: Session, record: PaymentRecord) -> None:
    """Refuse changing a record that an approved (or later) statement pays: its figures are what the payee
    and the accountant have seen, so the record changes only once an adjusting statement takes it over.
    Records not on a statement yet, or on a draft, can change (a new record waits for the next statement)."""
    if record.statement_id is None:
        return
    statement = session.get(StatementRow, record.statement_id)
    if statement is not None and statement.status is not StatementStatus.DRAFT:
        raise InputError(msg(
            "この記録は支払明細書 {no}（{status}）で支払われているため変更できません。"
            "訂正する場合は「訂正明細書」を作成してから変更してください",
            "This record is paid by statement {no} ({status}) and cannot be changed; create an "
            "adjusting statement first", no=statement.statement_no, status=statement.status.label))
