"""The self-introduction sheet on a fresh programme: answers come in through the roster (Japanese headers, NFKC,
a bad cell named by row and column) and `colead set`, and each field of the exported sheet prints its own
answer; blank fields print ruled lines to write on. Pages rendered to PNG for a look."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.self_intro import INTRO_TEXT_LIMIT, SELF_INTRO_FIELDS
from colead_desktop.reports.meetup_pdf import HandoutPart
from colead_desktop.services import meetup_exports as exports
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services.records import list_records, save_record
from colead_desktop.services.roster_import import RosterRejected, import_roster
from tests.cli.run import colead
from tests.programmes import new_programme
from tests.conftest import shots_dir

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                reason="poppler-utils are not installed")
SHOTS = shots_dir("intro18")
HEADER = ["氏名", "メール", "スキルタイプ", *(f.ja for f in SELF_INTRO_FIELDS)]
FULL = ["山田 太郎", "taro@example.jp", "エンジニア・オペレータ",
        "製造業向けＩｏＴ基盤の構築（３年）", "放送大学で統計学", "紙の帳票をまずデータにする",
        "地域の製造業を支えたい", "後継者不足と人手不足", "本業の新規事業に活かす"]
PARTLY = ["高橋 さくら", "sakura@example.jp", "UI/UXデザイナー", "", "", "", "地元に戻るきっかけに", "", ""]


def write_roster(path: Path, *rows: list[object]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (HEADER, *rows):
        sheet.append(row)
    book.save(path)
    return path


def pdf_text(path: Path) -> str:
    """The PDF's text without spaces or line breaks (the cells wrap)."""
    return "".join(subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                                  text=True).stdout.split())


@pytest.fixture(autouse=True)
def _japanese() -> object:
    set_language("ja")
    yield
    set_language("ja")


@pytest.fixture
def programme(db: Database) -> int:
    programme_id = new_programme(db, "令和9年度 自己紹介", 2027)
    save_record(db, rec.RegionRecord(None, "桑名", prefecture="三重県", municipality="桑名市"), programme_id)
    return programme_id


def meetup(db: Database, programme: int) -> int:
    event = save_record(db, rec.EventRecord(None, programme, "meetup", "ミートアップ", datetime(2027, 10, 9, 13),
                                            datetime(2027, 10, 9, 16, 30), tool="oVice",
                                            join_url="https://ovice.example/colead"))
    assert event.id is not None
    setups.create_default(db, event.id)
    return event.id


def test_a_bad_cell_is_named_by_row_and_column_and_nothing_is_written(db: Database, programme: int,
                                                                      tmp_path: Path) -> None:
    too_long = list(PARTLY)
    too_long[HEADER.index("本業以外での学習履歴")] = "学" * (INTRO_TEXT_LIMIT + 1)
    path = write_roster(tmp_path / "talents.xlsx", FULL, too_long)
    with pytest.raises(RosterRejected) as rejected:
        import_roster(db, "talents", path, programme)
    assert [str(p) for p in rejected.value.problems] == [
        f"3行目「本業以外での学習履歴」: {INTRO_TEXT_LIMIT} 文字以内にしてください（{INTRO_TEXT_LIMIT + 1} 文字あります）。"]
    assert list_records(db, rec.TalentRecord, programme) == []


def test_each_field_of_the_sheet_prints_its_own_answer(db: Database, programme: int, tmp_path: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    import_roster(db, "talents", write_roster(tmp_path / "talents.xlsx", FULL, PARTLY), programme)
    yamada, takahashi = list_records(db, rec.TalentRecord, programme)
    assert yamada.intro_projects == "製造業向けIoT基盤の構築(3年)"  # NFKC
    assert (takahashi.intro_projects, takahashi.motivation) == ("", "地元に戻るきっかけに")

    # one step later: a field filled from the command line, and the same file imported again leaves it be
    done = colead("--db", db.url, "--programme", str(programme), "set", "talents", str(takahashi.id),
                  "intro_future=社内のデザイン組織づくりに活かす")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["intro_future"] == "社内のデザイン組織づくりに活かす"
    again = import_roster(db, "talents", write_roster(tmp_path / "again.xlsx", FULL, PARTLY), programme)
    assert again.summary()["skipped"] == 2

    event_id = meetup(db, programme)
    pdf = exports.export_handouts(db, event_id, tmp_path / "intro.pdf", [HandoutPart.SELF_INTRO])
    pages = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout.split("\f")
    assert len([page for page in pages if page.strip()]) == 2  # one page each, the writing room included
    yamada_page, takahashi_page = ("".join(page.split()) for page in pages[:2])
    for field, answer in zip(SELF_INTRO_FIELDS, FULL[3:], strict=True):
        expected = "".join(answer.replace("ＩｏＴ", "IoT").replace("（３年）", "(3年)").split())
        assert field.ja + expected in yamada_page  # the title, then its own answer
    assert "戦略策定" not in yamada_page and "エンジニア・オペレータ" in yamada_page
    assert "参加の動機地元に戻るきっかけに" in takahashi_page
    assert "プロジェクトにおける経験の今後への活かし方社内のデザイン組織づくりに活かす" in takahashi_page
    assert "本業で関わったプロジェクト内容本業以外での学習履歴" in takahashi_page  # blank: only writing lines between
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(SHOTS / "sheet_ja")], check=True)

    set_language("en")
    english = exports.export_handouts(db, event_id, tmp_path / "intro_en.pdf", [HandoutPart.SELF_INTRO])
    text = pdf_text(english)
    assert "Self-introductionsheet" in text and "Projectsinmymainjob製造業向けIoT基盤の構築(3年)" in text
    assert "WhyIamtakingpart地域の製造業を支えたい" in text and "参加の動機" not in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(english), str(SHOTS / "sheet_en")],
                   check=True)


def test_a_title_of_the_organisers_own_prints_blank_with_room_to_write(db: Database, programme: int,
                                                                       tmp_path: Path) -> None:
    import_roster(db, "talents", write_roster(tmp_path / "talents.xlsx", FULL), programme)
    event_id = meetup(db, programme)
    setup = setups.load_setup(db, event_id)
    assert setup is not None
    setups.save_setup(db, event_id, replace(setup, sheet_fields=("得意なツールと言語", "参加の動機 ")))
    pdf = exports.export_handouts(db, event_id, tmp_path / "own.pdf", [HandoutPart.SELF_INTRO])
    text = pdf_text(pdf)
    assert "得意なツールと言語参加の動機地域の製造業を支えたい" in text
    assert "本業で関わったプロジェクト内容" not in text
