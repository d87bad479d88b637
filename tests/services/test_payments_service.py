"""Payments service on SQLite and PostgreSQL: demo statements, workflow, audit log and exports read back."""

from __future__ import annotations

import csv
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from colead_desktop.db.engine import Database
from colead_desktop.domain.demo_payments import demo_payees, demo_statements
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.zengin import parse_file
from colead_desktop.services import payment_audit as audit_log
from colead_desktop.services import payment_records as records
from colead_desktop.services import receipts
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay
from colead_desktop.services import tax_documents
from colead_desktop.services.records import get_record, save_record

from tests.programmes import new_programme
from tests.services.payments_fixtures import APPROVER, WHO, pay as pay_in_run


def test_demo_statements_are_computed_from_the_records_and_approved(demo: Database, demo_id: int) -> None:
    payees = pay.list_payees(demo, demo_id)
    assert len(payees) == 16
    assert {p.status for p in payees} == {"approved"}
    talents = [(str(p.talent_id), p.name, pay.payee_details(demo, p.talent_id).kana) for p in payees]
    expected = {st.result.payee_id: st.result for st in demo_statements(demo_payees(talents))}
    for p in payees:
        want = expected[str(p.talent_id)]
        assert (p.gross_yen, p.withholding_yen, p.fee_yen, p.net_yen) == (
            want.gross_yen, want.withholding_yen, want.fee_yen, want.net_yen)
    st = statements.statement(demo, payees[0].statement_id)
    assert st.approved_by and st.bank is not None and st.result.rates_used[0].entry_id == "FY2021"
    assert pay.payee_details(demo, payees[0].talent_id).masked_account().endswith(st.bank.number[-3:])


def test_records_an_approved_statement_pays_cannot_change(demo: Database, demo_id: int) -> None:
    payee = pay.list_payees(demo, demo_id)[0]
    with pytest.raises(InputError, match="承認済"):
        statements.revise_statement(demo, payee.statement_id, WHO, date(2022, 3, 11))
    expense = records.expenses(demo, demo_id, payee.talent_id)[0]
    for refused in (lambda: records.delete_record(demo, "expense", expense.id, WHO),
                    lambda: records.ensure_editable(demo, "expense", expense.id)):
        with pytest.raises(InputError, match=payee.statement_no):
            refused()
    # a record added later is not on the approved statement: the next statement pays it
    records.add_work_day(demo, demo_id, payee.talent_id, date(2022, 2, 1), "support", WHO)
    second = statements.statement(demo, statements.compute_draft(demo, demo_id, payee.talent_id, WHO))
    assert second.statement_no != payee.statement_no and second.adjustment is None
    assert second.period == (date(2022, 2, 1), date(2022, 2, 1))


def test_adjusting_statement_pays_the_difference(demo: Database, demo_id: int, tmp_path: Path) -> None:
    payee = pay.list_payees(demo, demo_id)[1]
    new_id = statements.adjust_statement(demo, payee.statement_id, WHO, "作業日の記録漏れ")
    records.add_work_day(demo, demo_id, payee.talent_id, date(2022, 2, 25), "meeting", WHO, note="追加分")
    assert statements.compute_draft(demo, demo_id, payee.talent_id, WHO) == new_id
    adjusted = statements.statement(demo, new_id)
    old = statements.statement(demo, payee.statement_id)
    assert adjusted.adjustment is not None and adjusted.adjustment.previous_no == old.statement_no
    extra = adjusted.result.gross_yen - old.result.gross_yen
    assert extra in (0, 30_000)  # 0 when the honorarium cap was already reached
    assert adjusted.payable_gross_yen == extra
    statements.approve_statement(demo, new_id, APPROVER)
    pay_in_run(demo, demo_id, [new_id], date(2022, 3, 31), tmp_path)
    assert pay.list_payees(demo, demo_id)[1].status == "paid"
    with pytest.raises(InputError):
        statements.approve_statement(demo, new_id, APPROVER)


