"""Payment statements: computed from a talent's records, then draft → approved → paid.

Statements are computed with domain.payments.compute_payment, using the talent's policy (its region's
override, else the programme's) and dated rates. While a talent's latest statement is approved or paid,
its records cannot change; a correction starts with an adjusting statement (訂正明細書), a new draft
referring to the old one, after which the records are editable again and the draft is recomputed.
A draft stores the fingerprint of the inputs it was computed from (domain.statement_inputs); approval,
under the payee lock (payment_guard), refuses it unless the current inputs have the same fingerprint.
Work-day activities 'meeting' and 'report' count as business-model support work for the honorarium
(domain Activity.SUPPORT); 'tour' counts as a tour activity.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import (ExpenseRow, PayeeRow, PaymentPayerRow, StatementRow, TourDayRow,
                                              WorkDayRow)
from colead_desktop.domain import statements as wf
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.payments import (Activity, Expense, ExpenseCategory, Line, LineCategory, PayeeInput,
                                            PaymentPolicy, PaymentResult, Rates, TaxStatus, WorkDay,
                                            compute_payment)
from colead_desktop.domain.statement_inputs import check_current, inputs_fingerprint
from colead_desktop.domain.statements import ISSUED, Adjustment, Employer, Payer, Statement, StatementStatus
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.payment_audit import audit, set_audited
from colead_desktop.services.payment_guard import lock_payee, lock_statement, next_statement_no
from colead_desktop.services.payment_policy_store import policy_for, two_people_required
from colead_desktop.services.payment_rows import (check_editable, latest_statement, payee_row,
                                                  paying_participation, region_name, talent_row)
from colead_desktop.services.payment_snapshot import bank_of, payee_snapshot, policy_from_json, policy_json


def result_to_json(result: PaymentResult) -> dict[str, Any]:
    data = {k: getattr(result, k) for k in result.__dataclass_fields__ if k not in ("lines", "rates_used")}
    data["lines"] = [{"dates": [d.isoformat() for d in line.dates], "description": line.description,
                      "category": line.category.value, "amount_yen": line.amount_yen, "rates_id": line.rates_id}
                     for line in result.lines]
    data["rates_used"] = [rates_to_json(r) for r in result.rates_used]
    return data


def rates_to_json(rates: Rates) -> dict[str, Any]:
    data = {k: getattr(rates, k) for k in rates.__dataclass_fields__}
    data["effective_from"] = rates.effective_from.isoformat()
    return data


def result_from_json(data: dict[str, Any]) -> PaymentResult:
    values = dict(data)
    values["lines"] = tuple(Line(tuple(date.fromisoformat(d) for d in line["dates"]), line["description"],
                                 LineCategory(line["category"]), line["amount_yen"], line["rates_id"])
                            for line in data["lines"])
    values["rates_used"] = tuple(Rates(**{**r, "effective_from": date.fromisoformat(r["effective_from"])})
                                 for r in data["rates_used"])
    return PaymentResult(**values)


def _payee_input(session: Session, programme_id: int, talent: models.Talent, payee: PayeeRow | None) -> PayeeInput:
    tax = TaxStatus(payee.tax_status) if payee else TaxStatus.INDIVIDUAL
    activity = {"tour": Activity.TOUR, "support": Activity.SUPPORT, "meeting": Activity.SUPPORT,
                "report": Activity.SUPPORT}
    return PayeeInput(
        payee_id=str(talent.id), name=(payee.name if payee else "") or talent.name, tax=tax,
        exempt_reason=payee.exempt_reason if payee else "", region=region_name(session, programme_id, talent),
        tour_days=tuple(session.scalars(select(TourDayRow.day).where(TourDayRow.talent_id == talent.id,
                                                                     TourDayRow.programme_id == programme_id)
                                        .order_by(TourDayRow.day))),
        work_days=tuple(WorkDay(r.day, activity[r.activity]) for r in session.scalars(
            select(WorkDayRow).where(WorkDayRow.talent_id == talent.id, WorkDayRow.programme_id == programme_id)
            .order_by(WorkDayRow.day, WorkDayRow.id))),
        expenses=tuple(Expense(r.day, ExpenseCategory(r.category), r.amount_yen, r.paid_directly, r.description)
                       for r in session.scalars(select(ExpenseRow).where(ExpenseRow.talent_id == talent.id,
                                                                       ExpenseRow.programme_id == programme_id)
                                                .order_by(ExpenseRow.day, ExpenseRow.id))))


@dataclass(frozen=True)
class _Computed:
    result: PaymentResult
    period: tuple[date, date]
    fingerprint: str  # of the inputs (domain.statement_inputs), checked again at approval
    policy: PaymentPolicy


def _inputs(session: Session, programme_id: int, talent: models.Talent,
            who: str) -> tuple[PayeeInput, PaymentPolicy, int]:
    """Everything a statement is computed from: the payee's records in the programme and details, the
    programme's policy, the fee."""
    payee = payee_row(session, talent.id)
    fee = payee.fee_yen if payee and payee.fee_borne_by == "payee" else 0
    return (_payee_input(session, programme_id, talent, payee), policy_for(session, programme_id, talent, who),
            fee)


