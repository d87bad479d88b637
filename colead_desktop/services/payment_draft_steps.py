"""明細書を作成 and 訂正明細書 as undo steps (ui/undo.py StatementDraftStep): make a talent's draft, take it back.

A step remembers the talent's open draft as it left it (`DraftState`: the statement row and the records it
pays, field by field). Taking it back is refused, with nothing written, unless the open draft is still
exactly that: not approved, not recomputed or revised, none of its records changed, not deleted.

The rules, decided once here:
* **Numbers.** A draft's number never leaves the building: only approved statements are printed, exported
  or paid (services/documents.py, services/payments.py); the audit log keeps the number with its deletion.
  Taking back a new draft releases its number only when it is the last number the programme took, so the
  redo takes the same number again and the programme still counts without gaps. When a later number has
  been taken since (another person's draft), the undo is refused: deleting would leave a gap.
* **Links.** Every record the draft pays goes back to the statement that paid it before the step: a new
  statement's records are unpaid again, a correction's records go back to the statement it corrects (which
  is why they must be unchanged: that statement's figures were approved with them), and a recompute's
  newly taken records are unpaid again while its earlier ones stay with it.
* **Recompute.** 明細書を作成 over an open draft recomputes it; its undo puts back the draft's earlier
  figures, dates and fingerprint (so approval still checks them against the records), its redo computes
  again from the records as they are then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import ExpenseRow, StatementRow, TourDayRow, WorkDayRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services.payment_audit import audit, columns, set_audited
from colead_desktop.services.payment_guard import lock_payee, release_statement_no
from colead_desktop.services.payment_rows import latest_statement
from colead_desktop.services.record_restore import RecordConflict, changed_since

RECORD_MODELS: tuple[Any, ...] = (TourDayRow, WorkDayRow, ExpenseRow)

FIGURES_JSON = ("result", "rates_used", "applied_policy", "payee_snapshot")
"""The statement's JSON columns: restored whole, audited as one line rather than as their text."""

RecordKey = tuple[str, int]
"""A payment record: (table name, id)."""

Make = Callable[[Session], int]
"""Makes (or recomputes) the draft inside the step's transaction, under the payee lock; returns its id."""


@dataclass(frozen=True)
class DraftState:
    """A talent's open draft in a programme, or none (`statement_id` None)."""

    statement_id: int | None = None
    statement_no: str = ""
    row: dict[str, Any] = field(default_factory=dict)
    """The statement row's columns as stored."""
    records: dict[RecordKey, dict[str, Any]] = field(default_factory=dict)
    """The records it pays, each with its columns as stored."""


@dataclass(frozen=True)
class MadeDraft:
    state: DraftState
    links_before: dict[RecordKey, int | None]
    """The statement each of the talent's records was paid by before the step (None: unpaid)."""


def _kind() -> str:
    return msg("下書きの明細書", "draft statement")


def _links(session: Session, programme_id: int, talent_id: int) -> dict[RecordKey, int | None]:
    return {(model.__tablename__, row_id): statement_id
            for model in RECORD_MODELS
            for row_id, statement_id in session.execute(select(model.id, model.statement_id).where(
                model.programme_id == programme_id, model.talent_id == talent_id))}


def _paid_records(session: Session, statement_id: int) -> dict[RecordKey, Any]:
    return {(model.__tablename__, row.id): row for model in RECORD_MODELS
            for row in session.scalars(select(model).where(model.statement_id == statement_id))}


def draft_state_in(session: Session, programme_id: int, talent_id: int) -> DraftState:
    latest = latest_statement(session, programme_id, talent_id)
    if latest is None or latest.status is not StatementStatus.DRAFT:
        return DraftState()
    return DraftState(latest.id, latest.statement_no, columns(latest),
                      {key: columns(row) for key, row in _paid_records(session, latest.id).items()})


def draft_state(db: Database, programme_id: int, talent_id: int) -> DraftState:
    with db.session() as session:
        return draft_state_in(session, programme_id, talent_id)


def _check(session: Session, programme_id: int, talent_id: int, expected: DraftState) -> None:
    """RecordConflict (or InputError naming the statement) unless the open draft is `expected`."""
    if draft_state_in(session, programme_id, talent_id) == expected:
        return
    if expected.statement_id is not None:
        row = session.get(StatementRow, expected.statement_id)
        if row is None:
            raise RecordConflict(msg("明細書 {no} はその後ほかの操作で削除されています。",
                                     "Statement {no} has been deleted by another action since.",
                                     no=expected.statement_no))
        if row.status is not StatementStatus.DRAFT:
            raise InputError(msg("明細書 {no} はその後承認されたため、元に戻せません（誤りは訂正明細書で直します）。",
                                 "Statement {no} has been approved since, so it cannot be taken back "
                                 "(a correction statement fixes it).", no=expected.statement_no))
    raise changed_since(_kind())


def make_draft(db: Database, programme_id: int, talent_id: int, expected: DraftState, make: Make) -> MadeDraft:
    """Do or redo the step: `make` the draft, only if the talent's open draft is still `expected`."""
    with db.session() as session:
        lock_payee(session, talent_id)
        _check(session, programme_id, talent_id, expected)
        links = _links(session, programme_id, talent_id)
        make(session)
        session.flush()
        session.expire_all()  # read back as stored (JSON columns), as the undo's check will read it
        return MadeDraft(draft_state_in(session, programme_id, talent_id), links)


def take_back_draft(db: Database, programme_id: int, talent_id: int, made: MadeDraft, before: DraftState,
                    who: str) -> DraftState:
    """Undo the step that left `made`: back to `before` (no open draft, or the draft's earlier figures)."""
    draft_id = made.state.statement_id
    assert draft_id is not None  # a step always leaves a draft
    with db.session() as session:
        lock_payee(session, talent_id)
        _check(session, programme_id, talent_id, made.state)
        row = session.get(StatementRow, draft_id)
        assert row is not None
        if before.statement_id is None and not release_statement_no(session, programme_id, row.statement_no):
            raise InputError(msg("明細書 {no} の後に別の明細書の番号が付けられたため、削除すると番号に欠番ができます。"
                                 "下書きのまま残しました。",
                                 "A later statement number has been taken since {no}; deleting it would leave a "
                                 "gap in the numbering, so the draft was kept.", no=row.statement_no))
        for key, record in _paid_records(session, draft_id).items():
            record.statement_id = made.links_before.get(key)
        if before.statement_id is None:
            for name, value in columns(row).items():
                if name not in FIGURES_JSON and value not in (None, ""):
                    audit(session, who, row.__tablename__, row.id, name, value, None)
            session.delete(row)
        else:
            set_audited(session, who, row, {k: v for k, v in before.row.items() if k not in FIGURES_JSON})
            if any(getattr(row, name) != before.row[name] for name in FIGURES_JSON):
                for name in FIGURES_JSON:
                    setattr(row, name, before.row[name])
                audit(session, who, row.__tablename__, row.id, "lines", None,
                      msg("再計算を元に戻す", "recomputation undone"))
        session.flush()
        session.expire_all()
        return draft_state_in(session, programme_id, talent_id)
