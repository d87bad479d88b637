"""支払処理 (payment runs) on the database: create a run with its 全銀 file, make the file again, mark paid.

* Creating a run takes the approved statements that are in no run yet, leaves out those that cannot be
  transferred (each with its reason), writes the 全銀 file and moves the statements to in_run with the
  run's transfer date, in one transaction under the payees' locks. Two people creating runs over the
  same statements at once: the second waits for the first and then finds them already in a run.
* The file and the database must never disagree: see run_file.write_and_record for the order.
* 再作成 writes the run's file again from what the run recorded (the payee snapshots, the amounts, the
  date), so it is the same payment; every file made is kept as a payment_run_file row. It runs in
  services/run_file.py, without SQLAlchemy, so that `colead export zengin` can run it through plain sqlite3.
* 支払済 takes the date the bank confirmed, for the whole run or single statements; 返金受領 settles a reclaim
  on the day its refund arrived; 確定（振込なし） settles statements of ¥0 (one, or those chosen of a payee), which no
  run can take.
* 取消 withdraws a run none of whose statements is paid: they go back to approved (waiting for a run), the
  run stays in the history as withdrawn with who and when, and its file is not made again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session, defer, load_only

from colead_desktop.db import models
from colead_desktop.db.engine import Database, session_rows
from colead_desktop.db.payment_models import PaymentRunFileRow, PaymentRunRow, StatementRow
from colead_desktop.db.run_file_sql import add_file, forget_file, run_row
from colead_desktop.domain import statements as wf
from colead_desktop.domain.clock import stored_now, tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payment_runs import (LeftOut, RunPlan, RunStatus, RunTransfer, check_not_withdrawn,
                                                plan_run, run_label, run_transfers, withdrawal_refusal)
from colead_desktop.domain.statements import Statement
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.zengin import build_file
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.payment_audit import audit, set_audited
from colead_desktop.services.payment_guard import lock_statement_payees
from colead_desktop.services.payment_statements import statement_in
from colead_desktop.services.run_file import file_again, originator, run_transfers_recorded, write_and_record


@dataclass(frozen=True)
class RunOutcome:
    run_id: int
    number: int  # the run's number in its programme (run_numbers)
    statements: tuple[str, ...]
    left_out: tuple[LeftOut, ...]
    total_yen: int
    warnings: tuple[str, ...]
    path: Path
    transfers: tuple[RunTransfer, ...]  # the file's data records and the statements each pays

    @property
    def joined(self) -> tuple[tuple[str, str], ...]:
        """(number, whose transfer it joined) of the statements that are no transfer of their own, by number."""
        return tuple(sorted((no, t.statement_nos[0]) for t in self.transfers for no in t.statement_nos[1:]))


@dataclass(frozen=True)
class RunSummary:
    run_id: int
    number: int  # the run's number in its programme (run_numbers), what the user sees
    transfer_date: date
    transfers: tuple[RunTransfer, ...]  # the file's data records and the statements each pays
    total_yen: int
    file_sha256: str
    file_name: str
    created_by: str
    created_at: datetime
    status: RunStatus
    files: int  # how many files were made (1 + 再作成)
    withdrawn_by: str = ""
    withdrawn_at: datetime | None = None

    @property
    def count(self) -> int:
        """The statements the run pays (more than its transfers where a transfer pays several)."""
        return sum(len(t.statement_nos) for t in self.transfers)


@dataclass(frozen=True)
class RunFile:
    sha256: str
    file_name: str
    created_at: datetime
    created_by: str
    regenerated: bool


# ---------------------------------------------------------------- reading

WAITING = and_(StatementRow.status == StatementStatus.APPROVED, StatementRow.run_id.is_(None))


def _statements(session: Session, rows: Sequence[StatementRow]) -> list[Statement]:
    """The domain statements of `rows`, their talents read in one query first: held here, they stay in the
    session's identity map, where statement_in finds them without a query per statement."""
    talents = session.scalars(select(models.Talent).options(load_only(models.Talent.name))  # all a statement reads
                              .where(models.Talent.id.in_({r.talent_id for r in rows}))).all()
    statements = [statement_in(session, r) for r in rows]
    del talents
    return statements


