"""Talent–SME matching (issue 19): the optimal proposal, its metrics, and the check of a hand-made matching.

After the meetup, talents rank the SMEs they would like to work with and each lab ranks talents per SME.
A pair is *acceptable* when either side lists the other or when it is fixed; forbidden pairs never match.
A talent has at most one SME, an SME at most `capacity` talents, and every fixed pair is in the matching.
`rank(t→s)` is s's 1-based place in t's wishes, or `len(t.wishes) + 1` when t does not list s (so an
unlisted partner is worse than any listed one); `rank(s→t)` likewise. The proposal is, in this order:

1. the most talents matched;
2. then the least `rank_cost`, the sum over matched pairs of `rank(t→s) + rank(s→t)`;
3. then the most `skill_fit`, the matched pairs where the talent offers a skill the SME wants.

Why the solver is optimal (`solve`):

* Fixed pairs are in every feasible matching, so taking them out first (their talents leave, their SMEs'
  capacities shrink) leaves a residual instance whose feasible matchings, joined with the fixed pairs, are
  exactly the original's. All three objectives are sums over pairs, so the fixed pairs add a constant and an
  optimum of the residual instance is an optimum of the original.
* The residual matchings are the flows of this network: each free talent supplies one unit; arcs talent → SME
  (capacity 1, cost `K·ranks(p) − fit(p)`, one per acceptable pair that is neither fixed nor forbidden),
  SME → sink (the SME's remaining capacity, cost 0) and talent → sink (capacity 1, cost `U`: "unmatched").
  Every unit reaches the sink, so a flow's cost is `U·unmatched + K·rank_cost − skill_fit`.
* Talents are added one at a time, and each sends its unit along a cheapest residual path (Dijkstra on costs
  reduced by node potentials; every arc costs at least 0 when built, so the potentials start at 0). A new
  talent has no arc in, so it lies on no cycle: the residual network stays free of negative cycles, and
  augmenting along a cheapest path keeps it so (successive shortest paths). A flow whose residual network has
  no negative cycle is the cheapest for its supplies, so the final flow is the cheapest in which every talent
  sends its unit. Capacities are integers, so it is integral: a matching.
* `U` is one more than all pairs' costs together could be (talents × the dearest pair), so one talent fewer
  unmatched always saves more than any change of pairs costs: the most talents are matched (objective 1).
  `K` is the number of talents plus one, more than any skill_fit F (0 ≤ F ≤ talents). If R1 < R2 then
  `K·R1 − F1 ≤ K·R1 ≤ K·R2 − K < K·R2 − F2`, so among those the cheapest has the least rank_cost
  (objective 2) and, for an equal rank_cost, the most skill_fit (objective 3).
* The searches stop once the sink is settled and the potentials of the nodes not settled move by the sink's
  distance, which keeps every reduced cost at 0 or more; a search visits only the nodes nearer than the
  sink, so 1,000 talents take seconds, not minutes.

Ties between equally good matchings are broken by the order of the sorted ids, so the same input always
gives the same answer. Plain Python (no numpy, no OR-Tools): the bundle ships neither.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.types import LabelledEnum

Pair = tuple[str, str]  # (talent id, SME id)


@dataclass(frozen=True)
class Talent:
    id: str
    skills: frozenset[str]
    wishes: tuple[str, ...]  # SME ids, best first


@dataclass(frozen=True)
class Sme:
    id: str
    capacity: int
    wants_skills: frozenset[str]
    wishes: tuple[str, ...]  # talent ids, best first


@dataclass(frozen=True)
class MatchInput:
    """The instance. Ids are unique per side and every id a wish or pair names exists (the readers check)."""

    talents: tuple[Talent, ...]
    smes: tuple[Sme, ...]
    fixed: tuple[Pair, ...] = ()
    forbidden: tuple[Pair, ...] = ()


@dataclass(frozen=True)
class Metrics:
    matched: int
    rank_cost: int
    skill_fit: int
    blocking_pairs: int


@dataclass(frozen=True)
class Matching:
    pairs: tuple[Pair, ...]  # sorted by talent id
    unmatched: tuple[str, ...]  # talent ids, sorted
    metrics: Metrics


class _Ranks:
    """Both sides' ranks and what makes a pair acceptable, looked up by id."""

    def __init__(self, inp: MatchInput) -> None:
        self.talents = {t.id: t for t in inp.talents}
        self.smes = {s.id: s for s in inp.smes}
        self._by_talent = {t.id: {s: place for place, s in enumerate(t.wishes, start=1)} for t in inp.talents}
        self._by_sme = {s.id: {t: place for place, t in enumerate(s.wishes, start=1)} for s in inp.smes}
        self.fixed = set(inp.fixed)
        self.forbidden = set(inp.forbidden)

    def talent_rank(self, talent: str, sme: str) -> int:
        places = self._by_talent[talent]
        return places.get(sme, len(places) + 1)

    def sme_rank(self, sme: str, talent: str) -> int:
        places = self._by_sme[sme]
        return places.get(talent, len(places) + 1)

    def ranks(self, pair: Pair) -> int:
        talent, sme = pair
        return self.talent_rank(talent, sme) + self.sme_rank(sme, talent)

    def fits(self, pair: Pair) -> bool:
        talent, sme = pair
        return not self.talents[talent].skills.isdisjoint(self.smes[sme].wants_skills)

    def listed(self, pair: Pair) -> bool:
        talent, sme = pair
        return sme in self._by_talent[talent] or talent in self._by_sme[sme]

    def mutual(self, pair: Pair) -> bool:
        talent, sme = pair
        return sme in self._by_talent[talent] and talent in self._by_sme[sme]

    def acceptable(self, pair: Pair) -> bool:
        return pair not in self.forbidden and (pair in self.fixed or self.listed(pair))


