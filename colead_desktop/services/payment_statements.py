"""Payment statements: computed from a talent's records, then draft → approved → in a run → paid.

Statements are computed with domain.payments.compute_payment, using the talent's policy (its region's
override, else the programme's) and dated rates. A person can have several statements in a programme: each
record names the statement paying it (migration 0012); a new statement pays the records no statement pays
yet, and the honorarium cap counts what the person's other issued statements there pay. A record paid by an
approved (or later) statement cannot change; a correction starts with an adjusting statement (訂正明細書), a
new draft that takes the corrected statement's records over (they are editable again) and is computed with
that statement's rates and rules unless the user picks the current ones.
A draft stores the fingerprint of the inputs it was computed from (domain.statement_inputs); approval,
under the payee lock (payment_guard), refuses it unless the current inputs have the same fingerprint.
Work-day activities 'meeting' and 'report' count as business-model support work for the honorarium
(domain Activity.SUPPORT); 'tour' counts as a tour activity.
"""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import (ExpenseRow, PayeeRow, PaymentPayerRow, StatementRow, TourDayRow,
                                              WorkDayRow)
from colead_desktop.domain import statements as wf
from colead_desktop.domain.bank import account_in
from colead_desktop.domain.clock import stored_now, tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.payments import (Activity, Expense, ExpenseCategory, Line, LineCategory, PayeeInput,
                                            PaymentPolicy, PaymentResult, Rates, TaxStatus, WorkDay,
                                            compute_payment)
from colead_desktop.domain.record_dates import ProgrammePeriod, check_rates_cover
from colead_desktop.domain.statement_inputs import check_current, inputs_fingerprint
from colead_desktop.domain.statements import (ISSUED, Adjustment, CorrectionRates, Employer, IssuedHonorarium, Payer,
                                              Statement, honorarium_already_paid, policy_of_corrected)
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.payment_texts import Wording
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.payment_audit import audit, set_audited
from colead_desktop.services.payment_guard import lock_payee, lock_statement, next_statement_no
from colead_desktop.services.payment_policy_store import policy_for, two_people_required
from colead_desktop.services.payment_rows import (latest_statement, payee_row,
                                                  paying_participation, region_name, talent_row)
from colead_desktop.services.payment_records import kind_label
from colead_desktop.services.record_dates import programme_period_in
from colead_desktop.services.payment_snapshot import (approved_payer, approved_snapshot, payee_snapshot,
                                                      policy_from_json, policy_json)


def result_to_json(result: PaymentResult) -> dict[str, Any]:
    data = {k: getattr(result, k) for k in result.__dataclass_fields__
            if k not in ("lines", "rates_used", "withholding_wording")}
    data["lines"] = [{"dates": [d.isoformat() for d in line.dates], "description": line.description,
                      "category": line.category.value, "amount_yen": line.amount_yen, "rates_id": line.rates_id,
                      "wording": line.wording.to_json() if line.wording else None}
                     for line in result.lines]
    data["withholding_wording"] = result.withholding_wording.to_json() if result.withholding_wording else None
    data["rates_used"] = [rates_to_json(r) for r in result.rates_used]
    return data


def rates_to_json(rates: Rates) -> dict[str, Any]:
    data = {k: getattr(rates, k) for k in rates.__dataclass_fields__}
    data["effective_from"] = rates.effective_from.isoformat()
    return data


def result_from_json(data: dict[str, Any]) -> PaymentResult:
    values = dict(data)
    values["lines"] = tuple(Line(tuple(date.fromisoformat(d) for d in line["dates"]), line["description"],
                                 LineCategory(line["category"]), line["amount_yen"], line["rates_id"],
                                 Wording.from_json(line.get("wording")))
                            for line in data["lines"])
    values["withholding_wording"] = Wording.from_json(data.get("withholding_wording"))
    values["rates_used"] = tuple(Rates(**{**r, "effective_from": date.fromisoformat(r["effective_from"])})
                                 for r in data["rates_used"])
    return PaymentResult(**values)


# A work day's activity as the computation sees it: meetings and reports are business-model support work
ACTIVITY_OF = {"tour": Activity.TOUR, "support": Activity.SUPPORT, "meeting": Activity.SUPPORT,
               "report": Activity.SUPPORT}


def _paid_by(model: Any, programme_id: int, talent_id: int, draft_id: int | None) -> Any:
    """The talent's records in the programme a statement pays: those not on a statement yet and, for a draft
    being recomputed, its own."""
    unpaid = model.statement_id.is_(None)
    return (model.talent_id == talent_id) & (model.programme_id == programme_id) & (
        unpaid if draft_id is None else unpaid | (model.statement_id == draft_id))


