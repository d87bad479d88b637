"""Addresses typed with full-width digits (「北区１－２」) are stored, and printed on the 支払調書, in one form: NFKC with
a dash between digits as "-", whether typed in the window (payee tab, the payer in プログラム設定, record dialog) or given
to the CLI, and the 支払調書 prints details stored before that rule the same way."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.normalise import canonical_address
from colead_desktop.domain.records import CompanyRecord
from colead_desktop.domain.statements import approve, mark_paid, put_in_run
from colead_desktop.exports.shiharai_chosho_xlsx import chosho_rows
from colead_desktop.services import payments as pay
from colead_desktop.services import programme_setup
from colead_desktop.services.records import save_record
from tests.domain.test_programme_setup import GOOD
from tests.services.budget_fixtures import fresh_lifecycle
from tests.services.payments_fixtures import WHO

TYPED = "北海道北見市北区１ー２ センター３－４（〒０９０ー０００１）"
STORED = "北海道北見市北区1-2 センター3-4(〒090-0001)"


def test_the_address_rule() -> None:
    assert canonical_address(f"  {TYPED} ") == STORED
    assert canonical_address("ｾﾝﾀｰ1ー2") == "センター1-2"  # the 長音 of a word stays; the dash between digits is "-"
    assert canonical_address(STORED) == STORED


def test_a_fresh_programmes_payer_address_and_its_next_year_copy(any_db: Database) -> None:
    setup = replace(GOOD, name="住所の確認", payer=replace(GOOD.payer, address="東京都千代田区霞が関１－３－１"))
    created = programme_setup.create_programme(any_db, setup, WHO)
    assert programme_setup.load_setup(any_db, created).payer.address == "東京都千代田区霞が関1-3-1"
    copied = programme_setup.copy_programme(any_db, created, GOOD.fiscal_year + 1, talents=False, events=False,
                                            who=WHO)
    assert programme_setup.load_setup(any_db, copied).payer.address == "東京都千代田区霞が関1-3-1"


def test_payee_and_record_addresses_as_typed_in_the_window_and_the_cli(any_db: Database, tmp_path: Path) -> None:
    life = fresh_lifecycle(any_db, tmp_path)
    c = life.talents["c"]
    stored = pay.payee_details(any_db, c)
    saved = pay.replace_payee(any_db, stored, replace(stored, address=TYPED, employer_address="桑名市２ー３"), WHO)
    assert (saved.address, saved.employer_address) == (STORED, "桑名市2-3")  # the payee tab's 保存
    pay.save_payee(any_db, c, WHO, address="桑名市中央町１－１")
    assert pay.payee_details(any_db, c).address == "桑名市中央町1-1"
    kuwana = programme_setup.load_setup(any_db, life.programme_id).regions[1].region_id
    assert kuwana is not None
    company = save_record(any_db, CompanyRecord(None, kuwana, "架空工業", postal_code="５１１ー０００１",
                                                address=TYPED))  # the record dialog and `colead set`
    with any_db.session() as session:
        row = session.get(models.Company, company.id)
        assert row is not None and (row.address, row.postal_code) == (STORED, "511-0001")

def test_the_shiharai_chosho_prints_an_address_stored_before_the_rule_half_width() -> None:
    [draft] = demo_statements(demo_payees(PLACEHOLDER_TALENTS))[:1]
    paid = mark_paid(put_in_run(approve(replace(draft, payee_address="北区１－２"), "経理", date(2022, 3, 2)),
                                date(2022, 3, 10)), date(2022, 3, 14))
    [row] = chosho_rows([paid], 2022)
    assert row.address == "北区1-2"