@dataclass(frozen=True)
class Names:
    """What the checks call talents and SMEs (their names in the GUI); an id without a name is called by its id."""

    talents: Mapping[str, str] = field(default_factory=dict)
    smes: Mapping[str, str] = field(default_factory=dict)

    def talent(self, talent_id: str) -> str:
        return self.talents.get(talent_id, talent_id)

    def sme(self, sme_id: str) -> str:
        return self.smes.get(sme_id, sme_id)


def check_input(inp: MatchInput, names: Names | None = None) -> None:
    """InputError naming (by `names`, else by id) the first thing that keeps `inp` from being an instance: a
    wish or rule naming a talent or SME that is not in it, or listed twice; a fixed pair that cannot hold
    (also forbidden, a talent fixed to two SMEs, more fixed pairs at an SME than its capacity)."""
    called = names or Names()
    _check_references(inp, called)
    forbidden = set(inp.forbidden)
    fixed_to: dict[str, str] = {}
    for talent, sme in inp.fixed:
        t, s = called.talent(talent), called.sme(sme)
        if (talent, sme) in forbidden:
            raise InputError(msg("固定ペア（{t}, {s}）は禁止ペアにも指定されています",
                                 "The fixed pair ({t}, {s}) is also forbidden", t=t, s=s))
        if talent in fixed_to:
            raise InputError(msg("人材「{t}」が2社（{a}, {b}）に固定されています。人材は1社までです",
                                 "Talent '{t}' is fixed to two SMEs ({a}, {b}); a talent has at most one",
                                 t=t, a=called.sme(fixed_to[talent]), b=s))
        fixed_to[talent] = sme
    load = Counter(fixed_to.values())
    for company in inp.smes:
        if load[company.id] > company.capacity:
            raise InputError(msg("企業「{s}」の固定ペア {n} 組が受け入れ人数 {c} を超えています",
                                 "SME '{s}' has more fixed pairs ({n}) than its capacity ({c})",
                                 s=called.sme(company.id), n=load[company.id], c=company.capacity))


