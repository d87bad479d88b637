"""Each hard rule of an edited plan gives its own Violation code at the round and table where it is broken,
and a valid plan gives none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.roundtables import Pin, PlanInput, Seating, Table, Talent
from colead_desktop.domain.roundtables_check import Rule, Violation, check_plan

TABLES = (Table("北見", 3, ("山田",)), Table("桑名", 3, ("佐藤",)))
TALENTS = tuple(Talent(name, "engineer") for name in "ABCD")
VALID: tuple[Seating, ...] = ({"北見": ("A", "B"), "桑名": ("C", "D")}, {"北見": ("C", "D"), "桑名": ("A", "B")})


@pytest.fixture(autouse=True)
def _japanese() -> None:
    set_language("ja")


def base() -> PlanInput:
    return PlanInput(2, "mix", 0, TABLES, TALENTS)


def located(found: list[Violation]) -> set[tuple[int | None, str | None, Rule]]:
    return {(v.round, v.table, v.code) for v in found}


def with_round(r: int, seating: Seating) -> list[Seating]:
    rounds = list(VALID)
    rounds[r - 1] = seating
    return rounds


def test_a_valid_plan_matching_the_agenda_has_no_violation() -> None:
    assert check_plan(base(), VALID, agenda_rounds=2) == []


@pytest.mark.parametrize("inp,rounds,expected", [
    (base(), with_round(2, {"北見": ("C", "D", "A", "B"), "桑名": ()}), (2, "北見", Rule.OVER_CAPACITY)),
    (base(), with_round(1, {"北見": ("A", "B"), "桑名": ("C", "D", "A")}), (1, "桑名", Rule.SEATED_TWICE)),
    (replace(base(), apart=(("C", "D"),)), VALID, (1, "桑名", Rule.KEPT_APART)),
    (replace(base(), pins=(Pin("A", 2, "北見"),)), VALID, (2, "桑名", Rule.PIN_BROKEN)),
    (replace(base(), talents=(replace(TALENTS[0], rounds=frozenset({2})), *TALENTS[1:])), VALID,
     (1, "北見", Rule.NOT_ATTENDING)),
    (base(), with_round(1, {"北見": ("A", "B"), "桑名": ("C",)}), (1, None, Rule.NO_SEAT)),
    (base(), with_round(1, {"北見": ("A", "B"), "桑名": ("C", "D"), "沖縄": ()}), (1, "沖縄", Rule.UNKNOWN_TABLE)),
    (base(), with_round(1, {"北見": ("A", "B", "Z"), "桑名": ("C", "D")}), (1, "北見", Rule.UNKNOWN_TALENT)),
    (base(), VALID[:1], (None, None, Rule.ROUND_COUNT)),
])
def test_each_rule_is_found_where_it_is_broken(inp: PlanInput, rounds: list[Seating],
                                               expected: tuple[int | None, str | None, Rule]) -> None:
    assert expected in located(check_plan(inp, rounds))


def test_a_staff_member_at_two_tables_is_a_violation_in_every_round() -> None:
    inp = replace(base(), tables=(Table("北見", 3, ("山田", "鈴木")), Table("桑名", 3, ("鈴木",))))
    found = check_plan(inp, VALID, agenda_rounds=2)
    assert located(found) == {(1, "桑名", Rule.STAFF_TWICE), (2, "桑名", Rule.STAFF_TWICE)}
    assert "鈴木" in found[0].message and "北見" in found[0].message and "桑名" in found[0].message
    set_language("en")
    assert check_plan(inp, VALID)[0].message == "Staff member 鈴木 sits at both 北見 and 桑名 in round 1"


def test_rounds_beyond_the_agendas_round_table_blocks_are_named() -> None:
    inp = replace(base(), rounds=4)
    rounds = [*VALID, *VALID]
    found = check_plan(inp, rounds, agenda_rounds=3)
    assert located(found) == {(4, None, Rule.AGENDA_ROUNDS)}
    assert found[0].message == "第4ラウンドの時間がアジェンダにありません（アジェンダのラウンドテーブルは3枠）"


def test_an_agenda_without_round_table_blocks_is_named_the_agenda_in_plain_words() -> None:
    """The agenda (アジェンダ) is not the fiscal-year programme (プログラム), and 「枠は0つ」 is not Japanese."""
    found = check_plan(base(), VALID, agenda_rounds=0)
    assert found[0].message == "第1ラウンドの時間がアジェンダにありません（アジェンダにラウンドテーブルの枠がありません）"
    set_language("en")
    english = check_plan(base(), VALID, agenda_rounds=0)[0].message
    assert english == "Round 1 has no time in the agenda (the agenda has no round-table block)"
    assert check_plan(base(), VALID, agenda_rounds=1)[0].message.endswith("(the agenda has 1 round-table block)")


def test_round_table_blocks_without_a_round_are_a_plan_violation() -> None:
    found = check_plan(base(), VALID, agenda_rounds=3)
    assert located(found) == {(None, None, Rule.AGENDA_ROUNDS)}
    assert found[0].message == "アジェンダのラウンドテーブルは3枠ですが、計画は2ラウンドです"


def test_without_an_agenda_the_round_count_is_not_compared() -> None:
    assert check_plan(replace(base(), rounds=4), [*VALID, *VALID]) == []
