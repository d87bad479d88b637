"""Meetup outputs read back by independent tools: pdftotext/pdftoppm, ics-py, openpyxl."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import ics
import openpyxl
import pytest

from colead_desktop.domain.agenda import meetup_2021
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.meetup_docs import MeetupPack, RegionPack, SmeEntry, TableBrief, TalentSheet
from colead_desktop.domain.progress import Cancelled
from colead_desktop.domain.roundtables import PlanInput, Table, Talent, solve
from colead_desktop.exports.ics import calendar_bytes
from colead_desktop.exports.meetup_ics import event_entry, talent_entries
from colead_desktop.exports.rotation_xlsx import write_rotation
from colead_desktop.reports.meetup_pdf import HandoutPart, write_handouts

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
REGIONS = {"北見": "北海道北見市", "桑名": "三重県桑名市", "沖縄": "沖縄県"}
STAMP = datetime(2021, 10, 1, tzinfo=UTC)


def event_calendar(pack: MeetupPack) -> bytes:
    return calendar_bytes("Meetup", pack.agenda.title, [event_entry(pack.agenda, "e1")], STAMP)


def talent_calendar(pack: MeetupPack, talent_id: str) -> bytes:
    return calendar_bytes("Meetup", pack.agenda.title, talent_entries(pack, talent_id, "e1", talent_id), STAMP)


@pytest.fixture(autouse=True)
def _japanese() -> None:
    set_language("ja")
    yield
    set_language("ja")


@pytest.fixture(scope="module")
def pack() -> MeetupPack:
    tables = tuple(Table(t, 8) for t in REGIONS)
    skills = ["business_architect", "data_scientist", "ux_designer", "engineer", "security"]
    talents = tuple(Talent(f"t{i:02d}", skills[i % 5], rounds=frozenset({1, 3}) if i == 15 else None)
                    for i in range(16))
    plan = solve(PlanInput(3, "mix", 1, tables, talents))
    briefs = tuple(TableBrief(t, region, f"{t}ルーム", f"https://ovice.example/{i}", (f"{t}ラボ",),
                              "地域課題について意見交換する", f"{region}の課題", "これまでの実証事業",
                              ("どの企業に関心がありますか？",), "関心のある企業の候補")
                   for i, (t, region) in enumerate(REGIONS.items()))
    sheets = tuple(TalentSheet(f"t{i:02d}", f"人材{i:02d}", "=HYPERLINK(\"x\")" if i == 0 else "ソフトバンク㈱",
                               "データサイエンティスト", {"参加の動機": f"動機{i}"}) for i in range(16))
    regions = (RegionPack("三重県桑名市", "くわなIoT推進ラボ", "六華苑", "グリーン化を担うデジタル人材の不足",
                          "ゼロカーボンシティ宣言", (SmeEntry("株式会社総本家新之助貝新", "佃煮", "顧客データ", "SNS活用"),)),)
    return MeetupPack(meetup_2021("https://ovice.example/main"), plan, briefs, sheets, regions)


def pdf_text(path: Path) -> str:
    """The PDF's text with line breaks removed, so words wrapped inside narrow cells still match."""
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return "".join(out.split())


def test_handouts_contain_every_part(pack: MeetupPack, tmp_path: Path) -> None:
    target = write_handouts(tmp_path / "handouts.pdf", pack)
    text = pdf_text(target)
    for expected in ("Co-LEADミートアップイベント", "ラウンドテーブル①", "ローテーション表", "北海道北見市テーブル",
                     "人材への質問", "期待するアウトプット",
                     "事前資料：三重県桑名市", "株式会社総本家新之助貝新", "自己紹介シート",
                     "本業以外での学習履歴", "動機7", "欠席", "令和3年10月10日"):
        assert expected in text, expected
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "2", "-l", "2", str(target),
                    str(ARTIFACTS / "meetup_rotation")], check=True)


def test_talent_cards_show_each_room_link_and_the_event_link(pack: MeetupPack, tmp_path: Path) -> None:
    target = write_handouts(tmp_path / "cards.pdf", pack, [HandoutPart.TALENT_CARDS])
    text = pdf_text(target)
    assert "イベント全体：oVicehttps://ovice.example/main" in text
    for r in range(3):
        brief = pack.brief(pack.seat("t00", r))  # type: ignore[arg-type]
        assert brief.room + brief.join_url in text
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(target),
                    str(ARTIFACTS / "meetup_talent_cards")], check=True)


def test_parts_can_be_printed_alone_and_in_english(pack: MeetupPack, tmp_path: Path) -> None:
    set_language("en")
    text = pdf_text(write_handouts(tmp_path / "agenda.pdf", pack, [HandoutPart.AGENDA]))
    assert "Room/URL" in text and "ラウンドテーブル②" in text
    assert "Self-introduction sheet" not in text and "Rotation overview" not in text


