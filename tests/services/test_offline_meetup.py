"""持ち出し of one meetup, on SQLite and on PostgreSQL without a team: the agenda replaced offline comes back as
a whole, a copy is brought back once, and an agenda replaced in the shared database meanwhile is not doubled."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.offline import Outcome, Scope
from colead_desktop.offline_copies import last_copy
from colead_desktop.services import meetup
from colead_desktop.services.offline_checkin import check_in
from colead_desktop.services.offline_checkout import check_out
from colead_desktop.services.offline_holds import list_holds
from tests.cli.run import colead

TODAY = tokyo_today()


def _take(db: Database, event_id: int, out: Path) -> Path:
    with db.session() as session:
        programme_id = meetup.event_in(session, event_id).programme_id
    done = check_out(db, programme_id, Scope.EVENT, event_id, TODAY + timedelta(days=3), out, TODAY)
    assert done.held["event"] == 1 and done.held["agenda_block"] > 0
    assert last_copy() == out.resolve()  # remembered for a start-up away from the server
    return out


def _retitle_first_block(db: Database, event_id: int, title: str) -> None:
    blocks = meetup.load_agenda(db, event_id).blocks
    meetup.save_agenda(db, event_id, [replace(blocks[0], title=title), *blocks[1:]])


def test_a_meetup_agenda_replaced_offline_comes_back_whole(meetup_demo: tuple[Database, int],
                                                           tmp_path: Path) -> None:
    db, event_id = meetup_demo
    before = meetup.load_agenda(db, event_id).blocks
    copy_file = _take(db, event_id, tmp_path / "meetup.sqlite")
    offline = Database(f"sqlite:///{copy_file}")
    _retitle_first_block(offline, event_id, "オフラインで変更した開会")
    offline.dispose()

    dry = check_in(db, copy_file, dry_run=True)
    # The offline agenda was deleted and inserted again: SQLite may give the new blocks the old ids (rewritten)
    # or new ones (deleted and added); either way the whole agenda comes back.
    assert (dry.of(Outcome.WRITE) or dry.of(Outcome.ADD)) and not dry.of(Outcome.CONFLICT)
    assert meetup.load_agenda(db, event_id).blocks == before  # a dry run writes nothing
    assert not check_in(db, copy_file).of(Outcome.CONFLICT)
    after = meetup.load_agenda(db, event_id).blocks
    assert after[0].title == "オフラインで変更した開会" and after[1:] == before[1:]
    assert list_holds(db, TODAY) == []
    with pytest.raises(InputError, match="持ち帰り済み"):
        check_in(db, copy_file)


def test_an_agenda_replaced_meanwhile_is_reported_not_doubled(meetup_demo: tuple[Database, int],
                                                              tmp_path: Path) -> None:
    db, event_id = meetup_demo  # no team here: nothing stops the office, as after an admin's release
    copy_file = _take(db, event_id, tmp_path / "meetup.sqlite")
    _retitle_first_block(db, event_id, "事務局が変更した開会")
    offline = Database(f"sqlite:///{copy_file}")
    _retitle_first_block(offline, event_id, "オフラインで変更した開会")
    offline.dispose()
    shared_now = meetup.load_agenda(db, event_id).blocks
    back = colead("--db", db.url, "checkin", str(copy_file))
    assert back.returncode == 4, back.stderr
    report = json.loads(back.stdout)
    assert {c["table"] for c in report["conflicts"]} == {"agenda_block"}
    assert report["added"] == [] and report["deleted"] == []
    assert meetup.load_agenda(db, event_id).blocks == shared_now


def test_hostile_inputs_are_refused_whole(meetup_demo: tuple[Database, int], tmp_path: Path) -> None:
    db, event_id = meetup_demo
    existing = tmp_path / "taken.sqlite"
    existing.write_bytes(b"not mine")
    with pytest.raises(InputError, match="既にあります"):
        _take(db, event_id, existing)
    assert existing.read_bytes() == b"not mine" and list_holds(db, TODAY) == []
    past = colead("--db", db.url, "checkout", "--event", str(event_id), "--until", "2020-01-01",
                  "--out", str(tmp_path / "x.sqlite"))
    assert past.returncode == 2 and "--until" in past.stderr and not (tmp_path / "x.sqlite").exists()
    garbage = colead("--db", db.url, "checkin", str(existing))
    assert garbage.returncode == 2, garbage.stderr
    plain = tmp_path / "plain.sqlite"
    Database(f"sqlite:///{plain}").migrate()
    not_copy = colead("--db", db.url, "checkin", str(plain))
    assert not_copy.returncode == 2 and "持ち出したファイルではありません" in not_copy.stderr
    copy_file = _take(db, event_id, tmp_path / "meetup.sqlite")
    with pytest.raises(InputError, match="持ち出し中"):
        _take(db, event_id, tmp_path / "again.sqlite")
    other = tmp_path / "other.sqlite"  # a copy brought to a database it did not come from
    Database(f"sqlite:///{other}").migrate()
    wrong = colead("--db", f"sqlite:///{other}", "checkin", str(copy_file))
    assert wrong.returncode == 2 and "このデータベースから持ち出したものではありません" in wrong.stderr


def test_reference_rows_of_another_region_are_not_brought_back_as_new(meetup_demo: tuple[Database, int],
                                                                      tmp_path: Path) -> None:
    """A 北見 tour's event held at a 桑名 venue: the venue is copied along (the event refers to it), unheld, and a
    check-in neither adds it again nor writes it."""
    from sqlalchemy import text

    from colead_desktop.services import tours
    from colead_desktop.services.offline_checkout import region_id_named

    db, _event = meetup_demo
    with db.session() as session:
        kitami, kuwana = region_id_named(db, "北見"), region_id_named(db, "桑名")
        other_venue = session.execute(text("SELECT id FROM venue WHERE region_id = :r"), {"r": kuwana}).scalar()
        tour_event = session.execute(text("SELECT event_id, programme_id FROM tour WHERE region_id = :r"),
                                     {"r": kitami}).first()
        assert other_venue is not None and tour_event is not None and tour_event[0] is not None
        session.execute(text("UPDATE event SET venue_id = :v WHERE id = :e"), {"v": other_venue, "e": tour_event[0]})
    done = check_out(db, tour_event[1], Scope.REGION, kitami, TODAY, tmp_path / "k.sqlite", TODAY)
    assert done.copied["venue"] == done.held["venue"] + 1
    offline = Database(f"sqlite:///{tmp_path / 'k.sqlite'}")
    [summary] = tours.list_tours(offline, tour_event[1])
    tour = tours.load_tour(offline, summary.key)
    tours.replace_tour(offline, tour, replace(tour, title="北見（現地）"))
    offline.dispose()
    report = check_in(db, tmp_path / "k.sqlite")
    assert [s.taken.table for s in report.of(Outcome.WRITE)] == ["tour"]
    assert not report.of(Outcome.ADD) and not report.of(Outcome.CONFLICT)


def test_the_command_line_checks_out_lists_and_releases(meetup_demo: tuple[Database, int], tmp_path: Path) -> None:
    db, event_id = meetup_demo
    until = (TODAY + timedelta(days=2)).isoformat()
    taken = colead("--db", db.url, "checkout", "--region", "桑名", "--until", until, "--out", str(tmp_path / "k.sqlite"))
    assert taken.returncode == 0, taken.stderr
    out = json.loads(taken.stdout)
    assert out["label"] == "桑名のツアー" and out["held"]["tour"] == 1 and out["until"] == until
    meetup_out = colead("--db", db.url, "checkout", "--event", str(event_id), "--until", until,
                        "--out", str(tmp_path / "m.sqlite"))
    assert meetup_out.returncode == 0, meetup_out.stderr
    listed = json.loads(colead("--db", db.url, "holds").stdout)
    assert [h["scope"] for h in listed] == ["region", "event"] and all("持ち出し中" in h["text"] for h in listed)
    released = colead("--db", db.url, "holds", "--release", str(out["hold"]))  # the holder's own, before its end
    assert released.returncode == 0 and json.loads(released.stdout)[0]["outcome"] == "released"
    assert [h["scope"] for h in json.loads(colead("--db", db.url, "holds").stdout)] == ["event"]
    missing = colead("--db", db.url, "checkout", "--region", "那覇", "--until", until, "--out", str(tmp_path / "n.sqlite"))
    assert missing.returncode == 2 and "那覇" in missing.stderr
