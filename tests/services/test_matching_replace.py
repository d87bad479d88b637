"""The 希望と条件 dialog's save and its undo: replace_input writes a whole input only over the one it read, in
one transaction, refusing (nothing written) when another instance changed it meanwhile, even at the same
moment. On SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.matching import MatchInput, Names, RuleKind
from colead_desktop.services import matching
from colead_desktop.services.record_restore import RecordConflict
from tests.services.matching_fixtures import World, make_world


def _stored(world: World) -> MatchInput:
    with world.db.session() as session:
        return matching.matching_input(session, world.programme)


def _edited(world: World, before: MatchInput) -> MatchInput:
    """高橋 wishes only 北見農産, 北見観光 takes two, 鈴木 is fixed to 北見観光 and 佐藤 may not go to 北見精工."""
    t, c = [str(i) for i in world.talents], [str(i) for i in world.companies]
    talents = tuple(replace(x, wishes=(c[2],)) if x.id == t[0] else x for x in before.talents)
    smes = tuple(replace(s, capacity=2) if s.id == c[1] else s for s in before.smes)
    return MatchInput(talents, smes, fixed=((t[2], c[1]),), forbidden=((t[1], c[0]),))


def test_the_input_is_replaced_over_what_was_read_and_refused_over_a_change(instances: tuple[Database, Database]) -> None:
    here, there = instances
    world = make_world(here)
    before = _stored(world)
    wanted = _edited(world, before)
    stored = matching.replace_input(here, world.programme, before, wanted)
    assert matching.stored_part(stored) == matching.stored_part(wanted) == matching.stored_part(_stored(world))
    with here.session() as session:
        assert matching.matching_input(session, world.programme, committed_as_fixed=True).fixed == wanted.fixed

    # Another instance changes one wish: the undo (back to `before`) is refused, the change stays.
    matching.set_talent_wishes(there, world.programme, world.talents[1], [world.companies[1]])
    changed = _stored(world)
    with pytest.raises(RecordConflict, match="ほかの操作で変更"):
        matching.replace_input(here, world.programme, stored, before)
    assert _stored(world) == changed
    # Over what is stored now, it goes through.
    assert matching.stored_part(matching.replace_input(here, world.programme, changed, before)) == \
        matching.stored_part(before)


def test_an_input_that_cannot_hold_is_refused_by_name_and_nothing_is_written(any_db: Database) -> None:
    world = make_world(any_db)
    before = _stored(world)
    names = Names({str(world.talents[0]): "高橋 三郎"}, {str(world.companies[2]): "北見農産"})
    # 北見農産 leaves the matching while 高橋 still wishes for it.
    wanted = replace(_edited(world, before), smes=tuple(s for s in before.smes if s.id != str(world.companies[2])),
                     fixed=())
    with pytest.raises(InputError, match="人材「高橋 三郎」の希望の企業「北見農産」はマッチングに参加していません"):
        matching.replace_input(any_db, world.programme, before, wanted, names)
    # A talent who has left the programme since cannot be given wishes.
    ghost = replace(before.talents[0], id="999999", wishes=(str(world.companies[0]),))
    with pytest.raises(InputError, match="人材 999999 はこのプログラムに参加していません"):
        matching.replace_input(any_db, world.programme, before, replace(before, talents=(*before.talents, ghost)))
    # Refused after the old rows were deleted (a skill that is none): the transaction leaves them all.
    odd = replace(before, smes=(replace(before.smes[-1], wants_skills=frozenset({"juggler"})), *before.smes[:-1]))
    with pytest.raises(InputError, match="juggler"):
        matching.replace_input(any_db, world.programme, before, odd)
    assert _stored(world) == before


def test_two_saves_at_the_same_moment_one_wins_the_other_is_refused(instances: tuple[Database, Database]) -> None:
    here, there = instances
    world = make_world(here)
    before = _stored(world)
    t, c = str(world.talents[0]), str(world.companies[0])
    wanted = {here: _edited(world, before), there: replace(before, forbidden=((t, c),))}
    start = threading.Barrier(2)
    outcomes: dict[Database, object] = {}

    def save(db: Database) -> None:
        start.wait()
        try:
            outcomes[db] = matching.replace_input(db, world.programme, before, wanted[db])
        except InputError as exc:
            outcomes[db] = exc

    threads = [threading.Thread(target=save, args=(db,)) for db in (here, there)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    refused = [db for db, outcome in outcomes.items() if isinstance(outcome, RecordConflict)]
    assert len(outcomes) == 2 and len(refused) == 1, outcomes
    winner = there if refused == [here] else here
    assert matching.stored_part(_stored(world)) == matching.stored_part(wanted[winner])


def test_load_shares_the_store(any_db: Database) -> None:
    """`colead matching load` writes through the same store: rules of both kinds, wishes and capacities."""
    world = make_world(any_db)
    wanted = _edited(world, _stored(world))
    matching.load(any_db, world.programme, wanted)
    stored = _stored(world)
    assert matching.stored_part(stored) == matching.stored_part(wanted)
    assert {RuleKind.FIXED: stored.fixed, RuleKind.FORBIDDEN: stored.forbidden} == {
        RuleKind.FIXED: wanted.fixed, RuleKind.FORBIDDEN: wanted.forbidden}
