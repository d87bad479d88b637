"""Payments: policy and dated rates, payee details, attendance/work/expense records, statements, audit log.

Amounts are integer yen. A statement keeps the computed lines and the rates used as JSON (it is always
read whole and never edited once approved), plus the totals as columns for listing and checking.
The audit log never holds a full bank account number: the services store masked values there.
A receipt's bytes are in `attachment_blob` (by SHA-256); `payment_receipt` links them to the expense.
Payee details belong to the person (shared by every programme); days, expenses and statements belong to the
programme they were paid in (`programme_id`), so a talent paid in two fiscal years keeps the years apart.
A payment run (支払処理) pays a set of approved statements through one 全銀 file; each file made for it
(the first and every 再作成) is a `payment_run_file` row, so the history of bank files is kept.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (JSON, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base, version_column, versioned
from colead_desktop.db.enum_column import EnumText, one_of
from colead_desktop.domain.payment_runs import RunStatus
from colead_desktop.domain.statement_status import StatementStatus


class PaymentPolicyRow(Base):
    """The programme's policy (region_id NULL) or one region's override (worksheet B-5)."""

    __tablename__ = "payment_policy"
    __table_args__ = (
        CheckConstraint("honorarium_scope IN ('none', 'tour_only', 'support_only', 'all')",
                        name="honorarium_scope"),
        CheckConstraint("travel_rule IN ('none', 'actual', 'actual_capped', 'fixed')", name="travel_rule"),
        # who may approve is the programme's rule, so only the programme-wide row can relax it
        CheckConstraint("region_id IS NULL OR NOT single_approver", name="single_approver_programme_only"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"), index=True)
    honorarium_scope: Mapped[str] = mapped_column(String(20))
    travel_rule: Mapped[str] = mapped_column(String(20))
    withhold_reimbursements: Mapped[bool] = mapped_column(default=True)
    exclusion_reason: Mapped[str] = mapped_column(Text, default="")
    # a one-person secretariat: whoever computed a draft may approve it too (the PDF then says 単独承認)
    single_approver: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class PaymentRateRow(Base):
    """One dated rate entry of a policy; `entry_id` is what statements record as the rates used."""

    __tablename__ = "payment_rate"
    __table_args__ = (UniqueConstraint("policy_id", "effective_from", name="uq_payment_rate_policy_day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("payment_policy.id", ondelete="CASCADE"))
    entry_id: Mapped[str] = mapped_column(String(40))
    effective_from: Mapped[date] = mapped_column(Date)
    per_diem_yen: Mapped[int] = mapped_column(Integer)
    honorarium_daily_yen: Mapped[int] = mapped_column(Integer)
    honorarium_cap_yen: Mapped[int] = mapped_column(Integer)
    travel_cap_yen: Mapped[int] = mapped_column(Integer, default=0)
    travel_fixed_yen: Mapped[int] = mapped_column(Integer, default=0)


class PaymentPayerRow(Base):
    """The paying organisation of a programme: statement header and the 全銀 振込依頼人."""

    __tablename__ = "payment_payer"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    registration_no: Mapped[str] = mapped_column(String(20), default="")
    programme_label: Mapped[str] = mapped_column(String(200), default="")
    contract_no: Mapped[str] = mapped_column(String(50), default="")
    requester_code: Mapped[str] = mapped_column(String(10), default="")
    name_kana: Mapped[str] = mapped_column(String(40), default="")
    bank_code: Mapped[str] = mapped_column(String(4), default="")
    branch_code: Mapped[str] = mapped_column(String(3), default="")
    account_type: Mapped[str] = mapped_column(String(10), default="ordinary")
    account_number: Mapped[str] = mapped_column(String(7), default="")
    data_note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class PayeeRow(Base):
    __tablename__ = "payee"
    __table_args__ = (
        CheckConstraint("tax_status IN ('individual', 'exempt')", name="tax_status"),
        CheckConstraint("account_type IN ('ordinary', 'current', 'savings')", name="account_type"),
        CheckConstraint("fee_borne_by IN ('payer', 'payee')", name="fee_borne_by"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kana: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    tax_status: Mapped[str] = mapped_column(String(12), default="individual")
    exempt_reason: Mapped[str] = mapped_column(Text, default="")
    bank_code: Mapped[str] = mapped_column(String(4), default="")
    branch_code: Mapped[str] = mapped_column(String(3), default="")
    account_type: Mapped[str] = mapped_column(String(10), default="ordinary")
    account_number: Mapped[str] = mapped_column(String(7), default="")
    holder_kana: Mapped[str] = mapped_column(String(30), default="")
    bank_name_kana: Mapped[str] = mapped_column(String(15), default="")
    branch_name_kana: Mapped[str] = mapped_column(String(15), default="")
    fee_borne_by: Mapped[str] = mapped_column(String(6), default="payer")
    fee_yen: Mapped[int] = mapped_column(Integer, default=0)
    # Set when the fees are paid to the talent's employer company (no withholding, payments-japan.md §1.6):
    # the 支払調書 and the statement name the company, never the individual, as the recipient.
    employer_name: Mapped[str] = mapped_column(String(200), default="")
    employer_address: Mapped[str] = mapped_column(String(300), default="")
    data_note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class TourDayRow(Base):
    """A day the talent attended a fieldwork tour (日当). Defaults come from the tour event's dates."""

    __tablename__ = "payment_tour_day"
    __table_args__ = (UniqueConstraint("talent_id", "day", name="uq_payment_tour_day_talent_day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # the statement paying this record (migration 0012); NULL until a statement is computed with it
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("payment_statement.id"), index=True)


class WorkDayRow(Base):
    __tablename__ = "payment_work_day"
    __table_args__ = (CheckConstraint("activity IN ('tour', 'support', 'meeting', 'report')", name="activity"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    activity: Mapped[str] = mapped_column(String(10))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id", ondelete="SET NULL"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(100), default="")
    # the statement paying this record (migration 0012); NULL until a statement is computed with it
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("payment_statement.id"), index=True)


class ExpenseRow(Base):
    __tablename__ = "payment_expense"
    __table_args__ = (
        CheckConstraint("category IN ('air', 'rail', 'bus', 'taxi', 'rental_car', 'lodging', 'other')",
                        name="category"),
        CheckConstraint("amount_yen >= 0", name="amount_not_negative"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(12))
    amount_yen: Mapped[int] = mapped_column(Integer)
    paid_directly: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    # the statement paying this record (migration 0012); NULL until a statement is computed with it
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("payment_statement.id"), index=True)


class ReceiptRow(Base):
    """A receipt attached to an expense: the file's bytes are the payments-area `attachment_blob` of `sha256`;
    `file_name` is the name the user attached it under; `added_by` the login on a team database."""

    __tablename__ = "payment_receipt"
    id: Mapped[int] = mapped_column(primary_key=True)
    expense_id: Mapped[int] = mapped_column(ForeignKey("payment_expense.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    size_bytes: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(63), default="", server_default="")


class StatementRow(Base):
    __tablename__ = "payment_statement"
    # The database holds a number unique within its programme (migration 0008); new numbers are unique in their
    # fiscal year's series across programmes too (services/payment_guard.py), older ones may repeat across them.
    __table_args__ = (CheckConstraint(one_of("status", StatementStatus), name="status"),
                      UniqueConstraint("programme_id", "statement_no", name="uq_payment_statement_programme_no"))
    id: Mapped[int] = mapped_column(primary_key=True)
    statement_no: Mapped[str] = mapped_column(String(40))
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    issue_date: Mapped[date] = mapped_column(Date)
    transfer_date: Mapped[date] = mapped_column(Date)
    status: Mapped[StatementStatus] = mapped_column(EnumText(StatementStatus, 10), default=StatementStatus.DRAFT)
    gross_yen: Mapped[int] = mapped_column(Integer)
    withholding_yen: Mapped[int] = mapped_column(Integer)
    fee_yen: Mapped[int] = mapped_column(Integer)
    net_yen: Mapped[int] = mapped_column(Integer)
    transfer_yen: Mapped[int] = mapped_column(Integer)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)  # the PaymentResult with its lines
    rates_used: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    adjusts_statement_id: Mapped[int | None] = mapped_column(ForeignKey("payment_statement.id"), index=True)
    adjustment_reason: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(100), default="")
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    data_note: Mapped[str] = mapped_column(Text, default="")
    # SHA-256 of the inputs the draft was computed from (domain.statement_inputs); NULL for drafts
    # computed before it was stored, which must be recomputed before approval
    inputs_sha256: Mapped[str | None] = mapped_column(String(64))
    computed_by: Mapped[str] = mapped_column(String(100), default="")  # "" before it was recorded
    # the policy in force at computation (domain.statements.AppliedPolicy as JSON); NULL before it was recorded
    applied_policy: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # the payee's name, address and bank account as approved; the PDF and the 全銀 record use these
    payee_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("payment_run.id"), index=True)
    # in a run, the number of the statement whose transfer also carries this one's money (one transfer and one
    # bank fee per payee and run: domain.payment_runs.one_transfer_per_payee); "" for a transfer of its own
    joins_transfer_of: Mapped[str] = mapped_column(String(40), default="", server_default="")


class PaymentRunRow(Base):
    """支払処理: approved statements paid by one 全銀 file on one transfer date. The file columns are
    the latest file made for the run (see payment_run_file for all of them)."""

    __tablename__ = "payment_run"
    __table_args__ = (CheckConstraint(one_of("status", RunStatus), name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), index=True)
    transfer_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    status: Mapped[RunStatus] = mapped_column(EnumText(RunStatus, 10), default=RunStatus.CREATED)
    # 取消: who withdrew the run before it was transferred, and when ("" and NULL for a run not withdrawn)
    withdrawn_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)


class PaymentRunFileRow(Base):
    """One 全銀 file made for a run: the first one and every 再作成, never deleted."""

    __tablename__ = "payment_run_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("payment_run.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    regenerated: Mapped[bool] = mapped_column(default=False)


class StatementCounterRow(Base):
    """Per programme and prefix, one past the last statement number it took of the prefix's series; the series' next
    number is the highest of its programmes' (services/payment_guard.py), taken under a lock in the inserting
    transaction."""

    __tablename__ = "statement_counter"
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    next_no: Mapped[int] = mapped_column(Integer)


class AuditRow(Base):
    """Who changed what and when; old/new are display values (bank numbers masked)."""

    __tablename__ = "payment_audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    who: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    field: Mapped[str] = mapped_column(String(60))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