def _payee_input(session: Session, talent: models.Talent, payee: PayeeRow | None, region: str,
                 which: Callable[[Any], Any]) -> PayeeInput:
    """The payee with the records `which(model)` selects."""
    tax = TaxStatus(payee.tax_status) if payee else TaxStatus.INDIVIDUAL
    return PayeeInput(
        payee_id=str(talent.id), name=(payee.name if payee else "") or talent.name, tax=tax,
        exempt_reason=payee.exempt_reason if payee else "", region=region,
        tour_days=tuple(session.scalars(select(TourDayRow.day).where(which(TourDayRow)).order_by(TourDayRow.day))),
        work_days=tuple(WorkDay(r.day, ACTIVITY_OF[r.activity]) for r in session.scalars(
            select(WorkDayRow).where(which(WorkDayRow)).order_by(WorkDayRow.day, WorkDayRow.id))),
        expenses=tuple(Expense(r.day, ExpenseCategory(r.category), r.amount_yen, r.paid_directly, r.description)
                       for r in session.scalars(select(ExpenseRow).where(which(ExpenseRow))
                                                .order_by(ExpenseRow.day, ExpenseRow.id))))


def records_of(session: Session, programme_id: int, talent_id: int, statement_no: str | None = None) -> PayeeInput:
    """The talent's records in the programme as statements read them: all of them, or those statement
    `statement_no` pays (`colead payments records`)."""
    talent = talent_row(session, talent_id)
    paying_participation(session, programme_id, talent_id)  # InputError unless they take part in it
    statement_id = None
    if statement_no is not None:
        statement_id = session.scalars(select(StatementRow.id).where(
            StatementRow.programme_id == programme_id, StatementRow.talent_id == talent_id,
            StatementRow.statement_no == statement_no)).first()
        if statement_id is None:
            raise InputError(msg("人材 {id} の明細書 {no} が見つかりません", "Talent {id} has no statement {no}",
                                 id=talent_id, no=statement_no))

    def which(model: Any) -> Any:
        mine = (model.talent_id == talent_id) & (model.programme_id == programme_id)
        return mine if statement_id is None else mine & (model.statement_id == statement_id)

    return _payee_input(session, talent, payee_row(session, talent_id), region_name(session, programme_id, talent),
                        which)


def _bind_records(session: Session, row: StatementRow) -> None:
    """The draft now pays the records it was computed from (see _paid_by)."""
    for model in (TourDayRow, WorkDayRow, ExpenseRow):
        session.execute(update(model).where(_paid_by(model, row.programme_id, row.talent_id, row.id))
                        .values(statement_id=row.id))


@dataclass(frozen=True)
class _Inputs:
    """Everything a statement is computed from: the records it pays and the payee's details, the policy (for a
    correction, the corrected statement's unless the user chose the current rates), the fee the payee bears,
    and the honorarium the person's other statements in the programme pay (the cap is per programme)."""

    payee: PayeeInput
    policy: PaymentPolicy
    fee_yen: int
    prior_honorarium_yen: int
    correction_rates: CorrectionRates | None
    period: ProgrammePeriod  # the programme's: a date with no rates outside it is said as a date problem

    def fingerprint(self) -> str:
        return inputs_fingerprint(self.payee, self.policy, self.fee_yen, self.prior_honorarium_yen)


def _prior_honorarium(session: Session, programme_id: int, talent_id: int, replaced_id: int | None) -> int:
    issued = session.execute(select(StatementRow.id, StatementRow.adjusts_statement_id, StatementRow.result).where(
        StatementRow.talent_id == talent_id, StatementRow.programme_id == programme_id,
        StatementRow.status.in_(ISSUED))).all()
    return honorarium_already_paid((IssuedHonorarium(i, corrects, result["honorarium_yen"])
                                    for i, corrects, result in issued), replaced_id)


def _inputs(session: Session, programme_id: int, talent: models.Talent, who: str, draft_id: int | None,
            corrects: StatementRow | None, correction_rates: CorrectionRates | None) -> _Inputs:
    payee = payee_row(session, talent.id)
    fee = payee.fee_yen if payee and payee.fee_borne_by == "payee" else 0
    policy = policy_for(session, programme_id, talent, who)
    if corrects is not None and correction_rates is CorrectionRates.CORRECTED:
        policy = policy_of_corrected(policy, policy_from_json(corrects.applied_policy), corrects.period_end)
    prior = _prior_honorarium(session, programme_id, talent.id, corrects.id if corrects else None)
    payee_input = _payee_input(session, talent, payee, region_name(session, programme_id, talent),
                               lambda model: _paid_by(model, programme_id, talent.id, draft_id))
    return _Inputs(payee_input, policy, fee, prior, correction_rates if corrects is not None else None,
                   programme_period_in(session, programme_id))


