"""A check-out from the team PostgreSQL database whose copy carries a company as a reference only: 北見's tour
party names a 桑名 staff member, whose company (in 桑名, not held) comes along so the copy stays whole."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.itinerary import Member, Role
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.offline import Scope
from colead_desktop.domain.records import CompanyRecord, StaffRecord
from colead_desktop.services import tours
from colead_desktop.services.offline_checkout import check_out, region_id_named
from colead_desktop.services.records import save_record
from tests.services.offline_team import Shared, shared  # noqa: F401 - the fixture

REFERENCE_REFUSAL = "この記録は持ち出しの参照用のため、持ち出し中は変更できません（持ち帰りで書き戻されません）"


@dataclass(frozen=True)
class Copied:
    shared: Shared
    file: Path
    company_id: int   # 桑名's company: a reference in the copy
    staff_id: int     # its staff member in the 北見 tour's party: a reference too


@pytest.fixture
def copied(shared: Shared, tmp_path: Path) -> Copied:  # noqa: F811
    owner = Database(shared.url)
    try:
        company = save_record(owner, CompanyRecord(None, region_id_named(owner, "桑名"), "桑名鋳物工業"))
        staff = save_record(owner, StaffRecord(None, "山田 花子", "sme", company_id=company.id))
        tour = tours.load_tour(owner, shared.tour_key)
        tours.replace_tour(owner, tour, replace(tour, members=(Member(f"staff-{staff.id}", staff.name,
                                                                      Role.LAB_STAFF),)))
    finally:
        owner.dispose()
    out = tmp_path / "kitami.sqlite"
    done = check_out(shared.as_("lab"), shared.programme_id, Scope.REGION, shared.kitami,
                     tokyo_today() + timedelta(days=7), out, tokyo_today())
    assert done.held == {"tour": 1, "company": 1, "venue": 1} and done.copied["company"] == 2
    assert company.id is not None and staff.id is not None
    return Copied(shared, out, company.id, staff.id)
