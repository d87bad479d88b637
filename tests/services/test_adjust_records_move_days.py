"""`colead payments adjust --records FILE` moving a tour day or a work day to another date: when which day moved
where can be told (the only one of its kind, or of its activity, dropped and added), it is that record corrected in
place, keeping its note, company and approver (the window's record dialog edits a date the same way). When it
cannot be told, a day holding any of them is not deleted and re-added bare: the correction is refused, naming the
day, and nothing is written. On a fresh programme made for each test; the payee is invented."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import output_language
from colead_desktop.domain.json_input import Node
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services.payment_audit import audit_entries
from colead_desktop.services.payment_corrections import adjust_with_records
from colead_desktop.services.payments_json import parse_records, records_to_json
from tests.programmes import new_programme
from tests.services.payments_fixtures import DAY, WHO, approved, fee_bearing_talents

NOTE = "北見ツアー 1日目（オリエンテーション）"
WORK_NOTE = "北見精工 現場ヒアリング"
LAB = "北見 ラボ長"


def _company(db: Database) -> int:
    with db.session() as session:
        region = models.Region(name="北見", prefecture="北海道")
        session.add(region)
        session.flush()
        company = models.Company(region_id=region.id, name="北見精工")
        session.add(company)
        session.flush()
        return company.id


def _paid_days(db: Database, work: list[tuple[date, str]], tour_notes: tuple[str, ...] = (NOTE,),
               blank_work: bool = False) -> tuple[int, int, int, str, dict[str, Any]]:
    """A programme whose payee's approved statement pays tour days from DAY on (one per note) and `work` days, each
    work day with a note, company and approver (none with `blank_work`): the programme, the talent, the company,
    the statement's number and its records file (as `colead payments records --statement` prints it)."""
    programme_id = new_programme(db, fiscal_year=2021)
    company = _company(db)
    [talent] = fee_bearing_talents(db, programme_id, 1)  # a blank tour day on DAY and an air fare
    [first] = records.tour_days(db, programme_id, talent)
    records.update_tour_day(db, first.id, WHO, DAY, tour_notes[0])
    for n, note in enumerate(tour_notes[1:], start=1):
        records.add_tour_day(db, programme_id, talent, date(2021, 11, 16 + n), WHO, note=note)
    for day, activity in work:
        if blank_work:
            records.add_work_day(db, programme_id, talent, day, activity, WHO)
        else:
            records.add_work_day(db, programme_id, talent, day, activity, WHO, note=WORK_NOTE, company_id=company,
                                 approved_by=LAB)
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    with db.session() as session:
        document = records_to_json(statements.records_of(session, programme_id, talent, number))
    return programme_id, talent, company, number, document


def _adjust(db: Database, programme_id: int, number: str, document: dict[str, Any]) -> int:
    return adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "日付の訂正", WHO)


def test_a_tour_day_moved_to_another_date_keeps_its_note(db: Database) -> None:
    programme_id, talent, _company_id, number, document = _paid_days(db, [])
    [before] = records.tour_days(db, programme_id, talent)
    document["tour_days"] = ["2021-11-17"]  # the orientation was on the 17th

    adjusting = _adjust(db, programme_id, number, document)

    [moved] = records.tour_days(db, programme_id, talent)
    assert (moved.id, moved.day, moved.note, moved.statement_id) == (before.id, date(2021, 11, 17), NOTE, adjusting)
    changes = [(e.field, e.old, e.new, e.who) for e in audit_entries(db, "payment_tour_day", before.id)]
    assert ("day", "2021-11-16", "2021-11-17", WHO) in changes  # audited as the record dialog's edit is


@pytest.mark.parametrize(("stored", "given", "after"), [("support", "support", "support"),
                                                      ("meeting", "support", "meeting"), ("support", "tour", "tour")])
def test_a_work_day_moved_to_another_date_keeps_its_note_company_and_approver(db: Database, stored: str, given: str,
                                                                             after: str) -> None:
    """The only work day the file drops and the only one it adds: that day moved (and changed activity when the
    file says so; a 打合せ, which the file shows as support, stays one)."""
    programme_id, talent, company, number, document = _paid_days(db, [(date(2021, 11, 20), stored)])
    [before] = records.work_days(db, programme_id, talent)
    assert document["work_days"] == [{"date": "2021-11-20", "activity": "support"}]
    document["work_days"] = [{"date": "2021-11-21", "activity": given}]

    _adjust(db, programme_id, number, document)

    [moved] = records.work_days(db, programme_id, talent)
    assert (moved.id, moved.day, moved.activity) == (before.id, date(2021, 11, 21), after)
    assert (moved.note, moved.company_id, moved.approved_by) == (WORK_NOTE, company, LAB)
    changes = [(e.field, e.old, e.new, e.who) for e in audit_entries(db, "payment_work_day", before.id)]
    assert ("day", "2021-11-20", "2021-11-21", WHO) in changes


