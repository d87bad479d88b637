"""Payments on the database: payee details, attendance/work/expense records, statements and their exports.

* Every change writes audit entries (one per field: who, when, old, new). `who` is passed in by the
  caller (the GUI passes Settings.user_name) — services never read Qt settings. Bank account numbers
  are stored masked in the audit log.
* Statements are computed from the records with domain.payments.compute_payment, using the
  programme's policy (or its region's override) and dated rates. Workflow draft → approved → paid.
  While a talent's latest statement is approved or paid, its records cannot be changed (InputError);
  a correction starts with an adjusting statement (訂正明細書), a new draft referring to the old one,
  after which the records are editable again and the draft is recomputed.
* Work-day activities 'meeting' and 'report' count as business-model support work for the
  honorarium (domain Activity.SUPPORT); 'tour' counts as a tour activity.
* Exports read approved (and paid) statements: PDFs, accountants' workbook, Zengin file (approved
  only, transfer date must be a bank business day), 支払調書 list (paid in a year), audit log CSV.
"""

from __future__ import annotations

import csv
import hashlib
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import (AuditRow, ExpenseRow, PayeeRow, PaymentPayerRow,
                                              PaymentPolicyRow, PaymentRateRow, ReceiptRow,
                                              StatementRow, TourDayRow, WorkDayRow)
from colead_desktop.domain import statements as wf
from colead_desktop.domain.bank import AccountType, BankAccount, mask_number, validate_account
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.domain.payments import (FY2021_PRESET, Activity, Expense, ExpenseCategory,
                                            HonorariumScope, Line, LineCategory, PayeeInput,
                                            PaymentPolicy, PaymentResult, Rates, RateTable, TaxStatus,
                                            TravelRule, WorkDay, compute_payment)
from colead_desktop.domain.progress import Progress
from colead_desktop.domain.statements import Adjustment, Payer, Statement, StatementStatus
from colead_desktop.domain.zengin import Originator, check_transfer_date
from colead_desktop.paths import attachments_dir

ACTIVITIES = ("tour", "support", "meeting", "report")
ACTIVITY_LABELS = {"tour": ("ツアー", "Tour"), "support": ("企業支援", "Support"),
                   "meeting": ("打合せ", "Meeting"), "report": ("報告", "Report")}
DEMO_WHO = "デモデータ（架空）"
INVENTED = "架空のデモデータ（demo_payments）"


def activity_label(value: str) -> str:
    ja, en = ACTIVITY_LABELS[value]
    return msg(ja, en)


# ---------------------------------------------------------------- plain data for the GUI and CLI

@dataclass(frozen=True)
class PayeeSummary:
    talent_id: int
    name: str
    region: str
    statement_id: int | None
    statement_no: str
    status: str  # '' when no statement yet
    gross_yen: int
    withholding_yen: int
    fee_yen: int
    net_yen: int
    transfer_yen: int


@dataclass(frozen=True)
class PayeeDetails:
    talent_id: int
    name: str
    kana: str
    address: str
    tax_status: str
    exempt_reason: str
    bank_code: str
    branch_code: str
    account_type: str
    account_number: str
    holder_kana: str
    bank_name_kana: str
    branch_name_kana: str
    fee_borne_by: str
    fee_yen: int

    def masked_account(self) -> str:
        if not self.bank_code:
            return ""
        return (f"{self.bank_code}-{self.branch_code} {AccountType(self.account_type).label} "
                f"{mask_number(self.account_number)}")


@dataclass(frozen=True)
class TourDayItem:
    id: int
    day: date
    event_id: int | None
    note: str


@dataclass(frozen=True)
class WorkDayItem:
    id: int
    day: date
    activity: str
    company_id: int | None
    note: str
    approved_by: str


@dataclass(frozen=True)
class ExpenseItem:
    id: int
    day: date
    category: str
    amount_yen: int
    paid_directly: bool
    description: str
    receipts: tuple[str, ...]  # file names as attached


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    who: str
    entity: str
    entity_id: int | None
    field: str
    old: str | None
    new: str | None


# ---------------------------------------------------------------- audit

def _display(field: str, value: object) -> str | None:
    if value is None:
        return None
    if field == "account_number":
        return mask_number(str(value)) if value else ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _audit(session: Session, who: str, entity: str, entity_id: int | None, field: str,
           old: object, new: object) -> None:
    if not who.strip():
        raise InputError(msg("変更者の名前を設定してください（設定 → ユーザー名）",
                             "Set your name first (Settings → user name)"))
    session.add(AuditRow(at=datetime.now().replace(microsecond=0), who=who, entity=entity,
                         entity_id=entity_id, field=field, old=_display(field, old),
                         new=_display(field, new)))


def _columns(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "id"}


def _audit_created(session: Session, who: str, row: Any) -> None:
    session.flush()
    for field, value in _columns(row).items():
        if value not in (None, ""):
            _audit(session, who, row.__tablename__, row.id, field, None, value)


