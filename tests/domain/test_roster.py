"""Roster rows as records, without a database: headers, cells, required fields and duplicates."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest

from colead_desktop.domain import records as rec
from colead_desktop.domain.form_labels import field_labels
from colead_desktop.domain.roster import ROSTER_KINDS, parse_rows, plan, read_header
from colead_desktop.domain.i18n import output_language
from colead_desktop.domain.roster_cells import CellError, convert, enum_choices, named_ids, weekday_choices
from colead_desktop.domain.types import Facility, SkillType
from colead_desktop.paths import forms_dir

REGIONS = {7: "北見", 8: "桑名"}


def labels(kind: str) -> dict[str, str]:
    return field_labels(forms_dir() / f"{ROSTER_KINDS[kind].form}.ui")


def test_every_dialog_label_names_a_field_of_its_record() -> None:
    for key, kind in ROSTER_KINDS.items():
        fields = set(kind.record_type.__dataclass_fields__)
        plain = {name for name in labels(key) if "__" not in name}  # a dict field's entries are <field>__<key>
        assert plain - {"validation"} <= fields, key
    assert labels("talents")["name"] == "氏名"  # the required mark " *" is not part of the label


def test_field_names_and_labels_both_work_as_headers() -> None:
    kind = ROSTER_KINDS["talents"]
    by_key, key_problems = read_header(kind, ["name", "email", "id", "uuid", "version"], labels("talents"))
    by_label, label_problems = read_header(kind, ["氏名 *", "ﾒｰﾙ", None, "スキルタイプ"], labels("talents"))
    assert key_problems == label_problems == []
    assert by_key.fields == ["name", "email", None, None, None]  # id, uuid, version: the database's, read past
    assert by_label.fields == ["name", "email", None, "skills"]  # half-width kana folded by NFKC


def test_unknown_and_repeated_headers_are_row_1_problems() -> None:
    _, problems = read_header(ROSTER_KINDS["staff"], ["氏名", "name", "年齢"], labels("staff"))
    assert [(p.row, p.column) for p in problems] == [(1, "name"), (1, "年齢")]


@pytest.mark.parametrize(("cell", "annotation", "choices", "expected"), [
    ("月; 水、Sunday", "tuple[int, ...]", weekday_choices(), (0, 2, 6)),
    ("ｲﾝﾀｰﾈｯﾄ環境；internet", "tuple[str, ...]", None, ("インターネット環境", "internet")),
    ("Whiteboard、ホワイトボード", "tuple[str, ...]", enum_choices(Facility), ("whiteboard",)),
    (" ３０ ", "int", None, 30),
    (30.0, "int", None, 30),
    ("", "float | None", None, None),
    ("○", "bool", None, True),
    (time(9, 30), "str", None, "09:30"),
])
def test_cells_become_field_values(cell: object, annotation: str, choices: Any, expected: object) -> None:
    assert convert(cell, annotation, choices) == expected


@pytest.mark.parametrize(("cell", "annotation", "choices"), [
    ("三十", "int", None), (12.5, "int", None), ("北緯43度", "float | None", None), ("たぶん", "bool", None),
    ("祝", "tuple[int, ...]", weekday_choices()),
])
def test_unreadable_cells_are_refused(cell: object, annotation: str, choices: Any) -> None:
    with pytest.raises(CellError):
        convert(cell, annotation, choices)


def _plan(kind: str, header: list[object], rows: list[list[object]], existing: list[Any] | None = None,
          update: bool = False) -> tuple[list[Any], list[Any]]:
    roster_kind = ROSTER_KINDS[kind]
    read, header_problems = read_header(roster_kind, header, labels(kind))
    parsed, cell_problems = parse_rows(roster_kind, read, list(enumerate(rows, start=2)), REGIONS, {})
    defaults = {"programme_id": 1} if kind == "talents" else {}
    actions, row_problems = plan(roster_kind, read, parsed, defaults, existing or [], update)
    return actions, header_problems + cell_problems + row_problems


def test_a_missing_required_column_and_the_other_rules_of_the_row_are_all_reported() -> None:
    _, problems = _plan("companies", ["企業名", "地域", "担当者メール"], [["A社", "那覇", "a@"], ["B社", "", "b@example.jp"]])
    assert {(p.row, p.column) for p in problems} == {(2, "地域"), (2, "担当者メール"), (3, "地域")}


def test_duplicates_need_the_same_name_and_contact() -> None:
    stored = rec.TalentRecord(id=5, programme_id=1, name="山田 太郎", email="taro@example.jp", skills=("engineer",),
                              uuid="u-5")
    header: list[object] = ["氏名", "メール", "電話", "スキルタイプ"]
    rows: list[list[object]] = [["山田　太郎", "TARO@example.jp", "", "engineer"],  # the stored one
                                ["山田 太郎", "", "", "engineer"],  # no contact: never taken for another
                                ["山田 太郎", "", "", "engineer"],
                                ["佐藤 花子", "", "090-1111-2222", "engineer"],
                                ["佐藤 花子", "", "09011112222", "security"]]  # repeats the row above
    actions, problems = _plan("talents", header, rows, [stored])
    assert [(a.row, a.verb) for a in actions] == [(2, "skip"), (3, "insert"), (4, "insert"), (5, "insert")]
    assert [(p.row, p.column) for p in problems] == [(6, "")]
    assert "5行目" in problems[0].message

    [updated], _ = _plan("talents", header, rows[:1], [stored], update=True)
    assert (updated.verb, updated.record.id, updated.record.uuid, updated.record.email) == (
        "update", 5, "u-5", "TARO@example.jp")  # the stored record, with the file's values


def test_a_bad_choice_names_the_accepted_ones_in_the_message_language() -> None:
    with pytest.raises(CellError) as refused:
        convert("データ屋", "tuple[str, ...]", enum_choices(SkillType))
    assert "データ屋" in str(refused.value)
    for ja, _ in SkillType._labels().values():
        assert ja in str(refused.value)
    with output_language("en"), pytest.raises(CellError) as refused_en:
        convert("Wednes", "tuple[int, ...]", weekday_choices())
    assert "Monday, Tuesday" in str(refused_en.value) and "月" not in str(refused_en.value)


@pytest.mark.parametrize("cell", ["土,日", "土，日", "土、日", "土・日", "土/日", "土 日", "土　日", "Sat, Sun", "土曜日;日曜日"])
def test_several_closed_days_take_the_usual_separators(cell: str) -> None:
    """Review 15: 「土,日」 was refused (only 「土、日」 and 「土;日」 worked)."""
    assert convert(cell, "tuple[int, ...]", weekday_choices()) == (5, 6)


def test_a_bad_entry_in_a_list_of_choices_says_how_to_give_several() -> None:
    with pytest.raises(CellError) as refused:
        convert("土,祝", "tuple[int, ...]", weekday_choices())
    assert "「土,祝」は選択肢にありません" in str(refused.value) and "「月、火」のように「、」で区切ります" in str(refused.value)
    with output_language("en"), pytest.raises(CellError) as refused_en:
        convert("Sat+Sun", "tuple[int, ...]", weekday_choices())
    assert "separate several with commas, as in “Monday, Tuesday”" in str(refused_en.value)
    assert convert("北見 桑名", "tuple[int, ...]", named_ids({1: "北見 桑名", 2: "北見", 3: "桑名"})) == (1,)  # one name


def test_a_long_list_of_choices_is_cut_short_in_the_message() -> None:
    regions = {index: f"地域{index}" for index in range(1, 31)}
    with pytest.raises(CellError) as refused:
        convert("どこか", "int", named_ids(regions))
    assert "地域12" in str(refused.value) and "地域13" not in str(refused.value) and "ほか" in str(refused.value)


def test_a_name_the_pdfs_cannot_print_is_refused_naming_its_row_and_column() -> None:
    actions, problems = _plan("talents", ["氏名", "スキルタイプ"], [["山田 太郎", "engineer"], ["Ali علي", "engineer"]])
    assert [a.row for a in actions] == [2]
    assert [(p.row, p.column) for p in problems] == [(3, "氏名")] and "U+0639" in problems[0].message


def test_a_phone_excel_stored_as_a_number_says_its_leading_zero_is_gone() -> None:
    """090-1234-5678 typed without dashes in Excel is the number 9012345678: the row was refused as 「電話番号の形式が
    正しくありません（例: 03-1234-5678）」 under a cell that looked right. Now the cell says what happened."""
    _, problems = _plan("talents", ["氏名", "電話", "スキルタイプ"], [["山田 太郎", 9012345678, "engineer"],
                                                                     ["佐藤 花子", "090-1234-5678", "engineer"]])
    assert [(p.row, p.column) for p in problems] == [(2, "電話")]
    assert problems[0].message.startswith("数値のセルのため先頭の0が消えています（9012345678）")
    _, problems = _plan("companies", ["企業名", "地域", "担当者電話"], [["A社", "北見", 312345678.0]])
    assert [(p.row, p.column, p.message[:9]) for p in problems] == [(2, "担当者電話", "数値のセルのため先")]
