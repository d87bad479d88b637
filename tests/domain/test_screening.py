"""Screening arithmetic: item means over the reviews that count (conflicts and blanks left out), the bonus on
top, the spread highlighted, a competition ranking with ties shown as ties and unreviewed applicants last."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from fractions import Fraction

import pytest


from colead_desktop.domain.calls import CallKind, check_call, parse_threshold, seed_call
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.screening import Review, applicant_total, below_threshold, check_score, ranking

ITEMS = seed_call(1, CallKind.TALENT).items  # i5 is the bonus


def _all(score: int, application: int, reviewer: int, conflict: bool = False) -> Review:
    return Review(reviewer, application, conflict, {item.key: score for item in ITEMS}, {})


def test_means_bonus_spread_and_conflicts() -> None:
    reviews = [_all(4, 1, 1), _all(2, 1, 2), _all(1, 1, 3, conflict=True)]
    total = applicant_total(1, ITEMS, reviews)
    assert (total.base, total.bonus, total.total) == (Fraction(21), Fraction(3), Fraction(24))  # 7 × 3 + 3
    assert all(item.spread == 2 and item.alert for item in total.items)
    assert (total.reviews, total.complete) == (2, True)


def test_weights_and_a_blank_score() -> None:
    weighted = tuple(item if item.key != "i1" else type(item)(item.key, item.text, item.perspective, 3)
                     for item in ITEMS)
    review = Review(1, 1, False, {"i1": 4, "i2": None}, {})
    total = applicant_total(1, weighted, [review])
    assert (total.base, total.complete, total.items[1].mean) == (Fraction(12), False, None)


def test_ranking_shows_ties_as_ties() -> None:
    reviews = [_all(3, 1, 1), _all(4, 2, 1), _all(3, 3, 1), _all(2, 4, 1)]
    totals = [applicant_total(a, ITEMS, reviews) for a in (1, 2, 3, 4, 5)]
    ranked = ranking(totals)
    assert [(r.applicant.application_id, r.rank, r.tied) for r in ranked] == [
        (2, 1, False), (1, 2, True), (3, 2, True), (4, 4, False), (5, None, False)]


def test_an_unreviewed_applicant_shows_no_score_rather_than_zero() -> None:
    reviewed, unreviewed = (applicant_total(a, ITEMS, [_all(3, 1, 1)]) for a in (1, 2))
    assert reviewed.scored == (Fraction(24), Fraction(21), Fraction(3)) and unreviewed.scored == (None, None, None)


def test_the_threshold_marks_totals_below_it_and_never_the_unranked() -> None:
    reviews = [_all(3, 1, 1), _all(2, 2, 1)]  # totals 24 and 16
    ranked = ranking([applicant_total(a, ITEMS, reviews) for a in (1, 2, 3)])
    assert [below_threshold(Decimal("24"), r) for r in ranked] == [False, True, False]
    assert [below_threshold(Decimal("16.01"), r) for r in ranked] == [False, True, False]
    assert [below_threshold(None, r) for r in ranked] == [False, False, False]


@pytest.mark.parametrize(("typed", "value"), [("", None), (" １８．５ ", Decimal("18.5")), ("0", Decimal(0)),
                                              ("1000.00", Decimal(1000))])
def test_a_threshold_as_typed(typed: str, value: Decimal | None) -> None:
    assert parse_threshold(typed) == value


@pytest.mark.parametrize("bad", ["abc", "-1", "1000.01", "1.005", "NaN", "Infinity", "1e3000"])
def test_a_bad_threshold_is_refused_by_name(bad: str) -> None:
    with pytest.raises(InputError, match="合格基準"):
        parse_threshold(bad)


def test_a_threshold_nobody_can_reach_is_refused_naming_the_top_total() -> None:
    call = seed_call(1, CallKind.TALENT)
    top = 4 * sum(item.weight for item in call.items)  # every item at the top level, the bonus included
    assert check_call(dataclasses.replace(call, threshold=Decimal(top))).threshold == top
    with pytest.raises(InputError, match=f"満点 {top} "):
        check_call(dataclasses.replace(call, threshold=Decimal(top) + Decimal("0.01")))
    heavier = dataclasses.replace(call, items=tuple(dataclasses.replace(i, weight=2) for i in call.items))
    assert check_call(dataclasses.replace(heavier, threshold=Decimal(top + 1))).threshold == top + 1


@pytest.mark.parametrize("bad", [0, 5, -1])
def test_scores_are_four_levels(bad: int) -> None:
    with pytest.raises(InputError):
        check_score(bad)
