"""B-5 round trip: export -> import gives the tour back field by field (the demo's three tours, also after
LibreOffice re-saves the files), re-importing updates the tour it came from and never duplicates it, and a
missing column is named in one message."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from colead_desktop import cli
from colead_desktop.db.engine import Database
from colead_desktop.domain.b5 import (B1_SHEET, B3_SHEET, KEY_LABEL, OVERVIEW, VENUE, VISITS, b5_from_tour, nfkc,
                                      normalised)
from colead_desktop.domain.b5_answers import Publicity
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import PlaceKind, Tour
from colead_desktop.domain.records import CompanyRecord, RegionRecord, VenueRecord
from colead_desktop.services.b5_import import apply_b5_import, plan_b5_import
from colead_desktop.domain.demo_tours import demo_tours
from colead_desktop.services.programme_scope import list_programmes
from colead_desktop.services.records import get_record, save_record
from colead_desktop.services.tour_checks import check_saved_tour
from colead_desktop.services.tour_exports import export_b5, export_itinerary
from colead_desktop.services.tours import list_tours, load_tour, save_tour
from tests.programmes import new_programme

DEMO_TOURS = ("demo-kitami-2021", "demo-kuwana-2021", "demo-okinawa-2021")
TODAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's three tours in a programme, made once per module (the whole demo takes seconds more and adds
    nothing a worksheet carries); each test works on its own copy."""
    path = tmp_path_factory.mktemp("b5-demo") / "demo.sqlite3"
    database = Database(f"sqlite:///{path}")
    database.migrate()
    programme_id = new_programme(database, "令和3年度 デモ", 2021)
    for tour in demo_tours():
        save_tour(database, programme_id, tour)
    database.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Database, int]]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, copy)
    database = Database(f"sqlite:///{copy}")
    yield database, list_programmes(database)[0].id
    database.dispose()


def _exports(db: Database, folder: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    return {key: export_b5(db, key, folder / f"{key}.xlsx") for key in DEMO_TOURS}


def _visit_places(tour: Tour) -> list[tuple[PlaceKind, str, str]]:
    return [(p.kind, nfkc(p.name), nfkc(p.address)) for p in tour.places
            if p.kind in (PlaceKind.COMPANY, PlaceKind.FACILITY)]


def assert_same_tour(imported: Tour, original: Tour) -> None:
    """Every field the worksheet carries, compared as the import reads text (NFKC)."""
    assert (imported.region, imported.start_date, imported.days) == (original.region, original.start_date, original.days)
    venue, source = imported.place(imported.base_venue_id), original.place(original.base_venue_id)
    assert venue is not None and source is not None
    assert (nfkc(venue.name), nfkc(venue.address), venue.capacity, venue.facilities, venue.venue_type) == (
        nfkc(source.name), nfkc(source.address), source.capacity, source.facilities, source.venue_type)
    assert imported.transport is not None and original.transport is not None
    assert imported.transport.mode == original.transport.mode
    assert _visit_places(imported) == _visit_places(original)
    assert normalised(replace(b5_from_tour(imported), tour_key="")) == normalised(
        replace(b5_from_tour(original), tour_key=""))


def _check_round_trip(db: Database, programme_id: int, files: dict[str, Path]) -> None:
    elsewhere = new_programme(db, "令和9年度 取り込み先", 2027)  # no tour there: each file makes a new one
    for key, path in files.items():
        original = load_tour(db, key)
        again = plan_b5_import(db, programme_id, path, TODAY)
        assert (again.action, again.matched_by, again.differences, again.ignored) == ("unchanged", "id", (), ())
        plan = plan_b5_import(db, elsewhere, path, TODAY)
        assert plan.action == "create" and plan.ignored == ()
        assert_same_tour(load_tour(db, apply_b5_import(db, elsewhere, plan).id), original)
    assert len(list_tours(db, elsewhere)) == 3 and len(list_tours(db, programme_id)) == 3


def test_export_import_gives_the_demo_tours_back(demo: tuple[Database, int], tmp_path: Path) -> None:
    db, programme_id = demo
    _check_round_trip(db, programme_id, _exports(db, tmp_path / "b5"))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_the_same_after_libreoffice_saves_the_files(demo: tuple[Database, int], tmp_path: Path) -> None:
    db, programme_id = demo
    files = _exports(db, tmp_path / "b5")
    out = tmp_path / "resaved"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(out), *map(str, files.values())], check=True, capture_output=True, timeout=180)
    _check_round_trip(db, programme_id, {key: out / path.name for key, path in files.items()})


