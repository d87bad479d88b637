"""What keeps a record from being deleted (services/delete_guard.py), on a fresh programme: one answer for every
kind the records pages delete, the same before the page's question (what_keeps) as in the service's refusal
(KeptRecord, which the CLI and an undo or redo raise), in words a user knows (review 14c item 5)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime

import pytest

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import TourDayRow
from colead_desktop.domain import records as rec
from colead_desktop.domain.i18n import output_language
from colead_desktop.services import matching
from colead_desktop.services.delete_guard import Hold, KeptRecord, what_keeps
from colead_desktop.services.record_restore import delete_record
from colead_desktop.services.records import get_record, list_records, save_record
from colead_desktop.services.tours import load_tour, new_tour, replace_tour
from tests.programmes import new_programme
from tests.services.test_tour_member_delete import tour_with_party

WHO = "事務局 テスト"


@dataclass(frozen=True)
class Fresh:
    programme: int
    toured: rec.RegionRecord  # a region only a tour is held in
    region: rec.RegionRecord
    company: rec.CompanyRecord
    venue: rec.VenueRecord
    staff: rec.StaffRecord
    event: rec.EventRecord
    paired: rec.TalentRecord
    touring: rec.TalentRecord
    paid: rec.TalentRecord
    registered: rec.TalentRecord
    free: rec.VenueRecord


def _fresh(db: Database) -> Fresh:
    """A new programme whose records each have one thing that keeps them (but `free`)."""
    programme = new_programme(db)
    region = save_record(db, rec.RegionRecord(None, "北見"), programme)
    toured = save_record(db, rec.RegionRecord(None, "紋別"), programme)
    tour = new_tour(db, programme, "紋別", date(2026, 11, 2))
    replace_tour(db, load_tour(db, tour.id), replace(tour, title="紋別ツアー"))
    company = save_record(db, rec.CompanyRecord(None, region.id or 0, "北見精工"))
    venue = save_record(db, rec.VenueRecord(None, "北見市民会館"))
    free = save_record(db, rec.VenueRecord(None, "使われていない会場"))
    staff = save_record(db, rec.StaffRecord(None, "事務局 次郎", "secretariat"))
    starts = datetime(2026, 10, 1, 13, 0)
    event = save_record(db, rec.EventRecord(None, programme, "other", "北見交流会", starts, starts.replace(hour=15),
                                            venue_id=venue.id))
    paired, touring, paid, registered = (save_record(db, rec.TalentRecord(None, programme, name, skills=("engineer",)))
                                         for name in ("ペア 一郎", "同行 二郎", "支払 三郎", "参加 四郎"))
    tour_with_party(db, programme, "事務局 次郎", "同行 二郎")
    assert company.id is not None and paired.id is not None
    matching.set_company(db, programme, company.id, 1, ["engineer"])
    matching.set_talent_wishes(db, programme, paired.id, [company.id])
    matching.add_pair(db, programme, paired.id, company.id, WHO, "面談で合意")
    with db.session() as session:
        session.add_all([TourDayRow(programme_id=programme, talent_id=paid.id, day=date(2026, 10, 6)),
                         models.Participation(event_id=event.id, talent_id=registered.id)])
    return Fresh(programme, toured, region, company, venue, staff, event, paired, touring, paid, registered, free)


@pytest.fixture
def fresh(db: Database) -> Fresh:
    return _fresh(db)


def _refused(db: Database, record: rec.AnyRecord) -> KeptRecord:
    with pytest.raises(KeptRecord) as refused:
        delete_record(db, record, WHO)
    return refused.value


def test_a_region_held_only_by_a_tour_is_refused_naming_the_tour(db: Database, fresh: Fresh) -> None:
    """The old checks missed the tour: the page asked 削除しますか？ and the database refused after はい."""
    keeps = what_keeps(db, fresh.toured)
    assert keeps is not None and keeps.hold is Hold.REFERENCES and not keeps.archive
    assert keeps.lines == ("ツアー「紋別ツアー」（2026-11-02〜2026-11-04）",)
    assert _refused(db, fresh.toured).keeps == keeps
    assert "紋別" in [r.name for r in list_records(db, rec.RegionRecord, fresh.programme)]


@pytest.mark.parametrize(("field", "hold", "line"), [
    ("region", Hold.REFERENCES, "企業（1件）: 北見精工"),
    ("region", Hold.REFERENCES, "ツアー「北見ツアー」（2026-10-05〜2026-10-07）"),
    ("company", Hold.REFERENCES, "マッチングのペア（1件）: ペア 一郎"),  # whose pair keeps it (review 16)
    ("venue", Hold.REFERENCES, "イベント（1件）: 北見交流会"),
    ("staff", Hold.REFERENCES, "ツアー「北見ツアー」（2026-10-05〜2026-10-07）"),
    ("event", Hold.REFERENCES, "参加者（1名）"),
    ("paired", Hold.PAIRS, "「北見精工」とのペア"),
    ("touring", Hold.TOURS, "ツアー「北見ツアー」（2026-10-05〜2026-10-07）"),
    ("paid", Hold.PAYMENTS, "「令和8年度 テスト」: ツアー参加日 1件"),
    ("registered", Hold.REFERENCES, "イベントへの参加（1件）: 北見交流会"),
])
def test_every_kind_is_answered_before_the_question_as_the_delete_refuses_it(
        db: Database, fresh: Fresh, field: str, hold: Hold, line: str) -> None:
    record = getattr(fresh, field)
    keeps = what_keeps(db, record)
    assert keeps is not None and keeps.hold is hold and any(line in kept for kept in keeps.lines)
    assert keeps.archive == (hold is not Hold.REFERENCES)  # a talent's money, pairs and tours: archive instead
    refused = _refused(db, record)
    assert refused.keeps == keeps and str(refused) == keeps.text()
    kind = type(record)
    assert get_record(db, kind, record.id or 0, fresh.programme if kind is rec.TalentRecord else None) == record


def test_a_company_kept_by_a_pair_names_the_talent_on_screen_never_in_the_log(
        db: Database, fresh: Fresh, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with output_language("en"):
        shown = str(_refused(db, fresh.company))
    assert shown == "“北見精工” cannot be deleted because these records refer to it.\n• Matching pairs (1): ペア 一郎"
    assert "ペア 一郎" in what_keeps(db, fresh.company).text()  # type: ignore[union-attr]
    assert "ペア 一郎" not in caplog.text


def test_a_record_nothing_keeps_is_deleted(db: Database, fresh: Fresh) -> None:
    assert what_keeps(db, fresh.free) is None
    delete_record(db, fresh.free, WHO)
    assert "使われていない会場" not in [v.name for v in list_records(db, rec.VenueRecord, fresh.programme)]


def test_the_refusal_is_written_in_english_too(db: Database, fresh: Fresh) -> None:
    with output_language("en"):
        text = str(_refused(db, fresh.toured))
        touring = str(_refused(db, fresh.touring))
    assert text == "“紋別” cannot be deleted because these records refer to it.\n• Tour “紋別ツアー” (2026-11-02 to 2026-11-04)"
    assert touring.startswith("“同行 二郎” is in a tour's party, so they cannot be deleted.\nTo delete them, take them "
                              "out of the party on the Tours page first. Archive them instead.\n• Tour “北見ツアー”")