def _waiting(session: Session, programme_id: int) -> dict[str, tuple[StatementRow, Statement]]:
    rows = session.scalars(select(StatementRow).where(WAITING, StatementRow.programme_id == programme_id)
                           .order_by(StatementRow.statement_no)).all()
    return {r.statement_no: (r, st) for r, st in zip(rows, _statements(session, rows), strict=True)}


def waiting_statements(db: Database, programme_id: int) -> list[Statement]:
    """The programme's approved statements in no run yet, for the run dialog's list."""
    with db.session() as session:
        return [st for _row, st in _waiting(session, programme_id).values()]


def preview_run(db: Database, programme_id: int, transfer_date: date, exclude: Sequence[str] = (),
                today: date | None = None) -> RunPlan:
    """What creating the run would do: the statements, those left out with the reasons, the warnings."""
    with db.session() as session:
        waiting = _waiting(session, programme_id)
        return plan_run([st for _row, st in waiting.values()], transfer_date, today or tokyo_today(), exclude)


def _run_rows(session: Session, run_id: int) -> list[StatementRow]:
    # rates_used repeats the result's rates (kept for the policy's queries): not decoded a thousand times here
    return list(session.scalars(select(StatementRow).options(defer(StatementRow.rates_used))
                                .where(StatementRow.run_id == run_id).order_by(StatementRow.statement_no)))


def _run_count(session: Session, programme_id: int, up_to: int | None = None) -> int:
    """How many runs the programme has (with ids up to `up_to`)."""
    where = PaymentRunRow.programme_id == programme_id
    if up_to is not None:
        where &= PaymentRunRow.id <= up_to
    return session.scalar(select(func.count()).select_from(PaymentRunRow).where(where)) or 0


def _label(session: Session, run: PaymentRunRow) -> str:
    """The run as a message names it: its number, and its id where the two differ (counted as `colead export zengin`
    counts it, db/run_file_sql.py)."""
    recorded = run_row(session_rows(session), run.id)
    assert recorded is not None  # `run` is a row of this session
    return run_label(recorded.number, run.id)


def next_run_number(db: Database, programme_id: int) -> int:
    """The number the programme's next run will have (for the name offered for its file)."""
    with db.session() as session:
        return _run_count(session, programme_id) + 1


def list_runs(db: Database, programme_id: int) -> list[RunSummary]:
    """The programme's runs, newest first, with their transfers (the file's data records, each with the statements
    it pays), total and latest file.

    Each run is numbered 1, 2, 3… in its programme by creation: its id comes from a database sequence, which a
    stopped PostgreSQL server or a run undone when its file could not be saved leaves with gaps (2 → 34), and users
    looked for the runs in between. A run is deleted only when its file could not be saved, at once, so a number
    once shown stays."""
    with db.session() as session:
        counts = {run_id: n for run_id, n in session.execute(
            select(PaymentRunFileRow.run_id, func.count()).group_by(PaymentRunFileRow.run_id))}
        out = []
        rows = session.scalars(select(PaymentRunRow).where(PaymentRunRow.programme_id == programme_id)
                               .order_by(PaymentRunRow.id.desc())).all()
        for number, run in zip(range(len(rows), 0, -1), rows, strict=True):
            transfers = tuple(run_transfers_recorded(session_rows(session), run.id))
            out.append(RunSummary(run.id, number, run.transfer_date, transfers, sum(t.amount_yen for t in transfers),
                                  run.file_sha256, run.file_name, run.created_by, run.created_at, run.status,
                                  counts.get(run.id, 0), run.withdrawn_by, run.withdrawn_at))
        return out


def run_statements(db: Database, run_id: int) -> list[Statement]:
    with db.session() as session:
        row_by_id(session, PaymentRunRow, run_id)
        return _statements(session, _run_rows(session, run_id))


