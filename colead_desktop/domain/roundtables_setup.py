"""An edit of the round-table setup from the window (tables, attendance, keep-apart pairs) and what it does
to the saved pins and seats.

Why here and not in the service: the rules that decide whether an edit is acceptable and which pins
survive it are plain facts about tables and people. The service loads, calls these, plans and saves.
The rules every plan input must meet (names, capacities, rounds, pairs) are `roundtables.validate`'s and
run when the edited setup is planned; this module checks what an edit names by database id, and that a name
typed for a table can be printed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roundtables import Pin, Seating, Talent
from colead_desktop.domain.validation import printable_problem


@dataclass(frozen=True)
class TableEdit:
    name: str
    capacity: int
    staff_ids: tuple[int, ...] = ()
    region_id: int | None = None
    was: str | None = None
    """The stored name of the table being edited (keeps its room, URL and brief; carries its pins and
    seats over a rename); None for a new table."""


@dataclass(frozen=True)
class TalentEdit:
    talent_id: int
    rounds: tuple[int, ...]
    """Rounds attended (from 1); none = not taking part in the round tables."""
    prefers: tuple[int, ...] = ()
    """Preferred region ids, most wanted first; the planner sees those that have a table."""


@dataclass(frozen=True)
class SetupEdit:
    tables: tuple[TableEdit, ...]
    talents: tuple[TalentEdit, ...]
    apart: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Known:
    """What exists in the database for an edit to name."""

    staff: frozenset[int]
    regions: frozenset[int]
    talents: Mapping[int, str]
    """Talent id -> name."""


def check_references(edit: SetupEdit, known: Known) -> None:
    """Raise InputError naming the table, talent or pair that names something unknown or absent."""
    for table in edit.tables:
        name = table.name.strip()
        if unknown := [s for s in table.staff_ids if s not in known.staff]:
            raise InputError(msg("テーブル「{t}」の担当者{s}が見つかりません", "Table '{t}': staff {s} was not found",
                                 t=name, s=unknown[0]))
        if table.region_id is not None and table.region_id not in known.regions:
            raise InputError(msg("テーブル「{t}」の地域が見つかりません", "Table '{t}': region not found", t=name))
    for talent in edit.talents:
        if talent.talent_id not in known.talents:
            raise InputError(msg("人材{i}が見つかりません", "Talent {i} was not found", i=talent.talent_id))
    members = {t.talent_id for t in edit.talents if t.rounds}
    for pair in edit.apart:
        for who in pair:
            if who not in members:
                raise InputError(msg("同席禁止の{p}はラウンドテーブルに参加していません",
                                     "{p} is kept apart but does not take part in the round tables",
                                     p=known.talents.get(who, who)))


def check_names(edit: SetupEdit) -> None:
    """Raise one InputError naming every table (its row in the editor, a line each) whose new or changed name
    cannot be printed: the name heads the table's brief and the meetup's sheets. A stored name is left as it is,
    so a setup saved before the rule still reads, exports and takes other edits."""
    problems = [msg("{i}番目のテーブル名: {p}", "Table {i}'s name: {p}", i=row, p=problem)
                for row, table in enumerate(edit.tables, start=1)
                if table.name.strip() != table.was and (problem := printable_problem(table.name.strip())) is not None]
    if problems:
        raise InputError("\n".join(problems))


@dataclass(frozen=True)
class CarriedOver:
    pins: tuple[Pin, ...]
    seats: tuple[Seating, ...]
    """The previous plan under the new names, to start the new search from."""
    dropped_pins: int
    """Pins whose table, talent or the talent's round is no longer in the setup."""


def carry_over(pins: Sequence[Pin], seats: Sequence[Seating], renamed: Mapping[str, str],
               relabel: Mapping[str, str], talents: Sequence[Talent]) -> CarriedOver:
    """Pins and seats of the old setup under the new one. `renamed`: old table name -> new name for the
    tables kept; `relabel`: old talent label -> new label for the talents still taking part; `talents`:
    the new setup's talents (their rounds decide which pins still apply)."""
    attending = {t.id: t for t in talents}
    kept = tuple(Pin(relabel[p.talent], p.round, renamed[p.table]) for p in pins
                 if p.table in renamed and p.talent in relabel and attending[relabel[p.talent]].attends(p.round))
    moved = tuple({renamed[table]: tuple(relabel[p] for p in people if p in relabel)
                   for table, people in seating.items() if table in renamed} for seating in seats)
    return CarriedOver(kept, moved, len(pins) - len(kept))
