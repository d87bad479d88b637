"""Roster import on real .xlsx and .csv files, against SQLite and PostgreSQL: all or nothing, duplicates once."""

from __future__ import annotations

import csv
from dataclasses import replace
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.services.records import list_records, save_record
from colead_desktop.services.roster_import import RosterRejected, import_roster, preview_roster
from tests.programmes import new_programme

Rows = Sequence[Sequence[object]]
COMPANY_KEYS = ["name", "region_id", "contact_name", "contact_email", "contact_phone", "lat", "lon", "closed_weekdays"]
COMPANIES: Rows = [
    ["株式会社きたみ", "北見", "北見 一郎", "ichiro@kitami.example.jp", "0157-11-2222", 43.8, 143.9, "土;日"],
    ["桑名ものづくり", "桑名", "桑名 花子", "hanako@kuwana.example.jp", "", "", "", ""],
    ["ＯＫＩＮＡＷＡ ＤＸ", "沖縄", "", "", "098-111-2222", 26.2, 127.7, "日"],
]


def write_xlsx(path: Path, header: Sequence[object], rows: Rows) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [header, *rows]:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(path: Path, header: Sequence[object], rows: Rows, encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as target:
        csv.writer(target).writerows([header, *rows])
    return path


@pytest.fixture
def programme(any_db: Database) -> int:
    return new_programme(any_db)


@pytest.fixture
def regions(any_db: Database, programme: int) -> dict[str, int]:
    return {name: save_record(any_db, rec.RegionRecord(id=None, name=name), programme).id or 0
            for name in ("北見", "桑名", "沖縄")}


def test_a_damaged_file_names_row_and_column_and_writes_nothing(any_db: Database, programme: int,
                                                                regions: dict[str, int],
                                                                tmp_path: Path) -> None:
    rows = [list(row) for row in COMPANIES]
    rows.append(["壊れた行の会社", "那覇", "", "not-an-email", "", "北緯43度", 143.0, ""])  # row 5
    rows[2][3] = "bad@"  # row 4: the third company
    path = write_xlsx(tmp_path / "companies.xlsx", COMPANY_KEYS, rows)
    with pytest.raises(RosterRejected) as rejected:
        import_roster(any_db, "companies", path, programme)
    where = {(problem.row, problem.column) for problem in rejected.value.problems}
    assert where == {(4, "contact_email"), (5, "region_id"), (5, "contact_email"), (5, "lat")}
    assert "4行目「contact_email」" in str(rejected.value)
    assert "那覇" in str(rejected.value)  # the unknown region is named, so the user can fix it
    assert list_records(any_db, rec.CompanyRecord, programme) == []


def test_a_good_file_imports_every_row_once_then_skips_or_updates_the_duplicates(
        any_db: Database, programme: int, regions: dict[str, int], tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "companies.xlsx", COMPANY_KEYS, COMPANIES)
    assert import_roster(any_db, "companies", path, programme).summary() == {
        "inserted": 3, "updated": 0, "skipped": 0, "joined": 0}
    stored = {company.name: company for company in list_records(any_db, rec.CompanyRecord, programme)}
    assert set(stored) == {"株式会社きたみ", "桑名ものづくり", "OKINAWA DX"}  # NFKC: full-width letters folded
    kitami = stored["株式会社きたみ"]
    assert (kitami.region_id, kitami.closed_weekdays, kitami.lat) == (regions["北見"], (5, 6), 43.8)

    assert import_roster(any_db, "companies", path, programme).summary() == {
        "inserted": 0, "updated": 0, "skipped": 3, "joined": 0}
    assert len(list_records(any_db, rec.CompanyRecord, programme)) == 3

    changed = [[*COMPANIES[0][:2], "北見 次郎", *COMPANIES[0][3:]]]
    path = write_xlsx(tmp_path / "changed.xlsx", COMPANY_KEYS, changed)
    summary = import_roster(any_db, "companies", path, programme, update_duplicates=True).summary()
    assert summary == {"inserted": 0, "updated": 1, "skipped": 0, "joined": 0}
    after = {company.name: company for company in list_records(any_db, rec.CompanyRecord, programme)}
    assert after["株式会社きたみ"].contact_name == "北見 次郎"
    assert after["株式会社きたみ"].uuid == kitami.uuid  # the same record, updated in place


def test_labels_as_headers_and_a_cp932_csv(any_db: Database, programme: int, regions: dict[str, int],
                                           tmp_path: Path) -> None:
    header = ["氏名 *", "フリガナ", "メール", "電話", "スキルタイプ", "希望地域", "担当地域", "キャリア"]
    rows = [["山田　太郎", "ヤマダ タロウ", "taro@example.jp", "０３-１２３４-５６７８",
             "エンジニア・オペレータ；データサイエンティスト", "北見、桑名", "桑名", "シニア"],
            ["高橋 さくら", "", "sakura@example.jp", "", "ux_designer", "", "", ""]]
    path = write_csv(tmp_path / "talents.csv", header, rows, "cp932")
    result = import_roster(any_db, "talents", path, programme)
    assert (result.encoding, result.summary()["inserted"]) == ("cp932", 2)
    yamada = next(t for t in list_records(any_db, rec.TalentRecord, programme) if t.email == "taro@example.jp")
    assert (yamada.name, yamada.phone) == ("山田 太郎", "03-1234-5678")
    assert yamada.skills == ("engineer", "data_scientist")
    assert yamada.region_preferences == (regions["北見"], regions["桑名"])
    assert (yamada.assigned_region_id, yamada.career_stage) == (regions["桑名"], "senior")
    assert yamada.programme_id == programme


def test_utf8_csv_with_bom_keys_as_headers(any_db: Database, programme: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "venues.csv", ["name", "capacity", "venue_type", "facilities", "free_of_charge"],
                     [["サテライトオフィス", "30", "コワーキングスペース", "internet;whiteboard", "はい"]], "utf-8-sig")
    result = import_roster(any_db, "venues", path, programme)
    assert result.encoding == "utf-8"
    [venue] = list_records(any_db, rec.VenueRecord, programme)
    assert (venue.capacity, venue.venue_type, venue.facilities, venue.free_of_charge) == (
        30, "coworking", ("internet", "whiteboard"), True)


def test_dry_run_writes_nothing_and_tells_what_would_happen(any_db: Database, programme: int, regions: dict[str, int],
                                                            tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "companies.xlsx", COMPANY_KEYS, COMPANIES)
    assert import_roster(any_db, "companies", path, programme, dry_run=True).summary()["inserted"] == 3
    assert list_records(any_db, rec.CompanyRecord, programme) == []


def test_a_row_repeating_an_earlier_row_is_refused(any_db: Database, programme: int, regions: dict[str, int],
                                                   tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "companies.xlsx", COMPANY_KEYS, [COMPANIES[0], COMPANIES[1], COMPANIES[0]])
    with pytest.raises(RosterRejected) as rejected:
        import_roster(any_db, "companies", path, programme)
    [problem] = rejected.value.problems
    assert (problem.row, problem.column) == (4, "")
    assert "2行目" in problem.message
    assert list_records(any_db, rec.CompanyRecord, programme) == []


def test_a_value_too_long_for_its_column_is_reported_by_row_and_nothing_is_written(
        any_db: Database, programme: int, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", ["氏名", "所属区分", "役割"],
                      [["短い名前", "事務局", "PM"], ["長い役割", "事務局", "x" * 5000]])
    with pytest.raises(RosterRejected) as rejected:
        import_roster(any_db, "staff", path, programme)
    assert [(p.row, p.column) for p in rejected.value.problems] == [(3, "役割")]
    assert list_records(any_db, rec.StaffRecord, programme) == []


def test_every_bad_row_is_reported_with_a_name_too_long_among_them(any_db: Database, programme: int,
                                                                   regions: dict[str, int], tmp_path: Path) -> None:
    """Review 15 item 9: of five bad rows, the one whose only fault was a 10,000-character name went unreported
    (the column limits were checked only when writing, which the other rows' problems prevented)."""
    rows = [["A社", "北見", "", "bad@", "", "", "", ""],
            ["x" * 10_000, "北見", "", "", "", "", "", ""],
            ["C社", "那覇", "", "", "", "", "", ""],
            ["D社", "北見", "", "", "0157", "", "", ""],
            ["E社", "北見", "", "", "", 95, 143.0, ""]]
    path = write_xlsx(tmp_path / "companies.xlsx", COMPANY_KEYS, rows)
    with pytest.raises(RosterRejected) as rejected:
        import_roster(any_db, "companies", path, programme)
    assert [(p.row, p.column) for p in rejected.value.problems] == [
        (2, "contact_email"), (3, "name"), (4, "region_id"), (5, "contact_phone"), (6, "lat")]
    assert "3行目「name」: 200 文字以内" in str(rejected.value)
    assert list_records(any_db, rec.CompanyRecord, programme) == []


TALENT_KEYS = ["name", "kana", "email", "phone", "skills", "motivation"]
TALENTS: Rows = [["山田 太郎", "ヤマダ タロウ", "taro@example.jp", "", "engineer", "地域の製造業を支えたい"],
                 ["高橋 さくら", "タカハシ サクラ", "", "090-1111-2222", "ux_designer", ""]]


def _people(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(models.Talent)) or 0


def test_the_same_talents_twice_in_one_programme_are_reported_as_duplicates_and_stored_once(
        any_db: Database, programme: int, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "talents.xlsx", TALENT_KEYS, TALENTS)
    assert import_roster(any_db, "talents", path, programme).summary() == {
        "inserted": 2, "updated": 0, "skipped": 0, "joined": 0}
    again = import_roster(any_db, "talents", path, programme)
    assert again.summary() == {"inserted": 0, "updated": 0, "skipped": 2, "joined": 0}
    assert [(action.row, action.verb) for action in again.actions] == [(2, "skip"), (3, "skip")]
    assert sorted(t.name for t in list_records(any_db, rec.TalentRecord, programme)) == ["山田 太郎", "高橋 さくら"]
    assert _people(any_db) == 2


def test_a_talent_known_from_another_programme_joins_this_one_as_the_same_person(
        any_db: Database, programme: int, tmp_path: Path) -> None:
    last_year = new_programme(any_db, "令和7年度", 2025)
    path = write_xlsx(tmp_path / "talents.xlsx", TALENT_KEYS, TALENTS)
    import_roster(any_db, "talents", path, last_year)
    before = {t.name: t for t in list_records(any_db, rec.TalentRecord, last_year)}

    joined = import_roster(any_db, "talents", path, programme)
    assert joined.summary() == {"inserted": 0, "updated": 0, "skipped": 0, "joined": 2}
    now = {t.name: t for t in list_records(any_db, rec.TalentRecord, programme)}
    assert {name: (t.id, t.uuid) for name, t in now.items()} == {name: (t.id, t.uuid) for name, t in before.items()}
    assert now["山田 太郎"].motivation == "地域の製造業を支えたい"  # the participation's values come from the file
    assert _people(any_db) == 2  # the same two people, now taking part in both years
    assert len(list_records(any_db, rec.TalentRecord, last_year)) == 2

    assert import_roster(any_db, "talents", path, programme).summary() == {
        "inserted": 0, "updated": 0, "skipped": 2, "joined": 0}
    assert _people(any_db) == 2


def test_an_archived_talent_in_the_file_is_reported_by_row_and_nothing_is_written(
        any_db: Database, programme: int, tmp_path: Path) -> None:
    from colead_desktop.services.talent_archive import set_archived

    last_year = new_programme(any_db, "令和7年度", 2025)
    path = write_xlsx(tmp_path / "talents.xlsx", TALENT_KEYS, TALENTS)
    import_roster(any_db, "talents", path, last_year)
    archived = next(t for t in list_records(any_db, rec.TalentRecord, last_year) if t.name == TALENTS[1][0])
    set_archived(any_db, archived.id or 0, True, "事務局 花子")

    with pytest.raises(RosterRejected) as rejected:
        import_roster(any_db, "talents", path, programme)

    (problem,) = rejected.value.problems
    assert problem.row == 3 and f"「{archived.name}」はアーカイブされているため" in str(problem)
    assert list_records(any_db, rec.TalentRecord, programme) == []


def test_a_record_changed_by_someone_after_the_preview_is_not_written_over(
        instances: tuple[Database, Database], tmp_path: Path) -> None:
    mine, theirs = instances
    programme = new_programme(mine)
    for name in ("北見", "桑名", "沖縄"):
        save_record(mine, rec.RegionRecord(id=None, name=name), programme)
    import_roster(mine, "companies", write_xlsx(tmp_path / "companies.xlsx", COMPANY_KEYS, COMPANIES), programme)
    changed = write_xlsx(tmp_path / "changed.xlsx", COMPANY_KEYS,
                         [[*COMPANIES[0][:2], "北見 次郎", *COMPANIES[0][3:]]])
    previewed = preview_roster(mine, "companies", changed, programme, update_duplicates=True)
    assert previewed.summary()["updated"] == 1

    kitami = next(c for c in list_records(theirs, rec.CompanyRecord, programme) if c.name == "株式会社きたみ")
    save_record(theirs, replace(kitami, address="北見市 新しい住所"), programme)  # instance B, after A's preview

    with pytest.raises(RosterRejected) as rejected:
        import_roster(mine, "companies", changed, programme, update_duplicates=True, previewed=previewed)
    assert [(problem.row, problem.column) for problem in rejected.value.problems] == [(2, "")]
    stored = next(c for c in list_records(mine, rec.CompanyRecord, programme) if c.name == "株式会社きたみ")
    assert (stored.contact_name, stored.address) == (kitami.contact_name, "北見市 新しい住所")

    again = preview_roster(mine, "companies", changed, programme, update_duplicates=True)  # the user looks again
    import_roster(mine, "companies", changed, programme, update_duplicates=True, previewed=again)
    stored = next(c for c in list_records(mine, rec.CompanyRecord, programme) if c.name == "株式会社きたみ")
    assert (stored.contact_name, stored.address) == ("北見 次郎", "北見市 新しい住所")
