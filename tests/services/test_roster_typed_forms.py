"""A roster's phone numbers and opening hours as Excel and CSV really hold them: 「０８０ー３３３３ー４４４４」, 「9:00」,
a time cell, the fraction of a day. They are imported in their stored form; garbage is refused by row and column."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.services.records import list_records, save_record
from colead_desktop.services.roster_import import RosterRejected, import_roster
from tests.programmes import new_programme
from tests.services.test_roster_import import write_csv, write_xlsx

HEADER = ["name", "region_id", "contact_phone", "opens", "closes"]
# (name, phone as typed, opens as Excel or CSV holds it, closes) → stored: 080-3333-4444, 09:00–17:30
XLSX_ROWS: list[list[object]] = [
    ["長音の会社", "桑名", "０８０ー３３３３ー４４４４", "9:00", "17:30"],
    ["空白の会社", "桑名", "080 3333 4444", time(9, 0), time(17, 30)],
    ["括弧の会社", "桑名", "080(3333)4444", 0.375, 0.7291666666666666],
    ["市外局番括弧の会社", "桑名", "(080)3333-4444", "０９：００", datetime(1899, 12, 30, 17, 30)],
    ["ダッシュの会社", "桑名", "080–3333―4444", "9:00:00", "17:30"],
]
CSV_ROWS = [[str(cell) for cell in row] for row in (
    ["長音の会社", "桑名", "０８０ー３３３３ー４４４４", "9:00", "17:30"],
    ["空白の会社", "桑名", "080 3333 4444", "９:００", "17:30"],
    ["括弧の会社", "桑名", "080(3333)4444", "09:00", "17:30:00"],
    ["市外局番括弧の会社", "桑名", "(080)3333-4444", "9:00", "１７：３０"],
)]


@pytest.fixture
def programme(db: Database) -> int:
    programme_id = new_programme(db)
    save_record(db, rec.RegionRecord(id=None, name="桑名"), programme_id)
    return programme_id


def stored(db: Database, programme: int) -> dict[str, tuple[str, str, str]]:
    return {c.name: (c.contact_phone, c.opens, c.closes) for c in list_records(db, rec.CompanyRecord, programme)}


def test_an_xlsx_of_typed_phones_and_excel_times_is_imported_in_one_form(db: Database, programme: int,
                                                                         tmp_path: Path) -> None:
    result = import_roster(db, "companies", write_xlsx(tmp_path / "companies.xlsx", HEADER, XLSX_ROWS), programme)
    assert result.summary()["inserted"] == len(XLSX_ROWS)
    assert stored(db, programme) == {row[0]: ("080-3333-4444", "09:00", "17:30") for row in XLSX_ROWS}


def test_a_csv_of_typed_phones_and_times_is_imported_in_one_form(db: Database, programme: int, tmp_path: Path) -> None:
    result = import_roster(db, "companies", write_csv(tmp_path / "companies.csv", HEADER, CSV_ROWS, "cp932"), programme)
    assert result.summary()["inserted"] == len(CSV_ROWS)
    assert stored(db, programme) == {row[0]: ("080-3333-4444", "09:00", "17:30") for row in CSV_ROWS}


def test_garbage_phones_and_times_are_refused_by_row_and_column(db: Database, programme: int, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["文字の会社", "桑名", "080-3333-444a", "9:00", "17:00"],  # row 2
        ["短い会社", "桑名", "090-333-44", "9時", "17:00"],  # row 3
        ["長い会社", "桑名", "080-3333-44445", 1.5, "25:00"],  # row 4
    ]
    with pytest.raises(RosterRejected) as rejected:
        import_roster(db, "companies", write_xlsx(tmp_path / "bad.xlsx", HEADER, rows), programme)
    assert {(p.row, p.column) for p in rejected.value.problems} == {
        (2, "contact_phone"), (3, "contact_phone"), (3, "opens"), (4, "contact_phone"), (4, "opens"), (4, "closes")}
    assert "2行目「contact_phone」: 電話番号の形式が正しくありません（例: 03-1234-5678）。" in str(rejected.value)
    assert "3行目「opens」: 時刻は HH:MM 形式で入力してください。" in str(rejected.value)
    assert "444a" not in str(rejected.value)  # the cell's personal data stays out of the message
    assert stored(db, programme) == {}
