from __future__ import annotations

from datetime import date

from colead_desktop.domain.next_year import next_year_name, replace_year, same_date_later


def test_the_period_takes_the_same_month_and_day_and_29_february_becomes_28() -> None:
    assert same_date_later(date(2026, 6, 1), 1) == date(2027, 6, 1)
    assert same_date_later(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert same_date_later(date(2028, 2, 29), 4) == date(2032, 2, 29)


def test_the_year_is_replaced_as_a_whole_number_and_in_the_reiwa_era() -> None:
    assert replace_year("架空市ツアー2026秋", 2026, 2027) == "架空市ツアー2027秋"
    assert replace_year("令和8年度 ミートアップ（2026）", 2026, 2027) == "令和9年度 ミートアップ（2027）"
    assert replace_year("会場12026号室・令和80年", 2026, 2027) == "会場12026号室・令和80年"
    assert replace_year("ミートアップ", 2026, 2027) == "ミートアップ"


def test_a_name_without_its_year_gets_the_new_year_appended() -> None:
    assert next_year_name("令和8年度 Co-LEAD", 2026, 2027) == "令和9年度 Co-LEAD"
    assert next_year_name("Co-LEAD", 2026, 2027) == "Co-LEAD（2027年度）"
