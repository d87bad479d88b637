"""Meetup service on SQLite and PostgreSQL: the demo meetup, round trips, pins kept on replan, exports
read back by independent tools (pdftotext, ics-py, openpyxl)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import ics
import openpyxl
import pytest

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain import roundtables as rt
from colead_desktop.domain.agenda import AgendaBlock, BlockKind, Severity, findings, round_slots, schedule
from colead_desktop.domain.progress import Cancelled
from colead_desktop.domain.errors import InputError
from colead_desktop.reports.meetup_pdf import HandoutPart, write_handouts
from colead_desktop.services import calendars
from colead_desktop.services import meetup as service
from colead_desktop.services import meetup_grid as rules
from colead_desktop.services import meetup_exports as exports
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services.documents import list_documents
from tests.programmes import demo_programme



def test_demo_meetup_agenda_and_plan(meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    agenda = service.load_agenda(db, event_id)
    timed = schedule(agenda)
    assert f"{timed[0].start:%H:%M}" == "13:00" and f"{timed[-1].end:%H:%M}" == "16:30"
    assert [f"{s.start:%H:%M}" for s in round_slots(agenda)] == ["14:10", "14:40", "15:10"]
    assert not [f for f in findings(agenda) if f.severity is not Severity.INFO]

    setup = setups.load_setup(db, event_id)
    assert setup is not None
    assert [t.name for t in setup.tables] == ["北見", "桑名", "沖縄"]
    assert all(t.staff and t.region_id for t in setup.tables)
    assert len(setup.talents) == 16
    plan = setups.load_plan(db, event_id)
    assert plan is not None and len(plan.rounds) == 3
    assert rules.check(setup, plan, agenda) == []
    for talent in setup.talents:  # every talent meets every region exactly once
        seen = [table for seating in plan.rounds for table, people in seating.items() if talent.label in people]
        assert sorted(seen) == sorted(t.name for t in setup.tables)
    assert plan.metrics.revisits == 0


def test_agenda_and_setup_round_trip(meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    blocks = (AgendaBlock("開会", BlockKind.GREETING, 10, "事務局", "メイン", "https://x.example/a"),
              AgendaBlock("ラウンドテーブル", BlockKind.ROUND_TABLE, 40))
    service.save_agenda(db, event_id, blocks, "Zoom", "https://zoom.example/1")
    agenda = service.load_agenda(db, event_id)
    assert agenda.blocks == blocks and agenda.place == "Zoom"
    assert service.list_online_events(db, demo_programme(db))[0].join_url == "https://zoom.example/1"

    setup = setups.load_setup(db, event_id)
    assert setup is not None
    a, b = setup.talents[0].label, setup.talents[1].label
    tables = (replace(setup.tables[0], purpose="目的X", questions=("Q1", "Q2"), expected_output="成果Y"),
              *setup.tables[1:])
    talents = (replace(setup.talents[2], rounds=(1, 3)), *setup.talents[3:], *setup.talents[:2])
    edited = replace(setup, mode="mix", seed=7, tables=tables, talents=talents, apart=((a, b),),
                     sheet_fields=("参加の動機", "趣味"))
    edited = edited.with_pin(a, 2, "沖縄")
    setups.save_setup(db, event_id, edited)
    again = setups.load_setup(db, event_id)
    assert again == edited


def test_replan_keeps_pins_and_move_is_checked(meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    setup = setups.load_setup(db, event_id)
    plan = setups.load_plan(db, event_id)
    assert setup is not None and plan is not None
    who = setup.talents[0].label
    now = next(t for t, people in plan.rounds[0].items() if who in people)
    other = next(t.name for t in setup.tables if t.name != now)
    moved = rules.move(setup, plan, who, 1, other)
    assert who in moved.rounds[0][other] and who not in moved.rounds[0][now]
    assert moved.metrics.revisits >= 1  # the talent now visits `other` twice
    pinned = setup.with_pin(who, 1, other)
    replanned = rt.replan(pinned.plan_input(), moved, ())
    assert who in replanned.rounds[0][other]
    assert rules.check(pinned, replanned, service.load_agenda(db, event_id)) == []
    rules.save_planning(db, event_id, pinned, replanned)
    assert setups.load_setup(db, event_id).pins == pinned.pins  # type: ignore[union-attr]
    assert setups.load_plan(db, event_id).rounds == replanned.rounds  # type: ignore[union-attr]
    # a broken rule is located in its cell
    crowded = replace(pinned, tables=tuple(replace(t, capacity=2) if t.name == other else t for t in pinned.tables))
    assert (1, other) in rules.by_cell(rules.check(crowded, replanned, None))


def test_templates_fit_the_event(meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    pre = next(e for e in service.list_online_events(db, demo_programme(db)) if e.kind == "pre_meeting")
    blocks = service.template_blocks(db, pre.id, "pre_meeting")
    assert [b.minutes for b in blocks] == [20, 10, 20, 10]
    assert blocks[0].owner and blocks[0].owner in pre.title and blocks[0].owner != pre.title
    assert sum(b.minutes for b in service.template_blocks(db, event_id, "interim_report_2021")) == 120


def test_a_new_event_gets_a_default_setup(meetup_demo: tuple[Database, int]) -> None:
    db, _ = meetup_demo
    interim = next(e for e in service.list_online_events(db, demo_programme(db)) if e.kind == "interim_report")
    assert setups.load_setup(db, interim.id) is None
    setup = setups.create_default(db, interim.id)
    assert len(setup.tables) == 3 and setups.load_plan(db, interim.id) is not None


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_exports_read_back(meetup_demo: tuple[Database, int], tmp_path: Path) -> None:
    db, event_id = meetup_demo
    setup = setups.load_setup(db, event_id)
    assert setup is not None
    tables = (replace(setup.tables[0], purpose="北見テーブルの目的ABC"), *setup.tables[1:])
    setups.save_setup(db, event_id, replace(setup, tables=tables))

    pdf = exports.export_handouts(db, event_id, tmp_path / "h.pdf", list(HandoutPart))
    text = "".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                  text=True).stdout.split())
    for expected in ("北見テーブルの目的ABC", "ラウンドテーブル①", setup.talents[0].label.replace(" ", ""),
                     "環境大善株式会社", "参加の動機"):
        assert expected in text
    only_agenda = exports.export_handouts(db, event_id, tmp_path / "a.pdf", [HandoutPart.AGENDA])
    assert only_agenda.stat().st_size < pdf.stat().st_size
    with pytest.raises(Cancelled):
        exports.export_handouts(db, event_id, tmp_path / "c.pdf", list(HandoutPart), lambda d, t: d < 2)
    assert not (tmp_path / "c.pdf").exists()
    with pytest.raises(InputError, match="1つ以上"):  # nothing ticked: refused, nothing written
        exports.export_handouts(db, event_id, tmp_path / "none.pdf", [])
    with pytest.raises(InputError, match="出力するものがありません"):  # ticked, but the part is empty here
        write_handouts(tmp_path / "none.pdf", replace(exports.build_pack(db, event_id), regions=()),
                       [HandoutPart.REGION_PACK])
    assert not (tmp_path / "none.pdf").exists()

    cal = ics.Calendar(calendars.export_event_ics(db, event_id, tmp_path / "m.ics").read_text(encoding="utf-8"))
    (event,) = cal.events
    assert event.begin.datetime.utcoffset().total_seconds() == 9 * 3600
    assert event.begin.datetime.strftime("%H:%M") == "13:00" and event.end.datetime.strftime("%H:%M") == "16:30"
    assert "ラウンドテーブル①" in event.description

    files = calendars.export_talent_ics(db, event_id, tmp_path / "talents").labels
    assert len(files) == 16
    one = ics.Calendar(files[setup.talents[0].label].read_text(encoding="utf-8"))
    rounds = sorted(one.events, key=lambda e: e.begin)
    assert [e.begin.datetime.strftime("%H:%M") for e in rounds] == ["14:10", "14:40", "15:10"]
    assert "北見テーブルの目的ABC" in "".join(e.description or "" for e in rounds)

    book = openpyxl.load_workbook(exports.export_rotation(db, event_id, tmp_path / "r.xlsx"))
    cells = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None}
    assert setup.talents[0].label in cells and "北見" in " ".join(cells)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_outputs_use_the_plans_table_names_and_the_screens_words(meetup_demo: tuple[Database, int],
                                                                tmp_path: Path) -> None:
    db, event_id = meetup_demo
    setup = setups.load_setup(db, event_id)
    assert setup is not None
    names = [t.name for t in setup.tables]
    assert names == ["北見", "桑名", "沖縄"]
    pack = exports.build_pack(db, event_id)
    assert [b.region for b in pack.tables] == names
    pdf = exports.export_handouts(db, event_id, tmp_path / "h.pdf", [HandoutPart.ROTATION, HandoutPart.TABLE_SHEETS])
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    lines = text.splitlines()
    assert [line for line in lines if line.endswith("テーブル") and line != "テーブル"] == [f"{n}テーブル" for n in names]
    assert names[0] in lines and "北見市" not in lines  # the rotation table's first column
    flat = "".join(text.split())
    for metric in ("同じ相手との再会", "同じテーブルの再訪", "テーブル人数の差", "希望地域の未訪問", "再会ペア"):
        assert metric not in flat, metric  # the planner's figures are not for the participants' sheet
    one = ics.Calendar(calendars.export_talent_ics(db, event_id, tmp_path / "t").labels[setup.talents[0].label]
                       .read_text(encoding="utf-8"))
    assert any(name in e.name for e in one.events for name in names)
    assert not any("市" in e.name for e in one.events)
    labels = [d.label for d in list_documents(db, demo_programme(db)) if d.key == f"meetup:{event_id}/handouts"]
    assert labels and labels[0].endswith("配布資料一式（ラウンドテーブル）")


def test_rotation_workbook_shows_every_skill_of_a_talent(meetup_demo: tuple[Database, int], tmp_path: Path) -> None:
    db, event_id = meetup_demo
    setup = setups.load_setup(db, event_id)
    assert setup is not None
    first = setup.talents[0]
    with db.session() as session:
        talent = session.get(models.Talent, first.talent_id)
        assert talent is not None
        talent.skills = ["data_scientist", "security"]
    path = exports.export_rotation(db, event_id, tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(path)["ローテーション"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == talent.name)
    assert row[3].value == "データサイエンティスト、サイバーセキュリティスペシャリスト"
