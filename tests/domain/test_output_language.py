"""The output language of one export, the one document date, and payment lines worded when printed."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest

from colead_desktop.domain.i18n import in_language, language, msg, output_language, set_language
from colead_desktop.domain.jp_calendar import document_date, holiday_label
from colead_desktop.domain.meetup_docs import DEFAULT_SHEET_FIELDS
from colead_desktop.domain.self_intro import sheet_title
from colead_desktop.domain.payment_texts import Wording
from colead_desktop.domain.payments import (FY2021_PRESET, Expense, ExpenseCategory, PayeeInput, TaxStatus,
                                            compute_payment)
from colead_desktop.services.payment_statements import result_from_json, result_to_json


@pytest.fixture(autouse=True)
def _japanese_app() -> None:
    set_language("ja")


def test_dates_are_era_dates_in_japanese_and_gregorian_in_english() -> None:
    day = date(2022, 2, 5)
    assert document_date(day, weekday=True) == "令和4年2月5日（土）"
    assert document_date(date(2019, 5, 1)) == "令和元年5月1日"
    holiday = date(2021, 11, 23)
    assert document_date(holiday, weekday=True, note=holiday_label(holiday)) == "令和3年11月23日（火・勤労感謝の日）"
    with output_language("en"):
        assert document_date(day, weekday=True) == "Sat 5 Feb 2022"
        assert document_date(day) == "5 Feb 2022"
        assert document_date(holiday, weekday=True, note=holiday_label(holiday)) == \
            "Tue 23 Nov 2021 (Labour Thanksgiving Day)"


def test_every_holiday_of_the_table_has_an_english_name() -> None:
    from colead_desktop.domain.jp_holiday_table import HOLIDAYS

    with output_language("en"):
        names = {holiday_label(date.fromisoformat(day)) for day in HOLIDAYS}
    assert "Public holiday" not in names and all(name and name.isascii() for name in names)


def test_the_export_language_holds_only_inside_and_only_on_its_thread() -> None:
    seen: list[str] = []
    with output_language("en") as chosen:
        assert chosen == "en" and msg("日本語", "English") == "English"
        other = threading.Thread(target=lambda: seen.append(language()))  # the window's thread keeps the app's
        other.start()
        other.join()
        with output_language(None):  # None: the app language
            assert language() == "ja"
    assert seen == ["ja"] and language() == "ja"
    assert in_language("en", language)() == "en" and language() == "ja"
    with pytest.raises(ValueError), output_language("fr"):  # type: ignore[arg-type]
        pass


def test_the_standard_self_introduction_fields_have_english_labels_and_typed_ones_stay() -> None:
    with output_language("en"):
        labels = [sheet_title(title) for title in DEFAULT_SHEET_FIELDS]
        assert all(label.isascii() for label in labels) and len(set(labels)) == len(labels)
        assert sheet_title("好きな食べ物") == "好きな食べ物"  # a planner's own title is their text
    assert sheet_title("参加の動機") == "参加の動機"


def _payee() -> PayeeInput:
    return PayeeInput("P1", "人材01", TaxStatus.EXEMPT, tour_days=(date(2021, 11, 16),),
                      expenses=(Expense(date(2021, 11, 16), ExpenseCategory.TAXI, 3_000, False, "駅→会場"),),
                      exempt_reason="法人への支払")


def test_a_stored_statement_computed_in_japanese_prints_in_english() -> None:
    stored = result_to_json(compute_payment(_payee(), FY2021_PRESET))  # computed in a Japanese session
    result = result_from_json(stored)
    assert [line.description for line in result.lines][0] == "日当（ツアー参加日）10,000円/日"
    with output_language("en"):
        assert [line.text for line in result.lines] == ["Per diem (tour day) ¥10,000/day", "Taxi 駅→会場 (actual cost)"]
        assert result.withholding_text == "No withholding: 法人への支払"  # the reason is the user's words
    assert result_from_json(result_to_json(result)) == result


def test_a_line_stored_before_wordings_prints_what_was_stored() -> None:
    stored = result_to_json(compute_payment(_payee(), FY2021_PRESET))
    for line in stored["lines"]:
        del line["wording"]
    del stored["withholding_wording"]
    with output_language("en"):
        result = result_from_json(stored)
        assert result.lines[0].text == "日当（ツアー参加日）10,000円/日" and result.withholding_text.startswith("源泉徴収なし")
    unknown = replace(result.lines[0], wording=Wording.from_json({"key": "no_such_text", "values": {}}))
    assert unknown.wording is None and unknown.text == unknown.description
