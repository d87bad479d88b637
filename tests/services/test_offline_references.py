"""Rows an offline copy carries for reference only (not held) cannot be changed in the copy, and one changed
behind the copy's triggers is reported at check-in, record by record, and never written: nothing is lost
without a word. Against the team PostgreSQL database the tests start."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy.exc import IntegrityError

from colead_desktop.db.engine import Database
from colead_desktop.db.failures import explain
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.offline import Scope
from colead_desktop.domain.records import CompanyRecord, RegionRecord, StaffRecord, VenueRecord
from colead_desktop.services import tours
from colead_desktop.services.delete_guard import Hold, what_keeps
from colead_desktop.services.offline_checkin import check_in
from colead_desktop.services.offline_checkout import check_out
from colead_desktop.services.record_restore import delete_record
from colead_desktop.services.records import get_record, save_record
from tests.cli.run import colead
from tests.services.offline_references_fixture import REFERENCE_REFUSAL, Copied, copied  # noqa: F401
from tests.services.offline_team import shared  # noqa: F401 - the fixture copied builds on


def test_held_records_change_in_the_copy_references_are_refused(copied: Copied) -> None:  # noqa: F811
    offline = Database(f"sqlite:///{copied.file}")
    try:
        tour = tours.load_tour(offline, copied.shared.tour_key)  # held: edited as in the shared database
        tours.replace_tour(offline, tour, replace(tour, title="北見ツアー（現地で修正）"))
        venue = get_record(offline, VenueRecord, copied.shared.venue_id)
        save_record(offline, replace(venue, capacity=25))
        new_venue = save_record(offline, VenueRecord(None, "北見 臨時会場", region_id=copied.shared.kitami))
        save_record(offline, replace(new_venue, capacity=5))  # added offline: not a reference, editable

        for reference in (get_record(offline, CompanyRecord, copied.company_id),
                          get_record(offline, StaffRecord, copied.staff_id),
                          get_record(offline, RegionRecord, copied.shared.kitami)):
            with pytest.raises(IntegrityError) as refused:
                save_record(offline, replace(reference, name=reference.name + "（変更）"))
            explained = explain(refused.value, offline.url)
            assert explained is not None and REFERENCE_REFUSAL in str(explained)
        staff = get_record(offline, StaffRecord, copied.staff_id)
        with pytest.raises(InputError, match="参照用"):  # deleting one says the same, not "referred to by others"
            delete_record(offline, staff, "lab")
        keeps = what_keeps(offline, staff)  # the page's answer before its question: the copy, not the tour
        assert keeps is not None and keeps.hold is Hold.COPY_REFERENCE
        assert keeps.text() == ("「山田 花子」は持ち出しに参照用として入っている記録のため、このコピーでは削除できません"
                                "（持ち帰っても削除は書き戻されません）。")  # the row named, and what is refused: the delete
        assert get_record(offline, StaffRecord, copied.staff_id).name == "山田 花子"
    finally:
        offline.dispose()

    refused = colead("--db", f"sqlite:///{copied.file}", "set", "companies", str(copied.company_id), "name=変更")
    assert refused.returncode == 2 and REFERENCE_REFUSAL in refused.stderr and "Traceback" not in refused.stderr

    back = colead("--db", copied.shared.url_of("lab"), "checkin", str(copied.file))
    assert back.returncode == 0, back.stderr
    report = json.loads(back.stdout)
    assert sorted(w["table"] for w in report["written"]) == ["tour", "venue"]
    assert [a["table"] for a in report["added"]] == ["venue"] and report["not_written_back"] == []


def test_a_reference_changed_behind_the_triggers_is_reported_not_written(copied: Copied) -> None:  # noqa: F811
    with sqlite3.connect(copied.file) as raw:  # someone works around the copy's rules
        triggers = [name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                    "AND name LIKE 'colead_reference_%'")]
        assert {"colead_reference_update_company", "colead_reference_delete_staff"} <= set(triggers)
        for name in triggers:
            raw.execute(f"DROP TRIGGER {name}")
        raw.execute("UPDATE company SET name = '裏で変更' WHERE id = ?", (copied.company_id,))
        raw.execute("DELETE FROM staff WHERE id = ?", (copied.staff_id,))
        raw.execute("UPDATE venue SET capacity = 33 WHERE id = ?", (copied.shared.venue_id,))  # held: goes back
    raw.close()

    dry = check_in(copied.shared.as_("lab"), copied.file, dry_run=True)
    assert [(s.taken.table, s.taken.record_id) for s in dry.steps if s.outcome.value == "reference"] == [
        ("company", copied.company_id), ("staff", copied.staff_id)]

    back = colead("--db", copied.shared.url_of("lab"), "checkin", str(copied.file))
    assert back.returncode == 4, back.stderr
    report = json.loads(back.stdout)
    listed = {(r["table"], r["id"]): r["reason"] for r in report["not_written_back"]}
    assert "変更されていました" in listed[("company", copied.company_id)]
    assert "削除されていました" in listed[("staff", copied.staff_id)]
    assert "山田" not in back.stdout + back.stderr  # a person's name is not in the report
    assert [w["table"] for w in report["written"]] == ["venue"] and report["conflicts"] == []
    assert "参照用の記録" in back.stderr
    shared_db = copied.shared.as_("secretariat")
    assert get_record(shared_db, CompanyRecord, copied.company_id).name == "桑名鋳物工業"  # not written
    assert get_record(shared_db, StaffRecord, copied.staff_id).name == "山田 花子"         # not deleted
    assert get_record(shared_db, VenueRecord, copied.shared.venue_id).capacity == 33


def test_the_copy_is_not_checked_out_from_nor_checked_in_to(copied: Copied) -> None:  # noqa: F811
    offline = Database(f"sqlite:///{copied.file}")
    try:
        with pytest.raises(InputError, match="持ち出したファイル"):
            check_out(offline, copied.shared.programme_id, Scope.REGION, copied.shared.kitami, tokyo_today(),
                      copied.file.with_name("again.sqlite"), tokyo_today())
        with pytest.raises(InputError, match="共有データベース"):
            check_in(offline, copied.file)
    finally:
        offline.dispose()
    assert not copied.file.with_name("again.sqlite").exists()
