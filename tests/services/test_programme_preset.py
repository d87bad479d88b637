"""A programme set up from scratch gets the preset's amounts as its own fiscal year's rate version, which its
statements (and their corrections) record and print; the statement PDF is rendered and read back."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.domain.payments import FY2021_RATES
from colead_desktop.services import payment_policy as policy
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments
from colead_desktop.services.programme_setup import create_programme
from tests.domain.test_programme_setup import GOOD
from tests.programmes import talent_in
from tests.services.payments_fixtures import WHO, approved, unchanged_correction

SETUP_2026 = replace(GOOD, name="令和8年度 北見トラック", fiscal_year=2026, start=date(2026, 6, 1), end=date(2027, 2, 26))


def _payee(db: Database, programme_id: int) -> int:
    """An invented talent taking part in the programme, with one tour day in FY2026."""
    talent_id = talent_in(db, programme_id)
    records.add_tour_day(db, programme_id, talent_id, date(2026, 7, 14), WHO)
    return talent_id


def test_a_new_programme_prints_its_own_years_rate_version(db: Database, tmp_path: Path) -> None:
    programme_id = create_programme(db, SETUP_2026, WHO)
    talent_id = _payee(db, programme_id)
    statement_id = approved(db, programme_id, talent_id)
    [rates] = statements.statement(db, statement_id).result.rates_used
    assert (rates.entry_id, rates.effective_from) == ("FY2026", date(2026, 4, 1))  # was FY2021 from 2021-04-01
    assert replace(rates, entry_id="", effective_from=date.min) == replace(FY2021_RATES, entry_id="",
                                                                           effective_from=date.min)  # same amounts
    pdf = payments.export_statement_pdf(db, statement_id, tmp_path / "statement.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "FY2026（2026-04-01〜）" in text and "FY2021" not in text

    correction = unchanged_correction(db, statement_id)  # one step later: its correction keeps the version
    assert [r.entry_id for r in statements.statement(db, correction).result.rates_used] == ["FY2026"]
    assert policy.load_policies(db, programme_id).preset.effective_from == date(2026, 4, 1)  # the preset button


def test_a_second_programme_of_the_year_gets_its_own_entry_and_an_early_start_is_covered(db: Database) -> None:
    create_programme(db, SETUP_2026, WHO)
    early = create_programme(db, replace(SETUP_2026, name="令和8年度 桑名トラック", start=date(2026, 3, 2)), WHO)
    [entry] = policy.load_policies(db, early).programme.rates
    # statements name their rates by the entry id, unique in the database; preparation in March is covered
    assert (entry.rates.entry_id, entry.rates.effective_from) == ("FY2026-2", date(2026, 3, 2))
