"""The FY2021 demo loads completely, once, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import func, select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.demo import DEMO_NAME, load_demo
from colead_desktop.services.records import list_records


def test_demo_programme_loads_once(any_db: Database) -> None:
    programme_id = load_demo(any_db)
    assert programme_id is not None
    assert load_demo(any_db) is None
    with any_db.session() as session:
        def count(model: type[models.Base]) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        assert count(models.Programme) == 1
        demo = session.get(models.Programme, programme_id)
        assert demo is not None and demo.is_demo and demo.name == DEMO_NAME
        assert count(models.Region) == 3
        assert count(models.Company) == 14
        assert count(models.Talent) == 16
        tours = session.scalars(select(models.Event).where(models.Event.kind == "fieldwork_tour")).all()
        assert sorted((t.starts_at.date().isoformat(), t.ends_at.date().isoformat()) for t in tours) == [
            ("2021-11-16", "2021-11-18"), ("2021-11-25", "2021-11-27"), ("2021-11-25", "2021-11-27")]
        interim = session.scalars(select(models.Event).where(models.Event.kind == "interim_report")).one()
        assert (interim.starts_at.isoformat(), interim.ends_at.isoformat()) == ("2021-12-22T18:00:00", "2021-12-22T20:00:00")
    per_region: dict[int | None, int] = {}
    for talent in list_records(any_db, TalentRecord, programme_id):
        per_region[talent.assigned_region_id] = per_region.get(talent.assigned_region_id, 0) + 1
        assert talent.data_note, "invented talent data must be marked"
    assert sorted(per_region.values()) == [5, 5, 6]