def run_files(db: Database, run_id: int) -> list[RunFile]:
    with db.session() as session:
        row_by_id(session, PaymentRunRow, run_id)
        return [RunFile(f.sha256, f.file_name, f.created_at, f.created_by, f.regenerated) for f in session.scalars(
            select(PaymentRunFileRow).where(PaymentRunFileRow.run_id == run_id).order_by(PaymentRunFileRow.id))]


# ---------------------------------------------------------------- the file and the database together

@contextmanager
def _locked(db: Database, lock: ColumnElement[bool]) -> Iterator[Session]:
    """A write transaction holding the locks of the payees of the statements `lock` selects."""
    with db.session(immediate=True) as session:
        lock_statement_payees(session, lock)
        yield session


def _back_to_approved(session: Session, who: str, row: StatementRow, transfer_date: date) -> None:
    """A run's statement out of it, approved and waiting again: a transfer of its own (with its own fee, if the
    payee bears one) the next run may join to another again."""
    own = replace(statement_in(session, row), joins_transfer_of="")
    set_audited(session, who, row, {"status": StatementStatus.APPROVED, "run_id": None, "transfer_date": transfer_date,
                                    "joins_transfer_of": "", "transfer_yen": own.transfer_yen})


# ---------------------------------------------------------------- creating a run

def create_run(db: Database, programme_id: int, transfer_date: date, target: Path, who: str,
               exclude: Sequence[str] = (), today: date | None = None) -> RunOutcome:
    """支払処理を作成: the 全銀 file of the approved statements in no run yet (less `exclude` and those that
    cannot be transferred), and those statements moved to in_run with the run's date, all or nothing."""
    target = Path(target)
    outcome: dict[str, Any] = {}
    previous_dates: dict[int, date] = {}

    def record(session: Session) -> tuple[bytes, int]:
        waiting = _waiting(session, programme_id)
        plan = plan_run([st for _row, st in waiting.values()], transfer_date, today or tokyo_today(), exclude)
        data = build_file(originator(session_rows(session), programme_id), run_transfers(plan.included),
                          plan.transfer_date)
        run = PaymentRunRow(programme_id=programme_id, transfer_date=plan.transfer_date, created_at=stored_now(),
                            created_by=who, file_sha256="", file_name="", status=RunStatus.CREATED)
        session.add(run)
        session.flush()
        for st in plan.included:
            row = waiting[st.statement_no][0]
            moved = wf.put_in_run(st, plan.transfer_date)
            previous_dates[row.id] = row.transfer_date
            set_audited(session, who, row, {"status": moved.status, "transfer_date": moved.transfer_date,
                                            "run_id": run.id, "joins_transfer_of": moved.joins_transfer_of,
                                            "transfer_yen": moved.transfer_yen})
        session.flush()  # the statements' changes and their audit entries before the file's (SQL text)
        add_file(session_rows(session), run.id, (run.file_sha256, run.file_name), hashlib.sha256(data).hexdigest(),
                 target.name, who, regenerated=False)
        outcome.update(plan=plan, number=_run_count(session, programme_id, run.id))
        return data, run.id

    def undo(run_id: int) -> None:
        with db.session() as session:
            for row in _run_rows(session, run_id):
                _back_to_approved(session, who, row, previous_dates.get(row.id, row.transfer_date))
            for file_row in session.scalars(select(PaymentRunFileRow).where(PaymentRunFileRow.run_id == run_id)):
                session.delete(file_row)
            audit(session, who, PaymentRunRow.__tablename__, run_id, "status", RunStatus.CREATED.value,
                  msg("取消（ファイルを保存できませんでした）", "withdrawn (the file could not be saved)"))
            session.flush()
            session.delete(row_by_id(session, PaymentRunRow, run_id))

    run_id = write_and_record(target, lambda: _locked(db, WAITING), record, undo)
    plan: RunPlan = outcome["plan"]
    return RunOutcome(run_id, outcome["number"], tuple(st.statement_no for st in plan.included), plan.left_out, plan.total_yen,
                      plan.warnings, target, tuple(plan.transfers()))


