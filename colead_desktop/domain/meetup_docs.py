"""What the meetup documents are made of: table briefs, region packs and self-introduction sheets.

Why: the 2021 survey said talents did not know what each table expected of them and wanted each
region's issues and past measures in advance (programme-sources §3.5, complaints 1-3). These records
carry exactly that, so the handouts, the calendar files and the rotation sheet print the same facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from colead_desktop.domain.agenda import Agenda
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roundtables import Plan
from colead_desktop.domain.self_intro import SELF_INTRO_FIELDS

DEFAULT_SHEET_FIELDS: tuple[str, ...] = tuple(f.ja for f in SELF_INTRO_FIELDS)
"""The information used in Co-LEAD screening (programme-sources §8.4); the 2021 template itself is lost."""

@dataclass(frozen=True)
class TableBrief:
    """One round table (one region): where it meets online and what it wants from the talents."""

    table_id: str
    region: str
    """The table's printed name; the meetup's documents print the plan's table name, as the grid shows it."""
    room: str = ""
    join_url: str = ""
    hosts: tuple[str, ...] = ()
    purpose: str = ""
    issues: str = ""
    past_measures: str = ""
    questions: tuple[str, ...] = ()
    expected_output: str = ""


@dataclass(frozen=True)
class SmeEntry:
    name: str
    business: str = ""
    issues: str = ""
    wants: str = ""


@dataclass(frozen=True)
class RegionPack:
    """One page of the pre-reading pack."""

    region: str
    lab: str = ""
    attractions: str = ""
    issues: str = ""
    past_measures: str = ""
    smes: tuple[SmeEntry, ...] = ()


@dataclass(frozen=True)
class TalentSheet:
    """A talent's 自己紹介シート; `answers` maps a field title (as MeetupPack.sheet_fields names it) to the
    talent's text; a title with no answer is printed with room to write by hand. `talent_id` is the label the
    seating plan uses (often the name); `record_id` is the talent's id in the database, printed where an ID is named."""

    talent_id: str
    name: str
    affiliation: str = ""
    skill: str = ""
    answers: Mapping[str, str] = field(default_factory=dict)
    record_id: str = ""


@dataclass(frozen=True)
class MeetupPack:
    """Everything the meetup outputs need; `plan` seats talents by `TalentSheet.talent_id` at
    `TableBrief.table_id`, and the agenda's round-table blocks give each round its time."""

    agenda: Agenda
    plan: Plan
    tables: tuple[TableBrief, ...]
    talents: tuple[TalentSheet, ...]
    regions: tuple[RegionPack, ...] = ()
    sheet_fields: tuple[str, ...] = DEFAULT_SHEET_FIELDS
    absent_everywhere: tuple[str, ...] = ()
    """Names of the talents recorded absent from every round: in no seat and no card, but in each 欠席 row."""

    def brief(self, table_id: str) -> TableBrief:
        """The brief of a table; a bare one when none was written, so outputs never fail on a gap."""
        return next((t for t in self.tables if t.table_id == table_id), TableBrief(table_id, table_id))

    def name(self, talent_id: str) -> str:
        return next((t.name for t in self.talents if t.talent_id == talent_id), talent_id)

    def seat(self, talent_id: str, round_index: int) -> str | None:
        """The table id of `talent_id` in round `round_index` (0-based), None when absent."""
        seating = self.plan.rounds[round_index]
        return next((table for table, people in seating.items() if talent_id in people), None)

    def seat_text(self, talent_id: str, round_index: int) -> str:
        """What a talent's cell of round `round_index` says, on every output alike: the table's name, or 欠席."""
        table = self.seat(talent_id, round_index)
        return self.brief(table).region if table is not None else absent_text()

    def absent(self, round_index: int) -> tuple[str, ...]:
        """The names of the talents out of round `round_index` (0-based), for the per-table views' 欠席 row."""
        return (tuple(s.name for s in self.talents if self.seat(s.talent_id, round_index) is None)
                + self.absent_everywhere)

    def join_url(self, brief: TableBrief) -> str:
        """Where the talents at `brief`'s table join: its own link, else the event's."""
        return brief.join_url or self.agenda.join_url


def absent_text() -> str:
    """The one word every meetup output prints for a talent out of a round (the workbook, the PDF)."""
    return msg("欠席", "Absent")
