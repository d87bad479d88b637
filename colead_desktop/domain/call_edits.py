"""What an edit of a call means for what it already holds (review 14b items 3 and 5), in plain Python.

A deadline moved into the past, and scoring changed after decisions, are warned about, never refused: the
secretariat may mean it. (Ticks, answers and scores follow their keys whatever the edit: domain/calls.py.)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction

from colead_desktop.domain.calls import Call
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.screening import Review, applicant_total, shown
from colead_desktop.domain.selection import Decision


def past_deadline_warning(before: Call, after: Call, today: date) -> str | None:
    """A deadline set or moved to a day before `today` (Asia/Tokyo): every application may now be late."""
    if after.deadline is None or after.deadline == before.deadline or after.deadline.date() >= today:
        return None
    return msg("締切 {d} は今日（{t}）より前です。この締切より後の応募はすべて締切後と示されます",
               "The deadline {d} is before today ({t}): every application sent after it is shown as late",
               d=after.deadline.strftime("%Y-%m-%d %H:%M"), t=today.isoformat())


def _scoring(call: Call) -> tuple[tuple[tuple[str, int, bool], ...], Decimal | None]:
    return tuple((i.key, i.weight, i.bonus) for i in call.items), call.threshold


def scoring_changed(before: Call, after: Call) -> bool:
    """Whether totals or the bar may read differently: an item added or removed, a weight, the bonus or the
    threshold changed (a reworded item scores the same)."""
    return _scoring(before) != _scoring(after)


def decisions_on_old_scores(before: Call, after: Call, reviews: Sequence[Review],
                            decided: Mapping[int, Decision], names: Mapping[int, str]) -> list[str]:
    """When the scoring changed and decisions exist: that they were made on the old scores, then each decided
    applicant who now falls on the other side of the bar (合格基準), with the decision and both totals."""
    if not decided or not scoring_changed(before, after):
        return []
    lines = [msg("判定 {n} 件は変更前の点数で行われています。判定を見直してください",
                 "{n} decisions were made on the old scores: review them", n=len(decided))]
    for application_id, decision in decided.items():
        old = applicant_total(application_id, before.items, reviews)
        new = applicant_total(application_id, after.items, reviews)
        if not new.reviews:
            continue
        was_below, is_below = _below(before.threshold, old.total), _below(after.threshold, new.total)
        if was_below != is_below:
            lines.append(msg("{name}（{d}）: 合計 {old} → {new}、{side}",
                             "{name} ({d}): total {old} → {new}, {side}", name=names.get(application_id, "?"),
                             d=decision.label, old=shown(old.total), new=shown(new.total),
                             side=msg("今は基準未満", "now below the bar") if is_below else
                             msg("今は基準以上", "now at or above the bar")))
    return lines


def _below(threshold: Decimal | None, total: Fraction) -> bool:
    return threshold is not None and total < Fraction(threshold)


def decision_warnings(decision: Decision, late: bool, unmet: Sequence[int], below: bool) -> list[str]:
    """Why selecting (or putting on the reserve list) this applicant needs a second look; `unmet`: the places of
    the conditions left unticked, named so the decider can look them up."""
    if decision is Decision.REJECTED:
        return []
    return [text for on, text in (
        (late, msg("締切後の応募です", "The application came after the deadline")),
        (bool(unmet), msg("応募条件を満たしていない項目があります（応募条件{n}）",
                          "A condition to apply is not met (condition {n})", n="・".join(map(str, unmet)))),
        (below, msg("合計が合格基準に届いていません", "The total is below the threshold"))) if on]
