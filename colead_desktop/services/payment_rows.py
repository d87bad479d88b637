"""Row lookups shared by the payment services (payees, records, statements, policy)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.payment_models import PayeeRow, StatementRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.statements import StatementStatus
from colead_desktop.services.lookups import row_by_id


def talent_row(session: Session, talent_id: int) -> models.Talent:
    return row_by_id(session, models.Talent, talent_id)


def paying_participation(session: Session, talent_id: int) -> models.ProgrammeTalent:
    """The participation the talent's payments are recorded and computed in: the newest fiscal year's they take
    part in. (The payment services take a talent id; a payee in two programmes is paid in the newer one.)"""
    taking_part = session.scalars(select(models.ProgrammeTalent).join(
        models.Programme, models.Programme.id == models.ProgrammeTalent.programme_id).where(
        models.ProgrammeTalent.talent_id == talent_id).order_by(models.Programme.fiscal_year.desc(),
                                                                 models.Programme.id.desc())).first()
    if taking_part is None:
        raise InputError(msg("人材 {id} はどのプログラムにも参加していません", "Talent {id} takes part in no programme",
                             id=talent_id))
    return taking_part


def region_name(session: Session, talent: models.Talent) -> str:
    assigned = paying_participation(session, talent.id).assigned_region_id
    region = session.get(models.Region, assigned) if assigned else None
    return region.name if region else ""


def payee_row(session: Session, talent_id: int) -> PayeeRow | None:
    return session.scalars(select(PayeeRow).where(PayeeRow.talent_id == talent_id)).first()


def latest_statement(session: Session, talent_id: int) -> StatementRow | None:
    return session.scalars(select(StatementRow).where(StatementRow.talent_id == talent_id)
                           .order_by(StatementRow.id.desc()).limit(1)).first()


def check_editable(session: Session, talent_id: int) -> None:
    """Refuse changes to a talent's records while their latest statement is approved or paid."""
    latest = latest_statement(session, talent_id)
    if latest is not None and latest.status is not StatementStatus.DRAFT:
        raise InputError(msg(
            "支払明細書 {no} は{status}のため、この人の記録は変更できません。"
            "訂正する場合は「訂正明細書」を作成してから変更してください",
            "Statement {no} is {status}, so this person's records cannot be changed; create an "
            "adjusting statement first", no=latest.statement_no,
            status=latest.status.label))
