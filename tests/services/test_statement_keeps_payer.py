"""A statement keeps the payer it was approved under: printed again after the secretariat moved (プログラム設定's
支払者), an approved or paid statement still names who paid it, at the address it printed; a draft, not issued yet,
shows the payer as it is now."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments, programme_setup
from colead_desktop.services import payment_records as records
from tests.programmes import new_programme
from tests.services.payments_fixtures import DAY, WHO, approved, fee_bearing_talents, set_payer


def _move_the_payer(db: Database, programme_id: int) -> None:
    setup = programme_setup.load_setup(db, programme_id)
    programme_setup.update_setup(db, programme_id, replace(setup, payer=replace(
        setup.payer, name="新社名事務局", address="大阪府大阪市北区梅田1-1-1")), WHO)


def test_an_approved_statement_keeps_its_payer_and_a_draft_follows_the_change(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    first, second = fee_bearing_talents(db, programme_id, 2)
    issued = approved(db, programme_id, first)
    records.add_work_day(db, programme_id, second, DAY.replace(day=20), "support", WHO)
    draft = statements.compute_draft(db, programme_id, second, WHO)
    _move_the_payer(db, programme_id)

    assert statements.statement(db, issued).payer.name == "架空事務局"
    assert statements.statement(db, draft).payer.name == "新社名事務局"
    pdf = payments.export_statement_pdf(db, issued, tmp_path / "issued.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "架空事務局" in text and "新社名事務局" not in text and "大阪府" not in text
