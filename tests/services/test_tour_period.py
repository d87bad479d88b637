"""A tour outside its programme's period is flagged by the tour check (calendar.outside_period, a warning): last
year's B-5 worksheet imported into this year's programme made a new tour on last year's dates, and a copy or a
start date typed with the wrong year went unnoticed, while the tour's days and per diems count in the programme's
contract."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.domain.record_dates import ProgrammePeriod
from colead_desktop.domain.tourcheck import Finding, Severity, check_tour
from colead_desktop.services.b5_import import apply_b5_import, plan_b5_import
from colead_desktop.services.tour_checks import check_saved_tour
from colead_desktop.services.tour_exports import export_b5
from colead_desktop.services.tours import load_tour, new_tour, replace_tour
from tests.domain.test_tourcheck import GOOD
from tests.programmes import new_programme

FY2024 = ProgrammePeriod(date(2024, 4, 1), date(2025, 3, 31))


def _outside(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.code == "calendar.outside_period"]


def test_a_tour_inside_the_period_is_not_flagged_one_reaching_out_of_it_is() -> None:
    assert _outside(check_tour(GOOD, period=FY2024)) == []
    assert _outside(check_tour(GOOD)) == []  # no period known (colead tour check's JSON)
    late = replace(GOOD, start_date=date(2025, 3, 30))  # its last day, 1 April, is the next year's
    [finding] = _outside(check_tour(late, period=FY2024))
    assert finding.severity is Severity.WARNING
    assert finding.message == ("ツアーの日程（2025-03-30〜2025-04-01）がプログラムの期間（2024-04-01〜2025-03-31）の外です。"
                               "別の年度のツアーではありませんか")


def test_last_years_worksheet_imported_into_this_years_programme_is_flagged(db: Database, tmp_path: Path) -> None:
    last_year, this_year = new_programme(db, "令和7年度", 2025), new_programme(db, "令和8年度", 2026)
    tour = new_tour(db, last_year, "三重県桑名市", date(2025, 11, 18))
    assert _outside(check_saved_tour(db, tour)) == []
    path = export_b5(db, tour.id, tmp_path / "b5.xlsx")
    made = apply_b5_import(db, this_year, plan_b5_import(db, this_year, path, date(2026, 6, 1)))
    assert made.start_date == date(2025, 11, 18)
    [finding] = _outside(check_saved_tour(db, load_tour(db, made.id)))
    assert "2026-04-01〜2027-03-31" in finding.message
    moved = replace_tour(db, load_tour(db, made.id), load_tour(db, made.id).moved_to(date(2026, 11, 17)))
    assert _outside(check_saved_tour(db, moved)) == []
