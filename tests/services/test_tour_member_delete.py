"""A talent or staff member in a tour's party is not deleted (review 14c item 1), on a fresh programme: the
refusal names the tour by title and dates (no other member's name), nothing is removed, and once they are out
of the party the delete goes through."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.records import RegionRecord, StaffRecord, TalentRecord
from colead_desktop.services.delete_guard import Hold, KeptRecord
from colead_desktop.services.record_restore import delete_record
from colead_desktop.services.records import get_record, list_records, save_record
from colead_desktop.services.tours import load_tour, new_tour, party_candidates, replace_tour
from tests.programmes import new_programme

WHO = "事務局 テスト"


def tour_with_party(db: Database, programme: int, *names: str) -> str:
    """A tour 「北見ツアー」 of 5–7 October 2026 whose party is the named talents and staff; its key."""
    tour = new_tour(db, programme, "北見", date(2026, 10, 5))
    party = tuple(m for m in party_candidates(db, programme) if m.name in names)
    assert len(party) == len(names)
    return replace_tour(db, tour, replace(tour, title="北見ツアー", members=party)).id


def test_a_talent_in_a_tour_party_is_not_deleted(db: Database) -> None:
    programme = new_programme(db)
    save_record(db, RegionRecord(None, "北見"), programme)
    kept = save_record(db, TalentRecord(None, programme, "テスト人材06", skills=("engineer",)))
    save_record(db, TalentRecord(None, programme, "同行 花子", skills=("engineer",)))
    key = tour_with_party(db, programme, "テスト人材06", "同行 花子")

    with pytest.raises(KeptRecord) as refused:
        delete_record(db, kept, WHO)
    said = str(refused.value)
    assert refused.value.keeps.hold is Hold.TOURS
    assert "「テスト人材06」はツアーの参加者のため削除できません" in said and "アーカイブ" in said
    assert "ツアー「北見ツアー」（2026-10-05〜2026-10-07）" in said and "同行 花子" not in said
    assert [t.name for t in list_records(db, TalentRecord, programme)] == ["テスト人材06", "同行 花子"]

    tour = load_tour(db, key)
    replace_tour(db, tour, replace(tour, members=tuple(m for m in tour.members if m.name != "テスト人材06")))
    delete_record(db, get_record(db, TalentRecord, kept.id or 0, programme), WHO)
    assert [t.name for t in list_records(db, TalentRecord, programme)] == ["同行 花子"]


def test_a_staff_member_in_a_tour_party_is_not_deleted(db: Database) -> None:
    programme = new_programme(db)
    region = save_record(db, RegionRecord(None, "北見"), programme)
    staff = save_record(db, StaffRecord(None, "事務局 次郎", "secretariat", region_id=region.id))
    tour_with_party(db, programme, "事務局 次郎")

    with pytest.raises(InputError, match="ツアー「北見ツアー」（2026-10-05〜2026-10-07）"):
        delete_record(db, staff, WHO)
    assert [s.name for s in list_records(db, StaffRecord, programme)] == ["事務局 次郎"]