def _inputs_of(session: Session, row: StatementRow, who: str) -> _Inputs:
    """The inputs of an existing draft, ordinary or adjusting."""
    corrects = row_by_id(session, StatementRow, row.adjusts_statement_id) if row.adjusts_statement_id else None
    rates = policy_from_json(row.applied_policy)
    choice = (rates.correction_rates if rates else None) or CorrectionRates.CORRECTED
    return _inputs(session, row.programme_id, talent_row(session, row.talent_id), who, row.id, corrects, choice)


@dataclass(frozen=True)
class _Computed:
    result: PaymentResult
    period: tuple[date, date]
    inputs: _Inputs


def _compute(inputs: _Inputs, name: str, first: bool, corrected_period: tuple[date, date] | None = None) -> _Computed:
    """The figures of `inputs`; InputError when there is nothing to pay, except for a correction
    (`corrected_period`: the corrected statement's), which may take every record away: a reclaim of it all."""
    payee = inputs.payee
    check_rates_cover([*((kind_label("tour_day"), day) for day in payee.tour_days),
                       *((kind_label("work_day"), w.day) for w in payee.work_days),
                       *((kind_label("expense"), e.day) for e in payee.expenses)], inputs.policy.rates, inputs.period)
    result = compute_payment(payee, inputs.policy, inputs.fee_yen, prior_honorarium_yen=inputs.prior_honorarium_yen)
    days = list(payee.tour_days) + [w.day for w in payee.work_days] + [e.day for e in payee.expenses]
    if not days and corrected_period is not None:
        return _Computed(result, corrected_period, inputs)
    if not days:
        raise InputError(msg("{name} には支払対象の記録（ツアー参加日・作業日・経費）がありません", "{name} has no "
                             "records to pay (tour days, work days, expenses)", name=name) if first else
                         msg("{name} には、まだ明細書で支払われていない記録がありません",
                             "{name} has no records that a statement does not pay already", name=name))
    return _Computed(result, (min(days), max(days)), inputs)


def _record_computation(session: Session, row: StatementRow, computed: _Computed, who: str) -> None:
    """Who computed the figures (approval needs someone else), the policy they were computed with, and the
    records the statement now pays."""
    row.inputs_sha256 = computed.inputs.fingerprint()
    row.computed_by = who
    row.applied_policy = policy_json(computed.inputs.policy, computed.inputs.correction_rates)
    _bind_records(session, row)


def payer_of(db: Database, programme_id: int) -> Payer:
    """The programme's payer as its statements print it."""
    with db.session() as session:
        return _payer(session, programme_id)


def _payer(session: Session, programme_id: int) -> Payer:
    """Read once per transaction: a run or an export builds hundreds of statements of one programme."""
    payers: dict[int, Payer] = session.info.setdefault("payers", {})
    if programme_id not in payers:
        payers[programme_id] = _read_payer(session, programme_id)
    return payers[programme_id]


def _read_payer(session: Session, programme_id: int) -> Payer:
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
    payer = approved_payer(row.payee_snapshot, _payer(session, row.programme_id))
    adjustment = None
    if row.adjusts_statement_id is not None:
        previous = row_by_id(session, StatementRow, row.adjusts_statement_id)
        adjustment = Adjustment(previous.statement_no, result_from_json(previous.result), row.adjustment_reason)
    return Statement(
        statement_no=row.statement_no, payer=payer,
        result=result_from_json(row.result), period=(row.period_start, row.period_end),
        issue_date=row.issue_date, transfer_date=row.transfer_date,
        bank=account_in(payee, talent.name), payee_address=payee.get("address", ""),
        employer=Employer(payee["employer_name"], payee.get("employer_address", ""))
        if payee.get("employer_name") else None, status=row.status,
        approved_by=row.approved_by, approved_on=row.approved_at.date() if row.approved_at else None,
        paid_on=row.paid_at.date() if row.paid_at else None, adjustment=adjustment,
        computed_by=row.computed_by, policy=policy_from_json(row.applied_policy),
        joins_transfer_of=row.joins_transfer_of or "",
        joined_by=_joined_by(session, row.run_id).get(row.statement_no, ()) if row.run_id is not None else ())


