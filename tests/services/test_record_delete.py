"""Deleting records (issue 14 item 7), on SQLite and PostgreSQL: the undo of a delete puts back every row the
delete removed or unlinked, every delete writes masked audit entries, no database error reaches the user, and a
talent with payment records or statements is archived rather than deleted."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.base import Base
from colead_desktop.db.engine import Database
from colead_desktop.db.meetup_models import AgendaBlockRow, RoundTableRow, RoundTableSetupRow, RoundTableTalentRow
from colead_desktop.db.payment_models import (AuditRow, PayeeRow, PaymentPayerRow, PaymentPolicyRow, PaymentRateRow,
                                              TourDayRow, WorkDayRow)
from colead_desktop.db.registry import load_all_models
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError
from colead_desktop.services.delete_guard import Hold, KeptRecord, what_keeps
from colead_desktop.services.lookups import load_lookups
from colead_desktop.services.programme_setup import copy_programme
from colead_desktop.services import records as records_service
from colead_desktop.services.record_restore import delete_record, delete_records, undelete_record, undelete_records
from colead_desktop.services.records import get_record, list_records, save_record
from colead_desktop.services.talent_archive import ArchivedTalent, set_archived
from tests.programmes import new_programme

WHO = "事務局 花子"
ACCOUNT = "1234567"
HOME = "東京都千代田区霞が関1-3-1"


@dataclass(frozen=True)
class World:
    """Two programmes and records of every kind, each with what its delete cascades to or unlinks."""

    a: int
    b: int
    region: rec.RegionRecord  # with a payment policy override, its rates and a round table named after it
    company: rec.CompanyRecord  # a work day names it
    event: rec.EventRecord  # a meetup with an agenda, round tables, a seated talent; a tour day names it
    seated: rec.TalentRecord  # in programme a only, with payee details and a meetup seat
    twice: rec.TalentRecord  # in programmes a and b
    paid: rec.TalentRecord  # with a tour day and a work day in programme a
    elsewhere: rec.TalentRecord  # in programme a, registered for an event of programme b


def _world(db: Database) -> World:
    a, b = new_programme(db, "令和8年度 A"), new_programme(db, "令和9年度 B", 2027)
    region = save_record(db, rec.RegionRecord(None, "桑名"), a)
    company_region = save_record(db, rec.RegionRecord(None, "北見"), a)
    company = save_record(db, rec.CompanyRecord(None, company_region.id or 0, "北見精工"))
    starts = datetime(2026, 10, 3, 13, 0)
    event = save_record(db, rec.EventRecord(None, a, "meetup", "交流会", starts, starts.replace(hour=17)))
    other_event = save_record(db, rec.EventRecord(None, b, "meetup", "翌年度の交流会", starts.replace(year=2027),
                                                  starts.replace(year=2027, hour=17)))
    seated = save_record(db, rec.TalentRecord(None, a, "佐藤 花子", email="hanako@example.jp", phone="090-1234-5678",
                                              skills=("engineer",)))
    twice = save_record(db, rec.TalentRecord(None, a, "鈴木 次郎", skills=("ux_designer",)))
    save_record(db, rec.TalentRecord(twice.id, b, twice.name, skills=twice.skills, uuid=twice.uuid))
    paid = save_record(db, rec.TalentRecord(None, a, "高橋 三郎", skills=("engineer",)))
    elsewhere = save_record(db, rec.TalentRecord(None, a, "田中 四郎", skills=("engineer",)))
    with db.session() as session:
        session.add(PayeeRow(talent_id=seated.id, name=seated.name, address=HOME, bank_code="0001", branch_code="001",
                             account_number=ACCOUNT, holder_kana="ｻﾄｳ ﾊﾅｺ"))
        session.add(PaymentPayerRow(programme_id=a, name="ふるさと事務局株式会社"))  # next year's copy needs one
        policy = PaymentPolicyRow(programme_id=a, region_id=region.id, honorarium_scope="all", travel_rule="actual")
        session.add(policy)
        session.flush()
        session.add(PaymentRateRow(policy_id=policy.id, entry_id="kuwana-2026", effective_from=date(2026, 4, 1),
                                   per_diem_yen=2000, honorarium_daily_yen=20000, honorarium_cap_yen=150000))
        session.add_all([AgendaBlockRow(event_id=event.id, position=0, title="開会", minutes=10),
                         AgendaBlockRow(event_id=event.id, position=1, title="ラウンドテーブル", minutes=90),
                         RoundTableSetupRow(event_id=event.id, pins=[{"talent_id": seated.id, "round": 1, "table": "桑名"}],
                                            updated_at=starts),
                         RoundTableRow(event_id=event.id, position=0, name="桑名", region_id=region.id),
                         RoundTableTalentRow(event_id=event.id, talent_id=seated.id, position=0),
                         TourDayRow(programme_id=a, talent_id=paid.id, day=date(2026, 10, 3), event_id=event.id),
                         WorkDayRow(programme_id=a, talent_id=paid.id, day=date(2026, 10, 5), activity="support",
                                    company_id=company.id),
                         models.Participation(event_id=other_event.id, talent_id=elsewhere.id)])
    return World(a, b, region, company, event, seated, twice, paid, elsewhere)


@pytest.fixture
def world(any_db: Database) -> World:
    return _world(any_db)


def all_rows(db: Database) -> dict[str, list[str]]:
    """Every row of every table but the audit log, as sorted JSON text: equal exactly when the data is."""
    load_all_models()
    with db.session() as session:
        return {table.name: sorted(json.dumps(dict(row), sort_keys=True, default=str, ensure_ascii=False)
                                   for row in session.execute(select(table)).mappings())
                for table in Base.metadata.sorted_tables if table.name != AuditRow.__tablename__}


def _count(db: Database, model: type[object], *where: object) -> int:
    with db.session() as session:
        return len(session.scalars(select(model).where(*where)).all())  # type: ignore[arg-type]


def _deletions(world: World) -> dict[str, tuple[rec.AnyRecord, int]]:
    """The record deleted in each case, and how many rows its delete removes."""
    return {"event": (world.event, 6),  # the event, 2 agenda blocks, the setup, its table, its seat
            "talent of one programme": (world.seated, 4),  # participation, person, payee details, seat
            "talent of two programmes": (world.twice, 1),  # the participation in a only
            "region": (world.region, 4),  # the region, its place in a, the policy override and its rate
            "company": (world.company, 1)}


@pytest.mark.parametrize("case", ["event", "talent of one programme", "talent of two programmes", "region", "company"])
def test_undo_of_a_delete_puts_back_every_row(any_db: Database, world: World, case: str) -> None:
    record, removed_rows = _deletions(world)[case]
    before = all_rows(any_db)

    removal = delete_record(any_db, record, WHO)

    assert len(removal.rows) == removed_rows
    after_delete = all_rows(any_db)
    assert after_delete != before
    restored = undelete_record(any_db, record, removal, WHO)
    assert restored == record
    assert all_rows(any_db) == before  # same rows, same ids and uuids, links restored

    again = delete_record(any_db, restored, WHO)  # redo
    assert all_rows(any_db) == after_delete and len(again.rows) == removed_rows


def test_several_records_are_deleted_and_put_back_in_one_transaction(
        any_db: Database, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure on the second of three rows (the disk full, a reference written meanwhile) leaves the first
    where it was: the delete of several is all or nothing, and so is its undo."""
    chosen = [world.seated, world.event, world.company]
    before = all_rows(any_db)
    remove, calls = records_service.remove, []

    def failing_second(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 2:
            raise InputError("書き込みに失敗しました")
        return remove(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(records_service, "remove", failing_second)
    with pytest.raises(InputError, match="「交流会」を削除できないため、選択した3件はどれも削除していません"):
        delete_records(any_db, chosen, WHO)
    assert all_rows(any_db) == before  # the first row, deleted before the failure, is back with it
    monkeypatch.setattr(records_service, "remove", remove)

    removals = delete_records(any_db, chosen, WHO)
    assert [len(removal.rows) for removal in removals] == [4, 5, 1]  # the talent's seat went with the talent
    assert undelete_records(any_db, list(zip(chosen, removals, strict=True)), WHO) == chosen
    assert all_rows(any_db) == before
    removals = delete_records(any_db, chosen, WHO)
    with any_db.session() as session:  # a row has taken the company's place: none of the three comes back
        session.add(models.Company(id=world.company.id, region_id=world.company.region_id, name="別の会社"))
    taken = all_rows(any_db)
    with pytest.raises(InputError, match="ID"):
        undelete_records(any_db, list(zip(chosen, removals, strict=True)), WHO)
    assert all_rows(any_db) == taken


def test_a_delete_unlinks_what_it_does_not_remove_and_the_undo_links_it_again(any_db: Database, world: World) -> None:
    removal = delete_record(any_db, world.event, WHO)
    assert _count(any_db, TourDayRow, TourDayRow.event_id.is_(None)) == 1  # the tour day stays: it is money
    assert _count(any_db, AgendaBlockRow) == _count(any_db, RoundTableTalentRow) == 0
    assert [(link.table, link.column) for link in removal.links] == [("payment_tour_day", "event_id")]
    undelete_record(any_db, world.event, removal, WHO)
    assert _count(any_db, TourDayRow, TourDayRow.event_id == world.event.id) == 1

    removal = delete_record(any_db, world.company, WHO)
    assert _count(any_db, WorkDayRow, WorkDayRow.company_id.is_(None)) == 1
    undelete_record(any_db, world.company, removal, WHO)
    assert _count(any_db, WorkDayRow, WorkDayRow.company_id == world.company.id) == 1


def test_every_delete_and_undo_is_audited_without_account_numbers_or_addresses(any_db: Database, world: World) -> None:
    removal = delete_record(any_db, world.seated, WHO)
    undelete_record(any_db, world.seated, removal, WHO)
    with any_db.session() as session:
        entries = session.scalars(select(AuditRow)).all()
    deleted = {(e.entity, e.field): e.old for e in entries if e.new is None}
    restored = {(e.entity, e.field): e.new for e in entries if e.old is None}
    assert {e.who for e in entries} == {WHO}
    assert deleted[("talent", "name")] == restored[("talent", "name")] == "佐藤 花子"
    assert deleted[("payee", "account_number")] == "****567"
    assert deleted[("payee", "address")] == "東京都****"
    assert deleted[("talent", "email")] == "****.jp" and deleted[("talent", "phone")] == "****678"
    assert ("programme_talent", "programme_id") in deleted and ("roundtable_talent", "talent_id") in restored
    values = " ".join(f"{e.old} {e.new}" for e in entries)
    assert ACCOUNT not in values and "千代田" not in values and "hanako@" not in values and "1234-5678" not in values

    removal = delete_record(any_db, world.company, WHO)
    with any_db.session() as session:
        unlinked = session.scalars(select(AuditRow).where(AuditRow.entity == "payment_work_day")).one()
    assert (unlinked.field, unlinked.old, unlinked.new) == ("company_id", str(world.company.id), None)


def test_a_reference_the_database_would_refuse_is_a_message_naming_the_record(any_db: Database, world: World) -> None:
    before = all_rows(any_db)
    with pytest.raises(KeptRecord) as refused:
        delete_record(any_db, world.elsewhere, WHO)  # registered for an event of programme b
    assert "「田中 四郎」は次のデータから参照されているため削除できません。\n・参加登録" in str(refused.value)
    assert all_rows(any_db) == before
    assert what_keeps(any_db, world.elsewhere) == refused.value.keeps  # the page's answer, before its question


def test_a_talent_with_payments_is_refused_naming_the_programme_and_counts(any_db: Database, world: World) -> None:
    before = all_rows(any_db)
    with pytest.raises(KeptRecord) as refused:
        delete_record(any_db, world.paid, WHO)
    text = str(refused.value)
    assert refused.value.keeps.hold is Hold.PAYMENTS
    assert "「高橋 三郎」には支払の記録があるため削除できません" in text
    assert "「令和8年度 A」: ツアー参加日 1件、作業日 1件" in text and "アーカイブ" in text
    assert all_rows(any_db) == before


def test_payments_in_another_programme_refuse_the_delete_too(any_db: Database, world: World) -> None:
    with any_db.session() as session:
        session.add(TourDayRow(programme_id=world.b, talent_id=world.twice.id, day=date(2027, 10, 2)))
    with pytest.raises(KeptRecord, match="「令和9年度 B」: ツアー参加日 1件"):
        delete_record(any_db, world.twice, WHO)  # from programme a, where they have nothing


def test_an_archived_talent_keeps_everything_and_joins_no_programme(any_db: Database, world: World) -> None:
    paid = world.paid
    assert paid.id is not None
    set_archived(any_db, paid.id, True, WHO)

    assert load_lookups(any_db, world.a).archived_talents == {paid.id}
    assert get_record(any_db, rec.TalentRecord, paid.id, world.a) == paid  # still a member of a, records kept
    assert _count(any_db, TourDayRow, TourDayRow.talent_id == paid.id) == 1
    with pytest.raises(ArchivedTalent, match="「高橋 三郎」はアーカイブされているため"):
        save_record(any_db, rec.TalentRecord(paid.id, world.b, paid.name, skills=paid.skills, uuid=paid.uuid))
    copied = copy_programme(any_db, world.a, 2028, talents=True, events=False, who=WHO)
    assert paid.name not in [t.name for t in list_records(any_db, rec.TalentRecord, copied)]
    assert "佐藤 花子" in [t.name for t in list_records(any_db, rec.TalentRecord, copied)]
    with pytest.raises(InputError, match="既にアーカイブされています"):
        set_archived(any_db, paid.id, True, WHO)

    set_archived(any_db, paid.id, False, WHO)
    assert load_lookups(any_db, world.a).archived_talents == frozenset()
    save_record(any_db, rec.TalentRecord(paid.id, world.b, paid.name, skills=paid.skills, uuid=paid.uuid))
    with any_db.session() as session:
        fields = [(e.field, e.old, e.new) for e in session.scalars(
            select(AuditRow).where(AuditRow.entity == "talent", AuditRow.entity_id == paid.id).order_by(AuditRow.id))]
    assert [f for f, _old, _new in fields] == ["archived_at", "archived_by", "archived_at", "archived_by"]
    assert fields[1] == ("archived_by", None, WHO) and fields[3] == ("archived_by", WHO, None)


def test_undoing_a_delete_of_someone_archived_since_is_refused(any_db: Database, world: World) -> None:
    removal = delete_record(any_db, world.twice, WHO)  # leaves a; still in b
    assert world.twice.id is not None
    set_archived(any_db, world.twice.id, True, WHO)
    before = all_rows(any_db)
    with pytest.raises(ArchivedTalent):
        undelete_record(any_db, world.twice, removal, WHO)
    assert all_rows(any_db) == before


def test_a_seat_or_agenda_row_whose_id_was_handed_out_again_comes_back_under_a_new_one(
        any_db: Database, world: World) -> None:
    """Tables nothing refers to have no AUTOINCREMENT: SQLite hands a deleted highest id out again."""
    removal = delete_record(any_db, world.event, WHO)
    with any_db.session() as session:
        newer = AgendaBlockRow(event_id=_other_event(any_db, world.b), position=0, title="後から追加", minutes=5)
        session.add(newer)
        session.flush()
        newer_id = newer.id
    taken = {row.values["id"] for row in removal.rows if row.table == "agenda_block"}
    assert any_db.engine.dialect.name != "sqlite" or newer_id in taken  # the case this test is about

    undelete_record(any_db, world.event, removal, WHO)

    with any_db.session() as session:
        blocks = {(b.event_id, b.title) for b in session.scalars(select(AgendaBlockRow))}
        kept = session.get_one(AgendaBlockRow, newer_id)
        assert kept.title == "後から追加"
    assert blocks == {(world.event.id, "開会"), (world.event.id, "ラウンドテーブル"), (kept.event_id, "後から追加")}


def _other_event(db: Database, programme_id: int) -> int:
    (event,) = list_records(db, rec.EventRecord, programme_id)
    assert event.id is not None
    return event.id
