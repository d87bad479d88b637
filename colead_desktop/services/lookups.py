"""Rows by id: `row_by_id` for the services (a missing id is the user's input error), and names by id for
the pick lists and table columns of the GUI, loaded in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.matching_models import MatchingPairRow, PairContractRow
from colead_desktop.db.payment_models import (ExpenseRow, PaymentRateRow, PaymentRunRow, StatementRow, TourDayRow,
                                              WorkDayRow)
from colead_desktop.domain.errors import not_found
from colead_desktop.domain.payment_runs import RUN_KIND
from colead_desktop.domain.i18n import msg

RowT = TypeVar("RowT")

# What the user calls each kind of row a service looks up by an id from the GUI or the command line.
_KIND_NAMES: dict[type[Any], tuple[str, str]] = {  # lower case in English: messages put them mid-sentence too
    models.Programme: ("プログラム", "programme"), models.Region: ("地域", "region"),
    models.ProgrammeTalent: ("プログラムへの参加", "programme participation"),
    models.Company: ("企業", "company"), models.Talent: ("人材", "talent"), models.Staff: ("スタッフ", "staff member"),
    models.Venue: ("会場", "venue"), models.Event: ("イベント", "event"), models.Participation: ("参加登録", "participation"),
    StatementRow: ("支払明細書", "payment statement"), TourDayRow: ("ツアー参加日", "tour day"),
    WorkDayRow: ("作業日", "work day"), ExpenseRow: ("経費", "expense"), PaymentRateRow: ("料率", "rates"),
    PaymentRunRow: RUN_KIND, MatchingPairRow: ("ペア", "pair"), PairContractRow: ("契約", "contract"),
}


def kind_name(model: type[Any]) -> str:
    """What a user calls a row of `model`, in the current language (「支払明細書」, "payment statement")."""
    return msg(*_KIND_NAMES.get(model, ("記録", "record")))


def row_by_id(session: Session, model: type[RowT], row_id: int) -> RowT:
    """The row, or InputError naming the kind of record and the id (「支払明細書 999 が見つかりません」)."""
    row = session.get(model, row_id)
    if row is None:
        raise not_found(kind_name(model), row_id)
    return row


@dataclass(frozen=True)
class Lookups:
    programme_id: int
    programme_name: str
    regions: dict[int, str]
    companies: dict[int, str]
    venues: dict[int, str]
    archived_talents: frozenset[int] = frozenset()  # shown only when asked for, marked (services/talent_archive)
    event_times: tuple[tuple[datetime, datetime], ...] = ()
    """(start, end) of the programme's events, naive JST: a new event defaults to a slot none of them holds."""


def names_by_id(session: Session, model: type[models.Region | models.Company | models.Venue],
                *where: ColumnElement[bool]) -> dict[int, str]:
    rows = session.execute(select(model.id, model.name).where(*where).order_by(model.id))
    return {row_id: name for row_id, name in rows}


def load_lookups(db: Database, programme_id: int) -> Lookups:
    """Everything the pick lists of programme `programme_id` need, in one transaction: its regions, the
    companies in them, the venues in them or in no region, which talents are archived and when its events are."""
    with db.session() as session:
        programme = row_by_id(session, models.Programme, programme_id)
        regions = select(models.ProgrammeRegion.region_id).where(models.ProgrammeRegion.programme_id == programme_id)
        return Lookups(programme.id, programme.name, names_by_id(session, models.Region, models.Region.id.in_(regions)),
                       names_by_id(session, models.Company, models.Company.region_id.in_(regions)),
                       names_by_id(session, models.Venue, or_(models.Venue.region_id.is_(None),
                                                              models.Venue.region_id.in_(regions))),
                       frozenset(session.scalars(select(models.Talent.id).where(models.Talent.archived_at.is_not(None)))),
                       tuple((start, end) for start, end in session.execute(
                           select(models.Event.starts_at, models.Event.ends_at)
                           .where(models.Event.programme_id == programme_id))))
