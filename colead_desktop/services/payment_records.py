"""A talent's payment records: tour attendance days, the work-day log and expense claims with receipts.

Each record can be added, edited and deleted; every change writes audit entries (old and new value per
field) in the same transaction. A record paid by an approved (or later) statement cannot change
(InputError naming the statement): a correction starts with an adjusting statement, which takes the
statement's records over. New records can always be added: the next statement pays them.
Every change first takes the payee lock (payment_guard), so an edit racing an approval in another app
instance either lands first (and the approval is refused as stale) or is refused as approved.
Receipts are stored in the database (services/attachments.py, payments area): the same file once, and every
laptop of a team opens the same bytes.
In the window an add, an edit of a record's fields and a delete are undo steps: `replace_fields` and
`delete_record(expected=...)` write only over the record as the step left it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import ExpenseRow, ReceiptRow, StatementRow, TourDayRow, WorkDayRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.record_days import (kind_label as kind_label, refuse_second_day, repeated_day_warning,
                                                repeated_days)
from colead_desktop.domain.payments import ExpenseCategory
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.validation import check_date, date_problem, printable_problem, refuse_all, yen_problem
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.payment_audit import audit_created, set_audited
from colead_desktop.services.receipts import Receipt, ReceiptItem, attach, detach, link, receipts_of, store_file
from colead_desktop.services.record_removal import Removal, put_back, remove
from colead_desktop.domain.contracts import uncovered_warning
from colead_desktop.services.contracts import uncovered_work_days
from colead_desktop.services.record_restore import RecordConflict, changed_since, deleted_since
from colead_desktop.services.payment_guard import lock_payee, lock_payee_of
from colead_desktop.services.payment_rows import check_record_editable, paying_participation
from colead_desktop.services.payment_tour_days import attended_tour_days, moved_tour_day_event

ACTIVITIES = ("tour", "support", "meeting", "report")
ACTIVITY_LABELS = {"tour": ("ツアー", "Tour"), "support": ("企業支援", "Support"),
                   "meeting": ("打合せ", "Meeting"), "report": ("報告", "Report")}


def activity_label(value: str) -> str:
    ja, en = ACTIVITY_LABELS[value]
    return msg(ja, en)


@dataclass(frozen=True)
class TourDayItem:
    id: int
    day: date
    event_id: int | None
    note: str
    statement_id: int | None  # the statement paying it; None until one is computed


@dataclass(frozen=True)
class WorkDayItem:
    id: int
    day: date
    activity: str
    company_id: int | None
    note: str
    approved_by: str
    statement_id: int | None
    warning: str = ""  # work for an SME no signed NDA covers (domain/contracts.py); a date recorded twice


@dataclass(frozen=True)
class ExpenseItem:
    id: int
    day: date
    category: str
    amount_yen: int
    paid_directly: bool
    description: str
    receipts: tuple[ReceiptItem, ...]
    statement_id: int | None


def ensure_editable(db: Database, kind: str, row_id: int) -> None:
    """Raise InputError (naming the statement) if the record is paid by an approved statement; the GUI asks
    before opening an editor, so nobody fills in a dialog only to be refused."""
    with db.session() as session:
        check_record_editable(session, row_by_id(session, RECORD_TYPES[kind], row_id))


def _record(session: Session, model: type[Any], row_id: int) -> Any:
    """The record to change, with its payee locked; InputError if it is missing or an approved statement pays it."""
    lock_payee_of(session, model, row_id)
    row = row_by_id(session, model, row_id)
    check_record_editable(session, row)
    return row


def _checked_day(day: date) -> date:
    return check_date(day, msg("日付", "Date"))


# ---------------------------------------------------------------- tour days

def check_tour_day_free(session: Session, talent_id: int, day: date, row_id: int | None = None) -> None:
    """One tour day per person and date, whichever programme paid it (nobody attends two tours at once)."""
    refuse_second_day(day, session.scalars(select(TourDayRow.day).where(
        TourDayRow.talent_id == talent_id, TourDayRow.day == day, TourDayRow.id != (row_id or 0))),
        kind_label("tour_day"))


def check_work_day_free(session: Session, programme_id: int, talent_id: int, day: date,
                        row_id: int | None = None) -> None:
    """One work day per person, programme and date (domain/record_days.py)."""
    refuse_second_day(day, session.scalars(select(WorkDayRow.day).where(
        WorkDayRow.programme_id == programme_id, WorkDayRow.talent_id == talent_id, WorkDayRow.day == day,
        WorkDayRow.id != (row_id or 0))), kind_label("work_day"))


def _check_moved_work_day(session: Session, row: WorkDayRow, day: date) -> None:
    """An edit moving a work day to a date: refused when taken. One left on its date passes, so either of two work
    days stored on one date before the rule can still be corrected (or deleted)."""
    if day != row.day:
        check_work_day_free(session, row.programme_id, row.talent_id, day, row.id)


def _start_change(session: Session, programme_id: int, talent_id: int) -> models.Talent:
    """Lock the payee, then refuse unless they take part in the programme. A new record is paid by the
    person's draft when it is recomputed, or else by their next statement."""
    talent = lock_payee(session, talent_id)
    paying_participation(session, programme_id, talent_id)
    return talent


