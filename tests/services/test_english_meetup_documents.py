"""English meetup documents print the app's own default texts (agenda template items and owners, rooms, table
briefs) in English, and what the user typed as typed (review 14b, item 9)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import openpyxl

from colead_desktop.db.engine import Database
from colead_desktop.domain.i18n import output_language
from colead_desktop.reports.meetup_pdf import HandoutPart
from colead_desktop.services import meetup as service
from colead_desktop.services import meetup_exports as exports

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "print14"


def test_english_handouts_and_workbook_print_the_defaults_in_english(meetup_demo: tuple[Database, int],
                                                                     tmp_path: Path) -> None:
    db, event_id = meetup_demo
    agenda = service.load_agenda(db, event_id)
    typed = (replace(agenda.blocks[0], title="開会のことば（局長）"),) + agenda.blocks[1:]
    service.save_agenda(db, event_id, typed, agenda.place, agenda.join_url)
    with output_language("en"):
        pdf = exports.export_handouts(db, event_id, tmp_path / "handouts_en.pdf",
                                      [HandoutPart.AGENDA, HandoutPart.TABLE_SHEETS])
        book = openpyxl.load_workbook(exports.export_rotation(db, event_id, tmp_path / "rotation_en.xlsx"))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    for english in ("Round table 1", "Secretariat", "Wrap-up and notices", "北見 room", "Which sites and data"):
        assert english in text, english
    for japanese in ("ラウンドテーブル①", "事務局", "ルーム", "フィールドワークツアーで見たい"):
        assert japanese not in text, japanese
    assert "開会のことば（局長）" in text  # typed by the user: as typed
    cells = " ".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert "北見 room" in cells and "北見ルーム" not in cells
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "2", str(pdf), str(SHOTS / "handouts_en")],
                   check=True)
