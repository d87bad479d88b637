"""The people behind a round-table plan's numbers, and what holds one talent in one seat.

Why: a metric such as 「希望地域の未訪問 2」 or a red cell only helps when the planner can see who it is about;
the round-table tab lists them on a click and explains the chosen chip with the same facts the planner used
(pins, keep-apart pairs, preferences, attendance), so the explanation can never disagree with the plan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from colead_desktop.domain.i18n import listed, msg
from colead_desktop.domain.roundtables import PlanInput, Seating
from colead_desktop.domain.roundtables_check import Violation

METRIC_KEYS = ("repeat_pairs", "revisits", "table_size_spread", "unmet_preferences")


def _rounds_text(rounds: Sequence[int]) -> str:
    return listed(msg("第{r}ラウンド", "round {r}", r=r) for r in rounds)


def _joined(names: Sequence[str]) -> str:
    return msg("、", ", ").join(names)


def _seats(rounds: Sequence[Seating]) -> dict[str, dict[int, str]]:
    """talent -> {round from 1: table}."""
    seats: dict[str, dict[int, str]] = {}
    for r, seating in enumerate(rounds, start=1):
        for table, people in seating.items():
            for person in people:
                seats.setdefault(person, {})[r] = table
    return seats


def metric_details(inp: PlanInput, rounds: Sequence[Seating]) -> dict[str, list[str]]:
    """For each metric of `roundtables.Metrics` (METRIC_KEYS), one line per case it counts, naming who and where."""
    seats = _seats(rounds)
    shared: dict[tuple[str, str], list[int]] = {}
    for r, seating in enumerate(rounds, start=1):
        for people in seating.values():
            for pair in combinations(sorted(people), 2):
                shared.setdefault(pair, []).append(r)
    repeats = [msg("{a} と {b}: {n}回同席（{rounds}）", "{a} and {b}: together {n} times ({rounds})",
                   a=a, b=b, n=len(rs), rounds=_rounds_text(rs))
               for (a, b), rs in sorted(shared.items()) if len(rs) > 1]
    revisits = []
    for person in sorted(seats):
        by_table: dict[str, list[int]] = {}
        for r, table in sorted(seats[person].items()):
            by_table.setdefault(table, []).append(r)
        revisits += [msg("{p}: {t}を{n}回訪問（{rounds}）", "{p}: visits {t} {n} times ({rounds})",
                         p=person, t=table, n=len(rs), rounds=_rounds_text(rs))
                     for table, rs in by_table.items() if len(rs) > 1]
    spread = []
    for r, seating in enumerate(rounds, start=1):
        sizes = {t.id: len(seating.get(t.id, ())) for t in inp.tables}
        if sizes and max(sizes.values()) != min(sizes.values()):
            spread.append(msg("第{r}ラウンド: {sizes}", "Round {r}: {sizes}", r=r,
                              sizes=_joined([msg("{t} {n}名", "{t} {n}", t=t, n=n) for t, n in sizes.items()])))
    unmet = []
    for talent in inp.talents:
        attended = sum(1 for r in range(1, inp.rounds + 1) if talent.attends(r))
        visited = set(seats.get(talent.id, {}).values())
        missed = [t for t in talent.prefers if t not in visited]
        if max(0, min(len(talent.prefers), attended) - (len(talent.prefers) - len(missed))) > 0:
            unmet.append(msg("{p}: 希望の{missed}を訪問しません", "{p}: does not visit the preferred {missed}",
                             p=talent.id, missed=_joined(missed)))
    return {"repeat_pairs": repeats, "revisits": revisits, "table_size_spread": spread, "unmet_preferences": unmet}


def explain_chip(inp: PlanInput, rounds: Sequence[Seating], person: str, round_no: int,
                 violations: Sequence[Violation]) -> list[tuple[str, bool]]:
    """Why `person` sits where they sit in round `round_no` and what constrains them: one fact per line, each
    with whether it is a broken rule (the panel shows those in red)."""
    seats = _seats(rounds).get(person, {})
    table = seats.get(round_no)
    talent = next((t for t in inp.talents if t.id == person), None)
    lines = [msg("{p}・第{r}ラウンド・{t}", "{p}, round {r}, {t}", p=person, r=round_no,
                 t=table or msg("席なし", "no seat"))]
    pins = sorted((p.round, p.table) for p in inp.pins if p.talent == person)
    here = [t for r, t in pins if r == round_no]
    if here:
        lines.append(msg("固定: このラウンドは{t}に固定されています（ダブルクリックで解除）",
                         "Pinned: kept at {t} in this round (double-click to unpin)", t=here[0]))
    else:
        lines.append(msg("固定: なし（ドラッグで移動、ダブルクリックで固定）",
                         "Pinned: no (drag to move, double-click to pin)"))
    others = [msg("第{r}ラウンド {t}", "round {r} {t}", r=r, t=t) for r, t in pins if r != round_no]
    if others:
        lines.append(msg("他のラウンドの固定: {pins}", "Pinned in other rounds: {pins}", pins=_joined(others)))
    if talent is not None:
        if talent.prefers:
            visited = set(seats.values())
            seen = [t for t in talent.prefers if t in visited]
            missed = [t for t in talent.prefers if t not in visited]
            lines.append(msg("希望地域: {all}（訪問: {seen}／未訪問: {missed}）",
                             "Preferred regions: {all} (visited: {seen}; not visited: {missed})",
                             all=_joined(talent.prefers), seen=_joined(seen) or msg("なし", "none"),
                             missed=_joined(missed) or msg("なし", "none")))
        else:
            lines.append(msg("希望地域: なし", "Preferred regions: none"))
        if talent.rounds is not None:
            lines.append(msg("参加: {rounds}のみ", "Attends: {rounds} only", rounds=_rounds_text(sorted(talent.rounds))))
    apart = sorted(b if a == person else a for a, b in inp.apart if person in (a, b))
    if apart:
        lines.append(msg("同席禁止: {names}", "Kept apart from: {names}", names=_joined(apart)))
    if table is not None:
        earlier = [r for r, t in sorted(seats.items()) if t == table and r != round_no]
        if earlier:
            lines.append(msg("このテーブルは{rounds}にも訪問します", "Also at this table in {rounds}",
                             rounds=_rounds_text(earlier)))
        mates = rounds[round_no - 1].get(table, ())
        met: Counter[str] = Counter()
        for r, seating in enumerate(rounds, start=1):
            if r != round_no:
                met.update(p for people in seating.values() if person in people for p in people if p != person)
        again = [p for p in mates if p != person and met[p]]
        if again:
            lines.append(msg("他のラウンドでも同席: {names}", "Also together in another round: {names}",
                             names=_joined(again)))
    facts = [(line, False) for line in lines]
    broken = [v.message for v in violations if v.round == round_no and v.table in (table, None)]
    return facts + ([(msg("制約違反: {m}", "Broken rule: {m}", m=m), True) for m in broken] or [
        (msg("制約: この席は制約をすべて満たしています", "Rules: this seat meets every rule"), False)])