def test_every_change_is_audited_with_old_and_new_and_masked_bank_numbers(demo: Database, demo_id: int) -> None:
    talent_id = pay.list_payees(demo, demo_id)[2].talent_id
    before = pay.payee_details(demo, talent_id)
    pay.save_payee(demo, talent_id, WHO, account_number="7654321", address="北海道北見市（架空）")
    entries = audit_log.audit_entries(demo, entity="payee")
    numbers = [e for e in entries if e.field == "account_number" and e.who == WHO]
    assert [(e.old, e.new) for e in numbers] == [("****" + before.account_number[-3:], "****321")]
    address = [e for e in entries if e.field == "address" and e.who == WHO]
    assert [(e.old, e.new) for e in address] == [(before.address, "北海道北見市(架空)")]  # as stored: NFKC
    assert all("7654321" not in (e.new or "") + (e.old or "") for e in audit_log.audit_entries(demo))
    with pytest.raises(InputError):
        pay.save_payee(demo, talent_id, WHO, bank_code="12")
    with pytest.raises(InputError, match="振込手数料は0〜10,000円"):  # a typo that the payee's money would pay
        pay.save_payee(demo, talent_id, WHO, fee_borne_by="payee", fee_yen=1_000_000_000)
    with pytest.raises(InputError) as refused:  # every problem at once, in the form's order (review 15 item 9)
        pay.save_payee(demo, talent_id, WHO, tax_status="exempt", exempt_reason="", bank_code="12",
                       fee_yen=1_000_000_000)
    lines = str(refused.value).split("\n")
    assert len(lines) == 3 and "理由" in lines[0] and "金融機関コード" in lines[1] and "振込手数料" in lines[2]
    assert pay.payee_details(demo, talent_id).fee_yen == before.fee_yen
    target = audit_log.export_audit_csv(demo, Path(demo.display_name).parent / "audit.csv"
                                  if demo.engine.dialect.name == "sqlite" else Path("/tmp") / f"audit_{id(demo)}.csv").path
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert rows[0][0] == "日時" and any(r[1] == WHO and r[4] == "account_number" and r[6] == "****321" for r in rows)


def test_new_talent_records_draft_and_receipt(demo: Database, demo_id: int, tmp_path: Path) -> None:
    talent_id = pay.list_payees(demo, demo_id)[3].talent_id
    statement_id = pay.list_payees(demo, demo_id)[3].statement_id
    pay_in_run(demo, demo_id, [statement_id], date(2022, 3, 10), tmp_path / "runs")
    statements.adjust_statement(demo, statement_id, WHO, "領収書の追加")
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 invented receipt")
    expense = records.add_expense(demo, demo_id, talent_id, date(2021, 11, 18), "taxi", 2_400, False, WHO,
                                  "駅〜ホテル", receipts=[receipt])
    added = next(e for e in records.expenses(demo, demo_id, talent_id) if e.id == expense)
    [stored] = added.receipts
    assert stored.file_name == "receipt.pdf" and stored.size_bytes == receipt.stat().st_size
    assert receipts.receipt_file(demo, stored.id) == ("receipt.pdf", receipt.read_bytes())
    draft = statements.statement(demo, statements.compute_draft(demo, demo_id, talent_id, WHO))
    assert draft.payable_gross_yen == 2_400


def test_a_run_refuses_a_bank_holiday_and_names_the_next_business_day(demo: Database, demo_id: int,
                                                                      tmp_path: Path) -> None:
    with pytest.raises(InputError, match="2022-03-22"):  # 3/21 春分の日 (Monday)
        runs.create_run(demo, demo_id, date(2022, 3, 21), tmp_path / "z.txt", WHO, today=date(2022, 3, 1))
    outcome = runs.create_run(demo, demo_id, date(2022, 3, 10), tmp_path / "z.txt", WHO, today=date(2022, 3, 1))
    records = parse_file(outcome.path.read_bytes())
    data = [r for r in records if r["data_type"] == "2"]
    assert len(data) == 16 and records[0]["transfer_date"] == "0310"
    total = sum(p.transfer_yen for p in pay.list_payees(demo, demo_id))
    assert int(records[-2]["total"]) == total == sum(int(r["amount"]) for r in data) == outcome.total_yen


def test_demo_accounts_are_the_payees_own(demo: Database, demo_id: int, tmp_path: Path) -> None:
    payees = [pay.payee_details(demo, p.talent_id) for p in pay.list_payees(demo, demo_id)]
    sato = next(p for p in payees if p.name == "佐藤 健太")
    assert (sato.kana, sato.holder_kana) == ("サトウ ケンタ", "ｻﾄｳ ｹﾝﾀ") and sato.branch_name_kana
    assert pay.holder_mismatches(demo, demo_id) == []
    outcome = runs.create_run(demo, demo_id, date(2022, 3, 10), tmp_path / "z.txt", WHO, today=date(2022, 3, 1))
    records = parse_file(outcome.path.read_bytes())
    holders = sorted(r["holder_name"].rstrip() for r in records if r["data_type"] == "2")
    assert holders == sorted(p.holder_kana for p in payees)
    assert "ｻﾄｳ ｹﾝﾀ" in holders and "ｶ)ｻﾝﾌﾟﾙｿﾌﾄ" in holders