def _audit_deleted(session: Session, who: str, row: Any) -> None:
    for field, value in _columns(row).items():
        if value not in (None, ""):
            _audit(session, who, row.__tablename__, row.id, field, value, None)


def _set(session: Session, who: str, row: Any, changes: dict[str, Any]) -> None:
    for field, value in changes.items():
        old = getattr(row, field)
        if old != value:
            setattr(row, field, value)
            _audit(session, who, row.__tablename__, row.id, field, old, value)


def audit_entries(db: Database, entity: str | None = None, entity_id: int | None = None,
                  limit: int | None = None) -> list[AuditEntry]:
    """Newest first."""
    with db.session() as session:
        query = select(AuditRow).order_by(AuditRow.id.desc())
        if entity is not None:
            query = query.where(AuditRow.entity == entity)
        if entity_id is not None:
            query = query.where(AuditRow.entity_id == entity_id)
        if limit:
            query = query.limit(limit)
        return [AuditEntry(r.at, r.who, r.entity, r.entity_id, r.field, r.old, r.new)
                for r in session.scalars(query)]


def export_audit_csv(db: Database, target: Path) -> Path:
    """UTF-8 with BOM (Excel opens it as Japanese text); text that looks like a formula is quoted."""
    def safe(value: object) -> str:
        text = "" if value is None else str(value)
        return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text

    target = Path(target)
    tmp = target.with_name(target.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([msg("日時", "When"), msg("変更者", "Who"), msg("対象", "Entity"), "ID",
                         msg("項目", "Field"), msg("変更前", "Old"), msg("変更後", "New")])
        for e in reversed(audit_entries(db)):
            writer.writerow([e.at.isoformat(sep=" "), safe(e.who), e.entity, e.entity_id or "",
                             e.field, safe(e.old), safe(e.new)])
    tmp.replace(target)
    return target


# ---------------------------------------------------------------- lookups

def _talent(session: Session, talent_id: int) -> models.Talent:
    talent = session.get(models.Talent, talent_id)
    if talent is None:
        raise InputError(msg("人材 {id} が見つかりません", "Talent {id} not found", id=talent_id))
    return talent


def _region_name(session: Session, talent: models.Talent) -> str:
    region = session.get(models.Region, talent.assigned_region_id) if talent.assigned_region_id else None
    return region.name if region else ""


def _latest(session: Session, talent_id: int) -> StatementRow | None:
    return session.scalars(select(StatementRow).where(StatementRow.talent_id == talent_id)
                           .order_by(StatementRow.id.desc()).limit(1)).first()


def _check_editable(session: Session, talent_id: int) -> None:
    latest = _latest(session, talent_id)
    if latest is not None and latest.status != StatementStatus.DRAFT.value:
        raise InputError(msg(
            "支払明細書 {no} は{status}のため、この人の記録は変更できません。"
            "訂正する場合は「訂正明細書」を作成してから変更してください",
            "Statement {no} is {status}, so this person's records cannot be changed; create an "
            "adjusting statement first", no=latest.statement_no,
            status=StatementStatus(latest.status).label))


def list_payees(db: Database) -> list[PayeeSummary]:
    """Every talent with their latest statement (if any), in talent order."""
    with db.session() as session:
        out = []
        for talent in session.scalars(select(models.Talent).order_by(models.Talent.id)):
            st = _latest(session, talent.id)
            out.append(PayeeSummary(
                talent.id, talent.name, _region_name(session, talent), st.id if st else None,
                st.statement_no if st else "", st.status if st else "",
                st.gross_yen if st else 0, st.withholding_yen if st else 0, st.fee_yen if st else 0,
                st.net_yen if st else 0, st.transfer_yen if st else 0))
        return out


# ---------------------------------------------------------------- payee details

PAYEE_FIELDS = ("name", "kana", "address", "tax_status", "exempt_reason", "bank_code", "branch_code",
                "account_type", "account_number", "holder_kana", "bank_name_kana", "branch_name_kana",
                "fee_borne_by", "fee_yen")


def _payee_row(session: Session, talent_id: int) -> PayeeRow | None:
    return session.scalars(select(PayeeRow).where(PayeeRow.talent_id == talent_id)).first()


def payee_details(db: Database, talent_id: int) -> PayeeDetails:
    with db.session() as session:
        talent = _talent(session, talent_id)
        row = _payee_row(session, talent_id)
        if row is None:
            return PayeeDetails(talent_id, talent.name, talent.kana, "", "individual", "", "", "",
                                "ordinary", "", "", "", "", "payer", 0)
        return PayeeDetails(talent_id, **{f: getattr(row, f) for f in PAYEE_FIELDS})


def payee_row_id(db: Database, talent_id: int) -> int | None:
    """The payee row's id (what the audit log names), or None before details are saved."""
    with db.session() as session:
        row = _payee_row(session, talent_id)
        return row.id if row else None


def _bank_of(row: PayeeRow, who: str) -> BankAccount | None:
    if not (row.bank_code or row.account_number):
        return None
    return validate_account(who, row.bank_code, row.branch_code, row.account_type, row.account_number,
                            row.holder_kana, row.bank_name_kana, row.branch_name_kana)


def save_payee(db: Database, talent_id: int, who: str, **values: Any) -> None:
    """Create or update the payee details; the bank account is validated for the 全銀 file."""
    unknown = set(values) - set(PAYEE_FIELDS)
    if unknown:
        raise InputError(msg("不明な項目: {f}", "Unknown fields: {f}", f=", ".join(sorted(unknown))))
    with db.session() as session:
        talent = _talent(session, talent_id)
        row = _payee_row(session, talent_id)
        merged = {**({f: getattr(row, f) for f in PAYEE_FIELDS} if row else
                     {"name": talent.name, "kana": talent.kana, "address": "", "tax_status": "individual",
                      "exempt_reason": "", "bank_code": "", "branch_code": "", "account_type": "ordinary",
                      "account_number": "", "holder_kana": "", "bank_name_kana": "",
                      "branch_name_kana": "", "fee_borne_by": "payer", "fee_yen": 0}), **values}
        if merged["tax_status"] not in ("individual", "exempt"):
            raise InputError(msg("税区分は individual / exempt です", "Tax status is individual or exempt"))
        if merged["tax_status"] == "exempt" and not str(merged["exempt_reason"]).strip():
            raise InputError(msg("源泉徴収の対象外とする理由を入力してください",
                                 "Enter why this payee is exempt from withholding"))
        if merged["fee_borne_by"] not in ("payer", "payee"):
            raise InputError(msg("振込手数料の負担は payer / payee です", "The fee is borne by payer or payee"))
        fee = merged["fee_yen"]
        if isinstance(fee, bool) or not isinstance(fee, int) or fee < 0:
            raise InputError(msg("振込手数料は0以上の整数（円）です", "The bank fee must be whole yen, 0 or more"))
        if merged["bank_code"] or merged["account_number"]:
            bank = validate_account(merged["name"], merged["bank_code"], merged["branch_code"],
                                    merged["account_type"], merged["account_number"],
                                    merged["holder_kana"], merged["bank_name_kana"],
                                    merged["branch_name_kana"])
            merged.update(bank_code=bank.bank_code, branch_code=bank.branch_code,
                          account_type=bank.account_type.value, account_number=bank.number,
                          holder_kana=bank.holder_kana, bank_name_kana=bank.bank_name_kana,
                          branch_name_kana=bank.branch_name_kana)
        if row is None:
            row = PayeeRow(talent_id=talent_id, **merged)
            session.add(row)
            _audit_created(session, who, row)
        else:
            _set(session, who, row, merged)


# ---------------------------------------------------------------- records

def default_tour_days(session: Session, talent_id: int) -> list[tuple[date, int]]:
    """Days of the fieldwork-tour events the talent takes part in (not marked absent)."""
    query = (select(models.Event).join(models.Participation, models.Participation.event_id == models.Event.id)
             .where(models.Participation.talent_id == talent_id, models.Event.kind == "fieldwork_tour",
                    models.Participation.attendance != "absent"))
    days: dict[date, int] = {}
    for event in session.scalars(query):
        day = event.starts_at.date()
        while day <= event.ends_at.date():
            days.setdefault(day, event.id)
            day += timedelta(days=1)
    return sorted(days.items())


def tour_days(db: Database, talent_id: int) -> list[TourDayItem]:
    with db.session() as session:
        return [TourDayItem(r.id, r.day, r.event_id, r.note) for r in session.scalars(
            select(TourDayRow).where(TourDayRow.talent_id == talent_id).order_by(TourDayRow.day))]


def add_tour_day(db: Database, talent_id: int, day: date, who: str, note: str = "",
                 event_id: int | None = None) -> int:
    with db.session() as session:
        _talent(session, talent_id)
        _check_editable(session, talent_id)
        if session.scalars(select(TourDayRow).where(TourDayRow.talent_id == talent_id,
                                                    TourDayRow.day == day)).first():
            raise InputError(msg("{day} は既にツアー参加日です", "{day} is already a tour day", day=day.isoformat()))
        row = TourDayRow(talent_id=talent_id, day=day, note=note, event_id=event_id)
        session.add(row)
        _audit_created(session, who, row)
        return row.id


def fill_tour_days_from_events(db: Database, talent_id: int, who: str) -> int:
    """Add the tour-event days that are not recorded yet; returns how many were added."""
    with db.session() as session:
        _check_editable(session, talent_id)
        have = set(session.scalars(select(TourDayRow.day).where(TourDayRow.talent_id == talent_id)))
        added = 0
        for day, event_id in default_tour_days(session, talent_id):
            if day not in have:
                row = TourDayRow(talent_id=talent_id, day=day, event_id=event_id, note="")
                session.add(row)
                _audit_created(session, who, row)
                added += 1
        return added


def add_work_day(db: Database, talent_id: int, day: date, activity: str, who: str, note: str = "",
                 company_id: int | None = None, approved_by: str = "") -> int:
    if activity not in ACTIVITIES:
        raise InputError(msg("活動は {a} のいずれかです", "The activity must be one of {a}", a=", ".join(ACTIVITIES)))
    with db.session() as session:
        _talent(session, talent_id)
        _check_editable(session, talent_id)
        row = WorkDayRow(talent_id=talent_id, day=day, activity=activity, note=note,
                         company_id=company_id, approved_by=approved_by)
        session.add(row)
        _audit_created(session, who, row)
        return row.id


def work_days(db: Database, talent_id: int) -> list[WorkDayItem]:
    with db.session() as session:
        return [WorkDayItem(r.id, r.day, r.activity, r.company_id, r.note, r.approved_by)
                for r in session.scalars(select(WorkDayRow).where(WorkDayRow.talent_id == talent_id)
                                         .order_by(WorkDayRow.day, WorkDayRow.id))]


def add_expense(db: Database, talent_id: int, day: date, category: str, amount_yen: int,
                paid_directly: bool, who: str, description: str = "") -> int:
    try:
        ExpenseCategory(category)
    except ValueError:
        raise InputError(msg("費目は {c} のいずれかです", "The category must be one of {c}",
                             c=", ".join(c.value for c in ExpenseCategory))) from None
    if isinstance(amount_yen, bool) or not isinstance(amount_yen, int) or amount_yen < 0:
        raise InputError(msg("金額は0以上の整数（円）で入力してください", "Enter the amount as whole yen, 0 or more"))
    with db.session() as session:
        _talent(session, talent_id)
        _check_editable(session, talent_id)
        row = ExpenseRow(talent_id=talent_id, day=day, category=category, amount_yen=amount_yen,
                         paid_directly=paid_directly, description=description)
        session.add(row)
        _audit_created(session, who, row)
        return row.id


def expenses(db: Database, talent_id: int) -> list[ExpenseItem]:
    with db.session() as session:
        out = []
        for r in session.scalars(select(ExpenseRow).where(ExpenseRow.talent_id == talent_id)
                                 .order_by(ExpenseRow.day, ExpenseRow.id)):
            names = tuple(session.scalars(select(ReceiptRow.file_name).where(ReceiptRow.expense_id == r.id)
                                          .order_by(ReceiptRow.id)))
            out.append(ExpenseItem(r.id, r.day, r.category, r.amount_yen, r.paid_directly, r.description, names))
        return out


RECORD_TYPES: dict[str, type[Any]] = {"tour_day": TourDayRow, "work_day": WorkDayRow, "expense": ExpenseRow}


def update_record(db: Database, kind: str, row_id: int, who: str, **changes: Any) -> None:
    with db.session() as session:
        row = session.get(RECORD_TYPES[kind], row_id)
        if row is None:
            raise InputError(msg("記録 {id} が見つかりません", "Record {id} not found", id=row_id))
        _check_editable(session, row.talent_id)
        _set(session, who, row, changes)


def delete_record(db: Database, kind: str, row_id: int, who: str) -> None:
    with db.session() as session:
        row = session.get(RECORD_TYPES[kind], row_id)
        if row is None:
            return
        _check_editable(session, row.talent_id)
        if kind == "expense":
            for receipt in session.scalars(select(ReceiptRow).where(ReceiptRow.expense_id == row_id)):
                _audit_deleted(session, who, receipt)
                session.delete(receipt)
        _audit_deleted(session, who, row)
        session.delete(row)


def receipt_path(sha256: str, file_name: str) -> Path:
    return attachments_dir() / (sha256 + Path(file_name).suffix.lower())


def attach_receipt(db: Database, expense_id: int, source: Path, who: str) -> Path:
    """Copy the file into the data folder under its SHA-256 (same content stored once)."""
    source = Path(source)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputError(msg("領収書ファイルを読めません: {name}（{err}）", "Cannot read the receipt {name} ({err})",
                             name=source.name, err=exc.strerror)) from exc
    digest = hashlib.sha256(data).hexdigest()
    target = receipt_path(digest, source.name)
    if not target.exists():
        tmp = target.with_name(target.name + ".part")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    with db.session() as session:
        expense = session.get(ExpenseRow, expense_id)
        if expense is None:
            raise InputError(msg("経費 {id} が見つかりません", "Expense {id} not found", id=expense_id))
        _check_editable(session, expense.talent_id)
        row = ReceiptRow(expense_id=expense_id, sha256=digest, file_name=source.name, size_bytes=len(data),
                         added_at=datetime.now().replace(microsecond=0))
        session.add(row)
        _audit_created(session, who, row)
    return target


def receipts(db: Database, expense_id: int) -> list[tuple[str, Path]]:
    with db.session() as session:
        return [(r.file_name, receipt_path(r.sha256, r.file_name)) for r in session.scalars(
            select(ReceiptRow).where(ReceiptRow.expense_id == expense_id).order_by(ReceiptRow.id))]


# ---------------------------------------------------------------- policy

def _policy_from_row(session: Session, row: PaymentPolicyRow) -> PaymentPolicy:
    rates = tuple(Rates(r.entry_id, r.effective_from, r.per_diem_yen, r.honorarium_daily_yen,
                        r.honorarium_cap_yen, r.travel_cap_yen, r.travel_fixed_yen)
                  for r in session.scalars(select(PaymentRateRow).where(PaymentRateRow.policy_id == row.id)
                                           .order_by(PaymentRateRow.effective_from)))
    return PaymentPolicy(RateTable(rates), HonorariumScope(row.honorarium_scope), TravelRule(row.travel_rule),
                         row.withhold_reimbursements, row.exclusion_reason)


def save_policy(session: Session, programme_id: int, policy: PaymentPolicy, who: str,
                region_id: int | None = None) -> int:
    row = PaymentPolicyRow(programme_id=programme_id, region_id=region_id,
                           honorarium_scope=policy.honorarium_scope.value, travel_rule=policy.travel_rule.value,
                           withhold_reimbursements=policy.withhold_reimbursements,
                           exclusion_reason=policy.reimbursement_exclusion_reason)
    session.add(row)
    _audit_created(session, who, row)
    for rates in policy.rates.entries:
        rate = PaymentRateRow(policy_id=row.id, entry_id=rates.entry_id, effective_from=rates.effective_from,
                              per_diem_yen=rates.per_diem_yen, honorarium_daily_yen=rates.honorarium_daily_yen,
                              honorarium_cap_yen=rates.honorarium_cap_yen, travel_cap_yen=rates.travel_cap_yen,
                              travel_fixed_yen=rates.travel_fixed_yen)
        session.add(rate)
        _audit_created(session, who, rate)
    return row.id


def policy_for(session: Session, talent: models.Talent, who: str) -> PaymentPolicy:
    """The region's override, else the programme's policy (created from the FY2021 preset if none)."""
    rows = session.scalars(select(PaymentPolicyRow).where(PaymentPolicyRow.programme_id == talent.programme_id)).all()
    for row in rows:
        if row.region_id is not None and row.region_id == talent.assigned_region_id:
            return _policy_from_row(session, row)
    for row in rows:
        if row.region_id is None:
            return _policy_from_row(session, row)
    save_policy(session, talent.programme_id, FY2021_PRESET, who)
    return FY2021_PRESET


# ---------------------------------------------------------------- statements

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


def _payee_input(session: Session, talent: models.Talent, payee: PayeeRow | None) -> PayeeInput:
    tax = TaxStatus(payee.tax_status) if payee else TaxStatus.INDIVIDUAL
    activity = {"tour": Activity.TOUR, "support": Activity.SUPPORT, "meeting": Activity.SUPPORT,
                "report": Activity.SUPPORT}
    return PayeeInput(
        payee_id=str(talent.id), name=(payee.name if payee else "") or talent.name, tax=tax,
        exempt_reason=payee.exempt_reason if payee else "", region=_region_name(session, talent),
        tour_days=tuple(session.scalars(select(TourDayRow.day).where(TourDayRow.talent_id == talent.id))),
        work_days=tuple(WorkDay(r.day, activity[r.activity]) for r in session.scalars(
            select(WorkDayRow).where(WorkDayRow.talent_id == talent.id))),
        expenses=tuple(Expense(r.day, ExpenseCategory(r.category), r.amount_yen, r.paid_directly, r.description)
                       for r in session.scalars(select(ExpenseRow).where(ExpenseRow.talent_id == talent.id))))


def _compute(session: Session, talent: models.Talent, who: str) -> tuple[PaymentResult, tuple[date, date]]:
    payee = _payee_row(session, talent.id)
    payee_input = _payee_input(session, talent, payee)
    fee = payee.fee_yen if payee and payee.fee_borne_by == "payee" else 0
    result = compute_payment(payee_input, policy_for(session, talent, who), fee)
    days = list(payee_input.tour_days) + [w.day for w in payee_input.work_days] + [e.day for e in payee_input.expenses]
    if not days:
        raise InputError(msg("{name} には支払対象の記録（ツアー参加日・作業日・経費）がありません",
                             "{name} has no records to pay (tour days, work days, expenses)", name=talent.name))
    return result, (min(days), max(days))


def _payer(session: Session, programme_id: int) -> Payer:
    row = session.scalars(select(PaymentPayerRow).where(PaymentPayerRow.programme_id == programme_id)).first()
    if row is None:
        programme = session.get(models.Programme, programme_id)
        name = (programme.secretariat or programme.name) if programme else ""
        return Payer(name=name, programme=programme.name if programme else "")
    return Payer(row.name, row.address, row.registration_no, row.programme_label, row.contract_no)


def _to_statement(session: Session, row: StatementRow) -> Statement:
    talent = _talent(session, row.talent_id)
    payee = _payee_row(session, row.talent_id)
    adjustment = None
    if row.adjusts_statement_id is not None:
        previous = session.get(StatementRow, row.adjusts_statement_id)
        adjustment = Adjustment(previous.statement_no, previous.gross_yen, previous.withholding_yen,
                                row.adjustment_reason)
    return Statement(
        statement_no=row.statement_no, payer=_payer(session, talent.programme_id),
        result=result_from_json(row.result), period=(row.period_start, row.period_end),
        issue_date=row.issue_date, transfer_date=row.transfer_date,
        bank=_bank_of(payee, talent.name) if payee else None,
        payee_address=payee.address if payee else "", status=StatementStatus(row.status),
        approved_by=row.approved_by, approved_on=row.approved_at.date() if row.approved_at else None,
        paid_on=row.paid_at.date() if row.paid_at else None, adjustment=adjustment)


def _store_result(session: Session, who: str, row: StatementRow, statement: Statement) -> None:
    _set(session, who, row, {
        "gross_yen": statement.result.gross_yen, "withholding_yen": statement.result.withholding_yen,
        "fee_yen": statement.result.fee_yen, "net_yen": statement.result.net_yen,
        "transfer_yen": statement.transfer_yen, "period_start": statement.period[0],
        "period_end": statement.period[1], "issue_date": statement.issue_date,
        "transfer_date": statement.transfer_date})
    new_json = result_to_json(statement.result)
    if row.result != new_json:
        row.result = new_json
        row.rates_used = new_json["rates_used"]
        _audit(session, who, row.__tablename__, row.id, "lines", None,
               msg("{n}行を再計算", "{n} lines recomputed", n=len(statement.result.lines)))


def _next_no(session: Session, talent: models.Talent) -> str:
    programme = session.get(models.Programme, talent.programme_id)
    prefix = str(programme.fiscal_year) if programme else "P"
    count = session.scalar(select(func.count()).select_from(StatementRow)) or 0
    while True:
        count += 1
        number = f"{prefix}-{count:04d}"
        if session.scalar(select(StatementRow.id).where(StatementRow.statement_no == number)) is None:
            return number


def _compute_draft(session: Session, talent_id: int, who: str, transfer_date: date | None,
                   issue_date: date | None = None, note: str = "") -> int:
    talent = _talent(session, talent_id)
    result, period = _compute(session, talent, who)
    issue = issue_date or date.today()
    transfer = transfer_date or next_bank_business_day(issue + timedelta(days=7))
    latest = _latest(session, talent_id)
    if latest is not None and latest.status != StatementStatus.DRAFT.value:
        _check_editable(session, talent_id)  # raises: an approved statement is corrected by adjusting
    if latest is None:
        draft = Statement(statement_no=_next_no(session, talent), payer=_payer(session, talent.programme_id),
                          result=result, period=period, issue_date=issue, transfer_date=transfer)
        row = StatementRow(statement_no=draft.statement_no, talent_id=talent_id, status="draft",
                           period_start=period[0], period_end=period[1], issue_date=issue, transfer_date=transfer,
                           gross_yen=0, withholding_yen=0, fee_yen=0, net_yen=0, transfer_yen=0,
                           result=result_to_json(result), rates_used=[], created_at=datetime.now().replace(microsecond=0),
                           data_note=note)
        session.add(row)
        session.flush()
        _audit(session, who, row.__tablename__, row.id, "statement_no", None, row.statement_no)
        row.result = {}
        _store_result(session, who, row, draft)
        return row.id
    current = _to_statement(session, latest)
    revised = wf.revise(current, result=result, period=period, issue_date=issue,
                        transfer_date=transfer_date or current.transfer_date)
    _store_result(session, who, latest, revised)
    return latest.id


def compute_draft(db: Database, talent_id: int, who: str, transfer_date: date | None = None) -> int:
    """明細書を作成: compute from the records into the talent's draft statement (new or recomputed)."""
    with db.session() as session:
        return _compute_draft(session, talent_id, who, transfer_date)


def statement(db: Database, statement_id: int) -> Statement:
    with db.session() as session:
        row = session.get(StatementRow, statement_id)
        if row is None:
            raise InputError(msg("明細書 {id} が見つかりません", "Statement {id} not found", id=statement_id))
        return _to_statement(session, row)


def revise_statement(db: Database, statement_id: int, who: str, transfer_date: date) -> None:
    """Change a draft's transfer date; approved/paid statements raise InputError."""
    with db.session() as session:
        row = session.get(StatementRow, statement_id)
        revised = wf.revise(_to_statement(session, row), transfer_date=transfer_date)
        _store_result(session, who, row, revised)


def _approve(session: Session, row: StatementRow, who: str, at: datetime) -> None:
    approved = wf.approve(_to_statement(session, row), who, at.date())
    _set(session, who, row, {"status": approved.status.value, "approved_by": who, "approved_at": at})


def approve_statement(db: Database, statement_id: int, who: str) -> None:
    with db.session() as session:
        _approve(session, session.get(StatementRow, statement_id), who, datetime.now().replace(microsecond=0))


def mark_statement_paid(db: Database, statement_id: int, who: str, on: date | None = None) -> None:
    with db.session() as session:
        row = session.get(StatementRow, statement_id)
        day = on or date.today()
        paid = wf.mark_paid(_to_statement(session, row), day)
        _set(session, who, row, {"status": paid.status.value, "paid_at": datetime.combine(day, datetime.min.time())})


def adjust_statement(db: Database, statement_id: int, who: str, reason: str,
                     transfer_date: date | None = None) -> int:
    """訂正明細書: a new draft referring to an approved/paid statement, computed from the current records."""
    with db.session() as session:
        previous_row = session.get(StatementRow, statement_id)
        if previous_row is None:
            raise InputError(msg("明細書 {id} が見つかりません", "Statement {id} not found", id=statement_id))
        latest = _latest(session, previous_row.talent_id)
        if latest is not None and latest.id != previous_row.id:
            raise InputError(msg("明細書 {no} より新しい明細書 {new} があります。最新の明細書を訂正してください",
                                 "Statement {new} is newer than {no}; correct the latest statement",
                                 no=previous_row.statement_no, new=latest.statement_no))
        talent = _talent(session, previous_row.talent_id)
        previous = _to_statement(session, previous_row)
        result, period = _compute(session, talent, who)
        today = date.today()
        adjusted = wf.adjusting_statement(previous, result, _next_no(session, talent), reason, today,
                                          transfer_date or next_bank_business_day(today + timedelta(days=7)))
        adjusted = replace(adjusted, period=(min(period[0], previous.period[0]), max(period[1], previous.period[1])))
        row = StatementRow(statement_no=adjusted.statement_no, talent_id=talent.id, status="draft",
                           period_start=adjusted.period[0], period_end=adjusted.period[1], issue_date=today,
                           transfer_date=adjusted.transfer_date, gross_yen=0, withholding_yen=0, fee_yen=0,
                           net_yen=0, transfer_yen=0, result={}, rates_used=[],
                           adjusts_statement_id=previous_row.id, adjustment_reason=reason,
                           created_at=datetime.now().replace(microsecond=0))
        session.add(row)
        session.flush()
        _audit(session, who, row.__tablename__, row.id, "adjusts_statement_id", None, previous_row.statement_no)
        _audit(session, who, row.__tablename__, row.id, "adjustment_reason", None, reason)
        _store_result(session, who, row, adjusted)
        return row.id


def statement_history(db: Database, talent_id: int) -> list[tuple[int, Statement]]:
    with db.session() as session:
        return [(r.id, _to_statement(session, r)) for r in session.scalars(
            select(StatementRow).where(StatementRow.talent_id == talent_id).order_by(StatementRow.id))]


def statements_with_status(db: Database, *statuses: str) -> list[Statement]:
    with db.session() as session:
        rows = session.scalars(select(StatementRow).where(StatementRow.status.in_(statuses))
                               .order_by(StatementRow.statement_no)).all()
        return [_to_statement(session, r) for r in rows]


def issued_statements(db: Database) -> list[Statement]:
    """Approved and paid statements: what payees and accountants get."""
    return statements_with_status(db, "approved", "paid")


def _need(statements: Sequence[Statement]) -> Sequence[Statement]:
    if not statements:
        raise InputError(msg("承認済みの支払明細書がありません", "There are no approved statements"))
    return statements


# ---------------------------------------------------------------- exports

def export_statement_pdf(db: Database, statement_id: int, target: Path) -> Path:
    from colead_desktop.reports.statement_pdf import render_statement

    return render_statement(statement(db, statement_id), Path(target))


def export_statement_folder(db: Database, folder: Path, progress: Progress | None = None) -> list[Path]:
    from colead_desktop.reports.statement_pdf import render_folder

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return render_folder(_need(issued_statements(db)), folder, progress)


def export_statements_combined(db: Database, target: Path, progress: Progress | None = None) -> Path:
    from colead_desktop.reports.statement_pdf import render_combined

    return render_combined(_need(issued_statements(db)), Path(target), progress)


def export_payments_workbook(db: Database, target: Path) -> Path:
    from colead_desktop.exports.payments_xlsx import write_payments_workbook

    return write_payments_workbook(_need(issued_statements(db)), Path(target))


def _originator(session: Session) -> Originator:
    row = session.scalars(select(PaymentPayerRow).order_by(PaymentPayerRow.id)).first()
    if row is None or not row.account_number:
        raise InputError(msg("振込依頼人（支払者）の口座が登録されていません",
                             "The payer's (originator's) bank account is not set up"))
    account = validate_account(row.name, row.bank_code, row.branch_code, row.account_type, row.account_number,
                               row.name_kana or "ｼﾞﾑｷﾖｸ")
    return Originator(row.requester_code, row.name_kana, account)


def export_zengin(db: Database, transfer_date: date, target: Path) -> Path:
    """The 全銀 file of all approved (unpaid) statements, all transferred on `transfer_date`."""
    from colead_desktop.exports.zengin_file import write_zengin_file

    check_transfer_date(transfer_date)  # names the next bank business day
    statements = [replace(st, transfer_date=transfer_date)
                  for st in _need(statements_with_status(db, "approved"))]
    with db.session() as session:
        originator = _originator(session)
    return write_zengin_file(originator, statements, Path(target))


def export_chosho(db: Database, year: int, target: Path) -> Path:
    from colead_desktop.exports.shiharai_chosho_xlsx import write_chosho_workbook

    statements = statements_with_status(db, "paid")
    payer = statements[0].payer.name if statements else ""
    return write_chosho_workbook(statements, year, payer, Path(target))


# ---------------------------------------------------------------- demo

def load_demo_payments(session: Session, who: str = DEMO_WHO) -> None:
    """Invented payment records for the 16 demo talents (domain.demo_payments), statements approved."""
    from colead_desktop.domain.demo_payments import (DEMO_PAYER, TRANSFER_DATE, demo_payees)

    talents = session.scalars(select(models.Talent).order_by(models.Talent.id)).all()
    programme_id = talents[0].programme_id
    save_policy(session, programme_id, FY2021_PRESET, who)
    payer = PaymentPayerRow(programme_id=programme_id, name=DEMO_PAYER.name, address=DEMO_PAYER.address,
                            programme_label=DEMO_PAYER.programme, contract_no=DEMO_PAYER.contract_no,
                            requester_code="0123456789", name_kana="ｺﾘ-ﾄﾞｼﾞﾑｷﾖｸ", bank_code="0001",
                            branch_code="001", account_type="ordinary", account_number="1234567",
                            data_note=INVENTED)
    session.add(payer)
    _audit_created(session, who, payer)
    events = {}
    for talent in talents:
        days = default_tour_days(session, talent.id)
        events[talent.id] = dict(days)
    approved_at = datetime(2022, 3, 1, 9, 0)
    for demo in demo_payees([(str(t.id), t.name) for t in talents]):
        talent_id = int(demo.payee.payee_id)
        bank = demo.bank
        row = PayeeRow(talent_id=talent_id, name=demo.payee.name, kana="", address="（架空の住所）",
                       tax_status=demo.payee.tax.value, exempt_reason=demo.payee.exempt_reason,
                       bank_code=bank.bank_code, branch_code=bank.branch_code, account_type=bank.account_type.value,
                       account_number=bank.number, holder_kana=bank.holder_kana, bank_name_kana=bank.bank_name_kana,
                       branch_name_kana=bank.branch_name_kana, fee_borne_by="payee" if demo.fee_yen else "payer",
                       fee_yen=demo.fee_yen, data_note=INVENTED)
        records: list[Any] = [row]
        records += [TourDayRow(talent_id=talent_id, day=d, event_id=events[talent_id].get(d), note="")
                    for d in demo.payee.tour_days]
        records += [WorkDayRow(talent_id=talent_id, day=w.day, activity=w.activity.value, note=INVENTED,
                               approved_by="") for w in demo.payee.work_days]
        records += [ExpenseRow(talent_id=talent_id, day=e.day, category=e.category.value, amount_yen=e.amount_yen,
                               paid_directly=e.paid_directly, description=e.description) for e in demo.payee.expenses]
        for record in records:
            session.add(record)
            _audit_created(session, who, record)
        statement_id = _compute_draft(session, talent_id, who, TRANSFER_DATE, issue_date=date(2022, 3, 1),
                                      note=INVENTED)
        _approve(session, session.get(StatementRow, statement_id), who, approved_at)


def payment_totals(summaries: Iterable[PayeeSummary]) -> dict[str, int]:
    rows = [s for s in summaries if s.statement_id is not None]
    return {k: sum(getattr(s, k) for s in rows)
            for k in ("gross_yen", "withholding_yen", "fee_yen", "net_yen", "transfer_yen")}
