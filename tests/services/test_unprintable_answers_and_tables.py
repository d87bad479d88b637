"""Emoji in application answers, the call's texts and round-table names (input review 12 item 2), on a fresh
programme: refused where they are typed or imported, naming the row and column, the question or the table's
row, with nothing written; a table name, answer or call title stored before the rule still reads, prints and
takes other edits."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from colead_desktop.db.call_models import ApplicationRow, CallRow
from colead_desktop.db.engine import Database
from colead_desktop.db.meetup_models import RoundTableRow
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.roundtables_setup import TableEdit
from colead_desktop.reports.meetup_pdf import HandoutPart
from colead_desktop.services import meetup_exports
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.services.records import save_record
from tests.application_files import LATE_UNMET, ON_TIME, write_csv
from tests.cli.run import colead
from tests.programmes import new_programme

EMOJI_MESSAGE = "「🍵」（U+1F375）は印刷できないため使えません（PDFの書体にない文字です）。"


@pytest.fixture
def meetup(db: Database) -> int:
    """A fresh programme's meetup: two regions, four talents, the default tables (one per region) planned."""
    programme_id = new_programme(db, "令和9年度 入力規則", 2027)
    for name, city in (("北見", "北見市"), ("桑名", "桑名市")):
        save_record(db, rec.RegionRecord(None, name, prefecture="", municipality=city), programme_id)
    for n, skill in enumerate(("engineer", "ux_designer", "data_scientist", "security")):
        save_record(db, rec.TalentRecord(None, programme_id, f"架空 {n}", email=f"t{n}@example.jp", skills=(skill,)))
    event = save_record(db, rec.EventRecord(None, programme_id, "meetup", "ミートアップ", datetime(2027, 10, 9, 13),
                                            datetime(2027, 10, 9, 16, 30), tool="oVice",
                                            join_url="https://ovice.example/colead"))
    assert event.id is not None
    setups.create_default(db, event.id)
    return event.id


def table_names(db: Database, event_id: int) -> list[str]:
    setup = setups.load_setup(db, event_id)
    assert setup is not None
    return [t.name for t in setup.tables]


def test_a_typed_table_name_with_an_emoji_is_refused_naming_its_row(db: Database, meetup: int) -> None:
    edit = edits.current_edit(db, meetup)
    before = table_names(db, meetup)
    renamed = replace(edit, tables=(edit.tables[0], replace(edit.tables[1], name="桑名🍵")))
    added = replace(edit, tables=(*edit.tables, TableEdit("お茶🍵", 4)))
    for bad, row in ((renamed, 2), (added, 3)):
        with pytest.raises(InputError) as refused:
            edits.apply_setup(db, meetup, bad)
        assert str(refused.value) == f"{row}番目のテーブル名: {EMOJI_MESSAGE}"
        assert table_names(db, meetup) == before  # nothing written
    fine = replace(edit, tables=(edit.tables[0], replace(edit.tables[1], name="桑名（お茶）")))
    assert [t.name for t in edits.apply_setup(db, meetup, fine).setup.tables] == [before[0], "桑名（お茶）"]


def test_every_table_name_that_cannot_be_printed_is_named_at_once(db: Database, meetup: int) -> None:
    """Review 15 item 9: the second table's name was said only once the first one's was fixed."""
    edit = edits.current_edit(db, meetup)
    both = replace(edit, tables=(replace(edit.tables[0], name="北見🍵"), replace(edit.tables[1], name="桑名🍵")))
    with pytest.raises(InputError) as refused:
        edits.apply_setup(db, meetup, both)
    assert str(refused.value) == f"1番目のテーブル名: {EMOJI_MESSAGE}\n2番目のテーブル名: {EMOJI_MESSAGE}"