def _joined_by(session: Session, run_id: int) -> dict[str, tuple[str, ...]]:
    """Run `run_id`'s transfers that carry other statements: {first statement: the numbers joining it}. Read once
    per run and transaction (an export builds hundreds of statements of a few runs)."""
    runs: dict[int, dict[str, tuple[str, ...]]] = session.info.setdefault("joined_by", {})
    if run_id not in runs:
        joined: dict[str, list[str]] = {}
        for lead, no in session.execute(select(StatementRow.joins_transfer_of, StatementRow.statement_no).where(
                StatementRow.run_id == run_id, StatementRow.joins_transfer_of != "").order_by(StatementRow.statement_no)):
            joined.setdefault(lead, []).append(no)
        runs[run_id] = {lead: tuple(nos) for lead, nos in joined.items()}
    return runs[run_id]


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
    """Compute the talent's draft in the programme under the payee lock: their open draft (ordinary or
    adjusting) is recomputed; otherwise a new statement pays the records no statement pays yet."""
    talent = lock_payee(session, talent_id)
    paying_participation(session, programme_id, talent_id)  # InputError unless they take part in it
    issue = issue_date or tokyo_today()
    transfer = transfer_date or next_bank_business_day(issue + timedelta(days=7))
    latest = latest_statement(session, programme_id, talent_id)
    if latest is not None and latest.status is StatementStatus.DRAFT:
        current = _to_statement(session, latest)
        computed = _compute(_inputs_of(session, latest, who), talent.name, first=False, corrected_period=(
            latest.period_start, latest.period_end) if current.adjustment is not None else None)
        period = computed.period
        if current.adjustment is not None:  # the correction covers the corrected statement's period too
            period = (min(period[0], latest.period_start), max(period[1], latest.period_end))
        revised = wf.revise(current, result=computed.result, period=period, issue_date=issue,
                            transfer_date=transfer_date or current.transfer_date)
        _store_result(session, who, latest, revised)
        _record_computation(session, latest, computed, who)
        return latest.id
    computed = _compute(_inputs(session, programme_id, talent, who, None, None, None), talent.name,
                        first=latest is None)
    result, period = computed.result, computed.period
    draft = Statement(statement_no=_next_no(session, programme_id), payer=_payer(session, programme_id),
                      result=result, period=period, issue_date=issue, transfer_date=transfer)
    row = StatementRow(statement_no=draft.statement_no, talent_id=talent_id, programme_id=programme_id,
                       status=StatementStatus.DRAFT,
                       period_start=period[0], period_end=period[1], issue_date=issue, transfer_date=transfer,
                       gross_yen=0, withholding_yen=0, fee_yen=0, net_yen=0, transfer_yen=0,
                       result=result_to_json(result), rates_used=[],
                       created_at=stored_now(), data_note=note)
    session.add(row)
    session.flush()
    audit(session, who, row.__tablename__, row.id, "statement_no", None, row.statement_no)
    row.result = {}
    _store_result(session, who, row, draft)
    _record_computation(session, row, computed, who)
    return row.id


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
    approved = wf.approve(_to_statement(session, row), who, at.date(),
                          two_people_required(session, row.programme_id))
    check_current(row.inputs_sha256, _inputs_of(session, row, who).fingerprint())
    set_audited(session, who, row, {"status": approved.status, "approved_by": who, "approved_at": at})
    row.payee_snapshot = approved_snapshot(payee_row(session, row.talent_id), _payer(session, row.programme_id))


def approve_statement(db: Database, statement_id: int, who: str) -> None:
    """承認: in one transaction, lock the payee, check the draft is current, approve."""
    with db.session() as session:
        approve_in(session, lock_statement(session, statement_id), who, stored_now())


def adjust_statement(db: Database, statement_id: int, who: str, reason: str, transfer_date: date | None = None,
                     rates: CorrectionRates = CorrectionRates.CORRECTED) -> int:
    """訂正明細書: a new draft correcting an approved (or later) statement. It takes over the records the corrected
    statement pays, which can then change, and is recomputed with the corrected statement's rates unless the
    user chose the current ones (`rates`)."""
    with db.session() as session:
        return adjust_statement_in(session, lock_statement(session, statement_id), who, reason, transfer_date, rates)


