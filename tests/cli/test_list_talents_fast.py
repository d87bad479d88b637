"""`colead list talents --json` reads through plain sqlite3 (db/plain.py), SQLite writing each talent's JSON
(db/shared_reads.py): the same bytes as the service's records through json.dumps, one record to a line, without
importing SQLAlchemy (issue 15)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from colead_desktop import cli
from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.domain.personal import shown
from colead_desktop.programme_choice import set_current_programme
from colead_desktop.services.records import archived_talent_ids, insert_record, list_records, save_record
from colead_desktop.services.talent_archive import set_archived
from tests.cli.run import colead
from tests.programmes import new_programme

# What a roster can hold that JSON escapes or a layout could trip over; 𠮟 is outside the BMP and in the PDFs'
# font (𠮷 is not, so it is refused as unprintable).
AWKWARD = ('引用符 "と" \\ バックスラッシュ', "改行\n入り", "%s %d %% 書式", "タブ\tと\u2028区切り", "外字 𠮟責", "")


def _talents(db: Database, programme_id: int, count: int) -> None:
    with db.session() as session:
        for n in range(count):
            insert_record(session, rec.TalentRecord(
                id=None, programme_id=programme_id, name=f"試験 人材{n}", kana="シケン ジンザイ",
                affiliation=AWKWARD[n % len(AWKWARD)], email=f"t{n}@example.invalid", phone="090-0000-0000",
                skills=("engineer", "data_scientist", "security")[: 1 + n % 3], strong_areas=(AWKWARD[n % 3],) if n % 2 else (),
                motivation=AWKWARD[(n + 1) % len(AWKWARD)], data_note="試験用"), programme_id)


def _expected(db: Database, programme_id: int, reveal: bool = False) -> str:
    """The service's records as the listing prints them: e-mail and phone masked unless revealed, archived marked."""
    records = list_records(db, rec.TalentRecord, programme_id)
    archived = archived_talent_ids(db, programme_id)  # the listing marks them (review 16 item 4)
    lines = [json.dumps({**{k: shown(k, v, reveal) for k, v in asdict(r).items()}, "archived": r.id in archived},
                        ensure_ascii=False, separators=(",", ":")) for r in records]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def test_the_listing_is_the_services_records_byte_for_byte(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    ours = new_programme(db)
    _talents(db, ours, 25)
    other = new_programme(db, "令和9年度 テスト", 2027)  # newer: the default programme
    _talents(db, other, 3)
    db.dispose()

    def no_usual_open(_args: object) -> None:
        raise AssertionError("the plain read fell back to the usual open")

    monkeypatch.setattr(cli, "_database", no_usual_open)
    listed = colead("--programme", str(ours), "list", "talents", "--json")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == _expected(db, ours)
    talents = json.loads(listed.stdout)
    assert len(talents) == 25 and {(t["email"][:4], t["phone"]) for t in talents} == {("****", "****000")}
    revealed = colead("--programme", str(ours), "list", "talents", "--json", "--show-personal")
    assert revealed.stdout == _expected(db, ours, reveal=True) and "t0@example.invalid" in revealed.stdout
    default = colead("list", "talents", "--json")  # no choice: the newest fiscal year's
    assert default.stdout == _expected(db, other)
    set_current_programme("", ours)  # as `colead programme use` remembers it
    assert colead("list", "talents", "--json").stdout == _expected(db, ours)
    plain = colead("list", "talents").stdout.splitlines()  # the short listing: id and name
    assert plain[0].split() == [str(list_records(db, rec.TalentRecord, ours)[0].id), "試験", "人材0"]


def test_a_later_edit_shows_in_the_next_listing(db: Database) -> None:
    ours = new_programme(db)
    _talents(db, ours, 3)
    first = colead("list", "talents", "--json").stdout
    talent = list_records(db, rec.TalentRecord, ours)[1]
    save_record(db, replace(talent, skills=("engineer",), name="改名 済"))
    second = colead("list", "talents", "--json").stdout
    assert second != first and second == _expected(db, ours)


def test_a_missing_programme_and_a_newer_schema_still_get_their_messages(db: Database) -> None:
    new_programme(db)
    missing = colead("--programme", "999", "list", "talents", "--json")
    assert missing.returncode == 2 and "999" in missing.stderr and missing.stdout == ""
    with sqlite3.connect(Path(os.environ["COLEAD_DATA_DIR"]) / "colead.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999' WHERE version_num NOT LIKE '0004%'")
    newer = colead("list", "talents", "--json")
    assert newer.returncode == 2 and "新しいバージョン" in newer.stderr


def test_the_listing_imports_no_sqlalchemy_alembic_qt_or_dataclasses(db: Database) -> None:
    _talents(db, new_programme(db), 2)
    db.dispose()
    code = ("import sys\nfrom colead_desktop import cli\ncode = cli.main(['list', 'talents', '--json'])\n"
            "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'PySide6',"
            " 'dataclasses'}), 'colead_desktop.domain.records' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(),
                          timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "0 [] False"
    assert len(json.loads(done.stdout)) == 2


def test_the_usual_listing_masks_contact_data_as_well(db: Database) -> None:
    new_programme(db)
    save_record(db, rec.StaffRecord(None, "試験 職員", "lab", email="staff@example.invalid", phone="03-1234-5678"))
    db.dispose()
    listed = json.loads(colead("list", "staff", "--json").stdout)
    revealed = json.loads(colead("list", "staff", "--json", "--show-personal").stdout)
    assert [(s["email"], s["phone"]) for s in listed] == [("****lid", "****678")]
    assert [(s["email"], s["phone"]) for s in revealed] == [("staff@example.invalid", "03-1234-5678")]


def test_values_no_dialog_lets_in_still_come_out_as_the_services(db: Database) -> None:
    """Written by another program or an older version: control characters, short and empty contact data, a
    skill list of one non-ASCII item, and an archived talent. SQLite's JSON must still be json.dumps's bytes."""
    ours = new_programme(db)
    _talents(db, ours, 6)
    first, second, third = (r.id for r in list_records(db, rec.TalentRecord, ours)[:3])
    set_archived(db, second, True, "試験")
    db.dispose()
    with sqlite3.connect(Path(os.environ["COLEAD_DATA_DIR"]) / "colead.sqlite3") as connection:
        connection.execute("UPDATE talent SET affiliation = ?, email = 'ab', phone = '', strong_areas = ?"
                           " WHERE id = ?", ("制御\x01\x1f\x7f文字 \\u0041", '["\\u6226\\u7565 \\"\\u5f15\\""]', first))
        connection.execute("UPDATE talent SET email = '𠮟責@例.jp', phone = '1234', skills = ? WHERE id = ?",
                           ('["a\\tb", "c\\"d", "e\\/f"]', third))
    for reveal in ((), ("--show-personal",)):
        listed = colead("list", "talents", "--json", *reveal)
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout == _expected(db, ours, reveal=bool(reveal))
    talents = {t["id"]: t for t in json.loads(listed.stdout)}
    assert talents[first]["strong_areas"] == ['戦略 "引"'] and talents[second]["archived"] is True
    assert talents[third]["skills"] == ["a\tb", 'c"d', "e/f"]
    masked = {t["id"]: t for t in json.loads(colead("list", "talents", "--json").stdout)}
    assert [(masked[i]["email"], masked[i]["phone"]) for i in (first, third)] == [("****", ""), ("****.jp", "****234")]
