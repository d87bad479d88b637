"""Screening arithmetic (issue 19 item 3): scores at 4 levels per item and reviewer, totals per item and per
applicant, the spread between reviewers and a ranking that shows ties as ties. Plain Python, exact fractions.

The source says only that items are scored at 4 levels and that the total per item and the comments decide
(A:206-209, A:302-306); weights, thresholds and the bonus treatment are open. So: an item's score for an
applicant is the mean of the reviews that count (a conflicted review never counts, nor a blank score), so an
applicant reviewed by fewer people is not marked down; the applicant's total is the weighted sum of the item
means of the ordinary items, plus the weighted means of the bonus items added on top. Totals are Fractions, so
two applicants tie exactly or not at all, and the ranking is standard competition ranking (1, 2, 2, 4).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from colead_desktop.domain.calls import LEVELS, ScoringItem
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg

SPREAD_ALERT = 2  # reviewers this many levels apart on an item are highlighted


def check_score(value: int) -> int:
    if value not in LEVELS:
        raise InputError(msg("評点は1〜4で入力してください", "A score is 1 to 4"))
    return value


@dataclass(frozen=True)
class Review:
    """One reviewer's view of one application: scores (None: not yet) and comments by item key."""

    reviewer_id: int
    application_id: int
    conflict: bool
    scores: dict[str, int | None]
    comments: dict[str, str]


@dataclass(frozen=True)
class ItemTotal:
    key: str
    scores: tuple[int, ...]  # the counted reviews' scores
    mean: Fraction | None
    spread: int  # highest minus lowest counted score

    @property
    def alert(self) -> bool:
        return self.spread >= SPREAD_ALERT


@dataclass(frozen=True)
class ApplicantTotal:
    application_id: int
    items: tuple[ItemTotal, ...]
    base: Fraction
    bonus: Fraction
    reviews: int  # the reviews that count
    complete: bool  # every item has a counted score

    @property
    def total(self) -> Fraction:
        return self.base + self.bonus

    @property
    def scored(self) -> tuple[Fraction | None, Fraction | None, Fraction | None]:
        """(total, base, bonus) as shown: None before any review counts, so an unreviewed applicant's 0 is not
        read as a score."""
        return (self.total, self.base, self.bonus) if self.reviews else (None, None, None)


@dataclass(frozen=True)
class Ranked:
    rank: int | None  # None: not ranked (no counted score yet)
    tied: bool
    applicant: ApplicantTotal


def applicant_total(application_id: int, items: Sequence[ScoringItem], reviews: Iterable[Review]) -> ApplicantTotal:
    counted = [r for r in reviews if r.application_id == application_id and not r.conflict]
    totals: list[ItemTotal] = []
    base = bonus = Fraction(0)
    for item in items:
        scores = tuple(s for r in counted if (s := r.scores.get(item.key)) is not None)
        mean = Fraction(sum(scores), len(scores)) if scores else None
        totals.append(ItemTotal(item.key, scores, mean, max(scores) - min(scores) if scores else 0))
        if mean is not None:
            if item.bonus:
                bonus += item.weight * mean
            else:
                base += item.weight * mean
    return ApplicantTotal(application_id, tuple(totals), base, bonus,
                          sum(1 for r in counted if any(v is not None for v in r.scores.values())),
                          all(t.mean is not None for t in totals))


def ranking(totals: Sequence[ApplicantTotal]) -> list[Ranked]:
    """Highest total first; equal totals share a rank and are marked tied; applicants with no counted score
    come last, unranked. Ties keep the order given (the caller passes the order the applications came in)."""
    scored = sorted((t for t in totals if t.reviews), key=lambda t: -t.total)
    counts: dict[Fraction, int] = {}
    for t in scored:
        counts[t.total] = counts.get(t.total, 0) + 1
    first: dict[Fraction, int] = {}
    for index, t in enumerate(scored):
        first.setdefault(t.total, index + 1)
    ranked = [Ranked(first[t.total], counts[t.total] > 1, t) for t in scored]
    return ranked + [Ranked(None, False, t) for t in totals if not t.reviews]


def below_threshold(threshold: Decimal | None, ranked: Ranked) -> bool:
    """A ranked applicant whose total stays under the call's threshold (合格基準); an unranked one is not judged."""
    return threshold is not None and ranked.rank is not None and ranked.applicant.total < Fraction(threshold)


def shown(value: Fraction | None) -> str:
    """A mean or total as printed: two decimals, '-' for none."""
    return "-" if value is None else f"{float(value):.2f}"
