"""`colead import` of phone numbers and times typed the ways people type them (「０８０ー３３３３ー４４４４」, 「9:00」, an
Excel time cell): imported in their stored form, where it used to exit 2 and write nothing."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime, time
from functools import partial
from pathlib import Path

import pytest

from colead_desktop.cli_records import parse_value
from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.records import EventRecord, RegionRecord
from colead_desktop.services.records import save_record
from tests.cli.run import colead
from tests.programmes import new_programme
from tests.services.test_roster_import import write_csv, write_xlsx

TALENT_HEADER = ["氏名", "電話", "スキルタイプ"]
PHONES = ["０８０ー３３３３ー４４４４", "080 3333 4444", "080(3333)4444", "(080)3333-4444"]
TALENTS = [[f"人材{n}", phone, "エンジニア・オペレータ"] for n, phone in enumerate(PHONES)]
COMPANY_HEADER = ["name", "region_id", "opens", "closes"]


@pytest.fixture(autouse=True)
def programme(db: Database) -> int:
    """A programme with one region, in the default database the command opens."""
    programme_id = new_programme(db)
    save_record(db, RegionRecord(id=None, name="北見"), programme_id)
    return programme_id


def listed(kind: str, *names: str) -> list[tuple[object, ...]]:
    records = json.loads(colead("list", kind, "--json", "--show-personal").stdout)
    return sorted(tuple(record[name] for name in names) for record in records)


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_typed_phone_numbers_are_imported_in_one_form(tmp_path: Path, suffix: str) -> None:
    write = write_xlsx if suffix == "xlsx" else partial(write_csv, encoding="utf-8-sig")
    result = colead("import", "talents", str(write(tmp_path / f"talents.{suffix}", TALENT_HEADER, TALENTS)))
    assert result.returncode == 0, result.stderr
    assert listed("talents", "name", "phone") == [(f"人材{n}", "080-3333-4444") for n in range(len(PHONES))]


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_times_written_h_mm_full_width_or_as_time_cells_are_imported_hh_mm(tmp_path: Path, suffix: str) -> None:
    if suffix == "xlsx":
        path = write_xlsx(tmp_path / "companies.xlsx", COMPANY_HEADER, [
            ["文字の会社", "北見", "9:00", "17:30"], ["時刻セルの会社", "北見", time(9, 0), time(17, 30)],
            ["数値の会社", "北見", 0.375, "１７：３０"]])
    else:
        path = write_csv(tmp_path / "companies.csv", COMPANY_HEADER, [
            ["文字の会社", "北見", "9:00", "17:30"], ["全角の会社", "北見", "９：００", "17:30:00"]], "utf-8-sig")
    result = colead("import", "companies", str(path))
    assert result.returncode == 0, result.stderr
    assert {(opens, closes) for _name, opens, closes in listed("companies", "name", "opens", "closes")} == {
        ("09:00", "17:30")}


def test_garbage_still_exits_2_naming_row_and_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bad.xlsx", TALENT_HEADER, [["人材A", "080-3333-444a", "エンジニア・オペレータ"],
                                                            ["人材B", "080-3333-44445", "エンジニア・オペレータ"], *TALENTS])
    result = colead("import", "talents", str(path))
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert "2行目「電話」: 電話番号の形式が正しくありません（例: 03-1234-5678）。" in lines
    assert "3行目「電話」: 電話番号の形式が正しくありません（例: 03-1234-5678）。" in lines
    assert lines[-1] == "問題 2 件。何も書き込んでいません。"
    assert listed("talents", "name") == []


def test_colead_set_takes_a_date_and_time_written_with_h_mm() -> None:
    starts_at = next(f for f in fields(EventRecord) if f.name == "starts_at")
    assert parse_value(starts_at, "2021-10-10 9:00") == datetime(2021, 10, 10, 9, 0)
    with pytest.raises(InputError, match="starts_at"):
        parse_value(starts_at, "2021-10-10 9時")
