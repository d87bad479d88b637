"""Matching stored per programme: the solver's input from the database, a proposal stored as 候補 pairs and
kept by the next one, hand-made pairs refused with every constraint they break, status moves and re-matches
logged with who and why. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.matching import PairStatus, RuleKind, solve
from colead_desktop.services import matching
from tests.services.matching_fixtures import World, make_world


@pytest.fixture
def world(any_db: Database) -> World:
    return make_world(any_db)


@pytest.fixture
def sqlite_world(db: Database) -> World:
    return make_world(db)


def _pairs(world: World) -> dict[tuple[int, int], str]:
    return {(p["talent_id"], p["company_id"]): p["status"] for p in matching.pairs(world.db, world.programme)}


def test_a_proposal_is_stored_as_candidates_and_keeps_committed_pairs(world: World) -> None:
    t, c = world.talents, world.companies
    with world.db.session() as session:
        expected = solve(matching.matching_input(session, world.programme))
    first = matching.propose(world.db, world.programme, "事務局A")
    assert {(int(a), int(b)) for a, b in expected.pairs} == set(_pairs(world))
    # 佐藤 is 北見精工's first wish and lists only it; 高橋 goes to 北見観光, 鈴木 to 北見農産.
    assert _pairs(world) == {(t[1], c[0]): "candidate", (t[0], c[1]): "candidate", (t[2], c[2]): "candidate"}
    shown = {p["talent_id"]: p for p in matching.pairs(world.db, world.programme)}
    assert (shown[t[1]]["talent_rank"], shown[t[1]]["company_rank"]) == (1, 1)
    assert (shown[t[0]]["talent_rank"], shown[t[0]]["company_rank"]) == (2, None)
    assert (shown[t[2]]["skills_offered"], shown[t[2]]["skills_wanted"]) == (["engineer"], ["engineer"])
    assert shown[t[0]]["log"][0]["who"] == "事務局A" and shown[t[0]]["log"][0]["to"] == "candidate"
    assert matching.propose(world.db, world.programme, "事務局A") == first  # nothing changed: the same pairs

    # Committed pairs stay and replaced candidates are dissolved.
    committed = next(p["id"] for p in matching.pairs(world.db, world.programme) if p["talent_id"] == t[0])
    matching.move_pair(world.db, committed, PairStatus.EXCHANGE, "事務局A")
    # 高橋 now wants 北見精工 first and the lab agrees: a free proposal would move them, but the pair is committed.
    matching.set_company_wishes(world.db, world.programme, c[0], [t[0], t[1]])
    matching.set_rule(world.db, world.programme, t[2], c[2], RuleKind.FORBIDDEN)
    matching.propose(world.db, world.programme, "事務局B")
    assert _pairs(world) == {(t[1], c[0]): "candidate", (t[0], c[1]): "exchange", (t[2], c[2]): "dissolved"}
    dissolved = next(p for p in matching.pairs(world.db, world.programme) if p["talent_id"] == t[2])
    assert dissolved["log"][-1] == {**dissolved["log"][-1], "from": "candidate", "to": "dissolved", "who": "事務局B"}


def test_hand_edits_rematches_and_status_moves(sqlite_world: World) -> None:
    world = sqlite_world
    set_language("en")
    t, c = world.talents, world.companies
    matching.propose(world.db, world.programme, "事務局A")
    matching.set_rule(world.db, world.programme, t[0], c[2], RuleKind.FORBIDDEN)
    with pytest.raises(InputError) as refused:
        matching.add_pair(world.db, world.programme, t[0], c[2], "事務局A", "")
    assert str(refused.value).splitlines() == [
        f"The pair ({t[0]}, {c[2]}) is forbidden", f"Talent '{t[0]}' is paired with 2 SMEs; a talent has at most one",
        f"SME '{c[2]}' has 2 talents, over its capacity of 1"]
    assert len(_pairs(world)) == 3  # nothing written

    set_language("ja")
    # A re-match dissolves the old pair with its reason.
    old = next(p["id"] for p in matching.pairs(world.db, world.programme) if p["talent_id"] == t[0])
    with pytest.raises(InputError, match="理由"):
        matching.add_pair(world.db, world.programme, t[0], c[0], "事務局A", " ", replaces=old)
    matching.move_pair(world.db, next(p["id"] for p in matching.pairs(world.db, world.programme)
                                      if p["talent_id"] == t[1]), PairStatus.DISSOLVED, "事務局A", "辞退")
    new = matching.add_pair(world.db, world.programme, t[0], c[0], "事務局C", "意見交換会で希望が一致", replaces=old)
    shown = {p["id"]: p for p in matching.pairs(world.db, world.programme)}
    assert shown[old]["status"] == "dissolved" and shown[old]["log"][-1]["reason"] == "意見交換会で希望が一致"
    assert (shown[new]["replaces"], shown[new]["status"], shown[new]["log"][0]["who"]) == (old, "candidate", "事務局C")

    # A status moves forward only, and dissolving needs a reason.
    pair = new
    matching.move_pair(world.db, pair, PairStatus.AGREED, "事務局A")  # no 意見交換会 needed
    for status, reason, refusal in ((PairStatus.EXCHANGE, "", "戻せません"), (PairStatus.DISSOLVED, "", "理由が必要")):
        with pytest.raises(InputError, match=refusal):
            matching.move_pair(world.db, pair, status, "事務局A", reason)
    matching.move_pair(world.db, pair, PairStatus.ENDED, "事務局A")
    with pytest.raises(InputError, match="再マッチング"):
        matching.move_pair(world.db, pair, PairStatus.ACTIVE, "事務局A")
    log = next(p["log"] for p in matching.pairs(world.db, world.programme) if p["id"] == pair)
    assert [(e["from"], e["to"]) for e in log] == [(None, "candidate"), ("candidate", "agreed"), ("agreed", "ended")]
