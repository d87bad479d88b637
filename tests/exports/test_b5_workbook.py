"""B-5 worksheet workbook: round trip, NFKC import, formula safety, all-or-nothing errors, opens in LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from colead_desktop.domain.b5 import (B1_SHEET, B3_SHEET, MONEY, OVERVIEW, TRANSPORT, VENUE, VISITS, B5Worksheet,
                                      CompanySheet, VisitTarget)
from colead_desktop.domain.b5_answers import PreMeetingParticipant, Publicity
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.payments import HonorariumScope, TravelRule
from colead_desktop.domain.types import Facility, TransportMode, VenueType
from colead_desktop.exports.b5_workbook import read_b5_workbook, write_b5_workbook

FILLED = B5Worksheet(
    region="三重県桑名市", days=3, candidate_dates=(date(2021, 11, 25), date(2021, 12, 2)), talent_count=5,
    publicity=frozenset({Publicity.HP_REPORT, Publicity.SNS}), pre_meeting=True,
    pre_meeting_participants=frozenset({PreMeetingParticipant.COMPANIES, PreMeetingParticipant.LAB}),
    venue_type=VenueType.HOTEL, venue_name="桑名シティホテル", venue_address="三重県桑名市中央町", venue_capacity=40,
    venue_access="桑名駅から徒歩5分", facilities=frozenset(Facility) - {Facility.DISPLAY},
    transport=frozenset({TransportMode.OFFICIAL_CAR, TransportMode.OTHER}), transport_other="=cmd|' /C calc'!A0",
    travel_policy=TravelRule.ACTUAL_CAPPED, travel_cap_yen=50000, honorarium_policy=HonorariumScope.TOUR_ONLY,
    visits=(VisitTarget(True, "株式会社総本家新之助貝新", "三重県桑名市", "@SUM(1+1)"),
            VisitTarget(True, "+大洋産業株式会社"), VisitTarget(False, "六華苑", "三重県桑名市桑名", "-見学45分")),
    companies=(CompanySheet("株式会社総本家新之助貝新", frozenset({"ceo_participates", "project_team"}),
                            (("company_description", "時雨蛤の老舗"), ("vision_choice", "既存の事業留まらず、新規事業の創出"),
                             ("solution_digital", "EC と在庫管理"))),
               CompanySheet("+大洋産業株式会社", frozenset({"digital_keen"}))))


def cell_row(ws, label: str) -> int:  # type: ignore[no-untyped-def]
    return next(row[0].row for row in ws.iter_rows(min_row=2, max_col=1) if row[0].value == label)


def test_round_trip(tmp_path: Path) -> None:
    target = write_b5_workbook(FILLED, tmp_path / "b5.xlsx")
    assert read_b5_workbook(target).sheet == FILLED
    book = load_workbook(target)
    assert book.sheetnames == [OVERVIEW, VENUE, TRANSPORT, MONEY, VISITS, B1_SHEET, B3_SHEET]
    blank = write_b5_workbook(B5Worksheet(), tmp_path / "blank.xlsx")
    assert read_b5_workbook(blank).sheet == B5Worksheet()


def test_user_text_is_never_a_formula(tmp_path: Path) -> None:
    target = write_b5_workbook(FILLED, tmp_path / "b5.xlsx")
    with zipfile.ZipFile(target) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml
    ws = load_workbook(target)[VISITS]
    assert ws["B3"].value == "+大洋産業株式会社" and ws["B3"].data_type == "s" and ws["B3"].quotePrefix


def test_import_normalises_nfkc(tmp_path: Path) -> None:
    target = write_b5_workbook(B5Worksheet(), tmp_path / "b5.xlsx")
    book = load_workbook(target)
    ws = book[OVERVIEW]
    ws.cell(cell_row(ws, "地域"), 2, "ﾐｴｹﾝ ｸﾜﾅｼ")
    ws.cell(cell_row(ws, "実施日数"), 2, "３日間")
    ws.cell(cell_row(ws, "開催日程候補1"), 2, "２０２１/１１/２５")
    ws.cell(cell_row(ws, "高度デジタル人材の募集人数"), 2, "５")
    venue = book[VENUE]
    venue.cell(cell_row(venue, "収容人数"), 2, "４０")
    venue.cell(cell_row(venue, "環境: ホワイトボード"), 2, "〇")
    book.save(target)
    result = read_b5_workbook(target).sheet
    assert (result.region, result.days, result.candidate_dates, result.talent_count, result.venue_capacity) == (
        "ミエケン クワナシ", 3, (date(2021, 11, 25),), 5, 40)
    assert result.facilities == {Facility.WHITEBOARD}


def test_broken_workbook_lists_every_error(tmp_path: Path) -> None:
    target = write_b5_workbook(FILLED, tmp_path / "b5.xlsx")
    book = load_workbook(target)
    ws = book[OVERVIEW]
    days_row = cell_row(ws, "実施日数")
    ws.cell(days_row, 2, "7日間")
    date_row = cell_row(ws, "開催日程候補2")
    ws.cell(date_row, 2, "来週")
    venue = book[VENUE]
    capacity_row = cell_row(venue, "収容人数")
    venue.cell(capacity_row, 2, "たくさん")
    venue.cell(cell_row(venue, "会場名"), 1, "会場の名前")  # a renamed label: the row is lost
    transport = book[TRANSPORT]
    check_row = cell_row(transport, "移動手段: 公用車")
    transport.cell(check_row, 2, "たぶん")
    book[VISITS]["A5"] = "お店"
    book[VISITS]["C5"] = "住所だけ"
    del book[MONEY]
    book.save(target)
    set_language("en")
    try:
        with pytest.raises(InputError) as caught:
            read_b5_workbook(target)
    finally:
        set_language("ja")
    text = str(caught.value)
    for where in (f"{OVERVIEW}!B{days_row}", f"{OVERVIEW}!B{date_row}", f"{VENUE}!B{capacity_row}",
                  f"{TRANSPORT}!B{check_row}", f"{VISITS}!A5", f"{VISITS}!B5", f"{MONEY}: sheet is missing",
                  "row 会場名 is missing"):
        assert where in text, where
    assert len(text.splitlines()) == 8


def test_an_unreadable_answer_says_what_the_cell_takes(tmp_path: Path) -> None:
    """「「実施日数」の値「7日間」が読めません」 left the lab guessing what the cell takes: the choices, a date's form, a
    whole number or a tick."""
    target = write_b5_workbook(FILLED, tmp_path / "b5.xlsx")
    book = load_workbook(target)
    ws, venue, transport = book[OVERVIEW], book[VENUE], book[TRANSPORT]
    ws.cell(cell_row(ws, "実施日数"), 2, "7日間")
    ws.cell(cell_row(ws, "開催日程候補2"), 2, "来週")
    venue.cell(cell_row(venue, "収容人数"), 2, "たくさん")
    transport.cell(cell_row(transport, "移動手段: 公用車"), 2, "たぶん")
    book.save(target)
    with pytest.raises(InputError) as refused:
        read_b5_workbook(target)
    lines = [line.split(": ", 1)[1] for line in str(refused.value).splitlines()]
    assert lines == ["「実施日数」の値「7日間」が読めません（選べるもの: 2日間、3日間、4日間、5日間）",
                     "「開催日程候補2」の値「来週」が読めません（YYYY-MM-DD の日付、2000-01-01〜2100-12-31）",
                     "「収容人数」の値「たくさん」が読めません（0〜100,000 の整数）",
                     "「移動手段: 公用車」の値「たぶん」が読めません（○ か空欄）"]


def test_answers_beyond_what_the_app_takes_are_refused_naming_their_cells(tmp_path: Path) -> None:
    """A 10,000-character アクセス, a ¥999,999,999,999 travel cap and a 1999 candidate date were imported as they
    were: each is now refused as the app's own forms refuse it, naming the cell and what it takes."""
    target = write_b5_workbook(FILLED, tmp_path / "b5.xlsx")
    book = load_workbook(target)
    ws, venue, money = book[OVERVIEW], book[VENUE], book[MONEY]
    date_row, access_row = cell_row(ws, "開催日程候補1"), cell_row(venue, "公共交通機関でのアクセス")
    cap_row, count_row = cell_row(money, "交通費の上限額（円）"), cell_row(ws, "高度デジタル人材の募集人数")
    ws.cell(date_row, 2, date(1999, 11, 25))
    ws.cell(count_row, 2, "1001")
    venue.cell(access_row, 2, "駅" * 10_000)
    money.cell(cap_row, 2, 999_999_999_999)
    book[VISITS]["B2"] = "社" * 201
    book[B3_SHEET]["B2"] = "説" * 1_001
    book.save(target)
    with pytest.raises(InputError) as refused:
        read_b5_workbook(target)
    said = dict(line.split(": ", 1) for line in str(refused.value).splitlines())
    assert said == {
        f"{OVERVIEW}!B{date_row}": "「開催日程候補1」の値「1999-11-25」が読めません（YYYY-MM-DD の日付、2000-01-01〜2100-12-31）",
        f"{OVERVIEW}!B{count_row}": "「高度デジタル人材の募集人数」の値「1001」が読めません（0〜1,000 の整数）",
        f"{VENUE}!B{access_row}": "「公共交通機関でのアクセス」は 1000 文字以内にしてください（10000 文字あります）",
        f"{MONEY}!B{cap_row}": "「交通費の上限額（円）」の値「999999999999」が読めません（0〜100,000,000 の整数）",
        f"{VISITS}!B2": "「名称」は 200 文字以内にしてください（201 文字あります）",
        f"{B3_SHEET}!B2": "「貴社はどんな会社ですか」は 1000 文字以内にしてください（1001 文字あります）"}
    fixed = load_workbook(target)
    fixed[OVERVIEW].cell(date_row, 2, "2100-12-31")
    fixed[OVERVIEW].cell(count_row, 2, "1,000名")
    fixed[VENUE].cell(access_row, 2, "駅" * 1_000)
    fixed[MONEY].cell(cap_row, 2, "100,000,000円")
    fixed[VISITS]["B2"] = "社" * 200
    fixed[B3_SHEET]["B2"] = "説" * 1_000
    fixed.save(target)
    sheet = read_b5_workbook(target).sheet
    assert (sheet.candidate_dates[0], sheet.talent_count, len(sheet.venue_access), sheet.travel_cap_yen,
            len(sheet.visits[0].name)) == (date(2100, 12, 31), 1_000, 1_000, 100_000_000, 200)


