from __future__ import annotations

from datetime import date, timedelta

from colead_desktop.domain.next_year import (CopyNames, kept_inside, next_year_name, next_year_names, replace_year,
                                             same_date_later)


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


def test_something_inside_the_old_period_stays_inside_the_new_one_on_its_weekday() -> None:
    old, new, year = (date(2026, 6, 1), date(2027, 2, 28)), (date(2027, 6, 1), date(2028, 2, 28)), timedelta(weeks=52)
    assert kept_inside(date(2026, 6, 1), date(2026, 6, 1), year, old, new) == timedelta(weeks=53)
    assert kept_inside(date(2026, 10, 6), date(2026, 10, 8), year, old, new) == year
    assert kept_inside(date(2026, 5, 25), date(2026, 5, 25), year, old, new) == year  # preparation before: as it was
    late = (date(2026, 6, 1), date(2027, 3, 3)), (date(2027, 6, 1), date(2028, 2, 28))
    assert kept_inside(date(2027, 3, 1), date(2027, 3, 3), year, *late) == year - timedelta(weeks=1)


def test_the_copy_proposes_the_payers_project_name_for_the_new_year() -> None:
    """Review 16 item 2: the 事業名 prints on every statement; the copy kept 令和3年度 in 令和4年度."""
    assert next_year_names("ふるさと Co-LEAD", "令和3年度 地域デジタル人材育成事業", 2021, 2022) == CopyNames(
        "ふるさと Co-LEAD（2022年度）", "令和4年度 地域デジタル人材育成事業")
    assert next_year_names("FY2021 Co-LEAD", "FY2021 Co-LEAD 事業", 2021, 2023).project_name == "FY2023 Co-LEAD 事業"
    assert next_year_names("x", "2021年度 事業", 2021, 2022).project_name == "2022年度 事業"
    assert next_year_names("x", "令和元年度 事業", 2019, 2020).project_name == "令和2年度 事業"
    assert next_year_names("x", "ふるさと Co-LEAD 事業", 2021, 2022).project_name == "ふるさと Co-LEAD 事業"  # no year