def regenerate_run_file(db: Database, run_id: int, target: Path, who: str) -> Path:
    """再作成: the run's 全銀 file again, from what the run recorded (services/run_file.py, the same as `colead export
    zengin` runs without SQLAlchemy); refused for a withdrawn run, and once any of it is paid."""
    target = Path(target)

    def undo(file_id: int) -> None:
        with db.session() as session:
            forget_file(session_rows(session), file_id)

    write_and_record(target, lambda: _locked(db, StatementRow.run_id == run_id),
                     lambda session: file_again(session_rows(session), run_id, target, who), undo)
    return target


# ---------------------------------------------------------------- paid

def mark_paid(db: Database, programme_id: int, who: str, on: date, run_id: int | None = None,
              statement_nos: Sequence[str] = (), today: date | None = None) -> list[str]:
    """支払済: the whole run, or the given statements, on the date the bank confirmed; returns the numbers.
    A run whose statements are all paid becomes paid too."""
    if (run_id is None) == (not statement_nos):
        raise InputError(msg("支払処理の番号か明細書番号のどちらかを指定してください",
                             "Give either a payment run or statement numbers"))
    where = StatementRow.programme_id == programme_id  # statement numbers are unique within a programme
    where &= (StatementRow.run_id == run_id) if run_id is not None else StatementRow.statement_no.in_(statement_nos)
    with db.session(immediate=True) as session:
        lock_statement_payees(session, where)
        if run_id is not None:
            run = row_by_id(session, PaymentRunRow, run_id)
            _check_programme(run, programme_id)
            check_not_withdrawn(_label(session, run), run.status)
        rows = list(session.scalars(select(StatementRow).where(where).order_by(StatementRow.statement_no)))
        missing = sorted(set(statement_nos) - {r.statement_no for r in rows})
        if missing:
            raise InputError(msg("明細書 {nos} が見つかりません", "Statement(s) {nos} not found", nos="、".join(missing)))
        if run_id is not None:  # the run's paid statements stay as they were
            rows = [r for r in rows if r.status is not StatementStatus.PAID]
        else:  # the bank confirms a transfer whole: the statements sharing it are paid with the ones named
            rows = _with_transfer_partners(session, rows)
        for row in rows:
            paid = wf.mark_paid(statement_in(session, row), on, today)
            set_audited(session, who, row, {"status": paid.status,
                                            "paid_at": datetime.combine(on, datetime.min.time())})
        session.flush()
        for touched in {r.run_id for r in rows if r.run_id is not None}:
            if all(r.status is StatementStatus.PAID for r in _run_rows(session, touched)):
                set_audited(session, who, row_by_id(session, PaymentRunRow, touched), {"status": RunStatus.PAID})
        return [r.statement_no for r in rows]


def _with_transfer_partners(session: Session, rows: Sequence[StatementRow]) -> list[StatementRow]:
    """`rows` and the unpaid statements that share a transfer with any of them (same run, same transfer)."""
    def transfer(row: StatementRow) -> tuple[int | None, str]:
        return row.run_id, row.joins_transfer_of or row.statement_no

    transfers = {transfer(r) for r in rows if r.run_id is not None}
    chosen = {r.id: r for r in rows}
    for other in session.scalars(select(StatementRow).where(StatementRow.run_id.in_({run for run, _no in transfers}),
                                                            StatementRow.status != StatementStatus.PAID)):
        if transfer(other) in transfers:
            chosen.setdefault(other.id, other)
    return sorted(chosen.values(), key=lambda r: r.statement_no)


def _check_programme(run: PaymentRunRow, programme_id: int) -> None:
    """Refuses a run of another programme: the programme filter would find none of its statements and pay or
    withdraw nothing, silently."""
    if run.programme_id != programme_id:
        raise InputError(msg("支払処理 {id} はこのプログラムのものではありません",
                             "Payment run {id} belongs to another programme", id=run.id))