def test_b1_b3_cells_are_named_when_unreadable(tmp_path: Path) -> None:
    target = write_b5_workbook(FILLED, tmp_path / "b5.xlsx")
    book = load_workbook(target)
    book[B1_SHEET]["C2"] = "たぶん"
    book[B3_SHEET]["C3"] = "現状維持"  # not one of the four 5-year visions
    book[B3_SHEET]["B4"] = "名前のない行"
    book.save(target)
    with pytest.raises(InputError) as refused:
        read_b5_workbook(target)
    assert str(refused.value).splitlines() == [
        f"{B1_SHEET}!C2: 「公的機関からの経営革新の認定」の値「たぶん」が読めません",
        f"{B3_SHEET}!C3: 「5年後どのような会社にしていきたいか」の値「現状維持」が読めません",
        f"{B3_SHEET}!A4: 企業名がありません"]


def test_long_b3_answers_get_rows_tall_enough_to_print(tmp_path: Path) -> None:
    """LibreOffice prints rows at their stored height: a long answer's row must be stored taller."""
    long_answer = "熟練技術を継承しながら新規顧客と新規事業を開拓する。" * 3  # 78 full-width characters
    sheet = B5Worksheet(companies=(CompanySheet("三重精機", b3=(("vision_text", long_answer),)),))
    ws = load_workbook(write_b5_workbook(sheet, tmp_path / "b5.xlsx"))[B3_SHEET]
    assert ws.row_dimensions[2].height >= 6 * 15  # 156 units in a 26-wide column: at least 6 lines
    assert read_b5_workbook(tmp_path / "b5.xlsx").sheet == sheet