def adjust_statement_in(session: Session, previous_row: StatementRow, who: str, reason: str,
                        transfer_date: date | None, rates: CorrectionRates) -> int:
    programme_id, talent_id = previous_row.programme_id, previous_row.talent_id
    latest = latest_statement(session, programme_id, talent_id)
    if latest is not None and latest.status is StatementStatus.DRAFT:
        raise InputError(msg("下書きの明細書 {new} があります。承認してから {no} を訂正してください",
                             "Draft statement {new} is open; approve it before correcting {no}",
                             no=previous_row.statement_no, new=latest.statement_no))
    newer = session.scalars(select(StatementRow.statement_no).where(
        StatementRow.adjusts_statement_id == previous_row.id)).first()
    if newer is not None:
        raise InputError(msg("明細書 {no} は明細書 {new} で訂正済みです。{new} を訂正してください",
                             "Statement {no} is corrected by {new} already; correct {new}",
                             no=previous_row.statement_no, new=newer))
    talent = talent_row(session, talent_id)
    previous = _to_statement(session, previous_row)
    today = tokyo_today()
    adjusted = wf.adjusting_statement(previous, previous.result, _next_no(session, programme_id), reason, today,
                                      transfer_date or next_bank_business_day(today + timedelta(days=7)))
    row = StatementRow(statement_no=adjusted.statement_no, talent_id=talent.id, programme_id=programme_id,
                       status=StatementStatus.DRAFT, period_start=previous.period[0],
                       period_end=previous.period[1], issue_date=today, transfer_date=adjusted.transfer_date,
                       gross_yen=0, withholding_yen=0, fee_yen=0, net_yen=0, transfer_yen=0, result={},
                       rates_used=[], adjusts_statement_id=previous_row.id, adjustment_reason=reason,
                       applied_policy=policy_json(policy_for(session, programme_id, talent, who), rates),
                       created_at=stored_now())
    session.add(row)
    session.flush()
    for model in (TourDayRow, WorkDayRow, ExpenseRow):  # the correction pays these records from now on
        session.execute(update(model).where(model.statement_id == previous_row.id).values(statement_id=row.id))
    audit(session, who, row.__tablename__, row.id, "adjusts_statement_id", None, previous_row.statement_no)
    audit(session, who, row.__tablename__, row.id, "adjustment_reason", None, reason)
    _store_result(session, who, row, adjusted)
    compute_draft_in(session, programme_id, talent_id, who, adjusted.transfer_date, today)
    return row.id


def statement_history(db: Database, programme_id: int, talent_id: int) -> list[tuple[int, Statement]]:
    """The talent's statements in the programme, oldest first."""
    with db.session() as session:
        return [(r.id, _to_statement(session, r)) for r in session.scalars(
            select(StatementRow).where(StatementRow.talent_id == talent_id, StatementRow.programme_id == programme_id)
            .order_by(StatementRow.id))]


def correctable_statements(db: Database, programme_id: int, talent_id: int) -> list[tuple[int, Statement]]:
    """The talent's statements a 訂正明細書 can correct: approved or later, and not corrected already."""
    history = statement_history(db, programme_id, talent_id)
    corrected = {st.adjustment.previous_no for _i, st in history if st.adjustment}
    return [(i, st) for i, st in history if st.status in ISSUED and st.statement_no not in corrected]


def statements_with_status(db: Database, programme_id: int, *statuses: StatementStatus) -> list[Statement]:
    """The programme's statements in any of `statuses`, by number."""
    with db.session() as session:
        return statements_in(session, [programme_id], *statuses)


def statements_in(session: Session, programme_ids: Sequence[int], *statuses: StatementStatus) -> list[Statement]:
    """The statements of these programmes in any of `statuses`, by number (a programme's numbers start with its
    fiscal year, so one programme's follow another's)."""
    rows = session.scalars(select(StatementRow).where(StatementRow.status.in_(statuses),
                                                      StatementRow.programme_id.in_(programme_ids))
                           .order_by(StatementRow.statement_no, StatementRow.id)).all()
    return [_to_statement(session, r) for r in rows]


def payer_in(session: Session, programme_id: int) -> Payer:
    """The programme's payer as its statements print it, in the caller's transaction."""
    return _payer(session, programme_id)


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


def draft_outdated(db: Database, statement_id: int, who: str) -> bool:
    """Whether the draft was computed from other records, payee details or policy than the current ones: its
    figures are not what it would pay (approve_in refuses it) until 明細書を作成 computes it again. Records are
    edited without recomputing their draft (each edit is its own undo step), so the page asks this."""
    with db.session() as session:
        row = row_by_id(session, StatementRow, statement_id)
        if row.status is not StatementStatus.DRAFT:
            return False
        return row.inputs_sha256 != _inputs_of(session, row, who).fingerprint()


def statement_in(session: Session, row: StatementRow) -> Statement:
    """The domain statement of a row, read inside the caller's transaction (payment runs)."""
    return _to_statement(session, row)
