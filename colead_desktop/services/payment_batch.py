"""Payment work on many statements at once, for the command line and scripts: list, draft, approve; a talent's
records in the shapes `payments compute` reads.

Drafting or approving several statements is one transaction: either every one succeeds or nothing
changes, and the refusal names the talent or statement. Amounts listed for an adjusting statement are
the differences it pays (or reclaims), so adding a payee's rows gives what they were paid.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import ExpenseRow, StatementRow, TourDayRow, WorkDayRow
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.statement_status import StatementStatus, shown_status
from colead_desktop.domain.statements import Statement, approval_refusal
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.payment_guard import lock_statement
from colead_desktop.services.payment_policy_store import two_people_required
from colead_desktop.services.payment_statements import approve_in, compute_draft_in, records_of, statement_in
from colead_desktop.services.payments_json import records_to_json


def statement_entries(db: Database, programme_id: int) -> list[dict[str, Any]]:
    """The programme's statements in number order, as `colead payments statements --json` prints them."""
    with db.session() as session:
        out = []
        mine = StatementRow.programme_id == programme_id
        numbers = {i: no for i, no in session.execute(select(StatementRow.id, StatementRow.statement_no).where(mine))}
        for row in session.scalars(select(StatementRow).where(mine).order_by(StatementRow.statement_no)):
            st = statement_in(session, row)
            out.append({
                "no": st.statement_no, "talent_id": row.talent_id,
                "kind": "adjusting" if st.adjustment else "normal",
                "corrects": numbers.get(row.adjusts_statement_id) if row.adjusts_statement_id else None,
                "status": shown_status(st.status, st.transfer_yen).value, "run": row.run_id,
                "joins_transfer_of": st.joins_transfer_of or None,
                "gross_yen": st.payable_gross_yen, "withholding_yen": st.payable_withholding_yen,
                "fee_yen": st.payment.fee_yen, "net_yen": st.transfer_yen,  # a reclaim bears no fee
                "transfer_date": st.transfer_date.isoformat(),
                "paid_date": st.paid_on.isoformat() if st.paid_on else None})
        return out


def talent_records(db: Database, programme_id: int, talent_id: int, statement_no: str | None = None) -> dict[str, Any]:
    """The talent's records in the programme (all, or those statement `statement_no` pays) exactly as statements
    read them, in the shapes of `payments compute`."""
    with db.session() as session:
        return records_to_json(records_of(session, programme_id, talent_id, statement_no))


def _with_records(session: Any, programme_id: int) -> list[int]:
    """Talents with a draft in the programme or with records there that no statement pays yet."""
    ids = set(session.scalars(select(StatementRow.talent_id).where(StatementRow.programme_id == programme_id,
                                                                   StatementRow.status == StatementStatus.DRAFT)))
    for model in (TourDayRow, WorkDayRow, ExpenseRow):
        ids.update(session.scalars(select(model.talent_id).where(model.programme_id == programme_id,
                                                                 model.statement_id.is_(None)).distinct()))
    return sorted(ids)


def draft_statements(db: Database, programme_id: int, talent_ids: Sequence[int] | None,
                     who: str) -> list[dict[str, Any]]:
    """Compute the drafts of the given talents (when None, every talent with a draft or with records no
    statement pays yet)."""
    with db.session(immediate=True) as session:
        chosen = _with_records(session, programme_id) if talent_ids is None else list(talent_ids)
        done = []
        for talent_id in chosen:
            if session.get(models.Talent, talent_id) is None:
                raise InputError(msg("人材 {id} が見つかりません", "Talent {id} not found", id=talent_id))
            row = session.get(StatementRow, compute_draft_in(session, programme_id, talent_id, who, None))
            assert row is not None
            done.append({"talent_id": talent_id, "no": row.statement_no, "net_yen": row.transfer_yen})
        return done


def _ids_by_number(session: Session, programme_id: int, numbers: Sequence[str]) -> dict[str, int]:
    """The programme's statements with these numbers, or InputError naming those it does not have."""
    ids = {no: i for no, i in session.execute(select(StatementRow.statement_no, StatementRow.id).where(
        StatementRow.programme_id == programme_id, StatementRow.statement_no.in_(numbers)))}
    missing = [n for n in numbers if n not in ids]
    if missing:
        raise InputError(msg("明細書 {nos} が見つかりません", "Statement(s) {nos} not found", nos="、".join(missing)))
    return ids


def approval_refusals(db: Database, programme_id: int, numbers: Sequence[str], who: str) -> list[str]:
    """Why `who` may not approve these statements, one reason per number that is refused (none: they may): asked
    before the statements' warnings, which are no use to someone who may not approve (the window likewise
    disables 承認 for them). A number the programme does not have raises InputError."""
    with db.session() as session:
        ids = _ids_by_number(session, programme_id, numbers)
        two_people = two_people_required(session, programme_id)
        reasons = (approval_refusal(statement_in(session, row_by_id(session, StatementRow, ids[number])), who,
                                    two_people) for number in numbers)
        return [reason for reason in reasons if reason is not None]


def approve_statements(db: Database, programme_id: int, numbers: Sequence[str], who: str) -> list[Statement]:
    """Approve the programme's drafts with these numbers, all or none; the statements as approved."""
    with db.session(immediate=True) as session:
        ids = _ids_by_number(session, programme_id, numbers)
        now = stored_now()
        approved = []
        for number in numbers:
            row = lock_statement(session, ids[number])
            approve_in(session, row, who, now)
            approved.append(statement_in(session, row))
        return approved
