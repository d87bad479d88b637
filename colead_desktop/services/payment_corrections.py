"""`colead payments adjust NO --records FILE`: a correction whose records are given as the corrected complete set.

The adjusting statement takes over the corrected statement's records (payment_statements.adjust_statement_in);
here they are then made equal to the given set: records the set keeps stay as they are (with their receipts),
a record the set gives with one thing changed is that record corrected, in place with its description, note and
receipts (as the window's record dialog edits it): an expense of the same day and category with another amount,
of the same category and amount on another day, or of the same day and amount in another category; a work day of
the same day with another activity. A tour day or work day moved to another date is corrected in place (with its
note, company and approver) when which one moved where can be told: the only one of its kind the set drops, with
the only one it adds (work days: first among those paid as one activity, then the rest, whose activity may change
too). The others are deleted and the missing ones added, each with audit entries, all in one transaction; a
record holding what the set cannot give (an expense's receipts, a day's note, company or approver) is deleted only
when nothing is added in its place (else which new record it is cannot be told, and the correction is refused,
naming it, rather than losing what it holds). An expense's description (the text its statement line prints) is
held as its receipts are; an expense of the file may give it (`description`, as `colead payments records` prints
it): it then tells alike expenses apart and corrects the stored text. Where which stored record is which record of
the file must be chosen among records the file cannot tell apart that hold different receipts or texts, the
correction is refused naming them (domain/corrections.py) rather than guessed."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import ExpenseRow, ReceiptRow, StatementRow, TourDayRow, WorkDayRow
from colead_desktop.domain.corrections import day_holds, expense_holds, expense_label, refuse_alike, refuse_losing
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.normalise import normalise_text
from colead_desktop.domain.payments import ExpenseCategory, PayeeInput, WorkDay
from colead_desktop.domain.statements import CorrectionRates
from colead_desktop.services.payment_audit import audit_created, set_audited
from colead_desktop.services.payment_guard import lock_statement
from colead_desktop.services.payment_records import (activity_label, check_tour_day_free, check_work_day_free,
                                                      expense_values, kind_label, tour_day_values, work_day_values)
from colead_desktop.services.record_removal import remove
from colead_desktop.services.payment_rows import talent_row
from colead_desktop.services.payment_statements import ACTIVITY_OF, adjust_statement_in, compute_draft_in
from colead_desktop.services.payment_tour_days import attended_tour_days
from colead_desktop.services.receipts import receipts_of

def adjust_with_records(db: Database, programme_id: int, statement_no: str, corrected: PayeeInput, reason: str,
                        who: str, rates: CorrectionRates = CorrectionRates.CORRECTED) -> int:
    """訂正明細書 for statement `statement_no` paying exactly `corrected`'s records; the new draft's id."""
    with db.session() as session:
        row_id = session.scalars(select(StatementRow.id).where(StatementRow.programme_id == programme_id,
                                                               StatementRow.statement_no == statement_no)).first()
        if row_id is None:
            raise InputError(msg("明細書 {no} が見つかりません", "Statement {no} not found", no=statement_no))
        previous = lock_statement(session, row_id)
        unpaid = [m.__tablename__ for m in (TourDayRow, WorkDayRow, ExpenseRow) if session.scalars(select(m.id).where(
            m.talent_id == previous.talent_id, m.programme_id == programme_id, m.statement_id.is_(None))).first()]
        if unpaid:  # they would join the correction, which the file says is complete
            raise InputError(msg("この人には、まだ明細書で支払われていない記録があります。先にその明細書を作成・承認してください",
                                 "This person has records no statement pays yet; compute and approve their "
                                 "statement first"))
        adjusting_id = adjust_statement_in(session, previous, who, reason, None, rates)
        _replace_records(session, programme_id, previous.talent_id, adjusting_id, corrected, who)
        compute_draft_in(session, programme_id, previous.talent_id, who, None)
        return adjusting_id


@dataclass(frozen=True)
class _Pairing:
    """How a record the file no longer has and a value it adds are one record corrected: the same `of_row(row)` and
    `of_value(value)`; `change(row, value)` corrects the row in place. `alone`: only when the row is the only one
    left over with that mark and the value the only one added with it (else which moved where cannot be told).
    `described`: the value must fit the row too (_sync's `fits`: an expense's description, when the file gives one)."""

    of_row: Callable[[Any], Hashable]
    of_value: Callable[[Any], Hashable]
    change: Callable[[Any, Any], None]
    alone: bool = False
    described: bool = True


def _sync(session: Session, who: str, name: str, existing: list[Any], key: Callable[[Any], Hashable],
          wanted: list[Any], add: Callable[[Any], Any], pairings: Sequence[_Pairing] = (),
          keep: Callable[[Any, list[Any]], None] | None = None, value_key: Callable[[Any], Hashable] = lambda v: v,
          fits: Callable[[Any, Any], bool] = lambda _row, _value: True,
          holds: Callable[[Any], Hashable] = lambda _row: (), label: Callable[[Any], str] = str) -> None:
    """Keep the existing rows whose key is a wanted value's `value_key` (and that `fits` it), as many as wanted;
    correct in place a row one of `pairings` (tried in order) pairs with a missing value (its receipts and texts
    stay: the fare or the day was wrong, not the journey); delete the rest; add the remaining missing values.
    Wherever which row is which value must be chosen among rows the file cannot tell apart, they must hold the same
    (`holds`: receipts, texts), else the correction is refused naming them (domain/corrections.refuse_alike):
    guessing would move one's receipts to the other. `keep(row, adding)` refuses (InputError) to delete a row while
    values are still to be added: what the row holds would be lost if it was one of them."""

    def choose(rows: list[Any], count: int) -> None:  # `count` of the rows are taken, the others are not
        if len(rows) > count and len({holds(r) for r in rows}) > 1:
            refuse_alike([label(r) for r in rows])

    leftover = list(existing)
    adding: list[Any] = []
    for index, value in enumerate(wanted):
        candidates = [r for r in leftover if key(r) == value_key(value) and fits(r, value)]
        if not candidates:
            adding.append(value)
            continue
        choose(candidates, wanted[index:].count(value))
        leftover.remove(candidates[0])
    for pairing in pairings:
        def fitting(row: Any, value: Any, pairing: _Pairing = pairing) -> bool:
            return not pairing.described or fits(row, value)

        for row in list(leftover):
            mark = pairing.of_row(row)
            values = [v for v in adding if pairing.of_value(v) == mark and fitting(row, v)]
            rivals = [o for o in leftover if pairing.of_row(o) == mark and values and fitting(o, values[0])]
            if not values or pairing.alone and (len(values) > 1 or len(rivals) > 1):
                continue
            choose(rivals, len(values) if len(set(values)) == 1 else 1)
            if len(set(values)) > 1 and holds(row):  # which of the values the row became cannot be told
                refuse_alike([label(row)])
            leftover.remove(row)
            adding.remove(values[0])
            pairing.change(row, values[0])
    if adding and keep is not None:
        for row in leftover:
            keep(row, adding)
    for row in leftover:
        remove(session, [row], name, who)  # with its receipts, audited as every record delete is
    for value in adding:
        new = add(value)
        session.add(new)
        audit_created(session, who, new)


def _replace_records(session: Session, programme_id: int, talent_id: int, statement_id: int, corrected: PayeeInput,
                     who: str) -> None:
    def bound(model: Any) -> list[Any]:
        return list(session.scalars(select(model).where(model.statement_id == statement_id).order_by(model.id)))

    paid = {"programme_id": programme_id, "talent_id": talent_id, "statement_id": statement_id}
    events = {d.day: d.event_id for d in attended_tour_days(session, programme_id, talent_row(session, talent_id))}

    def tour_day(day: Any) -> TourDayRow:
        check_tour_day_free(session, talent_id, day)
        return TourDayRow(**paid, day=day, event_id=events.get(day), note="")

    def work_day(value: Any) -> WorkDayRow:
        check_work_day_free(session, programme_id, talent_id, value.day)
        return WorkDayRow(**paid, day=value.day, activity=value.activity.value, note="", approved_by="")

    def expense(value: Any) -> ExpenseRow:
        return ExpenseRow(**paid, **expense_values(*value))

    def moves_tour_day(row: TourDayRow, day: Any) -> None:  # as the window's tour day dialog edits it
        set_audited(session, who, row, tour_day_values(session, row, day, row.note))

    def keep_tour_day(row: TourDayRow, _adding: list[Any]) -> None:
        refuse_losing(msg("ツアー参加日（{day}）", "tour day ({day})", day=row.day.isoformat()), day_holds(row.note))

    _sync(session, who, kind_label("tour_day"), bound(TourDayRow), lambda r: r.day, list(corrected.tour_days),
          tour_day, [_Pairing(lambda r: None, lambda d: None, moves_tour_day, alone=True)], keep_tour_day)

    def corrects_work_day(row: WorkDayRow, value: WorkDay) -> None:  # as the window's work day dialog edits it
        # the file knows tour and support only: a 打合せ or 報告 day it still pays as support stays one
        activity = row.activity if ACTIVITY_OF[row.activity] is value.activity else value.activity.value
        set_audited(session, who, row, work_day_values(session, row, value.day, activity, row.note, row.company_id,
                                                       row.approved_by))

    def keep_work_day(row: WorkDayRow, _adding: list[Any]) -> None:
        refuse_losing(msg("作業日（{day}・{activity}）", "work day ({day}, {activity})", day=row.day.isoformat(),
                          activity=activity_label(row.activity)),
                      day_holds(row.note, row.company_id is not None, row.approved_by))

    _sync(session, who, kind_label("work_day"), bound(WorkDayRow), lambda r: WorkDay(r.day, ACTIVITY_OF[r.activity]),
          list(corrected.work_days), work_day, [
              _Pairing(lambda r: r.day, lambda w: w.day, corrects_work_day),  # the activity was wrong
              _Pairing(lambda r: ACTIVITY_OF[r.activity], lambda w: w.activity, corrects_work_day, alone=True),  # the day
              _Pairing(lambda r: None, lambda w: None, corrects_work_day, alone=True)],  # both, of the only one
          keep_work_day)

    # An expense of the file is (day, category, amount, paid directly, description): a description the file gives
    # is the text its statement line prints, and tells alike expenses apart; "" (none given) leaves it as stored.
    def fits(row: ExpenseRow, value: Any) -> bool:
        return not value[4] or normalise_text(row.description) == value[4]

    def corrects(row: ExpenseRow, value: Any) -> None:  # as the window's expense dialog edits it
        day, category, amount_yen, paid_directly, description = value
        set_audited(session, who, row, expense_values(day, category, amount_yen, paid_directly,
                                                      row.description if fits(row, value) else description))

    def label(row: ExpenseRow) -> str:
        named = expense_label(row.day.isoformat(), ExpenseCategory(row.category).label, row.amount_yen, row.description)
        return f"{named} (id {row.id})"

    def holds(row: ExpenseRow) -> Hashable:
        receipts = sorted(session.scalars(select(ReceiptRow.sha256).where(ReceiptRow.expense_id == row.id)))
        return (row.description, *receipts) if row.description or receipts else ()

    def keep_expense(row: ExpenseRow, adding: list[Any]) -> None:
        given = any(value[4] and fits(row, value) for value in adding)
        refuse_losing(label(row), expense_holds(len(receipts_of(session, row.id)), row.description, given))

    _sync(session, who, kind_label("expense"), bound(ExpenseRow),
          lambda r: (r.day, r.category, r.amount_yen, r.paid_directly),
          sorted(((e.day, e.category.value, e.amount_yen, e.paid_directly, e.description) for e in corrected.expenses),
                 key=lambda e: not e[4]), expense, [  # those the file describes first: they take their own records
              _Pairing(lambda r: (r.day, r.category, r.amount_yen, r.paid_directly), lambda e: e[:4], corrects,
                       described=False),  # the description was wrong
              _Pairing(lambda r: (r.day, r.category), lambda e: e[:2], corrects),  # the amount was wrong
              _Pairing(lambda r: (r.category, r.amount_yen, r.paid_directly), lambda e: e[1:4], corrects),  # the day
              _Pairing(lambda r: (r.day, r.amount_yen, r.paid_directly), lambda e: (e[0], *e[2:4]), corrects)],
          keep_expense, value_key=lambda e: e[:4], fits=fits, holds=holds, label=label)  # the category
