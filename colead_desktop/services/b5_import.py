"""Importing a lab's B-5 worksheet: find the tour it belongs to, say what would change, then change it.

Two steps so the user sees the differences before anything is written (the Tours page's preview dialog, the
CLI's JSON, `--dry-run`): `plan_b5_import` reads the file and the database and writes nothing;
`apply_b5_import` writes the plan. The tour is found by the file's hidden tour id (in this programme), else by
region and first candidate date; only when neither finds one is a new tour made, so importing a file again
never duplicates its tour. An update is written only if the tour is still as planned (replace_tour), so an
edit made meanwhile in another window is never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import TourRow
from colead_desktop.db.tour_store import row_to_tour
from colead_desktop.domain.b5 import (B5Worksheet, Difference, Locator, b5_from_tour, differences, nfkc, not_applied,
                                      tour_from_b5, tour_with_b5)
from colead_desktop.domain.itinerary import Tour
from colead_desktop.domain.tour_places import is_tour_region
from colead_desktop.exports.b5_workbook import read_b5_workbook
from colead_desktop.services.programme_scope import regions_of
from colead_desktop.services.tours import replace_tour, save_tour

# Where new places go when neither the tour nor its region has coordinates: Tokyo Station, marked approximate
# like every anchored place, so the tour checks and the map show it as a place to survey.
_LAST_RESORT = (35.6812, 139.7671)


@dataclass(frozen=True)
class B5Plan:
    before: Tour | None  # the tour the file updates; None: the file makes a new tour
    after: Tour  # the tour as it will be saved
    matched_by: str  # "id" (the hidden tour id), "region_date", or "" for a new tour
    differences: tuple[Difference, ...]  # from `before` (or a blank worksheet) to `after`, as worksheet answers
    ignored: tuple[str, ...]  # cells the import did not read, and answers the tour could not take

    @property
    def action(self) -> str:
        if self.before is None:
            return "create"
        return "update" if self.after != self.before else "unchanged"

    def as_json(self) -> dict[str, object]:
        return {"action": self.action, "tour": self.after.id or None, "matched_by": self.matched_by or None,
                "differences": [{"field": d.field, "old": d.old, "new": d.new} for d in self.differences],
                "ignored": list(self.ignored)}


def _match(session: Session, programme_id: int, sheet: B5Worksheet) -> tuple[TourRow | None, str]:
    if sheet.tour_key:
        row = session.scalar(select(TourRow).where(TourRow.key == sheet.tour_key, TourRow.programme_id == programme_id))
        if row is not None:
            return row, "id"
    if sheet.candidate_dates:
        rows = session.scalars(select(TourRow).where(TourRow.programme_id == programme_id,
                                                     TourRow.start_date == sheet.candidate_dates[0])
                               .order_by(TourRow.id)).all()
        row = next((r for r in rows if nfkc(r.region) == nfkc(sheet.region)), None)
        if row is not None:
            return row, "region_date"
    return None, ""


def _locator(session: Session, programme_id: int, tour: Tour | None, region: str) -> Locator:
    """New places: at the programme's company or venue of the same name, else near the tour or its region."""
    regions = regions_of(session, programme_id)
    region_ids = [r.id for r in regions]
    known = [(name, lat, lon) for model in (models.Company, models.Venue)
             for name, lat, lon in session.execute(select(model.name, model.lat, model.lon).where(
                 model.region_id.in_(region_ids))).all()]
    anchor: tuple[float, float] | None = None
    if tour is not None:
        near = tour.place(tour.base_venue_id) or (tour.places[0] if tour.places else None)
        anchor = (near.lat, near.lon) if near else None
    if anchor is None:
        anchor = next(((r.gateway_lat, r.gateway_lon) for r in regions if is_tour_region(r.name, region)
                       and r.gateway_lat is not None and r.gateway_lon is not None), _LAST_RESORT)
    return Locator(anchor, tuple((n, lat, lon) for n, lat, lon in known if lat is not None and lon is not None))


def plan_b5_import(db: Database, programme_id: int, path: Path, today: date) -> B5Plan:
    """Read the worksheet (InputError naming sheet and cell) and work out what importing it does; writes nothing."""
    read = read_b5_workbook(Path(path))
    sheet = read.sheet
    with db.session() as session:
        row, matched_by = _match(session, programme_id, sheet)
        before = row_to_tour(row) if row is not None else None
        locator = _locator(session, programme_id, before, sheet.region)
    if before is None:
        after = tour_from_b5(replace(sheet, tour_key=""), today, locator)
        changed = differences(B5Worksheet(), b5_from_tour(after))
    else:
        after = tour_with_b5(before, sheet, locator)
        changed = differences(b5_from_tour(before), b5_from_tour(after))
    left_out = not_applied(differences(sheet, b5_from_tour(after)))
    return B5Plan(before, after, matched_by, tuple(changed), (*read.ignored, *left_out))


def apply_b5_import(db: Database, programme_id: int, plan: B5Plan) -> Tour:
    """Write the plan: a new tour saved in the programme, or the tour updated if it is still as planned."""
    if plan.before is None:
        return save_tour(db, programme_id, plan.after)
    if plan.after == plan.before:
        return plan.before
    return replace_tour(db, plan.before, plan.after)