def mark_refunded(db: Database, programme_id: int, who: str, statement_no: str, on: date,
                  today: date | None = None) -> str:
    """返金受領: the reclaim `statement_no` settled on `on`, the day its refund arrived (audited)."""
    [settled] = _settle(db, programme_id, who, [statement_no], lambda st: wf.mark_refunded(st, on, today))
    return settled


def settle_without_transfer(db: Database, programme_id: int, who: str, statement_no: str, on: date,
                            today: date | None = None) -> str:
    """確定（振込なし）: the approved ¥0 statement `statement_no` settled on `on` with no transfer (audited)."""
    [settled] = settle_all_without_transfer(db, programme_id, who, [statement_no], on, today)
    return settled


def settle_all_without_transfer(db: Database, programme_id: int, who: str, statement_nos: Sequence[str], on: date,
                                today: date | None = None) -> list[str]:
    """確定（振込なし） of several approved ¥0 statements (a payee's, chosen on the payments page) on `on`: all or
    none, each audited; their numbers."""
    return _settle(db, programme_id, who, statement_nos, lambda st: wf.settle_nothing_to_transfer(st, on, today))


def unsettled_without_transfer(db: Database, programme_id: int, talent_id: int) -> list[Statement]:
    """The talent's statements 確定（振込なし） may settle (domain.statements.settles_without_transfer), by number."""
    with db.session() as session:
        rows = session.scalars(select(StatementRow).where(
            WAITING, StatementRow.programme_id == programme_id, StatementRow.talent_id == talent_id,
            StatementRow.transfer_yen == 0).order_by(StatementRow.statement_no)).all()
        return [st for st in _statements(session, rows) if wf.settles_without_transfer(st)]


def _settle(db: Database, programme_id: int, who: str, statement_nos: Sequence[str],
            rule: Callable[[Statement], Statement]) -> list[str]:
    """The approved statements `statement_nos` settled by `rule` (a domain transition to paid), under their payees'
    locks, in one transaction; their numbers."""
    if not statement_nos:
        raise InputError(msg("確定する明細書を選んでください", "Choose the statements to settle"))
    where = (StatementRow.programme_id == programme_id) & StatementRow.statement_no.in_(statement_nos)
    with db.session(immediate=True) as session:
        lock_statement_payees(session, where)
        rows = {r.statement_no: r for r in session.scalars(select(StatementRow).where(where))}
        missing = sorted(set(statement_nos) - set(rows))
        if missing:
            raise InputError(msg("明細書 {nos} が見つかりません", "Statement(s) {nos} not found", nos="、".join(missing)))
        for no in sorted(rows):
            settled = rule(statement_in(session, rows[no]))
            assert settled.paid_on is not None
            set_audited(session, who, rows[no], {"status": settled.status,
                                                 "paid_at": datetime.combine(settled.paid_on, datetime.min.time())})
        return sorted(rows)


def withdraw_run(db: Database, programme_id: int, run_id: int, who: str) -> list[str]:
    """取消: the unpaid run `run_id` withdrawn before its file was sent; its statements go back to approved and
    wait for the next run. Returns their numbers."""
    with db.session(immediate=True) as session:
        lock_statement_payees(session, StatementRow.run_id == run_id)
        run = row_by_id(session, PaymentRunRow, run_id)
        _check_programme(run, programme_id)
        rows = _run_rows(session, run_id)
        refusal = withdrawal_refusal(_label(session, run), run.status,
                                     [r.statement_no for r in rows if r.status is StatementStatus.PAID])
        if refusal:
            raise InputError(refusal)
        for row in rows:
            _back_to_approved(session, who, row, row.transfer_date)
        set_audited(session, who, run, {"status": RunStatus.WITHDRAWN, "withdrawn_by": who, "withdrawn_at": stored_now()})
        return [r.statement_no for r in rows]
