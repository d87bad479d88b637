"""Shared by the payment service tests (the demo programme fixture `demo` is in conftest.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements

WHO = "経理 花子"
APPROVER = "経理 次郎"  # approval needs someone other than who computed the statement
BANK = {"bank_code": "0001", "branch_code": "001", "account_type": "ordinary", "account_number": "1234567",
        "holder_kana": "ｶｸｳ ﾀﾛｳ", "bank_name_kana": "ﾐｽﾞﾎ", "branch_name_kana": "ﾎﾝﾃﾝ"}
"""An invented payee account (save_payee)."""


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
    runs.mark_paid(db, programme_id, WHO, on, run_id=outcome.run_id)
    return outcome.run_id
