"""JSON in, JSON out for `colead matching solve INPUT.json` (README: Matching talents and SMEs).

The document is read strictly: unknown keys, duplicate ids, an id listed twice in one wish list or pair list,
and any id that names no talent or SME are refused with the path (`talents[2].wishes[1]`); a fixed pair that
cannot hold is refused by the domain's check_input, naming the pair.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.json_input import Node, Problems
from colead_desktop.domain.matching import MatchInput, Matching, Pair, Sme, Talent, solve as solve_matching

# Bounds that keep any input to seconds: 1,000 talents each listing 20 of the same 40 SMEs took 1–4 s on a
# 2-core machine (each talent's search may visit every SME and every talent placed before it).
MAX_TALENTS = 1_000
MAX_SMES = 1_000
MAX_WISHES = 20  # per talent and per SME
MAX_SKILLS = 20
MAX_PAIRS = 10_000  # fixed and forbidden, each

_ROOT_KEYS = ("talents", "smes", "fixed", "forbidden")
_TALENT_KEYS = ("id", "skills", "wishes")
_SME_KEYS = ("id", "capacity", "wants_skills", "wishes")


def solve(document: Node) -> dict[str, Any]:
    """Read the document, solve it and return the matching as plain JSON types."""
    return matching_to_json(solve_matching(parse_input(document)))


def matching_to_json(matching: Matching) -> dict[str, Any]:
    m = matching.metrics
    return {"pairs": [list(pair) for pair in matching.pairs], "unmatched": list(matching.unmatched),
            "metrics": {"matched": m.matched, "rank_cost": m.rank_cost, "skill_fit": m.skill_fit,
                        "blocking_pairs": m.blocking_pairs}}


def input_to_json(inp: MatchInput) -> dict[str, Any]:
    """The instance as the document parse_input reads (what `colead matching input` prints)."""
    return {"talents": [{"id": t.id, "skills": sorted(t.skills), "wishes": list(t.wishes)} for t in inp.talents],
            "smes": [{"id": s.id, "capacity": s.capacity, "wants_skills": sorted(s.wants_skills), "wishes": list(s.wishes)}
                     for s in inp.smes],
            "fixed": [list(pair) for pair in inp.fixed], "forbidden": [list(pair) for pair in inp.forbidden]}


def parse_input(root: Node) -> MatchInput:
    """The instance in the document, or InputProblems naming every bad field (json_input.Problems): each talent,
    SME and pair is read on its own, and an id whose row is broken still counts as defined."""
    problems = Problems()
    root.field("talents")  # a document that is not an object is the one problem: fails naming it
    problems.attempt(lambda: root.only_keys(_ROOT_KEYS))
    talent_nodes = problems.attempt(lambda: root.field("talents").items(MAX_TALENTS)) or []
    sme_nodes = problems.attempt(lambda: root.field("smes").items(MAX_SMES)) or []
    talent_ids, sme_ids = _unique_ids(talent_nodes, problems), _unique_ids(sme_nodes, problems)
    talents = tuple(t for node in talent_nodes if (t := _talent(node, sme_ids, problems)) is not None)
    smes = tuple(sme for node in sme_nodes if (sme := _sme(node, talent_ids, problems)) is not None)
    fixed = _pairs(root.field("fixed"), talent_ids, sme_ids, problems)
    forbidden = _pairs(root.field("forbidden"), talent_ids, sme_ids, problems)
    problems.raise_any()
    return MatchInput(talents, smes, fixed, forbidden)


def _talent(node: Node, sme_ids: set[str], problems: Problems) -> Talent | None:
    problems.attempt(lambda: node.only_keys(_TALENT_KEYS))  # also notes a row that is not an object
    if _broken(node):
        return None
    read = problems.each(lambda: node.field("id").text(), lambda: _texts(node.field("skills")),
                         lambda: _wishes(node.field("wishes"), sme_ids, "企業", "SME"))
    return None if read is None else Talent(*read)


def _sme(node: Node, talent_ids: set[str], problems: Problems) -> Sme | None:
    problems.attempt(lambda: node.only_keys(_SME_KEYS))  # also notes a row that is not an object
    if _broken(node):
        return None
    read = problems.each(lambda: node.field("id").text(), lambda: node.field("capacity").integer(0, MAX_TALENTS),
                         lambda: _texts(node.field("wants_skills")),
                         lambda: _wishes(node.field("wishes"), talent_ids, "人材", "talent"))
    return None if read is None else Sme(*read)


def _broken(node: Node) -> bool:
    """Not an object: its one problem is noted (only_keys), none per field."""
    return not isinstance(node.value, dict)


def _unique_ids(nodes: list[Node], problems: Problems) -> set[str]:
    """The ids that can be read (a row broken elsewhere is still known by its id, so references to it are not
    reported as well); each id given twice is a problem."""
    ids: set[str] = set()
    for node in nodes:
        try:
            value = node.field("id").text()
        except InputError:
            continue  # noted where the row is read
        if value in ids:
            problems.messages.append(str(node.field("id").fail("「{v}」が重複しています", "duplicate id '{v}'", v=value)))
        ids.add(value)
    return ids


def _texts(node: Node) -> frozenset[str]:
    return frozenset(item.text() for item in node.items(MAX_SKILLS))


def _ref(node: Node, known: set[str], ja: str, en: str) -> str:
    value = node.text()
    if value not in known:
        raise node.fail("{kind}「{v}」は定義されていません", "unknown {kind_en} id '{v}'", kind=ja, kind_en=en, v=value)
    return value


def _wishes(node: Node, known: set[str], ja: str, en: str) -> tuple[str, ...]:
    wishes: list[str] = []
    for item in node.items(MAX_WISHES):
        value = _ref(item, known, ja, en)
        if value in wishes:
            raise item.fail("「{v}」が2回挙がっています（希望順位は1つです）", "'{v}' is listed twice (a wish has one rank)",
                            v=value)
        wishes.append(value)
    return tuple(wishes)


def _pairs(node: Node, talents: set[str], smes: set[str], problems: Problems) -> tuple[Pair, ...]:
    """An optional list of [talent id, SME id]; each bad pair is a problem."""
    items = problems.attempt(lambda: node.maybe(lambda n: n.items(MAX_PAIRS))) or []
    pairs: dict[Pair, None] = {}  # ordered, with set lookups
    for item in items:
        pair = problems.attempt(partial(_pair, item, talents, smes))
        if pair is None:
            continue
        if pair in pairs:
            problems.messages.append(str(item.fail("ペア（{t}, {s}）が2回あります", "the pair ({t}, {s}) is listed twice",
                                                   t=pair[0], s=pair[1])))
        pairs[pair] = None
    return tuple(pairs)


def _pair(item: Node, talents: set[str], smes: set[str]) -> Pair:
    parts = item.items(2)
    if len(parts) != 2:
        raise item.fail("[人材ID, 企業ID] の組で指定してください", "must be a pair [talent id, SME id]")
    return _ref(parts[0], talents, "人材", "talent"), _ref(parts[1], smes, "企業", "SME")