def _compute(session: Session, programme_id: int, talent: models.Talent, who: str) -> _Computed:
    payee_input, policy, fee = _inputs(session, programme_id, talent, who)
    result = compute_payment(payee_input, policy, fee)
    days = list(payee_input.tour_days) + [w.day for w in payee_input.work_days] + [e.day for e in payee_input.expenses]
    if not days:
        raise InputError(msg("{name} には支払対象の記録（ツアー参加日・作業日・経費）がありません",
                             "{name} has no records to pay (tour days, work days, expenses)", name=talent.name))
    return _Computed(result, (min(days), max(days)), inputs_fingerprint(payee_input, policy, fee), policy)


def _record_computation(row: StatementRow, computed: _Computed, who: str) -> None:
    """Who computed the figures (approval needs someone else) and the policy they were computed with."""
    row.inputs_sha256 = computed.fingerprint
    row.computed_by = who
    row.applied_policy = policy_json(computed.policy)


def payer_of(db: Database, programme_id: int) -> Payer:
    """The programme's payer as its statements print it."""
    with db.session() as session:
        return _payer(session, programme_id)


def _payer(session: Session, programme_id: int) -> Payer:
    row = session.scalars(select(PaymentPayerRow).where(PaymentPayerRow.programme_id == programme_id)).first()
    if row is None:
        programme = session.get(models.Programme, programme_id)
        name = (programme.secretariat or programme.name) if programme else ""
        return Payer(name=name, programme=programme.name if programme else "")
    return Payer(row.name, row.address, row.registration_no, row.programme_label, row.contract_no)


def _to_statement(session: Session, row: StatementRow) -> Statement:
    talent = talent_row(session, row.talent_id)
    # approved and later statements use the payee as approved; a draft (or one approved before the
    # snapshot was kept) shows the payee's current details
    payee = row.payee_snapshot or payee_snapshot(payee_row(session, row.talent_id))
    adjustment = None
    if row.adjusts_statement_id is not None:
        previous = row_by_id(session, StatementRow, row.adjusts_statement_id)
        adjustment = Adjustment(previous.statement_no, result_from_json(previous.result), row.adjustment_reason)
    return Statement(
        statement_no=row.statement_no, payer=_payer(session, row.programme_id),
        result=result_from_json(row.result), period=(row.period_start, row.period_end),
        issue_date=row.issue_date, transfer_date=row.transfer_date,
        bank=bank_of(payee, talent.name), payee_address=payee.get("address", ""),
        employer=Employer(payee["employer_name"], payee.get("employer_address", ""))
        if payee.get("employer_name") else None, status=row.status,
        approved_by=row.approved_by, approved_on=row.approved_at.date() if row.approved_at else None,
        paid_on=row.paid_at.date() if row.paid_at else None, adjustment=adjustment,
        computed_by=row.computed_by, policy=policy_from_json(row.applied_policy))


def _store_result(session: Session, who: str, row: StatementRow, statement: Statement) -> None:
    set_audited(session, who, row, {
        "gross_yen": statement.result.gross_yen, "withholding_yen": statement.result.withholding_yen,
        "fee_yen": statement.result.fee_yen, "net_yen": statement.result.net_yen,
        "transfer_yen": statement.transfer_yen, "period_start": statement.period[0],
        "period_end": statement.period[1], "issue_date": statement.issue_date,
        "transfer_date": statement.transfer_date})
    new_json = result_to_json(statement.result)
    if row.result != new_json:
        row.result = new_json
        row.rates_used = new_json["rates_used"]
        audit(session, who, row.__tablename__, row.id, "lines", None,
               msg("{n}行を再計算", "{n} lines recomputed", n=len(statement.result.lines)))


