"""Offline holds in the shared database: which are open, which records they hold, and releasing one.

An expired hold is released by a 管理者 (on a team database the trigger colead_hold_end refuses anyone else);
its offline copy then checks in only what nobody changed meanwhile (services/offline_checkin.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from colead_desktop.db.engine import Database
from colead_desktop.db.hold_models import OfflineHold, OfflineHoldRecord
from colead_desktop.db.tour_models import TourRow
from colead_desktop.domain.clock import tokyo_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.offline import expired, hold_label
from colead_desktop.domain.team import Role
from colead_desktop.services import team
from colead_desktop.services.offline_checkout import database_login
from colead_desktop.services.offline_references import offline_copy


@dataclass(frozen=True)
class HoldInfo:
    id: int
    login: str
    label: str
    scope_kind: str
    scope_id: int
    until: date
    created_at: datetime
    outcome: str | None
    ended_by: str | None
    expired: bool

    @property
    def text(self) -> str:
        return hold_label(self.login, self.until)


def _info(hold: OfflineHold, today: date) -> HoldInfo:
    return HoldInfo(hold.id, hold.login, hold.label, hold.scope_kind, hold.scope_id, hold.until, hold.created_at,
                    hold.outcome, hold.ended_by, expired(hold.until, today))


def list_holds(db: Database, today: date, *, open_only: bool = True) -> list[HoldInfo]:
    query = select(OfflineHold).order_by(OfflineHold.id)
    if open_only:
        query = query.where(OfflineHold.outcome.is_(None))
    with db.session() as session:
        return [_info(hold, today) for hold in session.scalars(query)]


def held_records(db: Database, table_name: str, today: date) -> dict[int, HoldInfo]:
    """The records of `table_name` under an open hold, by id (a page shows them read-only to others). None in
    an offline copy: the hold it carries is the one its user works under, not someone else's."""
    if offline_copy(db) is not None:
        return {}
    query = (select(OfflineHoldRecord.record_id, OfflineHold)
             .join(OfflineHold, OfflineHold.id == OfflineHoldRecord.hold_id)
             .where(OfflineHold.outcome.is_(None), OfflineHoldRecord.table_name == table_name))
    with db.session() as session:
        return {int(record_id): _info(hold, today) for record_id, hold in session.execute(query).all()}


def current_login(db: Database) -> str:
    with db.session() as session:
        return database_login(session.connection())


def release(db: Database, hold_id: int, today: date) -> HoldInfo:
    """End an open hold without its check-in: a 管理者's, once its last day has passed (or its holder's own)."""
    member = team.signed_in(db)
    with db.session() as session:
        hold = session.scalar(select(OfflineHold).where(OfflineHold.id == hold_id).with_for_update())
        if hold is None:
            raise InputError(msg("持ち出し {v} はありません（--release）", "no hold {v} (--release)", v=hold_id))
        if hold.outcome is not None:
            raise InputError(msg("持ち出し {v} は既に終わっています", "hold {v} has already ended", v=hold_id))
        me = database_login(session.connection())
        if hold.login != me:
            if member is not None and Role.ADMIN not in member.roles:
                raise InputError(msg("他の人の持ち出しを解除できるのは管理者だけです",
                                     "Only an administrator releases someone else's hold"))
            if not expired(hold.until, today):
                raise InputError(msg("持ち出し {v} は期限（{d}）まで解除できません",
                                     "hold {v} cannot be released before its end ({d})", v=hold_id,
                                     d=hold.until.isoformat()))
        hold.outcome, hold.ended_at, hold.ended_by = "released", tokyo_now().replace(tzinfo=None), me
        session.flush()
        session.refresh(hold)
        return _info(hold, today)


def held_tours(db: Database, programme_id: int, today: date) -> dict[str, HoldInfo]:
    """The programme's tours under an open hold, by tour key (the tours page knows tours by key)."""
    by_id = held_records(db, "tour", today)
    if not by_id:
        return {}
    with db.session() as session:
        keys = session.execute(select(TourRow.id, TourRow.key).where(TourRow.programme_id == programme_id,
                                                                     TourRow.id.in_(by_id))).all()
    return {str(key): by_id[int(record_id)] for record_id, key in keys}
