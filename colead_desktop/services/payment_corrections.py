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
naming it, rather than losing what it holds)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import ExpenseRow, StatementRow, TourDayRow, WorkDayRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
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
    left over with that mark and the value the only one added with it (else which moved where cannot be told)."""

    of_row: Callable[[Any], Hashable]
    of_value: Callable[[Any], Hashable]
    change: Callable[[Any, Any], None]
    alone: bool = False


def _sync(session: Session, who: str, name: str, existing: list[Any], key: Callable[[Any], Hashable],
          wanted: list[Hashable], add: Callable[[Hashable], Any], pairings: Sequence[_Pairing] = (),
          keep: Callable[[Any], None] | None = None) -> None:
    """Keep the existing rows whose key is wanted (as many times as wanted), correct in place a row one of
    `pairings` (tried in order) pairs with a missing value (its receipts and texts stay: the fare or the day was
    wrong, not the journey), delete the rest, add the remaining missing values. `keep(row)` refuses (InputError) to
    delete a row while values are still to be added: what the row holds would be lost if it was one of them."""
    missing = Counter(wanted)
    leftover = []
    for row in existing:
        if missing[key(row)] > 0:
            missing[key(row)] -= 1
        else:
            leftover.append(row)
    adding = [value for value, count in missing.items() for _ in range(count)]
    for pairing in pairings:
        for row in list(leftover):
            mark = pairing.of_row(row)
            values = [v for v in adding if pairing.of_value(v) == mark]
            if not values or pairing.alone and (
                    len(values) > 1 or sum(pairing.of_row(other) == mark for other in leftover) > 1):
                continue
            leftover.remove(row)
            adding.remove(values[0])
            pairing.change(row, values[0])
    if adding and keep is not None:
        for row in leftover:
            keep(row)
    for row in leftover:
        remove(session, [row], name, who)  # with its receipts, audited as every record delete is
    for value in adding:
        new = add(value)
        session.add(new)
        audit_created(session, who, new)


def _refuse_losing(record: str, held: list[str]) -> None:
    """InputError: the day `record` (its kind and date) holds `held` (its note, company, approver), which deleting
    it and adding the file's new days would lose, since which new day it became cannot be told."""
    if held:
        what = msg("・", ", ").join(held)
        raise InputError(msg(
            "{record}には{what}があります。ファイルのどの日がこの記録の訂正か決められないため、訂正しませんでした"
            "（{what}が失われます）。日付を変えるのは一度に一日にするか、画面の「訂正明細書」のあと記録の編集で"
            "日付を変えてください",
            "The {record} holds {what}. Which day of the file corrects it cannot be told, so nothing was corrected "
            "(its {what} would be lost). Move one day at a time, or use 訂正明細書 in the window and change the date "
            "in the record editor",
            record=record, what=what))


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

    def expense(key: Any) -> ExpenseRow:
        day, category, amount_yen, paid_directly = key
        return ExpenseRow(**paid, day=day, category=category, amount_yen=amount_yen, paid_directly=paid_directly,
                          description="")

    def moves_tour_day(row: TourDayRow, day: Any) -> None:  # as the window's tour day dialog edits it
        set_audited(session, who, row, tour_day_values(session, row, day, row.note))

    def keep_tour_day(row: TourDayRow) -> None:
        _refuse_losing(msg("ツアー参加日（{day}）", "tour day ({day})", day=row.day.isoformat()),
                       [msg("メモ", "note")] if row.note else [])

    _sync(session, who, kind_label("tour_day"), bound(TourDayRow), lambda r: r.day, list(corrected.tour_days),
          tour_day, [_Pairing(lambda r: None, lambda d: None, moves_tour_day, alone=True)], keep_tour_day)

    def corrects_work_day(row: WorkDayRow, value: WorkDay) -> None:  # as the window's work day dialog edits it
        # the file knows tour and support only: a 打合せ or 報告 day it still pays as support stays one
        activity = row.activity if ACTIVITY_OF[row.activity] is value.activity else value.activity.value
        set_audited(session, who, row, work_day_values(session, row, value.day, activity, row.note, row.company_id,
                                                       row.approved_by))

    def keep_work_day(row: WorkDayRow) -> None:
        held = [(bool(row.note), msg("メモ", "note")), (row.company_id is not None, msg("企業", "company")),
                (bool(row.approved_by), msg("承認者", "approver"))]
        _refuse_losing(msg("作業日（{day}・{activity}）", "work day ({day}, {activity})", day=row.day.isoformat(),
                           activity=activity_label(row.activity)), [text for holds, text in held if holds])

    _sync(session, who, kind_label("work_day"), bound(WorkDayRow), lambda r: WorkDay(r.day, ACTIVITY_OF[r.activity]),
          list(corrected.work_days), work_day, [
              _Pairing(lambda r: r.day, lambda w: w.day, corrects_work_day),  # the activity was wrong
              _Pairing(lambda r: ACTIVITY_OF[r.activity], lambda w: w.activity, corrects_work_day, alone=True),  # the day
              _Pairing(lambda r: None, lambda w: None, corrects_work_day, alone=True)],  # both, of the only one
          keep_work_day)

    def corrects(row: ExpenseRow, value: Any) -> None:  # as the window's expense dialog edits it
        day, category, amount_yen, paid_directly = value
        set_audited(session, who, row, expense_values(day, category, amount_yen, paid_directly, row.description))

    def keep_receipts(row: ExpenseRow) -> None:
        count = len(receipts_of(session, row.id))
        if count:
            raise InputError(msg(
                "経費（{day}・{category}・{amount:,}円）には領収書が {n} 件あります。ファイルのどの経費がこの記録の訂正か"
                "決められないため、訂正しませんでした（領収書が失われます）。日付・費目・金額のうち一度に変えるのは一つにしてください",
                "The expense ({day}, {category}, ¥{amount:,}) has {n} receipt(s). Which expense of the file corrects "
                "it cannot be told, so nothing was corrected (its receipts would be lost). Change one of date, "
                "category and amount at a time", day=row.day.isoformat(), category=ExpenseCategory(row.category).label,
                amount=row.amount_yen, n=count))

    _sync(session, who, kind_label("expense"), bound(ExpenseRow),
          lambda r: (r.day, r.category, r.amount_yen, r.paid_directly),
          [(e.day, e.category.value, e.amount_yen, e.paid_directly) for e in corrected.expenses], expense, [
              _Pairing(lambda r: (r.day, r.category), lambda e: e[:2], corrects),  # the amount was wrong
              _Pairing(lambda r: (r.category, r.amount_yen, r.paid_directly), lambda e: e[1:], corrects),  # the day
              _Pairing(lambda r: (r.day, r.amount_yen, r.paid_directly), lambda e: (e[0], *e[2:]), corrects)],
          keep_receipts)  # the category
