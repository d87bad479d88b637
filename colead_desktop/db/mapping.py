"""Mechanical mapping between ORM rows and the domain's frozen records (same field names)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from colead_desktop.db import models
from colead_desktop.db.base import Base
from colead_desktop.domain import records as rec

R = TypeVar("R", bound=rec.AnyRecord)

MODEL_FOR: dict[type, type[Base]] = {
    rec.ProgrammeRecord: models.Programme,
    rec.RegionRecord: models.Region,
    rec.CompanyRecord: models.Company,
    rec.TalentRecord: models.Talent,
    rec.StaffRecord: models.Staff,
    rec.VenueRecord: models.Venue,
    rec.EventRecord: models.Event,
    rec.ParticipationRecord: models.Participation,
}


def to_record(row: Base, record_type: type[R]) -> R:
    values: dict[str, Any] = {}
    for f in fields(record_type):
        value = getattr(row, f.name)
        values[f.name] = tuple(value) if isinstance(value, list) else value
    return record_type(**values)


def column_values(record: rec.AnyRecord) -> dict[str, Any]:
    """The record as column values: tuples become JSON lists, dicts are copied."""
    values: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, dict):
            value = dict(value)
        values[f.name] = value
    return values
