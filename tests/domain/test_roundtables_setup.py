"""A setup edit: what it names must exist, every table rule is checked once (for the planner and for the
stored setup alike), and pins and seats follow renamed tables and relabelled talents or are dropped."""

from __future__ import annotations

from dataclasses import replace

import pytest

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.roundtables import Pin, PlanInput, Table, Talent, check_tables, validate
from colead_desktop.domain.roundtables_setup import (Known, SetupEdit, TableEdit, TalentEdit, carry_over,
                                                     check_references)

KNOWN = Known(frozenset({1, 2}), frozenset({10}), {100: "青木", 101: "石井", 102: "上田"})
EDIT = SetupEdit((TableEdit("北見", 4, (1,), 10, "北見"),), (TalentEdit(100, (1, 2)), TalentEdit(101, (1,)),
                                                             TalentEdit(102, ())))


@pytest.fixture(autouse=True)
def _japanese() -> None:
    set_language("ja")


def test_a_sound_edit_passes() -> None:
    check_references(replace(EDIT, apart=((100, 101),)), KNOWN)


@pytest.mark.parametrize("edit,words", [
    (replace(EDIT, tables=(TableEdit("北見", 4, (3,)),)), "テーブル「北見」の担当者3が見つかりません"),
    (replace(EDIT, tables=(TableEdit("北見", 4, (), 11),)), "テーブル「北見」の地域が見つかりません"),
    (replace(EDIT, talents=(TalentEdit(999, (1,)),)), "人材999が見つかりません"),
    (replace(EDIT, apart=((100, 102),)), "同席禁止の上田はラウンドテーブルに参加していません"),
])
def test_unknown_references_are_named(edit: SetupEdit, words: str) -> None:
    with pytest.raises(InputError, match=words):
        check_references(edit, KNOWN)


@pytest.mark.parametrize("tables,words", [
    ((Table("北見", 4), Table(" ", 4)), "2番目のテーブルの名前が空です"),
    ((Table("北見", 0),), "テーブル「北見」の定員は1名以上"),
    ((Table("北見", 4), Table("北見", 5)), "テーブル名「北見」が2つあります"),
])
def test_table_rules_hold_for_the_planner_and_the_stored_setup(tables: tuple[Table, ...], words: str) -> None:
    with pytest.raises(InputError, match=words):
        check_tables(tables)
    with pytest.raises(InputError, match=words):
        validate(PlanInput(1, "mix", 0, tables, (Talent("A", "engineer"),)))


def test_pins_and_seats_follow_renames_and_are_dropped_where_they_no_longer_apply() -> None:
    pins = (Pin("青木", 1, "北見"), Pin("青木", 2, "北見"), Pin("石井", 1, "桑名"), Pin("上田", 1, "北見"))
    seats = ({"北見": ("青木", "上田"), "桑名": ("石井",)},)
    carried = carry_over(pins, seats, {"北見": "北見（オンライン）"}, {"青木": "青木#100", "上田": "上田"},
                         (Talent("青木#100", "engineer", rounds=frozenset({1})), Talent("上田", "engineer")))
    # 青木's round-2 pin: no longer attends round 2; 石井's: 桑名 is gone (and 石井 left)
    assert carried.pins == (Pin("青木#100", 1, "北見（オンライン）"), Pin("上田", 1, "北見（オンライン）"))
    assert carried.dropped_pins == 2
    assert carried.seats == ({"北見（オンライン）": ("青木#100", "上田")},)
