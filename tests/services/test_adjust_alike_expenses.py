"""`colead payments adjust --records FILE` with two alike expenses (same day, category and amount) corrected at once:
each keeps its own receipts and description (the file's `description` tells them apart), or, when the file cannot
tell them apart, the correction is refused naming both rather than guessing which is which. An expense's
description is the text its statement line prints: it changes only as the file says, never lost to a delete."""

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
from colead_desktop.services.payment_corrections import adjust_with_records
from colead_desktop.services.payments_json import parse_records, records_to_json
from tests.programmes import new_programme
from tests.services.payments_fixtures import DAY, WHO, approved, fee_bearing_talents

OUTWARD, RETURN = "往路 帯広→札幌", "復路 札幌→帯広"


def _two_fares(db: Database, tmp_path: Path, outward: str = OUTWARD,
               back: str = RETURN) -> tuple[int, int, str, dict[str, Any]]:
    """A payee whose approved statement pays two ¥5,500 rail fares on DAY, each with its own ticket: the programme,
    the talent, the statement's number and its records file (as `colead payments records --statement` prints it)."""
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    for name, text in (("往路.pdf", outward), ("復路.pdf", back)):
        ticket = tmp_path / name
        ticket.write_bytes(b"%PDF-1.4 invented ticket " + name.encode())
        records.add_expense(db, programme_id, talent, DAY, "rail", 5_500, False, WHO, text, receipts=[ticket])
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    with db.session() as session:
        document = records_to_json(statements.records_of(session, programme_id, talent, number))
    return programme_id, talent, number, document


def _rail(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in document["expenses"] if e["category"] == "rail"]


def _receipts_by_description(db: Database, programme_id: int, talent: int) -> dict[str, tuple[str, list[str]]]:
    return {e.description: (e.day.isoformat(), [r.file_name for r in e.receipts])
            for e in records.expenses(db, programme_id, talent) if e.category == "rail"}


def test_two_alike_fares_moved_at_once_keep_their_own_tickets(db: Database, tmp_path: Path) -> None:
    programme_id, talent, number, document = _two_fares(db, tmp_path)
    outward, back = _rail(document)
    assert (outward["description"], back["description"]) == (OUTWARD, RETURN)
    outward["date"], back["date"] = "2021-11-15", "2021-11-17"
    document["expenses"] = [e for e in document["expenses"] if e["category"] != "rail"] + [back, outward]

    adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "乗車日の訂正", WHO)

    assert _receipts_by_description(db, programme_id, talent) == {
        OUTWARD: ("2021-11-15", ["往路.pdf"]), RETURN: ("2021-11-17", ["復路.pdf"])}


def test_two_alike_fares_the_file_cannot_tell_apart_are_refused_naming_both(db: Database, tmp_path: Path) -> None:
    programme_id, talent, number, document = _two_fares(db, tmp_path)
    for fare, day in zip(_rail(document), ("2021-11-15", "2021-11-17"), strict=True):
        fare["date"] = day
        del fare["description"]  # a file written by hand, without descriptions

    with pytest.raises(InputError, match="ファイルからは見分けられません") as refused:
        adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "訂正", WHO)

    assert OUTWARD in str(refused.value) and RETURN in str(refused.value)
    assert _receipts_by_description(db, programme_id, talent) == {
        OUTWARD: (DAY.isoformat(), ["往路.pdf"]), RETURN: (DAY.isoformat(), ["復路.pdf"])}
    assert [st.statement_no for _i, st in statements.statement_history(db, programme_id, talent)] == [number]


def test_dropping_one_of_two_alike_fares_that_the_file_cannot_tell_apart_is_refused(db: Database,
                                                                                     tmp_path: Path) -> None:
    programme_id, _talent, number, document = _two_fares(db, tmp_path, outward="", back="")
    rail = _rail(document)
    document["expenses"].remove(rail[1])  # which ticket goes with it?

    with pytest.raises(InputError, match=r"経費（2021-11-16・鉄道・5,500円） \(id \d+\)、経費"):
        adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "訂正", WHO)


def test_alike_fares_holding_the_same_are_corrected_without_asking(db: Database, tmp_path: Path) -> None:
    """Nothing to swap: two fares with no description and no ticket, both moved to another day."""
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    for _ in range(2):
        records.add_expense(db, programme_id, talent, DAY, "rail", 5_500, False, WHO)
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    with db.session() as session:
        document = records_to_json(statements.records_of(session, programme_id, talent, number))
    for fare in _rail(document):
        fare["date"] = "2021-11-15"

    adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "訂正", WHO)

    assert [e.day for e in records.expenses(db, programme_id, talent) if e.category == "rail"] == [
        date(2021, 11, 15)] * 2


def test_a_fare_whose_date_and_amount_change_keeps_its_printed_text_or_is_refused(db: Database) -> None:
    """No receipt, but a description its statement line prints: deleting it for a new, undescribed expense would
    change the statement's text unasked. Refused naming the text; with the text in the file, it is kept."""
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)  # a ¥40,000 air fare 「羽田〜女満別」
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    with db.session() as session:
        document = records_to_json(statements.records_of(session, programme_id, talent, number))
    [fare] = document["expenses"]
    fare.update(date="2021-11-15", amount_yen=38_000)
    bare = {**document, "expenses": [{k: v for k, v in fare.items() if k != "description"}]}

    with pytest.raises(InputError, match="内容「羽田〜女満別」"):
        adjust_with_records(db, programme_id, number, parse_records(Node(bare, "records")), "訂正", WHO)

    adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "訂正", WHO)
    [kept] = records.expenses(db, programme_id, talent)
    assert (kept.day, kept.amount_yen, kept.description) == (date(2021, 11, 15), 38_000, "羽田〜女満別")


def test_the_file_corrects_a_description_as_it_corrects_an_amount(db: Database) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    [stored] = records.expenses(db, programme_id, talent)
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    with db.session() as session:
        document = records_to_json(statements.records_of(session, programme_id, talent, number))
    document["expenses"][0]["description"] = "羽田〜女満別（往復）"

    adjusting = adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "内容の訂正",
                                    WHO)

    [kept] = records.expenses(db, programme_id, talent)
    assert (kept.id, kept.description, kept.statement_id) == (stored.id, "羽田〜女満別(往復)", adjusting)  # NFKC
    texts = [line.text for line in statements.statement(db, adjusting).result.lines]
    assert any("羽田〜女満別(往復)" in text for text in texts)


def test_a_description_typed_full_width_goes_through_the_file_unchanged(db: Database, tmp_path: Path) -> None:
    """The file's text is NFKC-normalised as all outside text; the stored one, typed in the app, is kept as typed:
    the same text either way is no correction of it, and tells the two fares apart all the same."""
    programme_id, talent, number, document = _two_fares(db, tmp_path, outward="往路（第２便）", back="復路（第２便）")
    outward, back = _rail(document)
    outward["date"], back["date"] = "2021-11-15", "2021-11-17"

    adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "乗車日の訂正", WHO)

    assert _receipts_by_description(db, programme_id, talent) == {
        "往路（第２便）": ("2021-11-15", ["往路.pdf"]), "復路（第２便）": ("2021-11-17", ["復路.pdf"])}