def _check_references(inp: MatchInput, called: Names) -> None:
    """The JSON reader refuses these with the document's path already; an instance edited in the GUI meets
    them here (a company left out of the matching that a talent still wishes for)."""
    talent_ids, sme_ids = {t.id for t in inp.talents}, {s.id for s in inp.smes}
    for talent in inp.talents:
        for sme in _listed_once(talent.wishes, msg("人材「{t}」の希望", "Talent '{t}''s wishes",
                                                   t=called.talent(talent.id))):
            if sme not in sme_ids:
                raise InputError(msg("人材「{t}」の希望の企業「{s}」はマッチングに参加していません",
                                     "SME '{s}' in talent '{t}''s wishes does not take part in the matching",
                                     t=called.talent(talent.id), s=called.sme(sme)))
    for company in inp.smes:
        for talent_id in _listed_once(company.wishes, msg("企業「{s}」への希望", "The wishes for SME '{s}'",
                                                          s=called.sme(company.id))):
            if talent_id not in talent_ids:
                raise InputError(msg("企業「{s}」への希望の人材「{t}」はマッチングの対象ではありません",
                                     "Talent '{t}' in the wishes for SME '{s}' is not in the matching",
                                     t=called.talent(talent_id), s=called.sme(company.id)))
    for kind, pairs in ((RuleKind.FIXED, inp.fixed), (RuleKind.FORBIDDEN, inp.forbidden)):
        for talent_id, sme in pairs:
            if talent_id not in talent_ids or sme not in sme_ids:
                raise InputError(msg("{k}ペア（{t}, {s}）の人材または企業がマッチングに参加していません",
                                     "The {k_en} pair ({t}, {s}) names a talent or SME not in the matching",
                                     k=kind.label, k_en=kind.label.lower(), t=called.talent(talent_id),
                                     s=called.sme(sme)))


def _listed_once(ids: tuple[str, ...], whose: str) -> tuple[str, ...]:
    for place, value in enumerate(ids):
        if value in ids[:place]:
            raise InputError(msg("{w}に同じ相手が2回挙がっています（{p}番目）", "{w} list the same one twice (place {p})",
                                 w=whose, p=place + 1))
    return ids


def pair_problems(inp: MatchInput, pairs: Iterable[Pair], *, complete: bool = True) -> list[str]:
    """What keeps `pairs` (e.g. edited by hand) from being a feasible matching of `inp`, one localised message
    each; empty when it is feasible. Unknown ids are reported rather than raised. A matching still being built
    by hand (`complete=False`) may lack a fixed pair, but its talent may not be paired with another SME."""
    ranks = _Ranks(inp)
    problems: list[str] = []
    chosen = list(pairs)
    known = [(t, s) for t, s in chosen if t in ranks.talents and s in ranks.smes]
    for talent, sme in chosen:
        if talent in ranks.talents and sme in ranks.smes:
            continue
        problems.append(msg("ペア（{t}, {s}）: 人材または企業が見つかりません", "Pair ({t}, {s}): unknown talent or SME",
                            t=talent, s=sme))
    for pair in known:
        if pair in ranks.forbidden:
            problems.append(msg("ペア（{t}, {s}）は禁止されています", "The pair ({t}, {s}) is forbidden",
                                t=pair[0], s=pair[1]))
        elif not ranks.acceptable(pair):
            problems.append(msg("ペア（{t}, {s}）はどちらの希望にもありません",
                                "The pair ({t}, {s}) is in neither side's wishes", t=pair[0], s=pair[1]))
    for talent, count in sorted(Counter(t for t, _ in known).items()):
        if count > 1:
            problems.append(msg("人材「{t}」が {n} 社と組まれています。人材は1社までです",
                                "Talent '{t}' is paired with {n} SMEs; a talent has at most one", t=talent, n=count))
    for sme, count in sorted(Counter(s for _, s in known).items()):
        if count > ranks.smes[sme].capacity:
            problems.append(msg("企業「{s}」に {n} 名: 受け入れ人数 {c} を超えています",
                                "SME '{s}' has {n} talents, over its capacity of {c}",
                                s=sme, n=count, c=ranks.smes[sme].capacity))
    paired = {t for t, _ in known}
    for talent, sme in sorted(ranks.fixed - set(known)):
        if talent in paired:
            problems.append(msg("人材「{t}」は企業「{s}」に固定されています", "Talent '{t}' is fixed to SME '{s}'",
                                t=talent, s=sme))
        elif complete:
            problems.append(msg("固定ペア（{t}, {s}）がありません", "The fixed pair ({t}, {s}) is missing",
                                t=talent, s=sme))
    return problems