def test_printed_programme_has_no_planner_checks_whole_url_parts_and_the_table_rooms(pack: MeetupPack,
                                                                                     tmp_path: Path) -> None:
    long_link = replace(pack, agenda=meetup_2021("https://example.jp/colead2021/meetup"))
    target = write_handouts(tmp_path / "agenda.pdf", long_link, [HandoutPart.AGENDA])
    lines = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True,
                           text=True).stdout.splitlines()
    text = "\n".join(lines)
    assert "[info]" not in text and "合計210分" not in text
    # the heading names the tool and its whole link; the table's cells break a link only at its parts
    assert any("オンライン：" in line and "https://example.jp/colead2021/meetup" in line for line in lines)
    urls = [line.split()[-1] for line in lines
            if ("example.jp" in line or "colead2021" in line) and "オンライン：" not in line]
    assert urls and all(u in ("https://example.jp/", "colead2021/meetup") for u in urls), urls
    first = next(i for i, line in enumerate(lines) if "ラウンドテーブル①" in line)
    rooms = [lines[first + k].split()[-1] for k in range(6)]  # each table's own link under its room
    assert [r for r in rooms if r.endswith("ルーム")] == ["北見ルーム", "桑名ルーム", "沖縄ルーム"]
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(target),
                    str(ARTIFACTS / "meetup_agenda")], check=True)


