"""Shared by the payment service tests (the demo programme fixture `demo` is in conftest.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import TourDayRow
from colead_desktop.domain.bank import AccountType
from colead_desktop.domain.programme_setup import PayerSetup, ZenginRequester
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments
from colead_desktop.services import programme_setup
from tests.programmes import new_programme

WHO = "経理 花子"
APPROVER = "経理 次郎"  # approval needs someone other than who computed the statement
BANK = {"bank_code": "0001", "branch_code": "001", "account_type": "ordinary", "account_number": "1234567",
        "holder_kana": "ｶｸｳ ﾀﾛｳ", "bank_name_kana": "ﾐｽﾞﾎ", "branch_name_kana": "ﾎﾝﾃﾝ"}
"""An invented payee account (save_payee)."""
FEE = 440
DAY = date(2021, 11, 16)


def approved(db: Database, programme_id: int, talent_id: int) -> int:
    """The talent's records computed into a statement and approved by someone else; the statement's id."""
    statement_id = statements.compute_draft(db, programme_id, talent_id, WHO)
    statements.approve_statement(db, statement_id, APPROVER)
    return statement_id


def pay(db: Database, programme_id: int, statement_ids: Sequence[int], on: date, folder: Path) -> int:
    """Pay these approved statements of the programme the ordinary way: a run transferring on `on` (as if
    that were today), with the other waiting statements left for later, then paid on the same day. The run's id."""
    wanted = {statements.statement(db, i).statement_no for i in statement_ids}
    others = [st.statement_no for st in runs.waiting_statements(db, programme_id) if st.statement_no not in wanted]
    folder.mkdir(parents=True, exist_ok=True)
    outcome = runs.create_run(db, programme_id, on, folder / f"run_{on:%Y%m%d}_{len(list(folder.iterdir()))}.txt",
                              WHO, exclude=others, today=on)
    runs.mark_paid(db, programme_id, WHO, on, run_id=outcome.run_id, today=on)
    return outcome.run_id


def set_payer(db: Database, programme_id: int) -> None:
    """The secretariat's account, which a payment run's 全銀 file needs."""
    setup = programme_setup.load_setup(db, programme_id)
    payer = PayerSetup(name="架空事務局", zengin=ZenginRequester(
        requester_code="0123456789", requester_kana="ｺﾘ-ﾄﾞｼﾞﾑｷﾖｸ", bank_code="0001", branch_code="001",
        account_type=AccountType.ORDINARY, account_number="7654321"))
    programme_setup.update_setup(db, programme_id, replace(setup, payer=payer), WHO)


def fee_bearing_talents(db: Database, programme_id: int, count: int) -> list[int]:
    """Invented talents taking part in the programme, each with one tour day and the bank fee to bear."""
    with db.session() as session:
        talents = [models.Talent(name=f"架空 {i}", kana="カクウ タロウ") for i in range(count)]
        session.add_all(talents)
        session.flush()
        session.add_all(models.ProgrammeTalent(programme_id=programme_id, talent_id=t.id, region_preferences=[],
                                               motivation="") for t in talents)
        session.add_all(TourDayRow(programme_id=programme_id, talent_id=t.id, day=DAY, note="") for t in talents)
        ids = [t.id for t in talents]
    for talent_id in ids:
        payments.save_payee(db, talent_id, WHO, fee_borne_by="payee", fee_yen=FEE, **BANK)
        records.add_expense(db, programme_id, talent_id, DAY, "air", 40_000, False, WHO, "羽田〜女満別")
    return ids


def corrected(db: Database, programme_id: int, statement_id: int, talent_id: int, fare: int) -> int:
    """An approved 訂正明細書 of an approved or paid statement: the payee's air fare becomes `fare`."""
    adjusting = statements.adjust_statement(db, statement_id, WHO, "航空券の金額の訂正")
    [expense] = records.expenses(db, programme_id, talent_id)
    records.update_expense(db, expense.id, WHO, expense.day, expense.category, fare, False, expense.description)
    statements.compute_draft(db, programme_id, talent_id, WHO)
    statements.approve_statement(db, adjusting, APPROVER)
    return adjusting


def unchanged_correction(db: Database, statement_id: int) -> int:
    """An approved 訂正明細書 of `statement_id` that changes nothing payable: ¥0 to transfer."""
    correction = statements.adjust_statement(db, statement_id, WHO, "住所の誤記（金額の変更なし）")
    statements.approve_statement(db, correction, APPROVER)
    return correction


@dataclass(frozen=True)
class JoinedRun:
    """A fresh programme whose next run pays payee `talent`'s statement `first` and its correction `more` as one
    transfer, and payee `other`'s statement `alone` as another (statement ids)."""

    programme_id: int
    talent: int
    other: int
    first: int
    alone: int
    more: int


def joined_run(db: Database) -> JoinedRun:
    """The FY2021 programme of JoinedRun, with a payer: A's statement, B's, then A's correction making A's air fare
    ¥50,000, all approved and waiting for a run."""
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    talent, other = fee_bearing_talents(db, programme_id, 2)
    first = approved(db, programme_id, talent)
    alone = approved(db, programme_id, other)
    return JoinedRun(programme_id, talent, other, first, alone, corrected(db, programme_id, first, talent, 50_000))