def tour_days(db: Database, programme_id: int, talent_id: int) -> list[TourDayItem]:
    with db.session() as session:
        return [TourDayItem(r.id, r.day, r.event_id, r.note, r.statement_id) for r in session.scalars(
            select(TourDayRow).where(TourDayRow.talent_id == talent_id, TourDayRow.programme_id == programme_id)
            .order_by(TourDayRow.day))]


# Notes, descriptions and approvers are typed in the app and kept as typed, only trimmed (NFKC is for text from
# outside): a note's 「（第2回）」 stays full-width.
def add_tour_day(db: Database, programme_id: int, talent_id: int, day: date, who: str, note: str = "",
                 event_id: int | None = None) -> int:
    with db.session() as session:
        _start_change(session, programme_id, talent_id)
        check_tour_day_free(session, talent_id, day)
        row = TourDayRow(talent_id=talent_id, programme_id=programme_id,
                         day=_checked_day(day), note=note.strip(), event_id=event_id)
        session.add(row)
        audit_created(session, who, row)
        return row.id


def tour_day_values(session: Session, row: TourDayRow, day: date, note: str) -> dict[str, Any]:
    """The tour day's columns for an edit of `row` in place, whether from the window's dialog or `colead payments
    adjust` moving it to another date (payment_corrections.py): moved, it becomes a day of the tour of its new date,
    or is refused (domain/tour_day_events.py)."""
    check_tour_day_free(session, row.talent_id, day, row.id)
    day = _checked_day(day)
    event_id = row.event_id if day == row.day else moved_tour_day_event(session, row.programme_id, row.talent_id,
                                                                         row.event_id, day)
    return {"day": day, "note": note.strip(), "event_id": event_id}


def update_tour_day(db: Database, row_id: int, who: str, day: date, note: str) -> None:
    with db.session() as session:
        row = _record(session, TourDayRow, row_id)
        set_audited(session, who, row, tour_day_values(session, row, day, note))


def fill_tour_days_from_tours(db: Database, programme_id: int, talent_id: int, who: str) -> list[int]:
    """Add the days the talent attended a tour (or tour event) of the programme that are not recorded yet;
    the ids of the tour days added."""
    with db.session() as session:
        talent = _start_change(session, programme_id, talent_id)
        have = set(session.scalars(select(TourDayRow.day).where(TourDayRow.talent_id == talent_id)))
        added = []
        for attended in attended_tour_days(session, programme_id, talent):
            if attended.day not in have:
                row = TourDayRow(talent_id=talent_id, programme_id=programme_id,
                                 day=attended.day, event_id=attended.event_id,
                                 note=attended.source)
                session.add(row)
                audit_created(session, who, row)
                added.append(row.id)
        return added


# ---------------------------------------------------------------- work days

def _work_day_columns(session: Session, day: date, activity: str, note: str, company_id: int | None,
                      approved_by: str) -> dict[str, Any]:
    if activity not in ACTIVITIES:
        raise InputError(msg("活動は {a} のいずれかです", "The activity must be one of {a}", a=", ".join(ACTIVITIES)))
    if company_id is not None:
        row_by_id(session, models.Company, company_id)  # raises when the company is not there
    return {"day": _checked_day(day), "activity": activity, "note": note.strip(), "company_id": company_id,
            "approved_by": approved_by.strip()}


