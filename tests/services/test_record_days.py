"""One work day and one tour day per person, programme and date, on a programme made fresh: refused with the
date named by the payment tabs' service, an edit, and a corrected records document (its row named); two work
days stored before the rule still compute, warn and print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import WorkDayRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.json_input import Node
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments
from colead_desktop.services.payment_corrections import adjust_with_records
from colead_desktop.services.payments_json import parse_records
from colead_desktop.services.record_dates import statement_warnings
from tests.programmes import new_programme
from tests.services.payments_fixtures import APPROVER, DAY, WHO, approved, fee_bearing_talents

WORK = date(2021, 11, 20)
TWICE = "2021-11-20 は既に作業日として記録されています"


def test_a_second_work_day_on_a_date_is_refused_naming_the_date(db: Database) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    records.add_work_day(db, programme_id, talent, WORK, "support", WHO)
    with pytest.raises(InputError, match=TWICE):
        records.add_work_day(db, programme_id, talent, WORK, "meeting", WHO)
    other = records.add_work_day(db, programme_id, talent, date(2021, 11, 21), "meeting", WHO)
    with pytest.raises(InputError, match=TWICE):  # moved onto the taken date by an edit
        records.update_work_day(db, other, WHO, WORK, "meeting")
    with pytest.raises(InputError, match="2021-11-16 は既にツアー参加日として記録されています"):
        records.add_tour_day(db, programme_id, talent, DAY, WHO)
    assert [w.day for w in records.work_days(db, programme_id, talent)] == [WORK, date(2021, 11, 21)]


def test_a_correction_document_repeating_a_work_day_is_refused_naming_its_row(db: Database) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    records.add_work_day(db, programme_id, talent, WORK, "support", WHO)
    statement_id = approved(db, programme_id, talent)
    number = statements.statement(db, statement_id).statement_no
    document = {"tour_days": [DAY.isoformat()], "expenses": [],
                "work_days": [{"date": WORK.isoformat(), "activity": "support"},
                              {"date": WORK.isoformat(), "activity": "support"}]}
    with pytest.raises(InputError, match=r"records\.work_days\[1\]: " + TWICE):
        adjust_with_records(db, programme_id, number, parse_records(Node(document, "records")), "訂正", WHO)


def test_two_work_days_stored_on_one_date_still_compute_warn_and_print(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    with db.session() as session:  # as an older version let them in
        session.add_all(WorkDayRow(programme_id=programme_id, talent_id=talent, day=WORK, activity=activity)
                        for activity in ("support", "meeting"))
    statement_id = statements.compute_draft(db, programme_id, talent, WHO)
    warned = [w for w in statement_warnings(db, statement_id) if "2021-11-20 の作業日が2件以上" in w]
    assert len(warned) == 1
    stored = records.work_days(db, programme_id, talent)
    assert all("2件以上" in w.warning for w in stored)
    records.update_work_day(db, stored[1].id, WHO, WORK, "meeting", note="重複")  # still editable on its date
    statements.approve_statement(db, statement_id, APPROVER)
    pdf = payments.export_statement_pdf(db, statement_id, tmp_path / "statement.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
