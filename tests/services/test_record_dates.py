"""Review 12: payment records dated outside the programme's period or after today are warned of, by one rule, where
a statement is drafted and approved; a date with no rates outside the period is said as a date problem. On a
fresh FY2026 programme, then one step later: its next-year copy (FY2027), whose period has not started yet."""

from __future__ import annotations

from datetime import date

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.record_dates import ProgrammePeriod, date_warnings, statement_date_warnings
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import programme_setup
from colead_desktop.services.record_dates import programme_period, record_date_warnings, statement_warnings

from tests.programmes import new_programme
from tests.services.payments_fixtures import WHO, fee_bearing_talents, set_payer

TODAY = date(2026, 12, 3)  # the reviewer's today
FY2026 = "2026-04-01〜2027-03-31"


def test_the_rule_names_the_field_the_day_and_the_period() -> None:
    period = ProgrammePeriod(date(2027, 6, 1), date(2028, 2, 29))
    assert date_warnings("日付", date(2026, 12, 3), period, TODAY) == [
        "日付 2026-12-03 はプログラムの期間（2027-06-01〜2028-02-29）の外です。別の年度の費用ではありませんか"]
    assert date_warnings("ツアー参加日", date(2027, 6, 8), period, TODAY) == [
        "ツアー参加日 2027-06-08 は今日（2026-12-03）より後の日付です。まだ来ていない日の支払になります"]
    assert date_warnings("日付", date(2027, 6, 8), period, date(2027, 6, 8)) == []
    assert date_warnings("日付", date(2028, 3, 1), period, date(2028, 3, 2)) != []  # the day after the end
    # a new record's dialog opens inside the period: its first day before it starts, its last after it ends
    assert [period.default_day(d) for d in (TODAY, date(2027, 7, 1), date(2028, 5, 1))] == [
        date(2027, 6, 1), date(2027, 7, 1), date(2028, 2, 29)]


def test_many_records_with_one_date_problem_are_one_warning_with_the_count_and_the_dates() -> None:
    """A statement of a programme not started yet: one warning per day to come (15 and more lines) squeezed the
    lines table and the approval question (review14a item 10); a few are still said one by one."""
    fy2027 = ProgrammePeriod(date(2027, 4, 1), date(2028, 3, 31))
    days = [("ツアー参加日", date(2027, 6, d)) for d in range(7, 22)] + [("経費", date(2027, 6, 7))]
    assert statement_date_warnings(days, fy2027, TODAY) == [
        "ツアー参加日・経費 16 件の日付（2027-06-07〜2027-06-21）が今日（2026-12-03）より後です。"
        "まだ来ていない日の支払になります"]
    few = [("作業日", date(2027, 7, 2)), ("作業日", date(2027, 7, 1)), ("ツアー参加日", date(2026, 3, 1))]
    assert statement_date_warnings(few, fy2027, TODAY) == [
        "ツアー参加日 2026-03-01 はプログラムの期間（2027-04-01〜2028-03-31）の外です。別の年度の費用ではありませんか",
        "作業日 2027-07-01 は今日（2026-12-03）より後の日付です。まだ来ていない日の支払になります",
        "作業日 2027-07-02 は今日（2026-12-03）より後の日付です。まだ来ていない日の支払になります"]
    past = [("ツアー参加日", date(2025, 6, d)) for d in (1, 2, 3, 3)]
    assert statement_date_warnings(past, fy2027, TODAY) == [
        "ツアー参加日 4 件の日付（2025-06-01〜2025-06-03）がプログラムの期間（2027-04-01〜2028-03-31）の外です。"
        "別の年度の費用ではありませんか"]


def test_a_fresh_programme_warns_of_another_years_records_and_of_future_days(any_db: Database) -> None:
    programme_id = new_programme(any_db, fiscal_year=2026)
    (talent,) = fee_bearing_talents(any_db, programme_id, 1)  # a tour day and an air fare on 2021-11-16
    records.add_tour_day(any_db, programme_id, talent, date(2027, 1, 20), WHO)
    statement_id = statements.compute_draft(any_db, programme_id, talent, WHO)  # drafted: warnings, no refusal
    assert statement_warnings(any_db, statement_id, TODAY) == [
        f"ツアー参加日 2021-11-16 はプログラムの期間（{FY2026}）の外です。別の年度の費用ではありませんか",
        f"経費 2021-11-16 はプログラムの期間（{FY2026}）の外です。別の年度の費用ではありませんか",
        "ツアー参加日 2027-01-20 は今日（2026-12-03）より後の日付です。まだ来ていない日の支払になります"]
    assert statement_warnings(any_db, statement_id, date(2027, 1, 20))[2:] == []  # the day has come
    assert record_date_warnings(programme_period(any_db, programme_id), date(2026, 7, 1), TODAY) == []


def test_the_next_year_copy_defaults_inside_its_period_and_names_it_when_rates_are_missing(db: Database) -> None:
    first = new_programme(db, fiscal_year=2026)
    set_payer(db, first)
    (talent,) = fee_bearing_talents(db, first, 1)
    statements.compute_draft(db, first, talent, WHO)  # the first year's statement: its policy is the copy's
    second = programme_setup.copy_programme(db, first, 2027, talents=True, events=False, who=WHO)
    period = programme_period(db, second)
    assert (period.start, period.end, period.default_day(TODAY)) == (date(2027, 4, 1), date(2028, 3, 31),
                                                                     date(2027, 4, 1))
    # the FY2027 rates start with its period: a day of FY2026 charged to it has none, and the date is blamed
    records.add_tour_day(db, second, talent, date(2026, 11, 24), WHO)
    with pytest.raises(InputError) as refused:
        statements.compute_draft(db, second, talent, WHO)
    assert str(refused.value) == ("ツアー参加日 2026-11-24 に有効な料率がありません: 2026-11-24 はプログラムの期間"
                                  "（2027-04-01〜2028-03-31）の外です。記録の日付を確かめてください")
    [day] = records.tour_days(db, second, talent)
    records.update_tour_day(db, day.id, WHO, date(2027, 6, 8), "")
    statement_id = statements.compute_draft(db, second, talent, WHO)
    assert statement_warnings(db, statement_id, TODAY) == [
        "ツアー参加日 2027-06-08 は今日（2026-12-03）より後の日付です。まだ来ていない日の支払になります"]
