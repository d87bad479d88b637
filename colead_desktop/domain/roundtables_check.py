"""The hard rules of an edited round-table plan, each found once and located at a round and table.

Why one checker: the grid colours cells, the status line counts problems and the tests assert rules;
when each of them re-derived the rules, a rule missing from one (a staff member at two tables, rounds
without a time in the agenda) left the status green. Everything reads the `Violation`s made here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roundtables import PlanInput, Seating


class Rule(StrEnum):
    UNKNOWN_TABLE = "unknown_table"
    OVER_CAPACITY = "over_capacity"
    UNKNOWN_TALENT = "unknown_talent"
    SEATED_TWICE = "seated_twice"
    NOT_ATTENDING = "not_attending"
    KEPT_APART = "kept_apart"
    NO_SEAT = "no_seat"
    PIN_BROKEN = "pin_broken"
    STAFF_TWICE = "staff_twice"
    ROUND_COUNT = "round_count"
    AGENDA_ROUNDS = "agenda_rounds"


@dataclass(frozen=True)
class Violation:
    round: int | None
    """From 1; None for the plan as a whole."""
    table: str | None
    """None for the round as a whole (or the plan)."""
    code: Rule
    message: str
    """Localised, naming who and where."""


def check_plan(inp: PlanInput, rounds: Sequence[Seating], agenda_rounds: int | None = None) -> list[Violation]:
    """The broken hard rules of `rounds` (empty = the plan is valid). `agenda_rounds` is the number of
    round-table blocks in the event's agenda (None when there is no agenda to compare with)."""
    found: list[Violation] = []
    for r, seating in enumerate(rounds, start=1):
        found += _seating(inp, r, seating)
        found += _staff(inp, r)
    if len(rounds) != inp.rounds:
        found.append(Violation(None, None, Rule.ROUND_COUNT, msg(
            "ラウンド数が{n}ではありません", "The plan does not have {n} rounds", n=inp.rounds)))
    if agenda_rounds is not None:
        found += _agenda(len(rounds), agenda_rounds)
    return found


def _seating(inp: PlanInput, r: int, seating: Seating) -> list[Violation]:
    tables = {t.id: t for t in inp.tables}
    talents = {t.id: t for t in inp.talents}
    apart = {frozenset(pair) for pair in inp.apart}
    found: list[Violation] = []
    where: dict[str, str] = {}
    for table_id, people in seating.items():
        cell: list[tuple[Rule, str]] = []
        if table_id not in tables:
            cell.append((Rule.UNKNOWN_TABLE, msg("第{r}ラウンドに不明なテーブル「{t}」があります",
                                                 "Round {r} uses unknown table '{t}'", r=r, t=table_id)))
        elif len(people) > tables[table_id].capacity:
            cell.append((Rule.OVER_CAPACITY, msg("{t}のテーブルは人材の定員{c}名ですが、第{r}ラウンドで{n}名が着席しています",
                                                 "Table {t} seats {c} talents, but round {r} has {n}", t=table_id,
                                                 c=tables[table_id].capacity, r=r, n=len(people))))
        for person in people:
            if person not in talents:
                cell.append((Rule.UNKNOWN_TALENT, msg("第{r}ラウンドに不明な人材「{p}」がいます",
                                                      "Round {r} seats unknown talent '{p}'", r=r, p=person)))
            elif person in where:
                cell.append((Rule.SEATED_TWICE, msg("{p}は第{r}ラウンドで2つのテーブルに着席しています",
                                                    "{p} sits at two tables in round {r}", p=person, r=r)))
            elif not talents[person].attends(r):
                cell.append((Rule.NOT_ATTENDING, msg("{p}は第{r}ラウンドに出席しません",
                                                     "{p} does not attend round {r}", p=person, r=r)))
            where.setdefault(person, table_id)
        for a, b in combinations(sorted(people), 2):
            if frozenset((a, b)) in apart:
                cell.append((Rule.KEPT_APART, msg("同席禁止の{a}と{b}が第{r}ラウンドで{t}のテーブルに同席しています",
                                                  "{a} and {b} must be kept apart but share {t} in round {r}",
                                                  a=a, b=b, t=table_id, r=r)))
        found += [Violation(r, table_id, code, message) for code, message in cell]
    return found + _seats_and_pins(inp, r, where)


def _seats_and_pins(inp: PlanInput, r: int, where: Mapping[str, str]) -> list[Violation]:
    """Who attends but has no seat (the round as a whole), and who sits away from their pinned table (at
    the table they should be at, where the planner looks for them)."""
    found: list[Violation] = []
    pins = {p.talent: p.table for p in inp.pins if p.round == r}
    for talent in inp.talents:
        if talent.attends(r) and talent.id not in where:
            found.append(Violation(r, None, Rule.NO_SEAT, msg(
                "{p}は第{r}ラウンドで席がありません", "{p} has no seat in round {r}", p=talent.id, r=r)))
        pinned = pins.get(talent.id)
        if pinned is not None and where.get(talent.id) != pinned:
            found.append(Violation(r, where.get(talent.id), Rule.PIN_BROKEN, msg(
                "{p}は第{r}ラウンドで{t}のテーブルに固定されています", "{p} is pinned to {t} in round {r}",
                p=talent.id, t=pinned, r=r)))
    return found


def _staff(inp: PlanInput, r: int) -> list[Violation]:
    """Staff sit at their tables in every round, so one person at two tables is a problem in each round;
    it is located at the second table, the seat they cannot take."""
    found: list[Violation] = []
    first: dict[str, str] = {}
    for table in inp.tables:
        for person in table.staff:
            other = first.setdefault(person, table.id)
            if other != table.id:
                found.append(Violation(r, table.id, Rule.STAFF_TWICE, msg(
                    "担当者{s}は第{r}ラウンドで{a}と{b}の両方のテーブルに着席しています",
                    "Staff member {s} sits at both {a} and {b} in round {r}", s=person, r=r, a=other, b=table.id)))
    return found


def _agenda(planned: int, blocks: int) -> list[Violation]:
    """Round n takes its time from the agenda's n-th round-table block: a round beyond the blocks has no
    time, and a block beyond the rounds has no seating."""
    if planned > blocks:
        return [Violation(r, None, Rule.AGENDA_ROUNDS, msg(
            "第{r}ラウンドの時間がアジェンダにありません（{b}）", "Round {r} has no time in the agenda ({b})",
            r=r, b=_blocks_text(blocks))) for r in range(blocks + 1, planned + 1)]
    if planned < blocks:
        return [Violation(None, None, Rule.AGENDA_ROUNDS, msg(
            "アジェンダのラウンドテーブルは{n}枠ですが、計画は{k}ラウンドです",
            "The agenda has {n} round-table blocks but the plan has {k} rounds", n=blocks, k=planned))]
    return []


def _blocks_text(blocks: int) -> str:
    """How many round-table blocks the agenda has, as a reader says it (not 「枠は0つ」)."""
    if blocks == 0:
        return msg("アジェンダにラウンドテーブルの枠がありません", "the agenda has no round-table block")
    return msg("アジェンダのラウンドテーブルは{n}枠", "the agenda has {n} round-table block{s}",
               n=blocks, s="" if blocks == 1 else "s")