def metrics(inp: MatchInput, pairs: Iterable[Pair]) -> Metrics:
    """The objectives of a feasible matching, and its blocking pairs: pairs that list each other, are not
    matched together and would both rather be (the talent is unmatched or ranks the SME above its own; the
    SME has a free place or ranks the talent above one of its talents). A forbidden pair cannot be matched,
    so it never blocks."""
    ranks = _Ranks(inp)
    chosen = sorted(set(pairs))
    partner = dict(chosen)
    members: dict[str, list[str]] = {}
    for talent, sme in chosen:
        members.setdefault(sme, []).append(talent)
    blocking = 0
    for person in inp.talents:
        talent = person.id
        for sme in person.wishes:
            pair = (talent, sme)
            if partner.get(talent) == sme or pair in ranks.forbidden or not ranks.mutual(pair):
                continue
            current = partner.get(talent)
            talent_would = current is None or ranks.talent_rank(talent, sme) < ranks.talent_rank(talent, current)
            own = members.get(sme, [])
            sme_would = len(own) < ranks.smes[sme].capacity or any(
                ranks.sme_rank(sme, talent) < ranks.sme_rank(sme, other) for other in own)
            blocking += talent_would and sme_would
    return Metrics(matched=len(chosen), rank_cost=sum(ranks.ranks(p) for p in chosen),
                   skill_fit=sum(ranks.fits(p) for p in chosen), blocking_pairs=blocking)


def check_proposable(inp: MatchInput) -> None:
    """InputError naming what a programme lacks before pairs can be proposed: talents, or companies taking part
    (a proposal of nothing would look like a button that does nothing)."""
    missing = [what for what, side in ((msg("人材", "talents"), inp.talents),
                                       (msg("参加企業", "participating companies"), inp.smes)) if not side]
    if missing:
        raise InputError(msg("提案するには{what}が必要です。先に登録してください",
                             "A proposal needs {what}: add them first", what=msg("と", " and ").join(missing)))


def solve(inp: MatchInput) -> Matching:
    """The optimal matching (see the module docstring for why it is optimal); InputError from check_input."""
    check_input(inp)
    ranks = _Ranks(inp)
    fixed_talents = {t for t, _ in inp.fixed}
    room = Counter({s.id: s.capacity for s in inp.smes})
    room.subtract(s for _, s in inp.fixed)
    talents = sorted(t.id for t in inp.talents if t.id not in fixed_talents)
    smes = sorted(s for s in room if room[s] > 0)
    listed: dict[str, set[str]] = {t.id: set(t.wishes) for t in inp.talents}  # the pairs either side lists
    for company in inp.smes:
        for talent in company.wishes:
            listed[talent].add(company.id)
    weight = len(inp.talents) + 1  # K: more than any skill_fit
    costs = {(t, s): weight * ranks.ranks((t, s)) - ranks.fits((t, s))
             for t in talents for s in sorted(listed[t]) if s in room and room[s] > 0 and ranks.acceptable((t, s))}
    unmatched_cost = 1 + len(talents) * max(costs.values(), default=0)  # U: more than all pairs together
    sink = 0
    talent_node = {t: 1 + i for i, t in enumerate(talents)}
    sme_node = {s: 1 + len(talents) + i for i, s in enumerate(smes)}
    network = _Network(1 + len(talents) + len(smes))
    arcs = {network.add(talent_node[t], sme_node[s], 1, cost): (t, s) for (t, s), cost in costs.items()}
    for sme in smes:
        network.add(sme_node[sme], sink, room[sme], 0)
    for talent in talents:
        network.add(talent_node[talent], sink, 1, unmatched_cost)
    for talent in talents:
        network.send_one(talent_node[talent], sink)
    chosen = sorted({*inp.fixed, *(pair for arc, pair in arcs.items() if network.used(arc))})
    matched = {t for t, _ in chosen}
    return Matching(pairs=tuple(chosen), unmatched=tuple(sorted(t.id for t in inp.talents if t.id not in matched)),
                    metrics=metrics(inp, chosen))