@pytest.mark.parametrize(("name", "content"), [("b5.xlsx", b"not a workbook"), ("b5.xlsx", b""),
                                             ("b5.xlsx", b"PK\x03\x04broken zip"), ("b5.csv", b"a,b\n")])
def test_not_an_excel_file(tmp_path: Path, name: str, content: bytes) -> None:
    """Said in the message's language, not in openpyxl's English ("File is not a zip file", "openpyxl does not
    support .csv file format, please check you can open it with Excel first...")."""
    bogus = tmp_path / name
    bogus.write_bytes(content)
    with pytest.raises(InputError) as refused:
        read_b5_workbook(bogus)
    assert str(refused.value) == "Excelファイルを開けません: Excel ブック (.xlsx) ではないか、壊れています"


def test_a_missing_file_or_a_folder_is_named_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing.xlsx を使えません: フォルダまたはファイルが見つかりません$"):
        read_b5_workbook(tmp_path / "missing.xlsx")
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(InputError, match="folder.xlsx を使えません: 同じ名前のフォルダがあります"):
        read_b5_workbook(tmp_path / "folder.xlsx")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice not installed")
def test_libreoffice_opens_the_export(tmp_path: Path) -> None:
    target = write_b5_workbook(FILLED, tmp_path / "b5.xlsx")
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(target)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "b5.pdf"
    assert pdf.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "桑名シティホテル" in text and "+大洋産業株式会社" in text


