"""Nothing with money is deleted: a talent with payment records or statements is archived instead.

Tour days, work days, expenses and statements belong to the person in the programme that paid them, and
the 支払調書, the bank files and the statements of past years must keep naming them. So a talent who has
any of these, in any programme, cannot be deleted (services/delete_guard.py says how many, in which
programme, from money_in); they can be archived. An archived talent keeps every record and statement, is
hidden from the talent list unless asked for, and joins no programme until the archive is lifted. Both steps
write audit entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import ExpenseRow, StatementRow, TourDayRow, WorkDayRow
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.services.lookups import kind_name, row_by_id
from colead_desktop.services.payment_audit import audit

MoneyModel = type[TourDayRow] | type[WorkDayRow] | type[ExpenseRow] | type[StatementRow]
MONEY_MODELS: tuple[MoneyModel, ...] = (TourDayRow, WorkDayRow, ExpenseRow, StatementRow)


@dataclass(frozen=True)
class MoneyInProgramme:
    """How many payment records and statements a talent has in one programme."""

    programme_id: int
    programme_name: str
    tour_days: int
    work_days: int
    expenses: int
    statements: int

    def describe(self) -> str:
        counts = [msg("{kind} {n}件", "{kind}: {n}", kind=kind_name(model), n=n) for model, n in zip(
            MONEY_MODELS, (self.tour_days, self.work_days, self.expenses, self.statements), strict=True) if n]
        return msg("「{programme}」: {counts}", "“{programme}”: {counts}", programme=self.programme_name,
                   counts=msg("、", ", ").join(counts))


class ArchivedTalent(InputError):
    """An archived talent cannot join a programme."""


def money_in(session: Session, talent_id: int) -> list[MoneyInProgramme]:
    """The talent's payment records and statements, by programme (oldest programme first); [] for none."""
    counts: dict[int, list[int]] = {}
    for index, model in enumerate(MONEY_MODELS):
        for programme_id, n in session.execute(select(model.programme_id, func.count()).where(
                model.talent_id == talent_id).group_by(model.programme_id)).all():
            counts.setdefault(programme_id, [0] * len(MONEY_MODELS))[index] = n
    names = dict(session.execute(select(models.Programme.id, models.Programme.name)
                                 .where(models.Programme.id.in_(counts))).all())
    return [MoneyInProgramme(programme_id, names[programme_id], *found) for programme_id, found in sorted(counts.items())]


def refuse_if_archived(talent: models.Talent) -> None:
    """ArchivedTalent when the talent is archived (before they join a programme)."""
    if talent.archived_at is not None:
        raise ArchivedTalent(msg("「{name}」はアーカイブされているため、プログラムに参加させられません。"
                                 "先にアーカイブを解除してください。",
                                 "“{name}” is archived and cannot join a programme. Restore them from the "
                                 "archive first.", name=talent.name))


def set_archived(db: Database, talent_id: int, archived: bool, who: str) -> None:
    """Archive the talent or lift their archive, with audit entries. InputError when they already are (another
    window or instance of the app did it, or an undo meets a state someone else changed): nothing is written."""
    with db.session() as session:
        talent = row_by_id(session, models.Talent, talent_id)
        if (talent.archived_at is not None) == archived:
            raise InputError(msg("「{name}」は既にアーカイブされています。", "“{name}” is already archived.",
                                 name=talent.name) if archived else
                             msg("「{name}」はアーカイブされていません。", "“{name}” is not archived.", name=talent.name))
        when = stored_now() if archived else None
        audit(session, who, talent.__tablename__, talent.id, "archived_at", talent.archived_at, when)
        audit(session, who, talent.__tablename__, talent.id, "archived_by", talent.archived_by or None,
              who if archived else None)
        talent.archived_at, talent.archived_by = when, who if archived else ""