class _Network:
    """A flow network in arrays (arc i and its reverse i ^ 1) that sends units along cheapest paths.

    Node potentials keep every residual arc's reduced cost at 0 or more, so Dijkstra finds the cheapest path;
    all arc costs are at least 0 when the network is built, so the potentials start at 0.
    """

    def __init__(self, nodes: int) -> None:
        self.out: list[list[int]] = [[] for _ in range(nodes)]
        self.head: list[int] = []
        self.room: list[int] = []
        self.cost: list[int] = []
        self.potential = [0] * nodes

    def add(self, tail: int, head: int, capacity: int, cost: int) -> int:
        """Add an arc and its reverse; the arc's index."""
        arc = len(self.head)
        self.out[tail].append(arc)
        self.out[head].append(arc + 1)
        self.head += [head, tail]
        self.room += [capacity, 0]
        self.cost += [cost, -cost]
        return arc

    def used(self, arc: int) -> bool:
        return self.room[arc + 1] > 0  # flow on an arc is the room of its reverse

    def send_one(self, start: int, sink: int) -> None:
        """Send one unit from `start` to `sink` along a cheapest residual path (one must exist)."""
        potential = self.potential
        dist: dict[int, int] = {start: 0}
        via: dict[int, int] = {}
        settled: set[int] = set()
        queue = [(0, start)]
        while queue:
            d, node = heapq.heappop(queue)
            if node in settled:
                continue
            settled.add(node)
            if node == sink:
                break  # the nodes still open are at least this far: the search may stop here
            for arc in self.out[node]:
                if self.room[arc] <= 0:
                    continue
                head = self.head[arc]
                reached = d + self.cost[arc] + potential[node] - potential[head]  # reduced cost ≥ 0
                if head not in settled and reached < dist.get(head, reached + 1):
                    dist[head], via[head] = reached, arc
                    heapq.heappush(queue, (reached, head))
        # Settled nodes move by their distance, all others by the sink's: every reduced cost stays ≥ 0, and
        # the arcs of the path (all settled) get reduced cost 0, so their reverses do too.
        far = dist[sink]
        for node in range(len(potential)):
            potential[node] += dist[node] if node in settled else far
        node = sink
        while node != start:
            arc = via[node]
            self.room[arc] -= 1
            self.room[arc ^ 1] += 1
            node = self.head[arc ^ 1]


class PairStatus(LabelledEnum):
    """Where a talent–SME pair stands: 候補 → 意見交換会 → 合意 → NDA締結 → 活動中 → 終了, or 解消 on the way."""

    CANDIDATE = "candidate"
    EXCHANGE = "exchange"
    AGREED = "agreed"
    NDA = "nda"
    ACTIVE = "active"
    ENDED = "ended"
    DISSOLVED = "dissolved"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"candidate": ("候補", "Candidate"), "exchange": ("意見交換会", "Opinion exchange"),
                "agreed": ("合意", "Agreed"), "nda": ("NDA締結", "NDA signed"), "active": ("活動中", "Active"),
                "ended": ("終了", "Ended"), "dissolved": ("解消", "Dissolved")}

    @property
    def live(self) -> bool:
        """A live pair holds its talent and a place at its SME; an ended or dissolved one holds neither."""
        return self not in (PairStatus.ENDED, PairStatus.DISSOLVED)


_STAGES = tuple(PairStatus)[:6]  # the way forward; 解消 leaves it


def next_stage(status: PairStatus) -> PairStatus | None:
    """The stage after `status` on the way forward; None for 終了 and 解消."""
    if status not in _STAGES[:-1]:
        return None
    return _STAGES[_STAGES.index(status) + 1]


def status_change_problem(old: PairStatus, new: PairStatus, reason: str) -> str | None:
    """Why a pair may not move from `old` to `new`, or None. A pair moves forward (a stage may be skipped, e.g.
    no 意見交換会 was needed) or is dissolved from any live stage, which needs a reason; ended and dissolved
    pairs stay so (a re-match is a new pair)."""
    if not old.live:
        return msg("{old}のペアは変更できません（再マッチングは新しいペアで行います）",
                   "A pair that is {old} cannot change (a re-match makes a new pair)", old=old.label)
    if new is PairStatus.DISSOLVED:
        return None if reason.strip() else msg("解消には理由が必要です", "Dissolving a pair needs a reason")
    if _STAGES.index(new) <= _STAGES.index(old):
        return msg("{old}から{new}には戻せません", "A pair cannot go back from {old} to {new}", old=old.label,
                   new=new.label)
    return None


class RuleKind(LabelledEnum):
    FIXED = "fixed"
    FORBIDDEN = "forbidden"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"fixed": ("固定", "Fixed"), "forbidden": ("禁止", "Forbidden")}
