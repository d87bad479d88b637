"""持ち出し and 持ち帰り against a real PostgreSQL team database: the hold is the database's own rule."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from colead_desktop.db.engine import Database
from colead_desktop.db.failures import explain
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.offline import Outcome, Scope
from colead_desktop.domain.records import VenueRecord
from colead_desktop.services import tours
from colead_desktop.services.offline_checkin import check_in
from colead_desktop.services.offline_checkout import check_out
from colead_desktop.services.offline_holds import held_records, list_holds, release
from colead_desktop.services.records import get_record, save_record
from tests.cli.run import colead
from tests.services.offline_team import Shared, shared  # noqa: F401 - the fixture
from tests.team_fixtures import LOGINS

TODAY = tokyo_today()


def _check_out(shared: Shared, tmp_path: Path, until: date | None = None) -> Path:  # noqa: F811
    out = tmp_path / "kitami.sqlite"
    done = check_out(shared.as_("lab"), shared.programme_id, Scope.REGION, shared.kitami,
                     until or TODAY + timedelta(days=7), out, TODAY)
    assert done.login == LOGINS["lab"]  # the database's current_user, not a typed name
    assert done.held == {"tour": 1, "company": 1, "venue": 1}
    return out


def _edit_offline(copy_file: Path, shared: Shared, title: str, capacity: int) -> None:  # noqa: F811
    offline = Database(f"sqlite:///{copy_file}")  # a normal app database: the same services work on it
    try:
        tour = tours.load_tour(offline, shared.tour_key)
        tours.replace_tour(offline, tour, replace(tour, title=title))
        venue = get_record(offline, VenueRecord, shared.venue_id)
        save_record(offline, replace(venue, capacity=capacity))
    finally:
        offline.dispose()


def test_check_out_edit_offline_and_check_in(shared: Shared, tmp_path: Path) -> None:  # noqa: F811
    copy_file = _check_out(shared, tmp_path)
    secretariat = shared.as_("secretariat")
    held = held_records(secretariat, "tour", TODAY)
    assert [h.text for h in held.values()] == [f"{LOGINS['lab']}さんが持ち出し中（{(TODAY + timedelta(days=7)).month}/"
                                               f"{(TODAY + timedelta(days=7)).day}まで）"]
    # Another login's write to the held tour is refused by the database, through the services and as raw SQL.
    tour = tours.load_tour(secretariat, shared.tour_key)
    with pytest.raises(DBAPIError) as refused:
        tours.replace_tour(secretariat, tour, replace(tour, title="事務局の変更"))
    explained = explain(refused.value)
    assert explained is not None and f"{LOGINS['lab']}さんが持ち出し中" in str(explained)
    with secretariat.engine.connect() as conn, pytest.raises(DBAPIError, match="checked out offline"):
        conn.execute(text("UPDATE venue SET capacity = 1 WHERE id = :i"), {"i": shared.venue_id})
    with secretariat.engine.connect() as conn, pytest.raises(DBAPIError, match="listed once, by its holder"):
        conn.execute(text("DELETE FROM offline_hold_record"))  # nor can the hold be undone behind its back
    with pytest.raises(DBAPIError, match="checked out offline"):  # nor a new tour in the held region
        tours.new_tour(secretariat, shared.programme_id, "北見", date(2026, 12, 1))
    with pytest.raises(InputError, match="持ち出し中"):  # nor a second check-out of the same records
        check_out(shared.as_("admin"), shared.programme_id, Scope.REGION, shared.kitami, TODAY, tmp_path / "b.sqlite",
                  TODAY)
    assert not (tmp_path / "b.sqlite").exists()

    _edit_offline(copy_file, shared, "北見ツアー（現地で修正）", 24)
    dry = colead("--db", shared.url_of("lab"), "checkin", str(copy_file), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert sorted(w["table"] for w in json.loads(dry.stdout)["written"]) == ["tour", "venue"]
    assert tours.load_tour(secretariat, shared.tour_key).title == tour.title  # a dry run writes nothing

    back = colead("--db", shared.url_of("lab"), "checkin", str(copy_file))
    assert back.returncode == 0, back.stderr
    report = json.loads(back.stdout)
    assert report["conflicts"] == [] and len(report["written"]) == 2
    stored = tours.load_tour(secretariat, shared.tour_key)
    assert stored.title == "北見ツアー（現地で修正）" and stored.version == tour.version + 1
    assert get_record(secretariat, VenueRecord, shared.venue_id).capacity == 24
    assert list_holds(secretariat, TODAY) == []
    tours.replace_tour(secretariat, stored, replace(stored, title="事務局の変更"))  # free again
    again = colead("--db", shared.url_of("lab"), "checkin", str(copy_file))
    assert again.returncode == 2 and "持ち帰り済み" in again.stderr


def _expire(shared: Shared, hold_id: int) -> None:  # noqa: F811
    """Move the hold's last day into the past (the owner, bypassing the triggers): time passing."""
    owner = Database(shared.url)
    try:
        with owner.engine.begin() as conn:
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.execute(text("UPDATE offline_hold SET until = :d WHERE id = :i"),
                         {"d": TODAY - timedelta(days=1), "i": hold_id})
    finally:
        owner.dispose()


