"""`colead payments adjust --records FILE`: a record the file gives with another amount or activity is the same record
corrected, not a new one. The receipts and texts of a fare corrected from the file stay with it (the auditor's
evidence of the journey), and a work day whose activity changes keeps its note and company."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.json_input import Node
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import receipts
from colead_desktop.services.payment_corrections import adjust_with_records
from colead_desktop.services.payments_json import parse_records, records_to_json
from tests.programmes import new_programme
from tests.services.payments_fixtures import DAY, WHO, approved, fee_bearing_talents

WORK = date(2021, 11, 20)
PDF = b"%PDF-1.4 invented receipt, air 40,000 yen"


def _file_of(db: Database, programme_id: int, talent: int, statement_no: str) -> dict[str, Any]:
    """The records statement `statement_no` pays, as `colead payments records --statement` prints them."""
    with db.session() as session:
        return records_to_json(statements.records_of(session, programme_id, talent, statement_no))


def test_a_fare_corrected_from_the_file_keeps_its_receipt_and_description(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)  # one tour day and a ¥40,000 air fare 「羽田〜女満別」
    receipt = tmp_path / "搭乗券.pdf"
    receipt.write_bytes(PDF)
    [fare] = records.expenses(db, programme_id, talent)
    records.change_receipts(db, fare.id, WHO, add=[receipt])
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    document = _file_of(db, programme_id, talent, number)
    document["expenses"][0]["amount_yen"] = 38_000  # the fare on the receipt, typed wrong the first time

    adjusting = adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "運賃の訂正", WHO)

    [kept] = records.expenses(db, programme_id, talent)
    assert (kept.id, kept.amount_yen, kept.description) == (fare.id, 38_000, "羽田〜女満別")
    assert [r.file_name for r in kept.receipts] == ["搭乗券.pdf"] and kept.statement_id == adjusting
    assert statements.statement(db, adjusting).payable_gross_yen == -2_000


def test_a_work_day_whose_activity_changes_keeps_its_note(db: Database) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    work = records.add_work_day(db, programme_id, talent, WORK, "support", WHO, note="北見精工 現場ヒアリング")
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    document = _file_of(db, programme_id, talent, number)
    document["work_days"] = [{"date": WORK.isoformat(), "activity": "tour"}]

    adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "活動の訂正", WHO)

    [day] = records.work_days(db, programme_id, talent)
    assert (day.id, day.activity, day.note) == (work, "tour", "北見精工 現場ヒアリング")
    assert [t.day for t in records.tour_days(db, programme_id, talent)] == [DAY]


def _fare_with_receipt(db: Database, tmp_path: Path) -> tuple[int, int, int, str, dict[str, Any]]:
    """A programme whose payee's approved statement pays a ¥40,000 air fare on DAY with its boarding pass: the
    programme, the talent, the fare's id, the statement's number and its records file."""
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    receipt = tmp_path / "搭乗券.pdf"
    receipt.write_bytes(PDF)
    [fare] = records.expenses(db, programme_id, talent)
    records.change_receipts(db, fare.id, WHO, add=[receipt])
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    return programme_id, talent, fare.id, number, _file_of(db, programme_id, talent, number)


@pytest.mark.parametrize(("field", "value"), [("date", "2021-11-15"), ("category", "rail")])
def test_a_fare_given_another_date_or_category_keeps_its_receipt(db: Database, tmp_path: Path, field: str,
                                                                 value: str) -> None:
    programme_id, talent, fare, number, document = _fare_with_receipt(db, tmp_path)
    document["expenses"][0][field] = value

    adjusting = adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "訂正", WHO)

    [kept] = records.expenses(db, programme_id, talent)
    assert (kept.id, kept.description, kept.statement_id) == (fare, "羽田〜女満別", adjusting)
    assert (kept.day.isoformat() if field == "date" else kept.category) == value
    assert [r.file_name for r in kept.receipts] == ["搭乗券.pdf"]
    assert receipts.receipt_file(db, kept.receipts[0].id) == ("搭乗券.pdf", PDF)


def test_a_fare_whose_date_and_amount_both_change_is_refused_naming_it(db: Database, tmp_path: Path) -> None:
    """Which new expense the fare became cannot be told: refused, nothing written, rather than its receipt lost."""
    programme_id, talent, fare, number, document = _fare_with_receipt(db, tmp_path)
    document["expenses"][0].update(date="2021-11-15", amount_yen=38_000)

    with pytest.raises(InputError, match=r"経費（2021-11-16・航空券・40,000円・「羽田〜女満別」） \(id \d+\)には領収書 1 件"):
        adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "訂正", WHO)

    [kept] = records.expenses(db, programme_id, talent)
    assert (kept.id, kept.day, kept.amount_yen, len(kept.receipts)) == (fare, DAY, 40_000, 1)
    assert [st.statement_no for _i, st in statements.statement_history(db, programme_id, talent)] == [number]


def test_a_fare_left_out_of_the_file_is_deleted_with_its_receipt(db: Database, tmp_path: Path) -> None:
    """Nothing added in its place: the expense was not owed, and goes as a delete in the window goes."""
    programme_id, talent, _fare, number, document = _fare_with_receipt(db, tmp_path)
    document["expenses"] = []

    adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "訂正", WHO)

    assert records.expenses(db, programme_id, talent) == []