def test_an_account_in_another_name_is_reported(demo: Database, demo_id: int) -> None:
    sato = next(p for p in pay.list_payees(demo, demo_id) if p.name == "佐藤 健太")
    pay.save_payee(demo, sato.talent_id, WHO, holder_kana="ｱｵｷ ﾊﾙｶ")
    assert pay.holder_mismatches(demo, demo_id) == []  # the new account sent the statement back to draft
    statements.approve_statement(demo, sato.statement_id, APPROVER)
    assert pay.holder_mismatches(demo, demo_id) == [pay.HolderMismatch("佐藤 健太", "サトウ ケンタ", "ｱｵｷ ﾊﾙｶ")]


def test_a_payees_furigana_is_stored_full_width_and_only_the_account_holder_half_width(
        demo: Database, demo_id: int) -> None:
    sato = next(p for p in pay.list_payees(demo, demo_id) if p.name == "佐藤 健太")
    pay.save_payee(demo, sato.talent_id, WHO, kana="ｻﾄｳ ｹﾝﾀ", holder_kana="サトウ ケンタ")
    details = pay.payee_details(demo, sato.talent_id)
    assert (details.kana, details.holder_kana) == ("サトウ ケンタ", "ｻﾄｳ ｹﾝﾀ")


def test_exports_read_back(demo: Database, demo_id: int, tmp_path: Path) -> None:
    book = load_workbook(pay.export_payments_workbook(demo, demo_id, tmp_path / "p.xlsx"))
    assert book.sheetnames[0] == "集計"
    cells = [str(v) for row in book["集計"].iter_rows(values_only=True) for v in row]
    assert any("佐藤" in c for c in cells)
    first = pay.list_payees(demo, demo_id)[0]
    pay_in_run(demo, demo_id, [first.statement_id], date(2022, 3, 10), tmp_path / "runs")
    chosho = load_workbook(tax_documents.export_chosho(demo, demo_id, 2022, tmp_path / "c.xlsx"))
    values = [v for row in chosho.active.iter_rows(values_only=True) for v in row]
    assert first.gross_yen in values
    paths = pay.export_statement_folder(demo, demo_id, tmp_path / "pdf")
    assert len(paths) == 16
    combined = pay.export_statements_combined(demo, demo_id, tmp_path / "all.pdf")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(paths[0]), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "支払明細書" in text and f"{first.net_yen:,}" in text
        assert pay.payee_details(demo, first.talent_id).account_number not in text
        pages = subprocess.run(["pdfinfo", str(combined)], capture_output=True, text=True).stdout
        assert "Pages:" in pages


def test_chosho_year_defaults_to_the_latest_year_with_issued_statements(demo: Database, demo_id: int,
                                                                        tmp_path: Path) -> None:
    assert pay.chosho_default_year(demo, demo_id, date(2025, 6, 1)) == 2022  # demo transfers on 2022-03-10
    first = pay.list_payees(demo, demo_id)[0]
    pay_in_run(demo, demo_id, [first.statement_id], date(2023, 1, 5), tmp_path)
    assert pay.chosho_default_year(demo, demo_id, date(2025, 6, 1)) == 2023


def test_chosho_year_without_statements_is_last_year(db: Database) -> None:
    assert pay.chosho_default_year(db, new_programme(db), date(2025, 6, 1)) == 2024


def test_a_talent_in_two_programmes_is_paid_in_each_apart(demo: Database, demo_id: int) -> None:
    payee = pay.list_payees(demo, demo_id)[0]  # approved in the demo's programme
    person = get_record(demo, TalentRecord, payee.talent_id, demo_id)
    next_year = new_programme(demo, "令和4年度", 2022)
    # the same person takes part next year too (its regions are not last year's: wishes and assignment start empty)
    save_record(demo, replace(person, programme_id=next_year, assigned_region_id=None, region_preferences=()))
    elsewhere = new_programme(demo, "別の事業", 2022)
    with pytest.raises(InputError, match="参加していません"):  # never recorded in a programme they are not in
        records.add_work_day(demo, elsewhere, payee.talent_id, date(2022, 6, 1), "support", WHO)

    records.add_work_day(demo, next_year, payee.talent_id, date(2022, 6, 1), "support", WHO)  # not locked
    assert [w.day for w in records.work_days(demo, next_year, payee.talent_id)] == [date(2022, 6, 1)]
    assert date(2022, 6, 1) not in [w.day for w in records.work_days(demo, demo_id, payee.talent_id)]
    draft = statements.statement(demo, statements.compute_draft(demo, next_year, payee.talent_id, WHO))
    assert draft.statement_no == "2022-0001" and draft.period == (date(2022, 6, 1), date(2022, 6, 1))
    history = statements.statement_history(demo, next_year, payee.talent_id)
    assert [st.statement_no for _, st in history] == ["2022-0001"]
    assert pay.list_payees(demo, demo_id)[0].status == "approved"  # last year's statement untouched
    assert len(statements.statement_history(demo, demo_id, payee.talent_id)) == 1
