"""The cases behind each round-table metric and the explanation of one chip, on a plan small enough to read."""

from __future__ import annotations

from colead_desktop.domain.roundtables import Pin, PlanInput, Table, Talent, compute_metrics
from colead_desktop.domain.roundtables_check import check_plan
from colead_desktop.domain.roundtables_explain import explain_chip, metric_details

TABLES = (Table("北見", 2), Table("桑名", 2), Table("沖縄", 2))
TALENTS = (Talent("A", "engineer", prefers=("沖縄",)), Talent("B", "engineer"),
           Talent("C", "engineer", prefers=("北見",)), Talent("D", "engineer", rounds=frozenset({1, 2})))
ROUNDS = ({"北見": ("A", "B"), "桑名": ("C", "D"), "沖縄": ()},
          {"北見": ("A", "B"), "桑名": ("C",), "沖縄": ("D",)})
INPUT = PlanInput(2, "mix", 0, TABLES, TALENTS, pins=(Pin("A", 2, "北見"),), apart=(("A", "C"),))


def test_each_metric_lists_exactly_the_cases_it_counts() -> None:
    details = metric_details(INPUT, ROUNDS)
    metrics = compute_metrics(INPUT, ROUNDS)
    assert details["repeat_pairs"] == ["A と B: 2回同席（第1ラウンド・第2ラウンド）"]
    assert metrics.repeat_pairs == 1
    assert details["revisits"] == ["A: 北見を2回訪問（第1ラウンド・第2ラウンド）", "B: 北見を2回訪問（第1ラウンド・第2ラウンド）",
                                   "C: 桑名を2回訪問（第1ラウンド・第2ラウンド）"]
    assert metrics.revisits == 3
    assert details["table_size_spread"] == ["第1ラウンド: 北見 2名、桑名 2名、沖縄 0名",
                                            "第2ラウンド: 北見 2名、桑名 1名、沖縄 1名"]
    assert details["unmet_preferences"] == ["A: 希望の沖縄を訪問しません", "C: 希望の北見を訪問しません"]
    assert metrics.unmet_preferences == 2


def test_a_chip_is_explained_by_its_pin_preferences_partners_and_rules() -> None:
    lines = explain_chip(INPUT, ROUNDS, "A", 2, check_plan(INPUT, ROUNDS))
    texts = [text for text, _broken in lines]
    assert texts[0] == "A・第2ラウンド・北見"
    assert "固定: このラウンドは北見に固定されています（ダブルクリックで解除）" in texts
    assert "希望地域: 沖縄（訪問: なし／未訪問: 沖縄）" in texts
    assert "同席禁止: C" in texts
    assert "このテーブルは第1ラウンドにも訪問します" in texts
    assert "他のラウンドでも同席: B" in texts
    assert lines[-1] == ("制約: この席は制約をすべて満たしています", False)


def test_a_broken_rule_at_the_chips_table_is_named_in_red() -> None:
    crowded = ({"北見": ("A", "B", "C"), "桑名": ("D",), "沖縄": ()}, ROUNDS[1])
    lines = explain_chip(INPUT, crowded, "B", 1, check_plan(INPUT, crowded))
    broken = [text for text, is_broken in lines if is_broken]
    assert broken and all(text.startswith("制約違反: ") for text in broken)
    assert any("定員" in text for text in broken)
    d_lines = [text for text, _b in explain_chip(INPUT, crowded, "D", 1, check_plan(INPUT, crowded))]
    assert "参加: 第1ラウンド・第2ラウンドのみ" in d_lines
