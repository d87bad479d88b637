"""プログラム設定 as one undo step: the setup (name, dates, payer, regions) and the 予算 tab's cells together.

One step rather than two because the two are not independent: a region leaving the programme takes its budget
cells with it (update_setup), so only a step holding both can put a removed region back with its budget. Each
write is one transaction that first checks the whole stored state is still what the step expects, so a change
by anyone else meanwhile refuses it with nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.programme_setup import ProgrammeSetup
from colead_desktop.services.budget import Cell, cells_in, save_budget_in
from colead_desktop.services.programme_setup import setup_in, update_setup_in


@dataclass(frozen=True)
class ProgrammeSettings:
    setup: ProgrammeSetup
    budget: dict[Cell, int]  # the cells set; a cell missing has no budget


def programme_settings(db: Database, programme_id: int) -> ProgrammeSettings:
    with db.session() as session:
        return ProgrammeSettings(setup_in(session, programme_id), cells_in(session, programme_id).amounts)


def replace_settings(db: Database, programme_id: int, expected: ProgrammeSettings, wanted: ProgrammeSettings,
                     who: str) -> ProgrammeSettings:
    """Write `wanted` if the stored settings are still `expected` (else InputError, nothing written); the
    settings as stored after. Budget cells of a region `wanted` takes out of the programme go with it."""
    with db.session() as session:
        # the programme row locked first (PostgreSQL): two writers of its settings take turns
        session.scalars(select(models.Programme.id).where(models.Programme.id == programme_id).with_for_update())
        if ProgrammeSettings(setup_in(session, programme_id), cells_in(session, programme_id).amounts) != expected:
            raise InputError(msg("プログラム設定はその後ほかで変更されています。何も書き込んでいません。",
                                 "The programme settings have been changed elsewhere since; nothing was written."))
        update_setup_in(session, programme_id, wanted.setup, who)
        session.flush()
        now = cells_in(session, programme_id)
        joined = {region_id for region_id, _name in now.regions}
        save_budget_in(session, programme_id, now.amounts,
                       {cell: yen for cell, yen in wanted.budget.items() if cell[0] in joined})
        session.flush()
        return ProgrammeSettings(setup_in(session, programme_id), cells_in(session, programme_id).amounts)