def _edit(path: Path, sheet: str, label: str, value: object) -> None:
    book = load_workbook(path)
    ws = book[sheet]
    row = next(r[0].row for r in ws.iter_rows(min_row=2, max_col=1) if r[0].value == label)
    ws.cell(row, 2, value)
    book.save(path)


def test_reimport_updates_the_tour_it_came_from(demo: tuple[Database, int], tmp_path: Path) -> None:
    db, programme_id = demo
    path = export_b5(db, "demo-kuwana-2021", tmp_path / "b5.xlsx")
    _edit(path, VENUE, "収容人数", "４５")
    _edit(path, OVERVIEW, "外部発信: SNSでの記事掲載", "〇")
    _edit(path, OVERVIEW, "開催日程候補2", "2021/12/02")
    book = load_workbook(path)
    book[VISITS]["D4"] = "精密加工の現場を見学"  # 三重精機's note
    book.save(path)
    before = load_tour(db, "demo-kuwana-2021")
    plan = plan_b5_import(db, programme_id, path, TODAY)
    assert plan.action == "update" and plan.matched_by == "id"
    assert [(d.field, d.old, d.new) for d in plan.differences] == [
        ("開催概要: 開催日程候補2", "", "2021-12-02"), ("開催概要: 外部発信: SNSでの記事掲載", "", "○"),
        ("受入環境の整備: 収容人数", "40", "45"),
        ("訪問先: 三重精機", "企業 / 三重県桑名市 / 企業訪問② 三重精機", "企業 / 三重県桑名市 / 精密加工の現場を見学")]
    apply_b5_import(db, programme_id, plan)
    after = load_tour(db, "demo-kuwana-2021")
    venue = after.place(after.base_venue_id)
    assert venue is not None and venue.capacity == 45
    assert after.b5.publicity == {Publicity.SNS} and after.b5.later_dates == (date(2021, 12, 2),)
    assert after.b5.visit_notes == (("三重精機", "精密加工の現場を見学"),) and after.items == before.items
    assert replace(after, places=before.places, b5=before.b5) == before  # nothing else moved
    assert len(list_tours(db, programme_id)) == 3
    # The same file again: nothing left to change. Without its id cell, region and first date find the tour.
    assert plan_b5_import(db, programme_id, path, TODAY).action == "unchanged"
    book = load_workbook(path)
    ws = book[OVERVIEW]
    ws.delete_rows(ws.max_row)  # the hidden id row is the last
    book.save(path)
    _edit(path, VENUE, "収容人数", 50)
    plan = plan_b5_import(db, programme_id, path, TODAY)
    assert (plan.action, plan.matched_by, plan.after.id) == ("update", "region_date", "demo-kuwana-2021")
    apply_b5_import(db, programme_id, plan)
    assert len(list_tours(db, programme_id)) == 3


@pytest.mark.parametrize(("sheet", "column", "where"), [(OVERVIEW, 2, "開催概要!B1"), (VISITS, 3, "訪問先!C1")])
def test_a_deleted_column_is_named_once(demo: tuple[Database, int], tmp_path: Path, sheet: str, column: int,
                                        where: str) -> None:
    db, programme_id = demo
    path = export_b5(db, "demo-kuwana-2021", tmp_path / "b5.xlsx")
    book = load_workbook(path)
    heading = book[sheet].cell(1, column).value
    book[sheet].delete_cols(column)
    book.save(path)
    with pytest.raises(InputError) as refused:
        plan_b5_import(db, programme_id, path, TODAY)
    assert str(refused.value) == f"{where}: 列「{heading}」がありません（見出しを元に戻してください）"


