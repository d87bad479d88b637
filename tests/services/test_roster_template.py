"""The empty roster (名簿のひな形) names every column the import reads, the self-introduction's included, and a
template filled in imports as it is; written by `colead export roster-template`."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import openpyxl
import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.domain.form_labels import field_labels
from colead_desktop.domain.roster import IGNORED_FIELDS, ROSTER_KINDS, read_header
from colead_desktop.domain.self_intro import SELF_INTRO_FIELDS
from colead_desktop.paths import forms_dir
from colead_desktop.services.records import list_records
from colead_desktop.services.roster_import import import_roster
from tests.cli.run import colead
from tests.programmes import new_programme


@pytest.mark.parametrize("kind_name", sorted(ROSTER_KINDS))
def test_the_template_has_a_column_for_every_field_the_import_reads(kind_name: str, tmp_path: Path) -> None:
    done = colead("export", "roster-template", kind_name, "--out", str(tmp_path / "t.xlsx"))
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet is not None and sheet.max_row == 1 and sheet.freeze_panes == "A2"
    kind = ROSTER_KINDS[kind_name]
    header, problems = read_header(kind, [c.value for c in sheet[1]], field_labels(forms_dir() / f"{kind.form}.ui"))
    assert problems == []
    assert header.fields == [f.name for f in fields(kind.record_type) if f.name not in IGNORED_FIELDS]


def test_a_filled_template_imports_the_self_introduction(db: Database, tmp_path: Path) -> None:
    programme = new_programme(db, "令和9年度 ひな形", 2027)
    path = tmp_path / "talents.xlsx"
    assert colead("export", "roster-template", "talents", "--out", str(path)).returncode == 0
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    headers = [str(c.value) for c in sheet[1]]
    assert [f.ja for f in SELF_INTRO_FIELDS] == [h for h in headers if h in {f.ja for f in SELF_INTRO_FIELDS}]
    answers = {f.ja: f"　{f.ja}への答え　" for f in SELF_INTRO_FIELDS}
    assert "スキルタイプ *" in headers  # required by a rule, as the dialog marks it, though the field has a default
    sheet.append([{"氏名 *": "中村 一郎", "スキルタイプ *": "エンジニア・オペレータ"}.get(h) or answers.get(h) for h in headers])
    book.save(path)
    assert import_roster(db, "talents", path, programme).summary()["inserted"] == 1
    talent = list_records(db, rec.TalentRecord, programme)[0]
    assert {f.name: getattr(talent, f.name) for f in SELF_INTRO_FIELDS} == {
        f.name: f"{f.ja}への答え" for f in SELF_INTRO_FIELDS}  # trimmed
