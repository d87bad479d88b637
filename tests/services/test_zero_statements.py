"""A statement of ¥0 (an honorarium the cap fully offsets, a correction that changes nothing payable) is settled
without a transfer (review of issue 14: no run could take it and it stayed approved forever), on a programme made
for the test. Figures by hand: per diem 10,000 + air 40,000 = 50,000, withheld 5,105, the payee's fee 440."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.statement_status import ShownStatus, shown_status
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.exports.shiharai_chosho_xlsx import chosho_rows
from colead_desktop.services import payment_audit
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments
from colead_desktop.services.payment_batch import statement_entries

from tests.programmes import new_programme
from tests.services.payments_fixtures import APPROVER, WHO, approved, fee_bearing_talents, set_payer

DAY = date(2022, 3, 10)
WORK = [date(2021, 12, d) for d in (1, 2, 3, 6, 7)]  # five paid days: the ¥150,000 cap


def test_an_honorarium_the_cap_offsets_is_settled_without_a_transfer(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    for day in WORK:
        records.add_work_day(db, programme_id, talent, day, "support", WHO)
    first = approved(db, programme_id, talent)
    assert statements.statement(db, first).result.honorarium_yen == 150_000
    runs.create_run(db, programme_id, DAY, tmp_path / "z1.txt", WHO, today=DAY)
    runs.mark_paid(db, programme_id, WHO, DAY, statement_nos=[statements.statement(db, first).statement_no], today=DAY)
    records.add_work_day(db, programme_id, talent, date(2021, 12, 8), "support", WHO)  # a sixth day: over the cap
    zero_id = approved(db, programme_id, talent)
    zero = statements.statement(db, zero_id)
    assert (zero.payable_gross_yen, zero.payable_withholding_yen, zero.transfer_yen) == (0, 0, 0)

    # no run takes it, and the reason says what settles it
    with pytest.raises(InputError, match="振込できる承認済みの明細書がありません"):
        runs.create_run(db, programme_id, DAY, tmp_path / "z2.txt", WHO, today=DAY)
    with pytest.raises(InputError, match="振込なしで確定"):
        runs.mark_paid(db, programme_id, WHO, DAY, statement_nos=[zero.statement_no], today=DAY)
    with pytest.raises(InputError, match="承認日"):
        runs.settle_without_transfer(db, programme_id, WHO, zero.statement_no, tokyo_today() - timedelta(days=1))
    with pytest.raises(InputError, match="今日"):
        runs.settle_without_transfer(db, programme_id, WHO, zero.statement_no, tokyo_today() + timedelta(days=1))
    with pytest.raises(InputError, match="0円の承認済"):  # a statement that transfers money is paid by a run
        runs.settle_without_transfer(db, programme_id, WHO, statements.statement(db, first).statement_no, tokyo_today())
    assert statements.statement(db, zero_id).status is StatementStatus.APPROVED  # the refusals changed nothing

    today = tokyo_today()
    assert runs.settle_without_transfer(db, programme_id, WHO, zero.statement_no, today) == zero.statement_no
    settled = statements.statement(db, zero_id)
    assert (settled.status, settled.paid_on, shown_status(settled.status, settled.transfer_yen)) == (
        StatementStatus.PAID, today, ShownStatus.SETTLED)
    listed = {e["no"]: e for e in statement_entries(db, programme_id)}
    assert (listed[zero.statement_no]["status"], listed[zero.statement_no]["paid_date"]) == ("settled", today.isoformat())
    assert listed[settled.statement_no]["net_yen"] == 0
    changes = {(e.field, e.new) for e in payment_audit.audit_entries(db, entity="payment_statement", entity_id=zero_id)}
    assert ("status", "paid") in changes
    with pytest.raises(InputError, match="0円の承認済"):  # once only
        runs.settle_without_transfer(db, programme_id, WHO, zero.statement_no, today)

    # one step later: the person's next statement is made, paid by a run, and the year's 支払調書 adds each once
    records.add_tour_day(db, programme_id, talent, date(2022, 2, 1), WHO)
    third = approved(db, programme_id, talent)
    run_day = next_bank_business_day(today)  # played as today: a run is made on a bank business day
    transfer = runs.create_run(db, programme_id, run_day, tmp_path / "z3.txt", WHO, today=run_day)
    assert transfer.statements == (statements.statement(db, third).statement_no,) and transfer.left_out == ()
    runs.mark_paid(db, programme_id, WHO, run_day, run_id=transfer.run_id, today=run_day)
    paid = statements.statements_with_status(db, programme_id, StatementStatus.PAID)
    assert len(paid) == 3
    # 2022: the first statement, 50,000 + 150,000 withheld 10.21%; this year the settled ¥0 and a 10,000 per diem,
    # under the ¥50,000 threshold: no 調書 row
    assert [(r.paid_yen, r.withheld_yen) for r in chosho_rows(paid, 2022)] == [(200_000, 20_420)]
    assert chosho_rows(paid, today.year) == chosho_rows(paid, run_day.year) == []


def test_a_correction_that_changes_nothing_is_settled_and_never_in_a_bank_file(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    talent, other = fee_bearing_talents(db, programme_id, 2)
    first = approved(db, programme_id, talent)
    nothing = statements.adjust_statement(db, first, WHO, "住所の誤記（金額の変更なし）")
    statements.approve_statement(db, nothing, APPROVER)
    approved(db, programme_id, other)
    no = statements.statement(db, nothing).statement_no
    plan = runs.preview_run(db, programme_id, DAY, today=DAY)
    assert [o.statement_no for o in plan.left_out] == [no] and "振込なしで確定" in plan.left_out[0].reason
    assert no not in [st.statement_no for st in plan.included]
    runs.settle_without_transfer(db, programme_id, WHO, no, tokyo_today())
    outcome = runs.create_run(db, programme_id, DAY, tmp_path / "z.txt", WHO, today=DAY)
    assert no not in outcome.statements and outcome.left_out == ()
    assert no.replace("-", "").encode() not in outcome.path.read_bytes()
    rows = list(load_workbook(payments.export_payments_workbook(db, programme_id, tmp_path / "p.xlsx"),
                              read_only=True).worksheets[0].iter_rows(values_only=True))
    head = next(row for row in rows if "明細書番号" in row)
    [mine] = [dict(zip(head, row, strict=True)) for row in rows if row[0] == no]
    assert (mine["状態"], mine["振込金額"], mine["振込予定日"]) == ("確定（振込なし）", 0, None)  # no transfer, no date
