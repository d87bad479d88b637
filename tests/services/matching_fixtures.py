"""A small stored matching for service and CLI tests: three talents, three SMEs, wishes on both sides."""

from __future__ import annotations

from dataclasses import dataclass

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.services import matching
from tests.programmes import new_programme


@dataclass(frozen=True)
class World:
    db: Database
    programme: int
    talents: list[int]  # 高橋, 佐藤, 鈴木
    companies: list[int]  # 北見精工 (B-3 wants a data scientist), 北見観光, 北見農産


def make_world(any_db: Database) -> World:
    programme = new_programme(any_db)
    with any_db.session() as session:
        region = models.Region(name="北見", prefecture="北海道")
        session.add(region)
        session.flush()
        companies = [models.Company(region_id=region.id, name="北見精工",
                                    b3_profile={"wanted_talent": "データサイエンティストと話したい"}),
                     models.Company(region_id=region.id, name="北見観光"),
                     models.Company(region_id=region.id, name="北見農産")]
        talents = [models.Talent(name="高橋 三郎", skills=["data_scientist"]), models.Talent(name="佐藤 花子", skills=[]),
                   models.Talent(name="鈴木 一郎", skills=["engineer"])]
        session.add_all([*companies, *talents])
        session.flush()
        session.add_all(models.ProgrammeTalent(programme_id=programme, talent_id=t.id) for t in talents)
        ids = [t.id for t in talents], [c.id for c in companies]
    world = World(any_db, programme, *ids)
    t, c = world.talents, world.companies
    assert matching.set_company(any_db, programme, c[0], 1) == ["data_scientist"]  # from B-3 STEP5
    matching.set_company(any_db, programme, c[1], 1, [])
    matching.set_company(any_db, programme, c[2], 1, ["engineer"])
    matching.set_talent_wishes(any_db, programme, t[0], [c[0], c[1]])
    matching.set_talent_wishes(any_db, programme, t[1], [c[0]])
    matching.set_talent_wishes(any_db, programme, t[2], [c[2]])
    matching.set_company_wishes(any_db, programme, c[0], [t[1], t[0]])
    return world
