"""Calls from the seed and applications from rows: mapping guessed from the form's headers, answers verbatim,
names NFKC, bad cells and repeats by row and column, late and unmet flagged (domain/calls.py, applications.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest

from colead_desktop.domain.applications import guess_mapping, plan_applications
from colead_desktop.domain.calls import CallKind, Condition, Question, check_call, seed_call
from colead_desktop.domain.errors import InputError
from tests.application_files import BAD_TIME, HEADER, LATE_UNMET, ON_TIME, REPEAT

TALENT = replace(seed_call(1, CallKind.TALENT), deadline=datetime(2026, 9, 21, 17, 0))


def test_the_seed_holds_the_fy2021_calls() -> None:
    region = seed_call(1, CallKind.REGION)
    assert (len(region.conditions), len(region.questions), len(region.items)) == (5, 11, 11)
    assert len({item.perspective for item in region.items}) == 4
    assert (len(TALENT.conditions), len(TALENT.questions), len(TALENT.items)) == (5, 3, 8)
    assert [item.key for item in TALENT.items if item.bonus] == ["i5"]
    assert all(item.weight == 1 for item in TALENT.items + region.items)


@pytest.mark.parametrize("change", [
    {"title": " "}, {"questions": ()}, {"questions": (Question("q1", "a"), Question("q1", "b"))},
    {"conditions": (Condition("c1", ""),)}, {"conditions": (Condition("c1", "a"), Condition("c1", "b"))},
    {"items": (replace(TALENT.items[0], weight=11),)}])
def test_a_broken_call_is_refused(change: dict[str, object]) -> None:
    with pytest.raises(InputError):
        check_call(replace(TALENT, **change))  # type: ignore[arg-type]


def test_a_call_broken_in_several_places_names_every_problem_at_once() -> None:
    """Review 15 item 9: the first problem only, then the next after each fix; now one error, a line each."""
    broken = replace(TALENT, title="募集😀", conditions=(Condition("c1", ""),),
                     items=(replace(TALENT.items[0], weight=11),), threshold=Decimal(10_000))
    with pytest.raises(InputError) as refused:
        check_call(broken)
    lines = str(refused.value).split("\n")
    assert len(lines) == 4
    assert lines[0].startswith("募集の名称: 「😀」") and lines[1].startswith("合格基準") and lines[2] == "応募条件1が空です"
    assert lines[3].startswith("審査項目 ") and "重みは0〜10です" in lines[3]


def test_the_mapping_is_guessed_from_the_form_headers() -> None:
    mapping = guess_mapping(TALENT, HEADER)
    assert mapping == {"name": "氏名", "email": "メールアドレス", "submitted_at": "タイムスタンプ", "q1": "Q1. 動機",
                       "q2": "Q2. 経験", "q3": "Q3. PR", "c1": "条件1", "c2": "条件2", "c3": "条件3", "c4": "条件4",
                       "c5": "条件5"}


def test_a_form_without_question_columns_keeps_its_condition_columns_for_the_conditions() -> None:
    """条件1…条件3 went to questions q1…q3 (their answers read 「はい」, the ticks of c1…c3 were never checked) when
    no header named the questions: a question's guess took a header starting with 条件N."""
    header = ["タイムスタンプ", "お名前", "条件1", "条件2", "条件3", "条件4", "条件5", "参加理由"]
    mapping = guess_mapping(TALENT, header)
    assert {key: mapping.get(key) for key in ("q1", "q2", "q3")} == {"q1": None, "q2": None, "q3": None}
    assert [mapping[f"c{n}"] for n in range(1, 6)] == [f"条件{n}" for n in range(1, 6)]
    assert guess_mapping(TALENT, ["お名前", "応募条件1（最後まで参加）", "質問2 経験"]) == {
        "name": "お名前", "c1": "応募条件1（最後まで参加）", "q2": "質問2 経験"}


def _rows(*rows: list[str]) -> list[tuple[int, list[object]]]:
    return [(number, list(row)) for number, row in enumerate(rows, start=2)]


def test_rows_become_applications_flagged_not_dropped() -> None:
    plan = plan_applications(TALENT, guess_mapping(TALENT, HEADER), HEADER, _rows(ON_TIME, LATE_UNMET), set())
    assert plan.problems == []
    first, second = plan.new
    assert first.answers["q1"] == ON_TIME[3]  # verbatim: comma, newline and spaces kept
    assert first.answers["q2"] == "ＩｏＴの経験"  # not NFKC: as the applicant wrote it
    assert (first.late, first.unmet) == (False, False)
    assert second.name == "SATO 花子"  # the name is NFKC
    assert (second.late, second.unmet, second.conditions) == (True, True, {"c1": True, "c2": True, "c3": False,
                                                                           "c4": True, "c5": True})


def test_a_bad_cell_is_named_by_row_and_column() -> None:
    plan = plan_applications(TALENT, guess_mapping(TALENT, HEADER), HEADER, _rows(ON_TIME, BAD_TIME), set())
    assert [(p.row, p.column) for p in plan.problems] == [(3, "タイムスタンプ")]


def test_a_form_sent_again_imports_the_later_submission_only() -> None:
    # REPEAT is 山田 太郎 again, TARO@… (the same e-mail folded), a day later; a third row of his earlier still.
    earlier_again = [ON_TIME[0].replace("09/01", "08/31"), *ON_TIME[1:]]
    plan = plan_applications(TALENT, guess_mapping(TALENT, HEADER), HEADER,
                             _rows(ON_TIME, LATE_UNMET, REPEAT, earlier_again), set())
    assert plan.problems == []
    assert [a.row for a in plan.new] == [3, 4] and plan.new[1].answers["q1"] == "二回目"
    assert plan.resubmitted == [(2, 4), (5, 4)]


def test_the_same_name_without_an_e_mail_may_be_two_people_and_is_a_problem() -> None:
    no_mail = [ON_TIME[0], ON_TIME[1], "", *ON_TIME[3:]]
    plan = plan_applications(TALENT, guess_mapping(TALENT, HEADER), HEADER, _rows(no_mail, LATE_UNMET, no_mail), set())
    assert [(p.row, p.column) for p in plan.problems] == [(4, "")] and "2行目" in plan.problems[0].message


def test_applicants_the_call_holds_are_duplicates() -> None:
    plan = plan_applications(TALENT, guess_mapping(TALENT, HEADER), HEADER, _rows(ON_TIME, LATE_UNMET),
                             {"taro@example.jp"})
    assert ([a.row for a in plan.new], [a.row for a in plan.duplicates]) == ([3], [2])


def test_a_mapping_naming_a_missing_column_is_one_problem() -> None:
    plan = plan_applications(TALENT, {"name": "お名前"}, HEADER, _rows(ON_TIME), set())
    assert len(plan.problems) == 1 and "お名前" in plan.problems[0].message
    assert plan.new == []