def test_a_table_name_stored_before_the_rule_reads_prints_and_takes_other_edits(db: Database, meetup: int,
                                                                                tmp_path: Path) -> None:
    with db.session() as session:
        session.execute(update(RoundTableRow).where(RoundTableRow.event_id == meetup, RoundTableRow.position == 1)
                        .values(name="桑名🍵"))
    assert table_names(db, meetup)[1] == "桑名🍵"
    edit = edits.current_edit(db, meetup)
    bigger = replace(edit, tables=(edit.tables[0], replace(edit.tables[1], capacity=edit.tables[1].capacity + 1)))
    applied = edits.apply_setup(db, meetup, bigger)  # the stored name is not typed anew: kept, not refused
    assert applied.setup.tables[1].name == "桑名🍵"
    pdf = meetup_exports.export_handouts(db, meetup, tmp_path / "handouts.pdf", [HandoutPart.TABLE_SHEETS])
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "桑名" in text


def test_a_table_name_with_an_emoji_in_the_planner_json_is_refused_naming_its_path(tmp_path: Path) -> None:
    document = {"rounds": 1, "mode": "mix", "tables": [{"id": "北見", "capacity": 2}, {"id": "桑名🍵", "capacity": 2}],
                "talents": [{"id": "A", "skill": "engineer"}, {"id": "B", "skill": "security"}]}
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    refused = colead("roundtables", "solve", str(path))
    assert refused.returncode == 2 and refused.stdout == ""
    assert f"tables[1].id: {EMOJI_MESSAGE}" in refused.stderr
    document["tables"][1]["id"] = "桑名"  # type: ignore[index]
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    assert colead("roundtables", "solve", str(path)).returncode == 0


def test_an_answer_with_an_emoji_is_refused_naming_row_and_column(db: Database, tmp_path: Path) -> None:
    new_programme(db)
    call_id = str(json.loads(colead("calls", "list", "--json").stdout)[1]["id"])
    with_emoji = list(LATE_UNMET)
    with_emoji[4] = "IoTの経験🍵"  # Q2. 経験
    refused = colead("calls", "import-applications", "--call", call_id,
                     str(write_csv(tmp_path / "emoji.csv", [ON_TIME, with_emoji])))
    assert refused.returncode == 2 and refused.stdout == ""
    assert f"3行目「Q2. 経験」: {EMOJI_MESSAGE}" in refused.stderr
    assert json.loads(colead("calls", "applications", "--call", call_id).stdout) == []  # nothing imported
    fixed = str(write_csv(tmp_path / "fixed.csv", [ON_TIME, LATE_UNMET]))
    assert json.loads(colead("calls", "import-applications", "--call", call_id, fixed).stdout)["imported"] == 2


def test_an_answer_stored_before_the_rule_still_reads(db: Database, tmp_path: Path) -> None:
    new_programme(db)
    call_id = str(json.loads(colead("calls", "list", "--json").stdout)[1]["id"])
    colead("calls", "import-applications", "--call", call_id, str(write_csv(tmp_path / "a.csv", [ON_TIME])))
    with db.session() as session:
        session.execute(update(ApplicationRow).values(answers={"q1": "動機🍵", "q2": "", "q3": ""}))
    [shown] = json.loads(colead("calls", "applications", "--call", call_id).stdout)
    assert shown["answers"]["q1"] == "動機🍵"


def test_a_call_question_with_an_emoji_is_refused_naming_it_and_a_stored_one_still_lists(
        db: Database, tmp_path: Path) -> None:
    new_programme(db)
    [_, talents] = json.loads(colead("calls", "list", "--json").stdout)
    edit = tmp_path / "edit.json"
    questions = [dict(q, text=q["text"] + "🍵") if q["key"] == "q2" else q for q in talents["questions"]]
    edit.write_text(json.dumps({"questions": questions, "version": talents["version"]}, ensure_ascii=False), "utf-8")
    refused = colead("calls", "set", str(talents["id"]), str(edit))
    assert refused.returncode == 2 and refused.stdout == ""
    assert f"質問 q2: {EMOJI_MESSAGE}" in refused.stderr
    edit.write_text(json.dumps({"title": "募集🍵", "version": talents["version"]}, ensure_ascii=False), "utf-8")
    assert f"募集の名称: {EMOJI_MESSAGE}" in colead("calls", "set", str(talents["id"]), str(edit)).stderr
    with db.session() as session:
        session.execute(update(CallRow).where(CallRow.id == talents["id"]).values(title="募集🍵"))
    assert json.loads(colead("calls", "list", "--json").stdout)[1]["title"] == "募集🍵"  # stored before: reads
