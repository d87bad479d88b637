"""`colead roundtables absent` (review 15, item 2): on the day the rounds before --from-round keep their seats,
the others move as few people as the even tables need, and who moved is printed (never logged)."""

from __future__ import annotations

import json
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup_setup as setups
from tests.cli.run import colead


def test_absent_from_round_two_keeps_round_one_and_prints_the_moves(demo_url: str, tmp_path: Path,
                                                                   monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLEAD_DATA_DIR", str(tmp_path / "data"))
    db = Database(demo_url)
    setup = setups.load_setup(db, 1)
    before = setups.load_plan(db, 1)
    assert setup is not None and before is not None
    who = setup.talents[0]
    done = colead("--db", demo_url, "roundtables", "absent", "--event", "1", "--talent", str(who.talent_id),
                  "--from-round", "2")
    assert done.returncode == 0, done.stderr
    after = setups.load_plan(db, 1)
    assert after is not None
    assert after.rounds[0] == before.rounds[0]  # held: without --rounds the talent keeps their round-1 seat
    assert who.label not in {p for r in (1, 2) for people in after.rounds[r].values() for p in people}
    moves = json.loads(done.stdout)["moves"]
    assert all(m["round"] >= 2 for m in moves)
    assert f"席の移動 {len(moves)}件" in done.stderr
    for r in (2, 3):
        was = {p: t for t, people in before.rounds[r - 1].items() for p in people}
        now = {p: t for t, people in after.rounds[r - 1].items() for p in people}
        assert sorted(m["talent"] for m in moves if m["round"] == r) == sorted(p for p in now if was[p] != now[p])
        assert len([p for p in now if was[p] != now[p]]) <= 1  # one left one table: one move at most evens it
    log = (tmp_path / "data" / "logs" / "colead.log")
    assert not log.exists() or all(m["talent"] not in log.read_text(encoding="utf-8") for m in moves)
    db.dispose()


def test_absent_from_a_round_under_way_when_named(demo_url: str) -> None:
    """--rounds names the rounds missed, a held one included (the talent did not come to round 1): their seat
    there empties and nobody else's moves."""
    db = Database(demo_url)
    setup, before = setups.load_setup(db, 1), setups.load_plan(db, 1)
    assert setup is not None and before is not None
    who = setup.talents[0]
    done = colead("--db", demo_url, "roundtables", "absent", "--event", "1", "--talent", str(who.talent_id),
                  "--rounds", "1,2,3", "--from-round", "2")
    assert done.returncode == 0, done.stderr
    after = setups.load_plan(db, 1)
    assert after is not None
    assert after.rounds[0] == {t: tuple(p for p in people if p != who.label) for t, people in before.rounds[0].items()}
    db.dispose()


def test_a_round_that_is_not_one_is_named(demo_url: str) -> None:
    done = colead("--db", demo_url, "roundtables", "absent", "--event", "1", "--talent", "1", "--rounds", "9")
    assert done.returncode == 2 and "--rounds: 「9」は1〜3" in done.stderr


def test_a_first_round_that_is_not_one_is_named(demo_url: str) -> None:
    """--from-round 0 was refused as 「変更するラウンドは1〜3にしてください」, naming no option."""
    for command in (("absent", "--event", "1", "--talent", "1"), ("replan", "--event", "1")):
        done = colead("--db", demo_url, "roundtables", *command, "--from-round", "0")
        assert done.returncode == 2 and "--from-round: 「0」は1〜3のラウンド番号ではありません" in done.stderr, done.stderr


def test_an_absence_is_taken_back_as_the_window_ticks_the_rounds_again(demo_url: str) -> None:
    """The CLI could only mark absent (review prog19 item 3): `present` puts the talent back in the rounds from
    --from-round on (or those named), the held rounds as they are, and the seating is saved again."""
    db = Database(demo_url)
    setup = setups.load_setup(db, 1)
    assert setup is not None
    who = setup.talents[0]
    talent = ("--event", "1", "--talent", str(who.talent_id))
    assert colead("--db", demo_url, "roundtables", "absent", *talent, "--from-round", "2").returncode == 0
    held = setups.load_plan(db, 1)
    assert held is not None
    done = colead("--db", demo_url, "roundtables", "present", *talent, "--from-round", "2")
    assert done.returncode == 0, done.stderr
    assert "出席に戻して再計画しました" in done.stderr and "moves" in json.loads(done.stdout)
    after_setup, after = setups.load_setup(db, 1), setups.load_plan(db, 1)
    assert after_setup is not None and after is not None
    assert next(t for t in after_setup.talents if t.talent_id == who.talent_id).rounds in (None, (1, 2, 3))  # None: all
    assert after.rounds[0] == held.rounds[0]  # the held round is history
    for seating in after.rounds[1:]:
        assert sum(who.label in people for people in seating.values()) == 1
    named = colead("--db", demo_url, "roundtables", "present", *talent, "--rounds", "4")
    assert named.returncode == 2 and "--rounds: 「4」は1〜3" in named.stderr
    db.dispose()