def add_work_day(db: Database, programme_id: int, talent_id: int, day: date, activity: str, who: str,
                 note: str = "", company_id: int | None = None, approved_by: str = "") -> int:
    with db.session() as session:
        _start_change(session, programme_id, talent_id)
        check_work_day_free(session, programme_id, talent_id, day)
        row = WorkDayRow(talent_id=talent_id, programme_id=programme_id,
                         **_work_day_columns(session, day, activity, note, company_id, approved_by))
        session.add(row)
        audit_created(session, who, row)
        return row.id


def work_day_values(session: Session, row: WorkDayRow, day: date, activity: str, note: str,
                    company_id: int | None, approved_by: str) -> dict[str, Any]:
    """The work day's columns for an edit of `row` in place, whether from the window's dialog or `colead payments
    adjust` giving it another date or activity (payment_corrections.py)."""
    _check_moved_work_day(session, row, day)
    return _work_day_columns(session, day, activity, note, company_id, approved_by)


def update_work_day(db: Database, row_id: int, who: str, day: date, activity: str, note: str = "",
                    company_id: int | None = None, approved_by: str = "") -> None:
    with db.session() as session:
        row = _record(session, WorkDayRow, row_id)
        set_audited(session, who, row, work_day_values(session, row, day, activity, note, company_id, approved_by))


def work_days(db: Database, programme_id: int, talent_id: int) -> list[WorkDayItem]:
    with db.session() as session:
        uncovered = {work.id: uncovered_warning(work)
                     for work in uncovered_work_days(session, programme_id, talent_id)}
        rows = list(session.scalars(select(WorkDayRow).where(
            WorkDayRow.talent_id == talent_id, WorkDayRow.programme_id == programme_id)
            .order_by(WorkDayRow.day, WorkDayRow.id)))
        repeated = set(repeated_days(r.day for r in rows))  # stored before one work day per date was the rule
        return [WorkDayItem(r.id, r.day, r.activity, r.company_id, r.note, r.approved_by, r.statement_id,
                            " ".join(text for text in (uncovered.get(r.id, ""), repeated_day_warning(
                                r.day, kind_label("work_day")) if r.day in repeated else "") if text))
                for r in rows]


# ---------------------------------------------------------------- expenses and receipts

def expense_values(day: date, category: str, amount_yen: int, paid_directly: bool,
                    description: str) -> dict[str, Any]:
    """The expense's columns, or one InputError naming every field that is wrong, in the dialog's order. An edit
    sets them on the record in place, whether from the window's dialog or `colead payments adjust`
    (payment_corrections.py): its receipts, a table of their own, stay with it."""
    categories = [c.value for c in ExpenseCategory]
    description = description.strip()
    refuse_all([(msg("日付", "Date"), date_problem(day)),
                (msg("費目", "Category"), None if category in categories else msg(
                    "{c} のいずれかにしてください", "must be one of {c}", c=", ".join(categories))),
                (msg("金額", "Amount"), yen_problem(amount_yen)),
                (msg("内容", "Description"), printable_problem(description))])
    return {"day": day, "category": category, "amount_yen": amount_yen, "paid_directly": bool(paid_directly),
            "description": description}


def add_expense(db: Database, programme_id: int, talent_id: int, day: date, category: str, amount_yen: int,
                paid_directly: bool, who: str, description: str = "", receipts: Sequence[Path] = ()) -> int:
    values = expense_values(day, category, amount_yen, paid_directly, description)
    with db.session() as session:
        _start_change(session, programme_id, talent_id)
        row = ExpenseRow(talent_id=talent_id, programme_id=programme_id, **values)
        session.add(row)
        audit_created(session, who, row)
        attach(session, row.id, receipts, who)
        return row.id


def update_expense(db: Database, row_id: int, who: str, day: date, category: str, amount_yen: int,
                   paid_directly: bool, description: str = "", add_receipts: Sequence[Path] = (),
                   remove_receipts: Sequence[int] = ()) -> None:
    values = expense_values(day, category, amount_yen, paid_directly, description)
    with db.session() as session:
        row = _record(session, ExpenseRow, row_id)
        set_audited(session, who, row, values)
        detach(session, row_id, remove_receipts, who)
        attach(session, row_id, add_receipts, who)