def test_work_days_of_different_activities_moved_together_are_each_corrected_in_place(db: Database) -> None:
    """Each activity's only day dropped and only day added: which moved where is told by the activity."""
    programme_id, talent, company, number, document = _paid_days(
        db, [(date(2021, 11, 20), "support"), (date(2021, 11, 22), "tour")])
    before = {w.activity: w.id for w in records.work_days(db, programme_id, talent)}
    document["work_days"] = [{"date": "2021-11-23", "activity": "tour"},
                             {"date": "2021-11-24", "activity": "support"}]

    _adjust(db, programme_id, number, document)

    after = {w.activity: (w.id, w.day, w.note, w.company_id, w.approved_by)
             for w in records.work_days(db, programme_id, talent)}
    assert after == {"support": (before["support"], date(2021, 11, 24), WORK_NOTE, company, LAB),
                     "tour": (before["tour"], date(2021, 11, 23), WORK_NOTE, company, LAB)}


def _unchanged(db: Database, programme_id: int, talent: int, number: str, tours: list[tuple[date, str]],
               works: list[tuple[date, str, str]]) -> None:
    assert [(t.day, t.note) for t in records.tour_days(db, programme_id, talent)] == tours
    assert [(w.day, w.activity, w.note) for w in records.work_days(db, programme_id, talent)] == works
    assert [st.statement_no for _i, st in statements.statement_history(db, programme_id, talent)] == [number]


def test_two_work_days_of_one_activity_moved_at_once_are_refused_naming_the_day(db: Database) -> None:
    """Which of the two became which new day cannot be told: refused, nothing written, rather than both deleted
    and added back without their notes, companies and approvers."""
    days = [(date(2021, 11, 20), "support"), (date(2021, 11, 21), "support")]
    programme_id, talent, _company_id, number, document = _paid_days(db, days)
    document["work_days"] = [{"date": "2021-11-24", "activity": "support"},
                             {"date": "2021-11-25", "activity": "support"}]

    with pytest.raises(InputError, match=r"^作業日（2021-11-20・企業支援）にはメモ・企業・承認者があります。"):
        _adjust(db, programme_id, number, document)

    _unchanged(db, programme_id, talent, number, [(DAY, NOTE)], [(d, a, WORK_NOTE) for d, a in days])


def test_two_tour_days_moved_at_once_are_refused_naming_the_day(db: Database) -> None:
    programme_id, talent, _company_id, number, document = _paid_days(db, [], (NOTE, "2日目 企業訪問"))
    document["tour_days"] = ["2021-11-25", "2021-11-26"]  # the Kuwana tour, not Kitami's

    with pytest.raises(InputError, match=r"^ツアー参加日（2021-11-16）にはメモがあります。") as refused:
        _adjust(db, programme_id, number, document)
    assert "日付を変えるのは一度に一日に" in str(refused.value)

    _unchanged(db, programme_id, talent, number, [(DAY, NOTE), (date(2021, 11, 17), "2日目 企業訪問")], [])


def test_the_refusal_in_english_names_the_day_and_what_it_holds(db: Database) -> None:
    days = [(date(2021, 11, 20), "report"), (date(2021, 11, 21), "meeting")]  # both paid as support
    programme_id, _talent, _company_id, number, document = _paid_days(db, days)
    document["work_days"] = [{"date": "2021-11-27", "activity": "support"}]  # one left out, one moved: which?

    with output_language("en"), pytest.raises(InputError, match=(
            r"^The work day \(2021-11-20, Report\) holds note, company, approver\. .*record editor")):
        _adjust(db, programme_id, number, document)


def test_days_holding_nothing_beyond_the_date_are_deleted_and_added_when_it_cannot_be_told(db: Database) -> None:
    """Nothing to lose: the file's days are taken as given."""
    days = [(date(2021, 11, 20), "support"), (date(2021, 11, 21), "support")]
    programme_id, talent, _company_id, number, document = _paid_days(db, days, ("",), blank_work=True)
    document["work_days"] = [{"date": "2021-11-24", "activity": "support"},
                             {"date": "2021-11-25", "activity": "support"}]

    _adjust(db, programme_id, number, document)

    assert [w.day for w in records.work_days(db, programme_id, talent)] == [date(2021, 11, 24), date(2021, 11, 25)]


def test_a_day_with_a_note_left_out_of_the_file_is_deleted(db: Database) -> None:
    """Nothing added in its place: the day was not owed, and goes as a delete in the window goes."""
    programme_id, talent, _company_id, number, document = _paid_days(db, [(date(2021, 11, 20), "support")])
    document["work_days"] = []
    document["tour_days"] = []

    _adjust(db, programme_id, number, document)

    assert records.work_days(db, programme_id, talent) == [] and records.tour_days(db, programme_id, talent) == []