def test_ignored_parts_are_listed(demo: tuple[Database, int], tmp_path: Path) -> None:
    db, programme_id = demo
    path = export_b5(db, "demo-okinawa-2021", tmp_path / "b5.xlsx")
    book = load_workbook(path)
    book[OVERVIEW]["E4"] = "メモ"
    book[OVERVIEW].append(["独自の項目", "回答あり"])
    book.create_sheet("メモ")["A1"] = "下書き"
    book.save(path)
    plan = plan_b5_import(db, programme_id, path, TODAY)
    assert plan.action == "unchanged" and len(plan.ignored) == 3
    assert [line.split(":")[0] for line in plan.ignored] == ["開催概要!E4", f"開催概要!B{book[OVERVIEW].max_row}",
                                                             "メモ"]


def test_cli_import_b5_and_list_tours(demo: tuple[Database, int], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db, _programme_id = demo
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    path = export_b5(db, "demo-kitami-2021", tmp_path / "b5.xlsx")
    _edit(path, VENUE, "収容人数", 31)
    assert cli.main(["--db", url, "import", "b5", str(path), "--dry-run"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["action"] == "update" and report["dry_run"] is True
    assert report["differences"] == [{"field": "受入環境の整備: 収容人数", "old": "30", "new": "31"}]
    assert cli.main(["--db", url, "import", "b5", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["tour"] == "demo-kitami-2021"
    assert cli.main(["--db", url, "list", "tours", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [t["key"] for t in listed] == list(DEMO_TOURS)
    book = load_workbook(path)
    del book[VENUE]
    book.save(path)
    assert cli.main(["--db", url, "import", "b5", str(path)]) == 2
    assert capsys.readouterr().err.strip() == "エラー: 受入環境の整備: シートがありません"


def test_b1_and_b3_of_the_visited_companies_go_out_and_come_back(demo: tuple[Database, int], tmp_path: Path) -> None:
    db, programme_id = demo
    region = save_record(db, RegionRecord(None, "桑名"), programme_id)
    assert region.id is not None
    kaishin = save_record(db, CompanyRecord(
        None, region.id, "株式会社総本家新之助貝新", b1_checklist={"ceo_participates": True, "digital_keen": False},
        b3_profile={"company_description": "時雨蛤の老舗", "vision_choice": "既存の事業留まらず、新規事業の創出"}))
    path = export_b5(db, "demo-kuwana-2021", tmp_path / "b5.xlsx")
    book = load_workbook(path)
    b1, b3 = book[B1_SHEET], book[B3_SHEET]
    assert [c.value for c in b1[2]][:8] == ["株式会社総本家新之助貝新", None, None, None, None, "○", None, None]
    assert [c.value for c in b3[2]][:4] == [
        "株式会社総本家新之助貝新", "時雨蛤の老舗", "既存の事業留まらず、新規事業の創出", None]
    assert b1.max_row == 2  # the other companies visited have no record
    assert plan_b5_import(db, programme_id, path, TODAY).action == "unchanged"

    b1["H2"] = "〇"  # プロジェクトチームの組成
    b3["E2"] = "人手不足"  # ビジョン実現の壁
    b1.append(["未登録の会社", "○"])
    book.save(path)
    plan = plan_b5_import(db, programme_id, path, TODAY)
    assert plan.action == "update" and plan.after == plan.before
    assert [(d.field, d.old, d.new) for d in plan.differences] == [
        (f"{B1_SHEET}: 株式会社総本家新之助貝新: プロジェクトチームの組成", "", "○"),
        (f"{B3_SHEET}: 株式会社総本家新之助貝新: ビジョン実現の壁", "", "人手不足")]
    assert len(plan.ignored) == 1 and "未登録の会社" in plan.ignored[0]
    apply_b5_import(db, programme_id, plan)
    saved = get_record(db, CompanyRecord, kaishin.id, programme_id)
    assert {code for code, ticked in saved.b1_checklist.items() if ticked} == {"ceo_participates", "project_team"}
    assert saved.b3_profile == {**kaishin.b3_profile, "barriers": "人手不足"}
    assert plan_b5_import(db, programme_id, path, TODAY).companies == ()


def test_a_worksheet_with_an_unprintable_region_is_refused_before_the_import(demo: tuple[Database, int],
                                                                             tmp_path: Path) -> None:
    """The tour save's rules (review 15 item 12) are said when the worksheet is read, before anything is confirmed,
    for a new tour as for an update; nothing is written."""
    db, programme_id = demo
    path = export_b5(db, "demo-kuwana-2021", tmp_path / "b5.xlsx")
    _edit(path, OVERVIEW, "地域", "桑名😀")
    with pytest.raises(InputError, match="地域: 「😀」"):
        plan_b5_import(db, programme_id, path, TODAY)
    book = load_workbook(path)
    book[OVERVIEW].delete_rows(book[OVERVIEW].max_row)  # no id: a new tour (no tour of 桑名😀 on that date)
    book.save(path)
    with pytest.raises(InputError, match="地域: 「😀」"):
        plan_b5_import(db, programme_id, path, TODAY)
    assert len(list_tours(db, programme_id)) == 3


def test_a_worksheet_venue_or_visit_that_cannot_print_or_is_too_long_is_refused_before_the_import(
        demo: tuple[Database, int], tmp_path: Path) -> None:
    """The place dialog's rules (name at most 200 characters, address 300, both printable) hold for the places a
    worksheet brings in: its venue and its visits. They were not checked, so the preview and --dry-run offered a
    venue named 「会議室😀」 or a pasted page of an address, and the import saved it into the itinerary."""
    db, programme_id = demo
    before = load_tour(db, "demo-kuwana-2021")
    path = export_b5(db, "demo-kuwana-2021", tmp_path / "b5.xlsx")
    _edit(path, VENUE, "会場名", "会議室😀")
    with pytest.raises(InputError, match="拠点会場「会議室😀」の名称: 「😀」"):
        plan_b5_import(db, programme_id, path, TODAY)
    path = export_b5(db, "demo-kuwana-2021", tmp_path / "b5-visit.xlsx")
    book = load_workbook(path)
    book[VISITS].append(["企業", "新しい企業", "三重県桑名市" + "一" * 300, ""])
    book.save(path)
    with pytest.raises(InputError, match=r"訪問先!C\d+: 「所在地」は 300 文字以内"):  # named where it is typed
        plan_b5_import(db, programme_id, path, TODAY)
    assert load_tour(db, "demo-kuwana-2021") == before


def test_coordinates_an_older_set_stored_outside_japan_are_not_taken_into_a_new_tour(demo: tuple[Database, int],
                                                                                     tmp_path: Path) -> None:
    """A venue record an older `colead set` gave lat=99, in a region whose gateway it gave 200: the B-5 import of a
    new tour placed its base venue there, and the tour's check and itinerary then failed (ValueError from the
    distance). Such coordinates are no place: the venue goes to the anchor, marked approximate (review prog19 item 1)."""
    db, programme_id = demo
    region = save_record(db, RegionRecord(None, "桑名", gateway_lat=35.06, gateway_lon=136.68), programme_id)
    venue = save_record(db, VenueRecord(None, "桑名シティホテル", region.id, lat=35.06, lon=136.68), programme_id)
    with db.engine.begin() as connection:
        connection.execute(text(f"UPDATE venue SET lat = 99 WHERE id = {venue.id}"))
        connection.execute(text(f"UPDATE region SET gateway_lat = 200 WHERE id = {region.id}"))
    path = export_b5(db, "demo-kuwana-2021", tmp_path / "b5.xlsx")
    _edit(path, OVERVIEW, KEY_LABEL, "")
    _edit(path, OVERVIEW, "開催日程候補1", "2021/12/09")
    plan = plan_b5_import(db, programme_id, path, TODAY)
    assert plan.action == "create"
    tour = apply_b5_import(db, programme_id, plan)
    base = tour.place(tour.base_venue_id)
    assert base is not None and base.approximate and base.lat is not None and 20 <= base.lat <= 46
    check_saved_tour(db, tour)  # raised ValueError: Latitude must be in the [-90; 90] range
    export_itinerary(db, tour.id, tmp_path / "itinerary.pdf")
