"""Programme dates are Tokyo's whatever the machine's zone: at 06:30 on 1 April 2027 in Tokyo (21:30 on 31 March
in UTC, a machine's local time when set to UTC) a statement is issued on 1 April, its warnings call 1 April
today, a selection letter is dated 1 April and the decision log stores 06:30."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain import clock
from colead_desktop.domain.selection import Decision
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments
from colead_desktop.services.applications import applications, import_applications
from colead_desktop.services.calls import calls
from colead_desktop.services.record_dates import statement_warnings
from colead_desktop.services.selection import decide, decision_log, write_letters
from tests.application_files import ON_TIME, write_csv
from tests.programmes import new_programme
from tests.services.statement_fixtures import WHO, add_payees

INSTANT = datetime(2027, 3, 31, 21, 30, tzinfo=UTC)
TOKYO_DAY = date(2027, 4, 1)


@pytest.fixture(autouse=True)
def tokyo_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "source", lambda: INSTANT)


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_clock_reads_tokyo_time() -> None:
    assert clock.tokyo_today() == TOKYO_DAY
    assert clock.stored_now() == datetime(2027, 4, 1, 6, 30)
    assert clock.utc_now() == INSTANT


def test_a_statement_is_issued_and_warned_on_the_tokyo_date(db: Database, tmp_path: Path) -> None:
    programme_id, [talent_id] = add_payees(db, 1, fiscal_year=2027)
    records.add_tour_day(db, programme_id, talent_id, TOKYO_DAY, WHO)  # today: not in the future
    records.add_tour_day(db, programme_id, talent_id, date(2027, 4, 2), WHO)
    statement_id = statements.compute_draft(db, programme_id, talent_id, WHO)
    assert statements.statement(db, statement_id).issue_date == TOKYO_DAY
    future = [w for w in statement_warnings(db, statement_id) if "今日" in w]
    assert future == ["ツアー参加日 2027-04-02 は今日（2027-04-01）より後の日付です。まだ来ていない日の支払になります"]
    text = _pdf_text(payments.export_statement_pdf(db, statement_id, tmp_path / "statement.pdf"))
    assert "令和9年4月1日" in text and "2027-04-01" in text


def test_a_letter_and_the_decision_log_carry_the_tokyo_date(db: Database, tmp_path: Path) -> None:
    talent_call = calls(db, new_programme(db))[1].id or 0
    import_applications(db, talent_call, write_csv(tmp_path / "a.csv", [ON_TIME]))
    [taro] = (a.id for a in applications(db, talent_call))
    decide(db, taro, Decision.SELECTED, "総合点1位", "委員長")
    assert [entry["at"] for entry in decision_log(db, taro)] == [datetime(2027, 4, 1, 6, 30)]
    letter = next(f for f in write_letters(db, talent_call, tmp_path / "letters").files if f.suffix == ".pdf")
    assert "令和9年4月1日" in _pdf_text(letter)