def _with_formula(tmp_path: Path) -> tuple[Path, str]:
    """The blank worksheet with 収容人数 as a formula written by openpyxl (no cached value); its cell (B7)."""
    target = write_b5_workbook(B5Worksheet(), tmp_path / "b5.xlsx")
    book = load_workbook(target)
    ws = book[VENUE]
    row = cell_row(ws, "収容人数")
    ws.cell(row, 2, "=20*2")
    book.save(target)
    return target, f"B{row}"


def test_a_formula_without_a_calculated_value_is_refused_naming_the_cell(tmp_path: Path) -> None:
    target, where = _with_formula(tmp_path)
    with pytest.raises(InputError) as refused:
        read_b5_workbook(target)
    assert str(refused.value) == (f"{VENUE}!{where}: 数式の計算結果が保存されていません。"
                                  "値を入力するか、Excel か LibreOffice で開いて保存し直してください")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_formula_saved_by_libreoffice_reads_as_its_value(tmp_path: Path) -> None:
    target, where = _with_formula(tmp_path)
    out = tmp_path / "resaved"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(out), str(target)], check=True, capture_output=True, timeout=180)
    assert load_workbook(out / "b5.xlsx")[VENUE][where].value == "=20*2"  # still a formula, now with its value
    assert read_b5_workbook(out / "b5.xlsx").sheet.venue_capacity == 40


@pytest.mark.parametrize(("language", "shown"), [("ja", 'yyyy"年"m"月"d"日"'), ("en", "d mmm yyyy")])
def test_candidate_dates_show_in_the_workbooks_language(tmp_path: Path, language: str, shown: str) -> None:
    """A Japanese worksheet showed its dates as 2021-11-25 (review prog19 item 2); the cell stays a date, so the
    workbook still reads back the same."""
    set_language(language)
    try:
        target = write_b5_workbook(FILLED, tmp_path / "b5.xlsx")
    finally:
        set_language("ja")
    ws = load_workbook(target)[OVERVIEW]
    cell = ws.cell(cell_row(ws, "開催日程候補1"), 2)
    assert cell.is_date and cell.number_format == shown
    assert read_b5_workbook(target).sheet == FILLED
