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
from colead_desktop.domain.b5 import (B1_SHEET, B3_SHEET, B5Worksheet, CompanySheet, Difference, Locator, b5_from_tour,
                                      company_differences, company_sheet, company_update, differences, nfkc,
                                      not_applied, tour_from_b5, tour_with_b5)
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import PlaceKind, Tour
from colead_desktop.domain.records import CompanyRecord
from colead_desktop.domain.tour_places import is_tour_region
from colead_desktop.domain.tour_rules import refuse_unsaveable
from colead_desktop.domain.validation import in_japan
from colead_desktop.services.programme_scope import regions_of
from colead_desktop.services.record_restore import changed_since, deleted_since
from colead_desktop.services.records import list_records, update_row
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
    companies: tuple[tuple[CompanyRecord, CompanyRecord], ...] = ()  # (as read, as it will be saved): B-1 and B-3

    @property
    def action(self) -> str:
        if self.before is None:
            return "create"
        return "update" if self.after != self.before or self.companies else "unchanged"

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
        nearby = [place for place in (tour.place(tour.base_venue_id), *tour.places) if place is not None]
        anchor = next(((p.lat, p.lon) for p in nearby if p.lat is not None and p.lon is not None), None)
    if anchor is None:
        anchor = next(((r.gateway_lat, r.gateway_lon) for r in regions if is_tour_region(r.name, region)
                       and r.gateway_lat is not None and r.gateway_lon is not None
                       and in_japan(r.gateway_lat, r.gateway_lon)), _LAST_RESORT)
    # coordinates an older `colead set` stored outside Japan (lat=99) are no place: the anchor, marked approximate
    return Locator(anchor, tuple((n, lat, lon) for n, lat, lon in known
                                 if lat is not None and lon is not None and in_japan(lat, lon)))


def visited_companies(db: Database, programme_id: int, tour: Tour) -> tuple[CompanySheet, ...]:
    """B-1 and B-3 of the programme's company records the tour visits (a company place of the same NFKC name)."""
    records = {nfkc(r.name): r for r in list_records(db, CompanyRecord, programme_id)}
    visited = [records[nfkc(p.name)] for p in tour.places if p.kind == PlaceKind.COMPANY and nfkc(p.name) in records]
    return tuple(company_sheet(r.name, r.b1_checklist, r.b3_profile) for r in visited)


def _company_changes(db: Database, programme_id: int, sheet: B5Worksheet) -> tuple[
        list[tuple[CompanyRecord, CompanyRecord]], list[Difference], list[str]]:
    records = {nfkc(r.name): r for r in list_records(db, CompanyRecord, programme_id)}
    changes: list[tuple[CompanyRecord, CompanyRecord]] = []
    found: list[Difference] = []
    unknown: list[str] = []
    for company in sheet.companies:
        record = records.get(nfkc(company.name))
        if record is None:
            unknown.append(msg("{b1}・{b3}: 企業「{n}」は企業の登録にないため取り込んでいません（先に企業を登録してください）",
                               "{b1}, {b3}: company {n} is not registered, so its answers were not imported "
                               "(register the company first)", b1=B1_SHEET, b3=B3_SHEET, n=company.name))
            continue
        update = company_update(record.b1_checklist, record.b3_profile, company)
        if update is not None:
            changes.append((record, replace(record, b1_checklist=update[0], b3_profile=update[1])))
            found += company_differences(company_sheet(record.name, record.b1_checklist, record.b3_profile), company)
    return changes, found, unknown


def plan_b5_import(db: Database, programme_id: int, path: Path, today: date) -> B5Plan:
    """Read the worksheet (InputError naming sheet and cell) and work out what importing it does; writes nothing."""
    from colead_desktop.exports.b5_workbook import read_b5_workbook  # openpyxl: not for the tours page's first visit

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
    refuse_unsaveable(after, before)  # the save's rules, said before the import is confirmed (a new tour's too)
    left_out = not_applied(differences(sheet, b5_from_tour(after)))
    companies, company_diffs, unknown = _company_changes(db, programme_id, sheet)
    return B5Plan(before, after, matched_by, (*changed, *company_diffs), (*read.ignored, *left_out, *unknown),
                  tuple(companies))


def apply_company_updates(db: Database, plan: B5Plan) -> None:
    """Save the companies' new B-1 and B-3 in one transaction, if no one changed them since the plan was made."""
    with db.session() as session:
        for before, after in plan.companies:
            row = session.get(models.Company, before.id, with_for_update=True)
            if row is None:
                raise deleted_since(msg("企業", "company"))
            if (row.b1_checklist, row.b3_profile) != (before.b1_checklist, before.b3_profile):
                raise changed_since(msg("企業", "company"))
            update_row(row, after, before)


def apply_b5_import(db: Database, programme_id: int, plan: B5Plan) -> Tour:
    """Write the plan: a new tour saved in the programme, or the tour updated if it is still as planned; then the
    companies' B-1 and B-3."""
    if plan.before is None:
        tour = save_tour(db, programme_id, plan.after)
    elif plan.after == plan.before:
        tour = plan.before
    else:
        tour = replace_tour(db, plan.before, plan.after)
    apply_company_updates(db, plan)
    return tour
