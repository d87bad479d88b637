"""Serialising payment changes across app instances: the payee lock and statement numbers.

Every change to a payee's records, draft or statement first locks the payee's talent row in the same
transaction, so that "is the statement approved?", "were the records changed since the draft?" and the
write cannot interleave with the same change in another app instance (or thread):
* PostgreSQL: a transaction-level advisory lock keyed by the table and the talent's id. It blocks the other lockers until
  commit and, unlike a row lock (SELECT … FOR UPDATE needs UPDATE rights on the talent), needs no right to
  change the talent, so an accountant's login locks payees it may only read (domain/team.py).
* SQLite locks the whole file, so the lock is a no-op UPDATE, which must be the FIRST statement of the
  transaction: it takes the write lock before anything is read, so the reads that follow see the latest
  commit and nobody else writes until this transaction ends. (In WAL mode a transaction that read first
  keeps its snapshot and fails at its first write if someone committed meanwhile.) A writer waits up to
  the driver's busy timeout; running out of it is refused with a "try again" message.
Statement numbers: one series per fiscal year (the prefix) for the whole database, the demo apart.
A number must tell a statement apart wherever the payer's statements meet: the statement PDFs' file names
(`NO_PAYEE.pdf`) and the print centre's, the 全銀 file's 顧客コード (the number's digits) with which the payer
matches the bank's results across its runs, the payments workbook, the 支払調書 and monthly withholding lists
that gather every programme of the payer (tax_scope). So two programmes of one fiscal year (北見 and 桑名 tracks
of one secretariat) share the series: 2027-0001, 2027-0002 … whichever programme takes the next.
Why the database and not the payer: who the payer is follows its name or registration number (tax_scope), which
may be edited after numbers were issued, and two payers' series would then meet; a database-wide series stays
unique whatever the payers become. A database serves one secretariat, so its series is the payer's and has no
gaps; demo programmes count apart (their invented statements never mix with real ones).
The counter rows stay per programme and prefix (no schema change, existing numbers untouched): the series' next
number is the highest of its programmes' counters, and taking one sets the taking programme's counter past it.
Numbers issued before this rule (two programmes both at 2027-0001) stay as they were; the series continues
after the highest of them.
"""

from __future__ import annotations

import zlib
from typing import Any

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import InstrumentedAttribute, Session

from colead_desktop.db import models
from colead_desktop.db.payment_models import StatementCounterRow, StatementRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.payment_rows import talent_row


def _advisory_key(table: Any) -> int:
    """The advisory locks' first key: one per table, so a talent's lock and a programme's never meet."""
    return zlib.crc32(table.__tablename__.encode()) & 0x7FFFFFFF


def _lock(session: Session, touched: InstrumentedAttribute[Any], where: ColumnElement[bool]) -> None:
    """Lock the rows of `touched`'s table matching `where` (see the module docstring); `touched` is a
    column that is not a key, so rewriting it with its own value checks no foreign keys."""
    table = touched.class_
    try:
        if session.get_bind().dialect.name == "sqlite":
            session.execute(update(table).where(where).values({touched: touched})
                            .execution_options(synchronize_session=False))
        else:
            session.execute(select(func.pg_advisory_xact_lock(_advisory_key(table), table.id)).where(where).order_by(table.id))
    except OperationalError as exc:
        if "database is locked" not in str(exc):
            raise
        raise InputError(msg("他の画面または端末がデータを更新中です。しばらくしてからもう一度お試しください",
                             "Another window or computer is updating the data; try again in a moment")) from exc


def lock_payee(session: Session, talent_id: int) -> models.Talent:
    """Lock a payee (their talent row) for a change of their payment data; InputError if there is none."""
    _lock(session, models.Talent.data_note, models.Talent.id == talent_id)
    return talent_row(session, talent_id)


def lock_payee_of(session: Session, model: type[Any], row_id: int) -> Any:
    """Lock the payee of a record or statement (`model` has talent_id) and return the row, None if missing.
    The payee is found inside the locking statement, so on SQLite it is still the transaction's first."""
    owner = select(model.talent_id).where(model.id == row_id).scalar_subquery()
    _lock(session, models.Talent.data_note, models.Talent.id == owner)
    return session.get(model, row_id)


def lock_statement(session: Session, statement_id: int) -> StatementRow:
    """Lock a statement's payee and return the statement; InputError naming the id if there is none."""
    lock_payee_of(session, StatementRow, statement_id)
    return row_by_id(session, StatementRow, statement_id)


def lock_statement_payees(session: Session, where: ColumnElement[bool]) -> None:
    """Lock, in one statement, the payees of every statement matching `where` (a payment run's): a run
    changes many statements at once, and must not interleave with an approval, a payee's new account or
    another run over the same statements."""
    owners = select(StatementRow.talent_id).where(where)
    _lock(session, models.Talent.data_note, models.Talent.id.in_(owners))


def _series_next(session: Session, programme_id: int, prefix: str) -> int:
    """The next number of `prefix`'s series, under the lock of every programme of the series (see the module
    docstring), so that no other programme takes a number meanwhile."""
    demo = select(models.Programme.is_demo).where(models.Programme.id == programme_id).scalar_subquery()
    _lock(session, models.Programme.name, models.Programme.is_demo == demo)
    series = select(models.Programme.id).where(models.Programme.is_demo == demo)
    highest = session.scalar(select(func.max(StatementCounterRow.next_no)).where(
        StatementCounterRow.prefix == prefix, StatementCounterRow.programme_id.in_(series)))
    return highest or 1


def next_statement_no(session: Session, programme_id: int, prefix: str) -> str:
    """The series' next `PREFIX-NNNN`, taken by the programme. The series' lock makes taking a number atomic
    with inserting the statement; numbers are unique in the series and follow each other without gaps."""
    next_no = _series_next(session, programme_id, prefix)
    counter = session.get(StatementCounterRow, (programme_id, prefix))
    if counter is None:
        counter = StatementCounterRow(programme_id=programme_id, prefix=prefix)
        session.add(counter)
    counter.next_no = next_no + 1
    return f"{prefix}-{next_no:04d}"


def release_statement_no(session: Session, programme_id: int, number: str) -> bool:
    """Give `number` back to the series if it is the last one taken, by this programme (an undone draft's), so the
    next statement takes it again and the numbering stays without gaps; False, nothing changed, otherwise."""
    prefix = number.rpartition("-")[0]
    next_no = _series_next(session, programme_id, prefix)
    counter = session.get(StatementCounterRow, (programme_id, prefix))
    if counter is None or counter.next_no != next_no or f"{prefix}-{next_no - 1:04d}" != number:
        return False
    counter.next_no -= 1
    return True
