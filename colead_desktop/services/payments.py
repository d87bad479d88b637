"""Payments on the database: payees with their statements, payee details, exports and the demo data.

The other payment services: payment_records (tour/work/expense records), payment_statements
(computation and workflow), payment_policy (the policy editor), payment_audit (the audit log).
* Every change writes audit entries (one per field: who, when, old, new); `who` is passed in by the
  caller (the GUI passes Settings.user_name). Bank account numbers are stored masked in the audit log.
* Exports read approved (and later) statements: PDFs, accountants' workbook, 支払調書 list (paid in a
  year). The 全銀 file is made only by a payment run (services.payment_runs), which records it.
* A payee's new bank account sends their approved statement (not yet in a run) back to draft: the
  statement keeps the account it was approved with, so the change needs a new approval.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import (AuditRow, ExpenseRow, PayeeRow, PaymentPayerRow, ReceiptRow,
                                              StatementRow, TourDayRow, WorkDayRow)
from colead_desktop.domain.bank import ACCOUNT_FIELDS, AccountType, holder_mismatch, validate_account
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.normalise import normalise_text
from colead_desktop.domain.payments import FY2021_PRESET, MAX_BANK_FEE_YEN
from colead_desktop.domain.personal import mask_number
from colead_desktop.domain.normalise import canonical_address
from colead_desktop.domain.progress import Progress
from colead_desktop.domain.statement_totals import StatementTotals, add_up
from colead_desktop.domain.statements import ISSUED, Adjustment, Payer, Statement
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services.payment_audit import AuditEntry, as_entry, audit, audit_created, set_audited
from colead_desktop.services.payment_guard import lock_payee, lock_statement
from colead_desktop.services.payment_policy_store import save_policy
from colead_desktop.services.payment_rows import payee_row, talent_row
from colead_desktop.services.payment_statements import (approve_in, compute_draft_in, issued_statements,
                                                        result_from_json, statement)
from colead_desktop.services.payment_tour_days import attended_tour_days
from colead_desktop.services.programme_scope import talents_of

DEMO_WHO = "デモデータ（架空）"
DEMO_APPROVER = "デモ経理（架空）"  # approval needs someone other than who computed the statements
INVENTED = "架空のデモデータ"


# ---------------------------------------------------------------- plain data for the GUI and CLI

@dataclass(frozen=True)
class PayeeSummary:
    talent_id: int
    name: str
    region: str
    statement_id: int | None
    statement_no: str
    status: StatementStatus | None  # None when no statement yet
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
    employer_name: str
    employer_address: str
    # The stored row's version when read (0: no row yet); bookkeeping, not content, so not compared.
    version: int = field(default=0, compare=False)

    def masked_account(self) -> str:
        if not self.bank_code:
            return ""
        return (f"{self.bank_code}-{self.branch_code} {AccountType(self.account_type).label} "
                f"{mask_number(self.account_number)}")


def list_payees(db: Database, programme_id: int) -> list[PayeeSummary]:
    """Every talent taking part in the programme with their latest statement (if any), in talent order.

    Three queries of the columns shown, whatever the number of talents (the 支払 page and the print centre list
    thousands)."""
    with db.session() as session:
        regions = {region_id: name for region_id, name in session.execute(select(models.Region.id, models.Region.name))}
        latest_ids = (select(func.max(StatementRow.id)).where(StatementRow.programme_id == programme_id)
                      .group_by(StatementRow.talent_id))
        latest = {row.talent_id: row for row in session.execute(select(
            StatementRow.talent_id, StatementRow.id, StatementRow.statement_no, StatementRow.status,
            StatementRow.gross_yen, StatementRow.withholding_yen, StatementRow.fee_yen, StatementRow.net_yen,
            StatementRow.transfer_yen).where(StatementRow.id.in_(latest_ids)))}
        taking_part = session.execute(select(models.Talent.id, models.Talent.name,
                                             models.ProgrammeTalent.assigned_region_id).join(
            models.ProgrammeTalent, models.ProgrammeTalent.talent_id == models.Talent.id).where(
            models.ProgrammeTalent.programme_id == programme_id).order_by(models.Talent.id)).all()
    out = []
    for talent_id, name, region_id in taking_part:
        st = latest.get(talent_id)
        out.append(PayeeSummary(
            talent_id, name, regions.get(region_id or 0, ""), st.id if st else None,
            st.statement_no if st else "", st.status if st else None, st.gross_yen if st else 0,
            st.withholding_yen if st else 0, st.fee_yen if st else 0, st.net_yen if st else 0,
            st.transfer_yen if st else 0))
    return out


def talent_audit(db: Database, programme_id: int, talent_id: int) -> list[AuditEntry]:
    """The audit entries of a talent's statements and current records in the programme and of their payee
    details (the person's, shared by every programme), newest first."""
    with db.session() as session:
        keys = [(StatementRow.__tablename__, i) for i in session.scalars(
            select(StatementRow.id).where(StatementRow.talent_id == talent_id,
                                          StatementRow.programme_id == programme_id))]
        keys += [(PayeeRow.__tablename__, i) for i in session.scalars(
            select(PayeeRow.id).where(PayeeRow.talent_id == talent_id))]
        for model in (TourDayRow, WorkDayRow, ExpenseRow):
            keys += [(model.__tablename__, i) for i in session.scalars(
                select(model.id).where(model.talent_id == talent_id, model.programme_id == programme_id))]
        expense_ids = select(ExpenseRow.id).where(ExpenseRow.talent_id == talent_id,
                                                  ExpenseRow.programme_id == programme_id)
        keys += [(ReceiptRow.__tablename__, i) for i in session.scalars(
            select(ReceiptRow.id).where(ReceiptRow.expense_id.in_(expense_ids)))]
        wanted = set(keys)
        rows = session.scalars(select(AuditRow).where(AuditRow.entity_id.in_({i for _e, i in keys}))
                               .order_by(AuditRow.id.desc()))
        return [as_entry(r) for r in rows if (r.entity, r.entity_id) in wanted]


# ---------------------------------------------------------------- payee details

PAYEE_FIELDS = ("name", "kana", "address", "tax_status", "exempt_reason", "bank_code", "branch_code",
                "account_type", "account_number", "holder_kana", "bank_name_kana", "branch_name_kana",
                "fee_borne_by", "fee_yen", "employer_name", "employer_address")
ADDRESS_FIELDS = ("address", "employer_address")


def payee_details(db: Database, talent_id: int) -> PayeeDetails:
    with db.session() as session:
        return _stored_details(session, talent_id)


def _stored_details(session: Session, talent_id: int) -> PayeeDetails:
    row = payee_row(session, talent_id)
    if row is None:
        talent = talent_row(session, talent_id)
        return PayeeDetails(talent_id, talent.name, talent.kana, "", "individual", "", "", "",
                            "ordinary", "", "", "", "", "payer", 0, "", "")
    return PayeeDetails(talent_id, **{f: getattr(row, f) for f in PAYEE_FIELDS}, version=row.version)


def replace_payee(db: Database, expected: PayeeDetails, wanted: PayeeDetails, who: str) -> PayeeDetails:
    """Save `wanted` (audited like save_payee) only if the stored details are still `expected`, else StaleRecord
    (its message names fields, no personal data); the details as stored (normalised by the bank rules). The undo
    step of 保存."""
    talent_id = expected.talent_id
    with db.session() as session:
        lock_payee(session, talent_id)  # before the comparison: no change slips in between
        stored = _stored_details(session, talent_id)
        if stored != expected:  # the message names fields, never their values
            raise StaleRecord(msg("受取人情報", "payee details"), wanted, stored, expected)
        _store_payee(session, talent_id, who, {f: getattr(wanted, f) for f in PAYEE_FIELDS})
        session.flush()
        return _stored_details(session, talent_id)


def save_payee(db: Database, talent_id: int, who: str, **values: Any) -> None:
    """Create or update the payee details; the bank account is validated for the 全銀 file."""
    unknown = set(values) - set(PAYEE_FIELDS)
    if unknown:
        raise InputError(msg("不明な項目: {f}", "Unknown fields: {f}", f=", ".join(sorted(unknown))))
    with db.session() as session:
        lock_payee(session, talent_id)  # the details feed the statement: no change mid-approval
        _store_payee(session, talent_id, who, values)


def _store_payee(session: Session, talent_id: int, who: str, values: dict[str, Any]) -> None:
    """Validate and write the details over the stored ones, the payee locked by the caller."""
    stored = _stored_details(session, talent_id)  # the defaults while there is no row yet
    row = payee_row(session, talent_id)
    merged = {**{f: getattr(stored, f) for f in PAYEE_FIELDS}, **values}
    for name in ADDRESS_FIELDS:  # typed in the payee dialog or `colead payments payee`: printed on the 支払調書
        merged[name] = canonical_address(str(merged[name]))
    merged["kana"] = normalise_text(str(merged["kana"]))  # full-width, as the talent's (domain/validation.py)
    bank_problems: list[str] = []  # said with the other problems, in the form's order, not after they are fixed
    if merged["bank_code"] or merged["account_number"]:
        try:
            # Named "the payee", not by name: the message reaches dialogs and logs, and the form is this payee's.
            bank = validate_account(msg("受取人", "The payee"), merged["bank_code"], merged["branch_code"],
                                    merged["account_type"], merged["account_number"],
                                    merged["holder_kana"], merged["bank_name_kana"],
                                    merged["branch_name_kana"])
        except InputError as bad:
            bank_problems.append(str(bad))
        else:
            merged.update(bank_code=bank.bank_code, branch_code=bank.branch_code,
                          account_type=bank.account_type.value, account_number=bank.number,
                          holder_kana=bank.holder_kana, bank_name_kana=bank.bank_name_kana,
                          branch_name_kana=bank.branch_name_kana)
    problems = [*_tax_problems(merged), *bank_problems, *_fee_problems(merged)]
    if problems:
        raise InputError("\n".join(problems))
    if row is None:
        row = PayeeRow(talent_id=talent_id, **merged)
        session.add(row)
        audit_created(session, who, row)
    else:
        # who is paid (the account, or the company paid instead of the person) was approved as it stood
        account_changed = any(merged[f] != getattr(row, f) for f in (*ACCOUNT_FIELDS, "employer_name"))
        set_audited(session, who, row, merged)
        if account_changed:
            _reopen_approved(session, talent_id, who, mask_number(str(merged["account_number"])))


def _tax_problems(merged: dict[str, Any]) -> list[str]:
    problems = []
    if merged["tax_status"] not in ("individual", "exempt"):
        problems.append(msg("税区分は individual / exempt です", "Tax status is individual or exempt"))
    if merged["tax_status"] == "exempt" and not str(merged["exempt_reason"]).strip():
        problems.append(msg("源泉徴収の対象外とする理由を入力してください", "Enter why this payee is exempt from withholding"))
    if str(merged["employer_name"]).strip() and merged["tax_status"] != "exempt":
        problems.append(msg("所属企業へ支払う場合、法人への支払のため源泉徴収なし（理由を記入）にしてください",
                            "Fees paid to the employer company are paid to a company: set no withholding "
                            "and give the reason"))
    return problems


def _fee_problems(merged: dict[str, Any]) -> list[str]:
    problems = []
    if merged["fee_borne_by"] not in ("payer", "payee"):
        problems.append(msg("振込手数料の負担は payer / payee です", "The fee is borne by payer or payee"))
    fee = merged["fee_yen"]
    if isinstance(fee, bool) or not isinstance(fee, int) or not 0 <= fee <= MAX_BANK_FEE_YEN:
        problems.append(msg("振込手数料は0〜{most}円の整数です", "The bank fee must be whole yen from 0 to {most}",
                            most=f"{MAX_BANK_FEE_YEN:,}"))
    return problems


def _reopen_approved(session: Session, talent_id: int, who: str, masked_account: str) -> None:
    """A new account after approval: the approved statements not yet in a run go back to draft (they were
    approved with the old account, which their snapshot holds). Statements in a run keep the account the
    run's file was made with; the new one is used from the next run on."""
    for row in session.scalars(select(StatementRow).where(StatementRow.talent_id == talent_id,
                                                          StatementRow.status == StatementStatus.APPROVED)):
        set_audited(session, who, row, {"status": StatementStatus.DRAFT, "approved_by": "", "approved_at": None})
        row.payee_snapshot = None  # not through the audit log: it holds the full account number
        audit(session, who, row.__tablename__, row.id, "reopened", None,
              msg("振込先口座の変更（{acct}）により再承認が必要", "bank account changed ({acct}): approve again",
                  acct=masked_account))


def _need(statements: Sequence[Statement]) -> Sequence[Statement]:
    if not statements:
        raise InputError(msg("承認済みの支払明細書がありません", "There are no approved statements"))
    return statements


# ---------------------------------------------------------------- exports

def export_statement_pdf(db: Database, statement_id: int, target: Path) -> Path:
    from colead_desktop.reports.statement_pdf import render_statement_apart

    return render_statement_apart(statement(db, statement_id), Path(target))


def export_statement_folder(db: Database, programme_id: int, folder: Path,
                            progress: Progress | None = None) -> list[Path]:
    from colead_desktop.reports.statement_pdf import render_folder

    return render_folder(_need(issued_statements(db, programme_id)), Path(folder), progress)


def export_statements_combined(db: Database, programme_id: int, target: Path,
                               progress: Progress | None = None) -> Path:
    from colead_desktop.reports.statement_pdf import render_combined

    return render_combined(_need(issued_statements(db, programme_id)), Path(target), progress)


def export_payments_workbook(db: Database, programme_id: int, target: Path) -> Path:
    from colead_desktop.exports.payments_xlsx import write_payments_workbook
    from colead_desktop.services.budget import report_of

    statements = _need(issued_statements(db, programme_id))
    return write_payments_workbook(statements, Path(target), report_of(db, programme_id, statements))


@dataclass(frozen=True)
class HolderMismatch:
    """A payee whose account holder is not their own フリガナ (bank.holder_mismatch)."""

    name: str
    kana: str
    holder_kana: str


def holder_mismatches(db: Database, programme_id: int) -> list[HolderMismatch]:
    """Payees of approved statements (the next 全銀 file) whose account holder does not match their
    フリガナ, for a confirmation before the file is written."""
    with db.session() as session:
        talent_ids = session.scalars(select(StatementRow.talent_id).distinct()
                                     .where(StatementRow.status == StatementStatus.APPROVED,
                                            StatementRow.programme_id == programme_id)).all()
        rows = [r for r in (payee_row(session, t) for t in sorted(talent_ids)) if r is not None]
        return [HolderMismatch(r.name, r.kana, r.holder_kana) for r in rows
                if holder_mismatch(r.holder_kana, r.kana, r.tax_status == "exempt")]


def chosho_default_year(db: Database, programme_id: int, today: date) -> int:
    """The year the 支払調書 list most likely wants: the latest calendar year of paid statements (the year
    paid) or approved ones (the year they will be transferred); last year when there are none."""
    with db.session() as session:
        rows = session.execute(select(StatementRow.paid_at, StatementRow.transfer_date)
                               .where(StatementRow.status.in_(ISSUED),
                                      StatementRow.programme_id == programme_id)).all()
    return max(((paid or transfer).year for paid, transfer in rows), default=today.year - 1)


# ---------------------------------------------------------------- demo

def load_demo_payments(session: Session, programme_id: int, who: str = DEMO_WHO) -> None:
    """Invented payment records for the 16 talents of the demo programme (domain.demo_payments), statements
    approved."""
    from colead_desktop.domain.demo_payments import (DEMO_PAYER, TRANSFER_DATE, demo_payees)

    talents = [talent for talent, _ in talents_of(session, programme_id)]
    save_policy(session, programme_id, FY2021_PRESET, who)
    payer = PaymentPayerRow(programme_id=programme_id, name=DEMO_PAYER.name, address=DEMO_PAYER.address,
                            programme_label=DEMO_PAYER.programme, contract_no=DEMO_PAYER.contract_no,
                            requester_code="0123456789", name_kana="ｺﾘ-ﾄﾞｼﾞﾑｷﾖｸ", bank_code="0001",
                            branch_code="001", account_type="ordinary", account_number="1234567",
                            data_note=INVENTED)
    session.add(payer)
    audit_created(session, who, payer)
    events = {t.id: {d.day: d.event_id for d in attended_tour_days(session, programme_id, t)} for t in talents}
    approved_at = datetime(2022, 3, 1, 9, 0)
    for demo in demo_payees([(str(t.id), t.name, t.kana) for t in talents]):
        talent_id = int(demo.payee.payee_id)
        bank = demo.bank
        row = PayeeRow(talent_id=talent_id, name=demo.payee.name, kana=demo.kana, address="（架空の住所）",
                       tax_status=demo.payee.tax.value, exempt_reason=demo.payee.exempt_reason,
                       bank_code=bank.bank_code, branch_code=bank.branch_code, account_type=bank.account_type.value,
                       account_number=bank.number, holder_kana=bank.holder_kana, bank_name_kana=bank.bank_name_kana,
                       branch_name_kana=bank.branch_name_kana, fee_borne_by="payee" if demo.fee_yen else "payer",
                       fee_yen=demo.fee_yen, employer_name=demo.employer.name if demo.employer else "",
                       employer_address=demo.employer.address if demo.employer else "", data_note=INVENTED)
        records: list[Any] = [row]
        paid_in = {"talent_id": talent_id, "programme_id": programme_id}
        records += [TourDayRow(**paid_in, day=d, event_id=events[talent_id].get(d), note="")
                    for d in demo.payee.tour_days]
        records += [WorkDayRow(**paid_in, day=w.day, activity=w.activity.value, note=INVENTED, approved_by="")
                    for w in demo.payee.work_days]
        records += [ExpenseRow(**paid_in, day=e.day, category=e.category.value, amount_yen=e.amount_yen,
                               paid_directly=e.paid_directly, description=e.description) for e in demo.payee.expenses]
        for record in records:
            session.add(record)
            audit_created(session, who, record)
        statement_id = compute_draft_in(session, programme_id, talent_id, who, TRANSFER_DATE,
                                        issue_date=date(2022, 3, 1), note=INVENTED)
        approve_in(session, lock_statement(session, statement_id), DEMO_APPROVER, approved_at)


def programme_totals(db: Database, programme_id: int) -> StatementTotals:
    """The programme's totals over all its statements, each added once (domain.statement_totals).

    Read in one query: the money of a statement needs only its own row and the row it corrects, not the payee
    or payer that statement() looks up per row, which made the page's totals row take seconds at 800 payees."""
    return add_up(programme_money(db, programme_id))


def programme_money(db: Database, programme_id: int) -> list[Statement]:
    """Every statement of the programme as far as its money goes (`_money_of`), read in one query: the totals
    row of the 支払 page and the dashboard's budget report."""
    with db.session() as session:
        return money_in(session, [programme_id]).get(programme_id, [])


# What `_money_of` reads of a statement: not its inputs, policy or payee snapshot, whose JSON made three quarters
# of the decoding of a thousand statements (issue 15).
_MONEY_COLUMNS = (StatementRow.id, StatementRow.programme_id, StatementRow.statement_no, StatementRow.result,
                  StatementRow.period_start, StatementRow.period_end, StatementRow.issue_date,
                  StatementRow.transfer_date, StatementRow.status, StatementRow.adjusts_statement_id,
                  StatementRow.adjustment_reason, StatementRow.paid_at, StatementRow.joins_transfer_of)


def money_in(session: Session, programme_ids: Sequence[int]) -> dict[int, list[Statement]]:
    """Every statement of these programmes as far as its money goes, by programme and by number, in one query
    (programme_money; the payer's withholding by month, services/tax_documents.py)."""
    rows = {r.id: r for r in session.execute(select(*_MONEY_COLUMNS)
                                             .where(StatementRow.programme_id.in_(programme_ids))
                                             .order_by(StatementRow.statement_no, StatementRow.id))}
    by_programme: dict[int, list[Statement]] = {}
    for row in rows.values():
        by_programme.setdefault(row.programme_id, []).append(_money_of(row, rows))
    return by_programme


def _money_of(row: Row[Any], rows: dict[int, Row[Any]]) -> Statement:
    """The statement as far as its money goes: its result, status, paid date, the result of the statement it
    corrects and the transfer it joins (whose one fee it does not bear again)."""
    adjustment = None
    if row.adjusts_statement_id is not None:
        previous = rows[row.adjusts_statement_id]  # a correction stays in its statement's programme
        adjustment = Adjustment(previous.statement_no, result_from_json(previous.result), row.adjustment_reason)
    return Statement(statement_no=row.statement_no, payer=Payer(""), result=result_from_json(row.result),
                     period=(row.period_start, row.period_end), issue_date=row.issue_date,
                     transfer_date=row.transfer_date, status=row.status, adjustment=adjustment,
                     paid_on=row.paid_at.date() if row.paid_at else None,
                     joins_transfer_of=row.joins_transfer_of or "")
