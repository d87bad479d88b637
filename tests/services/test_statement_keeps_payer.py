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


def _payer_is(db: Database, programme_id: int, **values: str) -> None:
    setup = programme_setup.load_setup(db, programme_id)
    programme_setup.update_setup(db, programme_id, replace(setup, payer=replace(setup.payer, **values)), WHO)


def test_an_approved_statement_keeps_its_payer_and_a_draft_follows_the_change(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    _payer_is(db, programme_id, address="東京都千代田区霞が関1-3-1")
    first, second = fee_bearing_talents(db, programme_id, 2)
    issued = approved(db, programme_id, first)
    records.add_work_day(db, programme_id, second, DAY.replace(day=20), "support", WHO)
    draft = statements.compute_draft(db, programme_id, second, WHO)
    _payer_is(db, programme_id, name="新社名事務局", address="大阪府大阪市北区梅田1-1-1")  # moved and renamed

    assert statements.statement(db, issued).payer.name == "架空事務局"
    assert statements.statement(db, draft).payer.name == "新社名事務局"
    pdf = payments.export_statement_pdf(db, issued, tmp_path / "issued.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "架空事務局" in text and "霞が関" in text and "新社名事務局" not in text and "大阪府" not in text


def test_a_contract_number_entered_after_approval_prints_on_the_approved_statement(db: Database) -> None:
    """次年度を作成 leaves the 契約番号 empty until the new contract is signed: statements approved before it was
    entered print it once it is, while what they printed stays."""
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    [talent] = fee_bearing_talents(db, programme_id, 1)
    issued = approved(db, programme_id, talent)
    _payer_is(db, programme_id, name="新社名事務局", contract_no="R3-0042")
    payer = statements.statement(db, issued).payer
    assert (payer.name, payer.contract_no) == ("架空事務局", "R3-0042")