def change_receipts(db: Database, expense_id: int, who: str, add: Sequence[Path] = (),
                    remove: Sequence[int] = ()) -> None:
    """Attach the files `add` to the expense and take the receipts `remove` off it, in one transaction, as
    an edit of the expense (refused once an approved statement pays it)."""
    with db.session() as session:
        _record(session, ExpenseRow, expense_id)
        detach(session, expense_id, remove, who)
        attach(session, expense_id, add, who)


def expenses(db: Database, programme_id: int, talent_id: int) -> list[ExpenseItem]:
    with db.session() as session:
        out = []
        for r in session.scalars(select(ExpenseRow).where(ExpenseRow.talent_id == talent_id,
                                                          ExpenseRow.programme_id == programme_id)
                                 .order_by(ExpenseRow.day, ExpenseRow.id)):
            out.append(ExpenseItem(r.id, r.day, r.category, r.amount_yen, r.paid_directly, r.description,
                                   receipts_of(session, r.id), r.statement_id))
        return out


# ---------------------------------------------------------------- undo steps

FIELDS: dict[str, tuple[str, ...]] = {
    "tour_day": ("day", "note"),
    "work_day": ("day", "activity", "note", "company_id", "approved_by"),
    "expense": ("day", "category", "amount_yen", "paid_directly", "description")}
"""The fields an edit dialog changes, by record kind (an expense's receipts are not among them)."""


RECEIPTS = "receipts"
"""An expense edit that adds or removes receipts moves them too: its state has this key besides FIELDS, the
receipts as sorted (sha256, file name, size) (the bytes stay stored: a receipt that comes back is its link
again)."""


def _fields_of(kind: str, row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in FIELDS[kind]}


def _receipts_of(session: Session, expense_id: int) -> tuple[Receipt, ...]:
    return tuple(sorted((sha256, name, size) for sha256, name, size in session.execute(
        select(ReceiptRow.sha256, ReceiptRow.file_name, ReceiptRow.size_bytes).where(ReceiptRow.expense_id == expense_id))))


def _set_receipts(session: Session, expense_id: int, wanted: Sequence[Receipt], who: str) -> None:
    """Make the expense's receipts `wanted`: the ones kept stay as they are, audited deletes and adds."""
    missing = list(wanted)
    for row in session.scalars(select(ReceiptRow).where(ReceiptRow.expense_id == expense_id)
                               .order_by(ReceiptRow.id)):
        if (row.sha256, row.file_name, row.size_bytes) in missing:
            missing.remove((row.sha256, row.file_name, row.size_bytes))
            continue
        detach(session, expense_id, [row.id], who)
    for receipt in missing:
        link(session, expense_id, receipt, who)


def expense_receipt_edit(db: Database, row_id: int, wanted: dict[str, Any], add_receipts: Sequence[Path],
                         remove_receipts: Sequence[int]) -> tuple[dict[str, Any], dict[str, Any]]:
    """An expense edit that adds or removes receipts, as the states of one undo step: (before, after) with
    RECEIPTS. The added files' bytes are stored now (under their SHA-256: once, kept when the step is undone)."""
    with db.session() as session:
        row = row_by_id(session, ExpenseRow, row_id)
        before = {**_fields_of("expense", row), RECEIPTS: _receipts_of(session, row_id)}
        kept = [(r.sha256, r.file_name, r.size_bytes) for r in session.scalars(
            select(ReceiptRow).where(ReceiptRow.expense_id == row_id, ReceiptRow.id.not_in(remove_receipts)))]
        added = [(*store_file(session, Path(path)), Path(path).name) for path in add_receipts]
    receipts = kept + [(digest, name, size) for digest, size, name in added]
    return before, {**wanted, RECEIPTS: tuple(sorted(receipts))}


def record_fields(db: Database, kind: str, row_id: int) -> dict[str, Any]:
    """The record's editable fields as stored (InputError if it is gone)."""
    with db.session() as session:
        return _fields_of(kind, row_by_id(session, RECORD_TYPES[kind], row_id))


