"""Names by id for the pick lists and table columns of the GUI, loaded in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database


@dataclass(frozen=True)
class Lookups:
    programme_id: int
    programme_name: str
    regions: dict[int, str]
    companies: dict[int, str]
    venues: dict[int, str]


def _fiscal_year(today: date) -> int:
    return today.year if today.month >= 4 else today.year - 1


def load_lookups(db: Database) -> Lookups:
    """Everything the pick lists need; creates an empty programme on a new database so records have a home."""
    with db.session() as session:
        programme = session.scalars(select(models.Programme).order_by(models.Programme.id)).first()
        if programme is None:
            programme = models.Programme(name="新しいプログラム", fiscal_year=_fiscal_year(date.today()),
                                         secretariat="", ministry="")
            session.add(programme)
            session.flush()

        def names(model: type[models.Base]) -> dict[int, str]:
            rows = session.execute(select(model.id, model.name).order_by(model.id))  # type: ignore[attr-defined]
            return {row_id: name for row_id, name in rows}

        return Lookups(programme.id, programme.name, names(models.Region), names(models.Company),
                       names(models.Venue))
