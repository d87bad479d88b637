"""Calls and applications stored per programme, on SQLite and PostgreSQL: the seed made once, an edit from an
older version refused, an import with problems writing nothing, the second import of the same export adding
nothing, an xlsx and an explicit mapping."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.calls import CallKind, seed_call
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.services.applications import ApplicationsRejected, applications, import_applications
from colead_desktop.services.calls import calls, get_call, save_call
from colead_desktop.services.roster_import import import_roster
from tests.application_files import BAD_TIME, LATE_UNMET, ON_TIME, REPEAT, TIED, write_csv, write_xlsx
from tests.perf.sql_count import counting
from tests.programmes import new_programme


def _talent_call(db: Database) -> int:
    region, talent = calls(db, new_programme(db))
    assert (region.kind, talent.kind) == (CallKind.REGION, CallKind.TALENT)
    saved = save_call(db, replace(talent, deadline=datetime(2026, 9, 21, 17, 0)))
    assert saved.id is not None
    return saved.id


def test_the_calls_are_made_with_the_programme_and_edited_under_the_version(any_db: Database) -> None:
    programme_id = new_programme(any_db, "令和9年度")
    with counting(any_db) as sent:
        first = calls(any_db, programme_id)
    writes = [s for s in sent if s.lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE")]
    assert writes == [] and [c.kind for c in first] == [CallKind.REGION, CallKind.TALENT]
    assert first[1].conditions == seed_call(programme_id, CallKind.TALENT).conditions
    talent = first[1]
    saved = save_call(any_db, replace(talent, title="人材募集 2027", conditions=talent.conditions[:4]))
    assert (saved.version, len(get_call(any_db, talent.id or 0).conditions)) == (talent.version + 1, 4)
    with pytest.raises(StaleRecord):
        save_call(any_db, replace(talent, title="古い版から"))
    assert get_call(any_db, talent.id or 0).title == "人材募集 2027"


def test_import_refuses_a_bad_file_whole_then_imports_and_skips_the_second_run(any_db: Database,
                                                                               tmp_path: Path) -> None:
    call_id = _talent_call(any_db)
    bad = write_csv(tmp_path / "bad.csv", [ON_TIME, BAD_TIME, REPEAT])
    with pytest.raises(ApplicationsRejected) as rejected:
        import_applications(any_db, call_id, bad)
    assert [(p.row, p.column) for p in rejected.value.problems] == [(3, "タイムスタンプ")]
    assert applications(any_db, call_id) == []

    good = write_csv(tmp_path / "good.csv", [ON_TIME, LATE_UNMET], encoding="cp932")
    assert import_applications(any_db, call_id, good, dry_run=True).summary()["imported"] == 2
    assert applications(any_db, call_id) == []
    result = import_applications(any_db, call_id, good)
    assert result.summary() == {"imported": 2, "duplicates": 0, "resubmitted": 0, "late": 1, "unmet": 1}
    stored = applications(any_db, call_id)
    assert [(a.name, a.late, a.unmet) for a in stored] == [("山田 太郎", False, False), ("SATO 花子", True, True)]
    assert stored[0].answers["q1"] == ON_TIME[3]

    again = write_xlsx(tmp_path / "again.xlsx", [ON_TIME, LATE_UNMET, TIED])  # the next export, one more row
    assert import_applications(any_db, call_id, again).summary()["imported"] == 1
    assert len(applications(any_db, call_id)) == 3

    resent = write_csv(tmp_path / "resent.csv", [REPEAT])  # 山田 sent the form again after the import: held already
    assert import_applications(any_db, call_id, resent).summary() == {
        "imported": 0, "duplicates": 1, "resubmitted": 0, "late": 0, "unmet": 0}


def test_an_explicit_mapping_is_used(db: Database, tmp_path: Path) -> None:
    call_id = _talent_call(db)
    path = write_csv(tmp_path / "a.csv", [ON_TIME])
    result = import_applications(db, call_id, path, {"name": "氏名", "q1": "備考"})
    assert result.mapping == {"name": "氏名", "q1": "備考"}
    (only,) = applications(db, call_id)
    assert (only.email, only.answers["q1"], only.conditions) == ("", "", {})


def test_an_import_racing_another_is_refused_whole(any_db: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The other import's rows not yet seen when this one read (PostgreSQL, read committed): the database's one
    application per person and call refuses the insert, and nothing of this import is written."""
    from colead_desktop.domain import applications as domain
    from colead_desktop.services import applications as service

    call_id = _talent_call(any_db)
    import_applications(any_db, call_id, write_csv(tmp_path / "first.csv", [ON_TIME]))
    monkeypatch.setattr(service, "plan_applications",
                        lambda call, mapping, header, rows, _existing: domain.plan_applications(
                            call, mapping, header, rows, set()))
    with pytest.raises(InputError, match="同時に"):
        import_applications(any_db, call_id, write_csv(tmp_path / "both.csv", [LATE_UNMET, ON_TIME]))
    assert [a.name for a in applications(any_db, call_id)] == ["山田 太郎"]


@pytest.mark.parametrize(("language", "said"), [("ja", "応募ファイルを読めません: {p}（ファイルが空です）"),
                                                ("en", "Cannot read the applications file {p} (the file is empty)")])
def test_an_empty_applications_file_is_named_as_such(db: Database, tmp_path: Path, language: str, said: str) -> None:
    """An empty file was refused as 「名簿ファイルを読めません」 (a roster) though it was the applications (review
    prog19 item 5); a roster import still says roster."""
    call_id = _talent_call(db)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    set_language(language)
    try:
        with pytest.raises(InputError) as refused:
            import_applications(db, call_id, empty)
        with pytest.raises(InputError) as roster:
            import_roster(db, "talents", empty, 1)
    finally:
        set_language("ja")
    assert str(refused.value) == said.format(p=empty)
    assert ("名簿ファイル" if language == "ja" else "roster file") in str(roster.value)