def _next_no(session: Session, programme_id: int) -> str:
    programme = session.get(models.Programme, programme_id)
    prefix = str(programme.fiscal_year) if programme else "P"
    return next_statement_no(session, programme_id, prefix)


def compute_draft_in(session: Session, programme_id: int, talent_id: int, who: str, transfer_date: date | None,
                     issue_date: date | None = None, note: str = "") -> int:
    """Compute the talent's draft in the programme (new or recomputed) under the payee lock, storing its inputs'
    fingerprint."""
    talent = lock_payee(session, talent_id)
    paying_participation(session, programme_id, talent_id)  # InputError unless they take part in it
    computed = _compute(session, programme_id, talent, who)
    result, period = computed.result, computed.period
    issue = issue_date or date.today()
    transfer = transfer_date or next_bank_business_day(issue + timedelta(days=7))
    latest = latest_statement(session, programme_id, talent_id)
    if latest is not None and latest.status is not StatementStatus.DRAFT:
        check_editable(session, programme_id, talent_id)  # raises: an approved statement is corrected by adjusting
    if latest is None:
        draft = Statement(statement_no=_next_no(session, programme_id), payer=_payer(session, programme_id),
                          result=result, period=period, issue_date=issue, transfer_date=transfer)
        row = StatementRow(statement_no=draft.statement_no, talent_id=talent_id, programme_id=programme_id,
                           status=StatementStatus.DRAFT,
                           period_start=period[0], period_end=period[1], issue_date=issue, transfer_date=transfer,
                           gross_yen=0, withholding_yen=0, fee_yen=0, net_yen=0, transfer_yen=0,
                           result=result_to_json(result), rates_used=[],
                           created_at=datetime.now().replace(microsecond=0), data_note=note)
        session.add(row)
        session.flush()
        audit(session, who, row.__tablename__, row.id, "statement_no", None, row.statement_no)
        row.result = {}
        _store_result(session, who, row, draft)
        _record_computation(row, computed, who)
        return row.id
    current = _to_statement(session, latest)
    revised = wf.revise(current, result=result, period=period, issue_date=issue,
                        transfer_date=transfer_date or current.transfer_date)
    _store_result(session, who, latest, revised)
    _record_computation(latest, computed, who)
    return latest.id


def compute_draft(db: Database, programme_id: int, talent_id: int, who: str, transfer_date: date | None = None) -> int:
    """明細書を作成: compute from the records in the programme into the talent's draft statement there (new or
    recomputed)."""
    with db.session() as session:
        return compute_draft_in(session, programme_id, talent_id, who, transfer_date)


def statement(db: Database, statement_id: int) -> Statement:
    with db.session() as session:
        return _to_statement(session, row_by_id(session, StatementRow, statement_id))


def revise_statement(db: Database, statement_id: int, who: str, transfer_date: date) -> None:
    """Change a draft's transfer date; approved/paid statements raise InputError."""
    with db.session() as session:
        row = lock_statement(session, statement_id)
        revised = wf.revise(_to_statement(session, row), transfer_date=transfer_date)
        _store_result(session, who, row, revised)


def approve_in(session: Session, row: StatementRow, who: str, at: datetime) -> None:
    """Approve a draft, refused unless the current records, payee details and policy are exactly what it
    was computed from, and (unless the programme allows single approval) by someone other than whoever
    computed it. The payee's name, address and account are kept with it from now on. The caller holds
    the payee lock (payment_guard), so nothing changes in between."""
    talent = talent_row(session, row.talent_id)
    approved = wf.approve(_to_statement(session, row), who, at.date(),
                          two_people_required(session, row.programme_id))
    check_current(row.inputs_sha256, inputs_fingerprint(*_inputs(session, row.programme_id, talent, who)))
    set_audited(session, who, row, {"status": approved.status, "approved_by": who, "approved_at": at})
    row.payee_snapshot = payee_snapshot(payee_row(session, row.talent_id))


def approve_statement(db: Database, statement_id: int, who: str) -> None:
    """承認: in one transaction, lock the payee, check the draft is current, approve."""
    with db.session() as session:
        approve_in(session, lock_statement(session, statement_id), who, datetime.now().replace(microsecond=0))