def replace_fields(db: Database, kind: str, row_id: int, expected: dict[str, Any], wanted: dict[str, Any],
                   who: str) -> dict[str, Any]:
    """Set the record's fields (and an expense's RECEIPTS, when the states have them) to `wanted` (checked as
    an edit is), audited, only if they are still `expected`:
    an edit, its undo or redo never overwrites a change made meanwhile elsewhere (RecordConflict, nothing
    written). The fields as stored after."""
    model = RECORD_TYPES[kind]
    with db.session() as session:
        row = lock_payee_of(session, model, row_id)
        if row is None:
            raise deleted_since(kind_label(kind))
        check_record_editable(session, row)
        with_receipts = RECEIPTS in expected
        stored = {**_fields_of(kind, row), **({RECEIPTS: _receipts_of(session, row_id)} if with_receipts else {})}
        if stored != expected:
            raise changed_since(kind_label(kind))
        fields = {name: value for name, value in wanted.items() if name != RECEIPTS}
        if kind == "tour_day":
            values = tour_day_values(session, row, fields["day"], fields["note"])
        elif kind == "work_day":
            values = work_day_values(session, row, **fields)
        else:
            values = expense_values(**fields)
        set_audited(session, who, row, values)
        if with_receipts:
            _set_receipts(session, row_id, wanted[RECEIPTS], who)
        session.flush()
        return {**_fields_of(kind, row), **({RECEIPTS: _receipts_of(session, row_id)} if with_receipts else {})}


# ---------------------------------------------------------------- deleting

RECORD_TYPES: dict[str, type[Any]] = {"tour_day": TourDayRow, "work_day": WorkDayRow, "expense": ExpenseRow}


def delete_record(db: Database, kind: str, row_id: int, who: str,
                  expected: dict[str, Any] | None = None) -> Removal | None:
    """Delete the record (an expense with its receipts), audited; what was removed, for an undo (None when it
    was gone already). With `expected` (undoing an add), only if its fields are still those: else
    RecordConflict, nothing written."""
    try:
        return delete_records(db, kind, [row_id], who, None if expected is None else [expected])
    except RecordConflict:
        if expected is None:  # gone already
            return None
        raise


def delete_records(db: Database, kind: str, row_ids: Sequence[int], who: str,
                   expected: Sequence[dict[str, Any]] | None = None) -> Removal:
    """Delete one person's records (of one kind) in one transaction, as delete_record does; any of them gone
    (or, with `expected`, changed) is refused with RecordConflict, nothing written."""
    model = RECORD_TYPES[kind]
    with db.session() as session:
        lock_payee_of(session, model, row_ids[0])
        found = [session.get(model, row_id) for row_id in row_ids]
        rows = [row for row in found if row is not None]
        if len(rows) < len(found):
            raise deleted_since(kind_label(kind))
        for index, row in enumerate(rows):
            check_record_editable(session, row)
            if expected is not None and _fields_of(kind, row) != expected[index]:
                raise changed_since(kind_label(kind))
        return remove(session, rows, kind_label(kind), who)


def undelete_record(db: Database, kind: str, removal: Removal, who: str) -> int:
    """Undo of a delete: the record comes back with its receipts; its id (see undelete_records)."""
    (record_id,) = undelete_records(db, kind, removal, who)
    return record_id


def undelete_records(db: Database, kind: str, removal: Removal, who: str) -> list[int]:
    """Undo of a delete: the records come back with their receipts, unless the statement that paid one has been
    approved since (its figures would change) or a day is a tour day again. Their ids (a new one where an id
    was handed out again meanwhile)."""
    table = RECORD_TYPES[kind].__tablename__
    records = [r.values for r in removal.rows if r.table == table]
    with db.session() as session:
        lock_payee(session, records[0]["talent_id"])
        for record in records:
            statement_id = record["statement_id"]
            statement = session.get(StatementRow, statement_id) if statement_id is not None else None
            if statement is not None and statement.status is not StatementStatus.DRAFT:
                raise InputError(msg("削除した記録を戻せません。支払明細書 {no} がその後{status}になりました",
                                     "The deleted record cannot come back: statement {no} has been {status} since",
                                     no=statement.statement_no, status=statement.status.label))
            if kind == "tour_day":
                check_tour_day_free(session, record["talent_id"], record["day"])
            elif kind == "work_day":
                check_work_day_free(session, record["programme_id"], record["talent_id"], record["day"])
        return [int(r.values["id"]) for r in put_back(session, removal, kind_label(kind), who) if r.table == table]
