"""Load the FY2021 ふるさと Co-LEAD demo programme (resources/demo/fy2021.json) into a database.

The JSON refers to rows by key ("kitami", "t01"); the loader turns keys into database ids. It runs in
one transaction, so a failure leaves the database as it was.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError, ValidationFailed
from colead_desktop.domain.i18n import msg
from colead_desktop.paths import resources_dir
from colead_desktop.services.records import insert_record

DEMO_NAME = "【デモ】令和3年度 ふるさと Co-LEAD"


def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resources_dir() / "demo" / "fy2021.json").read_text(encoding="utf-8"))
    return data


def demo_programme_id(session: Session) -> int | None:
    """The demo's programme, if loaded, asked inside the transaction that would load it, under a lock that makes
    a second loader wait and then see it (SQLite: the immediate transaction; PostgreSQL: the table lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE programme IN SHARE ROW EXCLUSIVE MODE"))
    return session.scalar(select(models.Programme.id).where(models.Programme.is_demo.is_(True)).limit(1))


def _insert(session: Session, record: rec.AnyRecord, where: str, programme_id: int | None = None) -> int:
    try:
        saved = insert_record(session, record, programme_id)
    except ValidationFailed as exc:
        detail = "; ".join(f"{name}: {text}" for name, text in exc.errors.items())
        raise InputError(msg("デモデータ {where} が不正です: {detail}", "Demo data {where} is invalid: {detail}",
                             where=where, detail=detail)) from exc
    assert saved.id is not None
    return saved.id


def _fields(item: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    values = {k: v for k, v in item.items() if k not in drop and k != "key"}
    return {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}


def load_demo(db: Database) -> int | None:
    """Insert the demo as a programme of its own (is_demo, named as a demo; its regions, companies, talents...
    are its own records too, never the user's); returns its id, or None (changing nothing) when it is already
    there."""
    data = demo_data()
    with db.session(start_up=True) as session:
        if demo_programme_id(session) is not None:
            return None
        programme_id = _insert(session, rec.ProgrammeRecord(
            id=None, is_demo=True, **_fields(data["programme"], ("data_note", "name")), name=DEMO_NAME), "programme")
        ids: dict[str, dict[str, int]] = {"region": {}, "company": {}, "talent": {}, "staff": {}, "venue": {}}

        def ref(kind: str, key: str | None) -> int | None:
            return None if key is None else ids[kind][key]

        for item in data["regions"]:
            ids["region"][item["key"]] = _insert(
                session, rec.RegionRecord(id=None, **_fields(item, ())), f"regions/{item['key']}", programme_id)
        for item in data["companies"]:
            ids["company"][item["key"]] = _insert(session, rec.CompanyRecord(
                id=None, region_id=ids["region"][item["region"]], **_fields(item, ("region",))),
                f"companies/{item['key']}")
        for item in data["talents"]:
            ids["talent"][item["key"]] = _insert(session, rec.TalentRecord(
                id=None, programme_id=programme_id, assigned_region_id=ref("region", item["assigned_region"]),
                region_preferences=tuple(ids["region"][k] for k in item["region_preferences"]),
                **_fields(item, ("assigned_region", "region_preferences"))), f"talents/{item['key']}")
        for item in data["staff"]:
            ids["staff"][item["key"]] = _insert(session, rec.StaffRecord(
                id=None, region_id=ref("region", item.get("region")), company_id=ref("company", item.get("company")),
                **_fields(item, ("region", "company"))), f"staff/{item['key']}")
        for item in data["venues"]:
            ids["venue"][item["key"]] = _insert(session, rec.VenueRecord(
                id=None, region_id=ref("region", item.get("region")), **_fields(item, ("region",))),
                f"venues/{item['key']}")
        for item in data["events"]:
            event_id = _insert(session, rec.EventRecord(
                id=None, programme_id=programme_id, region_id=ref("region", item.get("region")),
                venue_id=ref("venue", item.get("venue")),
                starts_at=datetime.fromisoformat(item["starts_at"]), ends_at=datetime.fromisoformat(item["ends_at"]),
                **_fields(item, ("region", "venue", "starts_at", "ends_at", "participants"))),
                f"events/{item['key']}")
            for person in item.get("participants", []):
                _insert(session, rec.ParticipationRecord(
                    id=None, event_id=event_id, talent_id=ref("talent", person.get("talent")),
                    staff_id=ref("staff", person.get("staff")), role=person.get("role", ""),
                    attendance=person.get("attendance", "planned")), f"events/{item['key']}/participants")
        from colead_desktop.services.tours import load_demo_tours  # the three 2021 tours, linked to their events
        load_demo_tours(session, programme_id)
        from colead_desktop.services.payments import load_demo_payments  # invented, statements approved
        load_demo_payments(session, programme_id)
        from colead_desktop.services.meetup_setup import load_demo_meetup  # agenda, tables, talents, plan
        load_demo_meetup(session, programme_id)
        from colead_desktop.services.contracts import load_demo_contracts  # pairs with signed NDAs
        load_demo_contracts(session, programme_id)
    return programme_id