def adjust_statement(db: Database, statement_id: int, who: str, reason: str,
                     transfer_date: date | None = None) -> int:
    """訂正明細書: a new draft referring to an approved/paid statement, computed from the current records."""
    with db.session() as session:
        previous_row = lock_statement(session, statement_id)
        latest = latest_statement(session, previous_row.programme_id, previous_row.talent_id)
        if latest is not None and latest.id != previous_row.id:
            raise InputError(msg("明細書 {no} より新しい明細書 {new} があります。最新の明細書を訂正してください",
                                 "Statement {new} is newer than {no}; correct the latest statement",
                                 no=previous_row.statement_no, new=latest.statement_no))
        talent = talent_row(session, previous_row.talent_id)
        previous = _to_statement(session, previous_row)
        computed = _compute(session, previous_row.programme_id, talent, who)
        today = date.today()
        adjusted = wf.adjusting_statement(previous, computed.result, _next_no(session, previous_row.programme_id),
                                          reason, today,
                                          transfer_date or next_bank_business_day(today + timedelta(days=7)))
        period = computed.period
        adjusted = replace(adjusted, period=(min(period[0], previous.period[0]), max(period[1], previous.period[1])))
        row = StatementRow(statement_no=adjusted.statement_no, talent_id=talent.id,
                           programme_id=previous_row.programme_id, status=StatementStatus.DRAFT,
                           period_start=adjusted.period[0], period_end=adjusted.period[1], issue_date=today,
                           transfer_date=adjusted.transfer_date, gross_yen=0, withholding_yen=0, fee_yen=0,
                           net_yen=0, transfer_yen=0, result={}, rates_used=[],
                           adjusts_statement_id=previous_row.id, adjustment_reason=reason,
                           created_at=datetime.now().replace(microsecond=0))
        _record_computation(row, computed, who)
        session.add(row)
        session.flush()
        audit(session, who, row.__tablename__, row.id, "adjusts_statement_id", None, previous_row.statement_no)
        audit(session, who, row.__tablename__, row.id, "adjustment_reason", None, reason)
        _store_result(session, who, row, adjusted)
        return row.id


def statement_history(db: Database, programme_id: int, talent_id: int) -> list[tuple[int, Statement]]:
    """The talent's statements in the programme, oldest first."""
    with db.session() as session:
        return [(r.id, _to_statement(session, r)) for r in session.scalars(
            select(StatementRow).where(StatementRow.talent_id == talent_id, StatementRow.programme_id == programme_id)
            .order_by(StatementRow.id))]


def statements_with_status(db: Database, programme_id: int, *statuses: StatementStatus) -> list[Statement]:
    """The programme's statements in any of `statuses`, by number."""
    with db.session() as session:
        rows = session.scalars(select(StatementRow).where(StatementRow.status.in_(statuses),
                                                          StatementRow.programme_id == programme_id)
                               .order_by(StatementRow.statement_no)).all()
        return [_to_statement(session, r) for r in rows]


def issued_statements(db: Database, programme_id: int) -> list[Statement]:
    """The programme's approved and paid statements: what payees and accountants get."""
    return statements_with_status(db, programme_id, *ISSUED)


def recompute_drafts(session: Session, programme_id: int, who: str) -> list[str]:
    """Recompute every draft statement of the programme with its current policy and records; approved and paid
    ones keep the figures and rates they recorded. Returns the numbers of the drafts whose result changed."""
    changed = []
    for row in session.scalars(select(StatementRow).where(StatementRow.status == StatementStatus.DRAFT,
                                                          StatementRow.programme_id == programme_id)
                               .order_by(StatementRow.id)).all():
        before = row.result
        try:
            compute_draft_in(session, programme_id, row.talent_id, who, None)
        except InputError as exc:
            raise InputError(msg("下書きの明細書 {no} を新しい支給方針で再計算できません: {err}",
                                 "Draft statement {no} cannot be recomputed with the new policy: {err}",
                                 no=row.statement_no, err=str(exc))) from exc
        if row.result != before:
            changed.append(row.statement_no)
    return changed


def approval_refusal_for(db: Database, statement_id: int, who: str) -> str | None:
    """Why `who` may not approve this draft (the GUI says so before anyone clicks), None when they may."""
    with db.session() as session:
        row = row_by_id(session, StatementRow, statement_id)
        two_people = two_people_required(session, row.programme_id)
        return wf.approval_refusal(_to_statement(session, row), who, two_people)


def statement_in(session: Session, row: StatementRow) -> Statement:
    """The domain statement of a row, read inside the caller's transaction (payment runs)."""
    return _to_statement(session, row)
