"""A fresh programme (not the demo) on its own team PostgreSQL database, with the team_db logins granted on it:
北見 and 桑名, a venue and a company in 北見 and one 北見 tour."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.programme_setup_json import read_setup_json
from colead_desktop.domain.records import CompanyRecord, VenueRecord
from colead_desktop.domain.team import Role
from colead_desktop.services import team, tours
from colead_desktop.services.offline_checkout import region_id_named
from colead_desktop.services.programme_setup import create_programme
from colead_desktop.services.records import save_record
from tests.pg_server import PostgresServer
from tests.team_fixtures import LOGINS, Team

SETUP = {"name": "ふるさと Co-LEAD 2026", "fiscal_year": 2026, "start": "2026-06-01", "end": "2027-02-26",
         "payer": {"name": "Co-LEAD 事務局", "address": ""},
         "regions": [{"name": "北見", "prefecture": "北海道"}, {"name": "桑名", "prefecture": "三重県"}]}


class Shared(Team):
    tour_key: str
    venue_id: int
    kitami: int


@pytest.fixture
def shared(team_db: Team, postgres: PostgresServer, migrated_postgres: str) -> Iterator[Shared]:
    url = postgres.fresh_database(template=migrated_postgres)
    owner = Database(url)
    programme_id = create_programme(owner, read_setup_json(SETUP), who="owner")
    kitami = region_id_named(owner, "北見")
    venue = save_record(owner, VenueRecord(None, "北見工業大学 会議室", region_id=kitami, capacity=20))
    save_record(owner, CompanyRecord(None, kitami, "オホーツク精工"))
    tour = tours.new_tour(owner, programme_id, "北見", date(2026, 11, 17))
    team.init_team(owner)
    for key in ("admin", "secretariat", "lab"):
        role = Role(key)
        team.add_user(owner, LOGINS[key], role, ["北見"] if role is Role.LAB else [])
    owner.dispose()
    made = Shared(postgres, url, programme_id, team_db.passwords)
    assert venue.id is not None and tour.id
    made.tour_key, made.venue_id, made.kitami = tour.id, venue.id, kitami
    yield made
    made.close()