def test_an_admin_releases_an_expired_hold_and_the_copy_reports_conflicts(shared: Shared,  # noqa: F811
                                                                           tmp_path: Path) -> None:
    copy_file = _check_out(shared, tmp_path)
    admin, secretariat = shared.as_("admin"), shared.as_("secretariat")
    [hold] = list_holds(admin, TODAY)
    with pytest.raises(InputError, match="期限"):
        release(admin, hold.id, TODAY)
    _expire(shared, hold.id)
    with pytest.raises(InputError, match="管理者"):
        release(secretariat, hold.id, TODAY)
    with secretariat.engine.connect() as conn, pytest.raises(DBAPIError, match="only an administrator"):
        conn.execute(text("UPDATE offline_hold SET outcome = 'released' WHERE id = :i"), {"i": hold.id})
    released = colead("--db", shared.url_of("admin"), "holds", "--release", str(hold.id))
    assert released.returncode == 0, released.stderr
    assert json.loads(released.stdout)[0]["ended_by"] == LOGINS["admin"]

    theirs = tours.load_tour(secretariat, shared.tour_key)  # meanwhile, in the office
    tours.replace_tour(secretariat, theirs, replace(theirs, title="事務局が更新"))
    _edit_offline(copy_file, shared, "現地で更新", 30)

    back = colead("--db", shared.url_of("lab"), "checkin", str(copy_file))
    assert back.returncode == 4, back.stderr
    report = json.loads(back.stdout)
    [conflict] = report["conflicts"]
    assert conflict["table"] == "tour" and conflict["name"] == "現地で更新" and "変更されました" in conflict["reason"]
    assert [w["table"] for w in report["written"]] == ["venue"]  # nobody changed it: written
    assert tours.load_tour(secretariat, shared.tour_key).title == "事務局が更新"  # not written over
    assert get_record(secretariat, VenueRecord, shared.venue_id).capacity == 30


def test_a_check_in_killed_mid_transaction_leaves_the_shared_database_unchanged(shared: Shared,  # noqa: F811
                                                                               tmp_path: Path) -> None:
    copy_file = _check_out(shared, tmp_path)
    _edit_offline(copy_file, shared, "途中で止まる", 40)
    owner = Database(shared.url)
    with owner.engine.begin() as conn:  # the check-in's last step (ending the hold) waits: records are written by then
        conn.execute(text("CREATE FUNCTION test_stall() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$ BEGIN PERFORM pg_sleep(60); RETURN NEW; END $$"))
        conn.execute(text("CREATE TRIGGER test_stall AFTER UPDATE ON offline_hold FOR EACH ROW "
                          "EXECUTE FUNCTION test_stall()"))
    process = subprocess.Popen([sys.executable, "-m", "colead_desktop.cli", "--db", shared.url_of("lab"), "checkin",
                                str(copy_file)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ}, start_new_session=True)
    try:
        with owner.engine.connect() as conn:
            for _ in range(600):  # until the check-in sits in the stalled step (or gave up)
                if conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'UPDATE offline_hold%' "
                                     "AND state = 'active'")).scalar_one() or process.poll() is not None:
                    break
                time.sleep(0.1)
                conn.rollback()
        assert process.poll() is None, process.communicate()
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
    with owner.engine.begin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :l"),
                     {"l": LOGINS["lab"]})
        conn.execute(text("DROP TRIGGER test_stall ON offline_hold"))
    owner.dispose()
    secretariat = shared.as_("secretariat")
    assert tours.load_tour(secretariat, shared.tour_key).title != "途中で止まる"
    assert get_record(secretariat, VenueRecord, shared.venue_id).capacity == 20
    assert len(list_holds(secretariat, TODAY)) == 1  # still held: the copy can be brought back again
    report = check_in(shared.as_("lab"), copy_file)
    assert [s.taken.table for s in report.of(Outcome.WRITE)] == ["tour", "venue"]
    assert tours.load_tour(secretariat, shared.tour_key).title == "途中で止まる"


def test_a_failed_check_out_leaves_no_hold_and_no_file(shared: Shared, tmp_path: Path,  # noqa: F811
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from colead_desktop.services import offline_checkout

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(offline_checkout, "_write_copy", full_disk)
    with pytest.raises(OSError):
        check_out(shared.as_("lab"), shared.programme_id, Scope.REGION, shared.kitami, TODAY, tmp_path / "k.sqlite",
                  TODAY)
    assert list_holds(shared.as_("admin"), TODAY) == [] and list(tmp_path.iterdir()) == []


def test_only_the_holder_checks_in_an_open_hold(shared: Shared, tmp_path: Path) -> None:  # noqa: F811
    copy_file = _check_out(shared, tmp_path)
    _edit_offline(copy_file, shared, "他人が持ち帰る", 21)
    with pytest.raises(InputError, match="本人"):
        check_in(shared.as_("admin"), copy_file)
    assert tours.load_tour(shared.as_("admin"), shared.tour_key).title != "他人が持ち帰る"


def test_two_check_outs_at_once_one_wins(shared: Shared, tmp_path: Path) -> None:  # noqa: F811
    from concurrent.futures import ThreadPoolExecutor

    def take(key: str) -> str:
        try:
            check_out(shared.as_(key), shared.programme_id, Scope.REGION, shared.kitami, TODAY,
                      tmp_path / f"{key}.sqlite", TODAY)
        except InputError as exc:
            return str(exc)
        return "ok"

    with ThreadPoolExecutor(2) as pool:
        results = sorted(pool.map(take, ["lab", "secretariat"]))
    assert results[0] == "ok" and "持ち出し中" in results[1]  # sorted: "ok" before the Japanese refusal
    assert len(list_holds(shared.as_("admin"), TODAY)) == 1 and len(list(tmp_path.glob("*.sqlite"))) == 1
