"""`colead talents delete` on a talent in a tour's party (review 14c item 1): refused with exit 2, naming the tour
and offering アーカイブ, the same refusal as the window's."""

from __future__ import annotations

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import RegionRecord, TalentRecord
from colead_desktop.services.delete_guard import what_keeps
from colead_desktop.services.records import list_records, save_record
from tests.cli.run import colead
from tests.programmes import new_programme
from tests.services.test_tour_member_delete import tour_with_party


def test_deleting_a_tour_member_from_the_command_line_is_refused(db: Database) -> None:
    programme = new_programme(db)
    save_record(db, RegionRecord(None, "北見"), programme)
    talent = save_record(db, TalentRecord(None, programme, "テスト人材06", skills=("engineer",)))
    tour_with_party(db, programme, "テスト人材06")

    refused = colead("talents", "delete", str(talent.id), "--by", "事務局")

    assert refused.returncode == 2 and refused.stdout == ""
    assert "ツアーの参加者のため削除できません" in refused.stderr and "ツアー「北見ツアー」" in refused.stderr
    assert "アーカイブ" in refused.stderr
    keeps = what_keeps(db, talent)  # what the window shows before its question
    assert keeps is not None and keeps.text() in refused.stderr
    assert [t.name for t in list_records(db, TalentRecord, programme)] == ["テスト人材06"]