def test_cancel_leaves_no_file(pack: MeetupPack, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def stop_at_third(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with pytest.raises(Cancelled):
        write_handouts(tmp_path / "x.pdf", pack, progress=stop_at_third)
    assert not list(tmp_path.iterdir())
    assert seen[-1][0] == 3 and seen[0][1] == 2 + 3 + 16 + 1 + 16


def test_event_calendar_is_one_event_in_tokyo(pack: MeetupPack) -> None:
    calendar = ics.Calendar(event_calendar(pack).decode("utf-8"))
    (event,) = calendar.events
    assert event.begin.hour == 13 and event.begin.utcoffset() == timedelta(hours=9)
    assert event.end.hour == 16 and event.end.minute == 30
    assert "14:10–14:40 ラウンドテーブル①" in event.description
    assert b"BEGIN:VTIMEZONE" in event_calendar(pack) and b"TZID=Asia/Tokyo" in event_calendar(pack)
    assert event.url == pack.agenda.join_url == "https://ovice.example/main"
    assert event.location == f"oVice {pack.agenda.join_url}"


def test_a_table_without_a_link_sends_talents_to_the_event_link(pack: MeetupPack) -> None:
    bare = replace(pack, tables=tuple(replace(t, join_url="") for t in pack.tables))
    events = ics.Calendar(talent_calendar(bare, "t00").decode("utf-8")).events
    assert {e.url for e in events} == {pack.agenda.join_url}


def test_talent_calendar_has_one_event_per_attended_round(pack: MeetupPack) -> None:
    events = sorted(ics.Calendar(talent_calendar(pack, "t00").decode()).events, key=lambda e: e.begin)
    assert [(e.begin.hour, e.begin.minute) for e in events] == [(14, 10), (14, 40), (15, 10)]
    assert all(e.begin.utcoffset() == timedelta(hours=9) and e.duration == timedelta(minutes=30) for e in events)
    tables = [pack.seat("t00", r) for r in range(3)]
    assert [e.url for e in events] == [pack.brief(t).join_url for t in tables]
    assert all(e.url in e.location and "【目的】" in e.description for e in events)
    partial = ics.Calendar(talent_calendar(pack, "t15").decode()).events
    assert len(partial) == 2
    uids = {e.uid for e in events}
    assert len(uids) == 3 and uids == {e.uid for e in ics.Calendar(talent_calendar(pack, "t00").decode()).events}


def test_rotation_workbook(pack: MeetupPack, tmp_path: Path) -> None:
    path = write_rotation(tmp_path / "rotation.xlsx", pack)
    book = openpyxl.load_workbook(path)
    ws = book["ローテーション"]
    assert [c.value for c in ws[1]][:5] == ["人材ID", "氏名", "所属", "スキル", "第1ラウンド 14:10-14:40"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:G17"
    row = {c.value: c for c in ws[2]}
    assert ws["C2"].value == '=HYPERLINK("x")' and ws["C2"].data_type == "s" and ws["C2"].quotePrefix
    assert set(REGIONS.values()) == {ws.cell(row=2, column=c).value for c in (5, 6, 7)}
    assert ws.cell(row=17, column=6).value == "欠席" and row
    per_table = book["テーブル別"]
    assert per_table["A2"].value == "北海道北見市" and "人材" in per_table["D2"].value


def test_formula_text_stays_text_in_the_file(pack: MeetupPack, tmp_path: Path) -> None:
    sheets = (replace(pack.talents[0], name="+1-2", affiliation="@SUM(A1)"),) + pack.talents[1:]
    path = write_rotation(tmp_path / "r.xlsx", replace(pack, talents=sheets))
    ws = openpyxl.load_workbook(path)["ローテーション"]
    assert ws["B2"].value == "+1-2" and ws["B2"].data_type == "s"
    assert ws["C2"].value == "@SUM(A1)" and ws["C2"].data_type == "s"


def test_a_meetup_without_a_tool_or_link_prints_no_online_line(pack: MeetupPack, tmp_path: Path) -> None:
    bare = replace(pack, agenda=replace(meetup_2021(), place="", join_url=""))
    text = pdf_text(write_handouts(tmp_path / "bare.pdf", bare, [HandoutPart.AGENDA, HandoutPart.TALENT_CARDS]))
    assert "令和3年10月10日" in text and "13:00〜16:30" in text
    assert "オンライン" not in text and "イベント全体" not in text and "：-" not in text


def test_a_companys_text_longer_than_a_page_prints_whole(pack: MeetupPack, tmp_path: Path) -> None:
    """A pasted page in an SME's issues (a row of the pre-reading pack's table) used to stop the handouts with
    LayoutError: the row runs on to the next page."""
    long = "顧客データの活用が課題です。" * 400 + "ここまで"
    region = replace(pack.regions[0], smes=(SmeEntry("株式会社長文", "佃煮", long, "SNS活用"),))
    target = write_handouts(tmp_path / "long.pdf", replace(pack, regions=(region,)), [HandoutPart.REGION_PACK])
    text = pdf_text(target)
    assert text.count("ここまで") == 1 and text.count("顧客データの活用が課題です。") == 400


def test_rotation_pdf_and_workbook_say_absent_alike_and_the_pdf_has_no_metrics(pack: MeetupPack,
                                                                               tmp_path: Path) -> None:
    """t15 misses round 2: the workbook's cell says 欠席, and the participants' rotation sheet names them in its
    欠席 row instead of leaving them out; the planner's figures stay on the planner's screen."""
    text = pdf_text(write_handouts(tmp_path / "rotation.pdf", pack, [HandoutPart.ROTATION]))
    assert "欠席" in text and text.count("人材15") == 3  # rounds 1 and 3 at a table, round 2 in the 欠席 row
    assert "同じ相手との再会" not in text and "再訪" not in text
    book = openpyxl.load_workbook(write_rotation(tmp_path / "rotation.xlsx", pack))
    assert book["ローテーション"].cell(row=17, column=6).value == "欠席"
    per_table = book["テーブル別"]
    assert per_table["A5"].value == "欠席" and per_table["E5"].value == "人材15" and per_table["D5"].value is None
    card = pdf_text(write_handouts(tmp_path / "card.pdf", replace(pack, talents=pack.talents[15:]),
                                   [HandoutPart.TALENT_CARDS]))
    assert "欠席" in card and "（欠席）" not in card


def test_table_sheets_and_agenda_print_the_event_link_when_a_table_has_none(pack: MeetupPack,
                                                                          tmp_path: Path) -> None:
    bare = replace(pack, tables=tuple(replace(t, join_url="") for t in pack.tables))
    text = pdf_text(write_handouts(tmp_path / "sheets.pdf", bare, [HandoutPart.TABLE_SHEETS]))
    assert "ルーム：北見ルームhttps://ovice.example/main" in text
    own = pdf_text(write_handouts(tmp_path / "agenda.pdf", pack, [HandoutPart.AGENDA]))
    assert "北見ルームhttps://ovice.example/0" in own


def test_regions_without_texts_share_a_page_and_say_what_is_missing(pack: MeetupPack, tmp_path: Path) -> None:
    """Review 15, item 11: three regions with only a lab name printed three near-blank pages."""
    thin = replace(pack, regions=(*(RegionPack(r, f"{r}ラボ") for r in ("会津", "飯田", "宮崎")), *pack.regions))
    out = write_handouts(tmp_path / "regions.pdf", thin, (HandoutPart.REGION_PACK,))
    pages = ["".join(page.split()) for page in subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                                               text=True, check=True).stdout.split("\f")]
    assert all(f"事前資料：{r}" in pages[0] for r in ("会津", "飯田", "宮崎"))
    assert pages[0].count("未登録:地域の魅力、地域の課題、これまでの施策とその効果、参加企業") == 3
    assert pages[0].index("事前資料：宮崎") < pages[0].index("事前資料：三重県桑名市")  # the next one follows
    assert "".join(pages).count("未登録") == 3  # the region with all its texts lacks none
    assert len([p for p in pages if p]) == 1


def test_the_absent_row_names_a_talent_absent_from_every_round(pack: MeetupPack, tmp_path: Path) -> None:
    """Review 15, item 11: a talent recorded absent from every round is in no seat, but is absent all the same."""
    away = replace(pack, absent_everywhere=("全欠 花子",))
    out = write_handouts(tmp_path / "rotation.pdf", away, (HandoutPart.ROTATION,))
    assert pdf_text(out).count("全欠花子") == 3
    book = openpyxl.load_workbook(write_rotation(tmp_path / "rotation.xlsx", away))
    cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
    assert sum(c.count("全欠 花子") for c in cells) >= 3
