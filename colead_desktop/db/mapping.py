"""Mechanical mapping between ORM rows and the domain's frozen records (same field names).

The one special case is the talent. A TalentRecord is the person (the `talent` row, shared by every
programme; its id and uuid are what events and payments refer to) together with their participation in the
record's programme (the `programme_talent` row). The fields in PARTICIPATION_FIELDS come from and go to the
participation, every other field the person's row; services/records.py reads and writes the two together.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar


from colead_desktop.db import models
from colead_desktop.db.base import Base
from colead_desktop.domain import records as rec
from colead_desktop.domain.talent_columns import PARTICIPATION_FIELDS

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



def to_record(row: Base, record_type: type[R], participation: models.ProgrammeTalent | None = None) -> R:
    """The record of `row`; a talent's needs their `participation` in the programme it is read for."""
    if (record_type is rec.TalentRecord) != (participation is not None):
        raise ValueError("a TalentRecord is read from the person's row and one participation, nothing else is")
    values: dict[str, Any] = {}
    for f in fields(record_type):
        source = participation if participation is not None and f.name in PARTICIPATION_FIELDS else row
        value = getattr(source, f.name)
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


def split_talent(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A TalentRecord's column values as (the person's row, the participation's row)."""
    return ({k: v for k, v in values.items() if k not in PARTICIPATION_FIELDS},
            {k: v for k, v in values.items() if k in PARTICIPATION_FIELDS})
