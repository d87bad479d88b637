"""予算: read and write a programme's budget cells, and the budget report against its issued statements.

A cell is (region, line). Saving from an editor sends what it loaded with what it wants: only the cells that
changed are written, and a cell someone else changed meanwhile is refused (named) rather than overwritten.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.budget_models import BudgetRow
from colead_desktop.db.engine import Database
from colead_desktop.domain.budget import BudgetLine, BudgetReport, budget_report, check_amount
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.statements import Statement
from colead_desktop.services.lookups import row_by_id

Cell = tuple[int, BudgetLine]
"""(region id, line)"""


@dataclass(frozen=True)
class BudgetCells:
    regions: tuple[tuple[int, str], ...]  # the programme's regions (id, name) in the order they joined
    amounts: dict[Cell, int]  # the cells set; a cell missing has no budget

    def name_of(self, region_id: int) -> str:
        return dict(self.regions).get(region_id, "")


def _regions(session: Session, programme_id: int) -> tuple[tuple[int, str], ...]:
    row_by_id(session, models.Programme, programme_id)
    rows = session.execute(select(models.Region.id, models.Region.name).join(
        models.ProgrammeRegion, models.ProgrammeRegion.region_id == models.Region.id)
        .where(models.ProgrammeRegion.programme_id == programme_id).order_by(models.Region.id)).all()
    return tuple((region_id, name) for region_id, name in rows)


def _rows(session: Session, programme_id: int) -> dict[Cell, BudgetRow]:
    rows = session.scalars(select(BudgetRow).where(BudgetRow.programme_id == programme_id)).all()
    return {(row.region_id, BudgetLine(row.line)): row for row in rows}


def cells_in(session: Session, programme_id: int) -> BudgetCells:
    regions = _regions(session, programme_id)
    joined = {region_id for region_id, _name in regions}
    return BudgetCells(regions, {cell: row.amount_yen for cell, row in _rows(session, programme_id).items()
                                 if cell[0] in joined})


def budget_cells(db: Database, programme_id: int) -> BudgetCells:
    with db.session() as session:
        return cells_in(session, programme_id)


def save_budget(db: Database, programme_id: int, loaded: Mapping[Cell, int], wanted: Mapping[Cell, int]) -> int:
    """Write the cells that differ between `loaded` (what the editor showed) and `wanted` (a cell left out
    has no budget). Nothing is written if any cell is invalid or was changed by someone else meanwhile.
    Returns how many cells changed."""
    with db.session() as session:
        return save_budget_in(session, programme_id, loaded, wanted)


def save_budget_in(session: Session, programme_id: int, loaded: Mapping[Cell, int], wanted: Mapping[Cell, int]) -> int:
    """save_budget in the caller's transaction."""
    now = cells_in(session, programme_id)
    rows = _rows(session, programme_id)
    changed = [cell for cell in loaded.keys() | wanted.keys() if loaded.get(cell) != wanted.get(cell)]
    for region_id, line in sorted(changed, key=lambda c: (c[0], list(BudgetLine).index(c[1]))):
        cell = (region_id, line)
        region = now.name_of(region_id)
        if not region:
            raise InputError(msg("地域 {id} はこのプログラムにありません", "Region {id} is not in this programme",
                                 id=region_id))
        if now.amounts.get(cell) != loaded.get(cell):
            raise InputError(msg("{region}の{line}の予算は、開いている間に他の人が変更しました。開き直してください",
                                 "The {region} {line} budget was changed by someone else meanwhile; open it "
                                 "again", region=region, line=line.label))
        amount = wanted.get(cell)
        if amount is None:
            session.delete(rows[cell])
        elif cell in rows:
            rows[cell].amount_yen = check_amount(amount, region, line)
        else:
            session.add(BudgetRow(programme_id=programme_id, region_id=region_id, line=line.value,
                                  amount_yen=check_amount(amount, region, line)))
    return len(changed)


def region_named(cells: BudgetCells, name: str) -> int:
    wanted = unicodedata.normalize("NFKC", name).strip()
    for region_id, region in cells.regions:
        if unicodedata.normalize("NFKC", region) == wanted:
            return region_id
    raise InputError(msg("地域「{v}」はこのプログラムにありません（{all}）", "Region '{v}' is not in this programme ({all})",
                         v=name, all="・".join(n for _i, n in cells.regions) or msg("地域なし", "no regions")))


def set_budget(db: Database, programme_id: int, region: str, line: BudgetLine, amount_yen: int) -> None:
    """One cell, as `colead budget set` gives it (whatever it held before)."""
    cells = budget_cells(db, programme_id)
    cell = (region_named(cells, region), line)
    save_budget(db, programme_id, {cell: cells.amounts[cell]} if cell in cells.amounts else {},
                {cell: amount_yen})


def report_of(db: Database, programme_id: int, statements: Sequence[Statement]) -> BudgetReport:
    """The budget report of these (issued) statements of the programme: the dashboard, the workbook and the CLI
    call this. A tour day's money is the tour's region's (payment_tour_days.tour_day_regions)."""
    from colead_desktop.services.payment_tour_days import tour_day_regions

    with db.session() as session:
        cells, tour_days = cells_in(session, programme_id), tour_day_regions(session, programme_id)
    by_name = {(cells.name_of(region_id), line): amount for (region_id, line), amount in cells.amounts.items()}
    return budget_report(by_name, [name for _i, name in cells.regions], statements, tour_days)


def programme_report(db: Database, programme_id: int) -> BudgetReport:
    """The dashboard's and the CLI's report: the statements' money read in one query (services/payments.py)."""
    from colead_desktop.services.payments import programme_money

    return report_of(db, programme_id, programme_money(db, programme_id))
