"""Payment policies in the database: the programme's policy, regions' overrides and their dated rates.

A statement is computed with its talent's region override if there is one, else the programme's
policy (created from the FY2021 preset on first use). Statements record the rates they used as JSON,
so changing a rate later never changes an approved statement.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.payment_models import PaymentPolicyRow, PaymentRateRow
from colead_desktop.domain.payments import (FY2021_PRESET, HonorariumScope, PaymentPolicy, Rates, RateTable,
                                            TravelRule)
from colead_desktop.services.payment_rows import paying_participation
from colead_desktop.services.payment_audit import audit_created


def rate_rows(session: Session, policy_id: int) -> list[PaymentRateRow]:
    return list(session.scalars(select(PaymentRateRow).where(PaymentRateRow.policy_id == policy_id)
                                .order_by(PaymentRateRow.effective_from)))


def rates_of(row: PaymentRateRow) -> Rates:
    return Rates(row.entry_id, row.effective_from, row.per_diem_yen, row.honorarium_daily_yen,
                 row.honorarium_cap_yen, row.travel_cap_yen, row.travel_fixed_yen)


def policy_from_row(session: Session, row: PaymentPolicyRow) -> PaymentPolicy:
    return PaymentPolicy(RateTable(tuple(rates_of(r) for r in rate_rows(session, row.id))),
                         HonorariumScope(row.honorarium_scope), TravelRule(row.travel_rule),
                         row.withhold_reimbursements, row.exclusion_reason)


def add_rate_row(session: Session, policy_id: int, rates: Rates, who: str) -> PaymentRateRow:
    row = PaymentRateRow(policy_id=policy_id, entry_id=rates.entry_id, effective_from=rates.effective_from,
                         per_diem_yen=rates.per_diem_yen, honorarium_daily_yen=rates.honorarium_daily_yen,
                         honorarium_cap_yen=rates.honorarium_cap_yen, travel_cap_yen=rates.travel_cap_yen,
                         travel_fixed_yen=rates.travel_fixed_yen)
    session.add(row)
    audit_created(session, who, row)
    return row


def save_policy(session: Session, programme_id: int, policy: PaymentPolicy, who: str,
                region_id: int | None = None) -> int:
    row = PaymentPolicyRow(programme_id=programme_id, region_id=region_id,
                           honorarium_scope=policy.honorarium_scope.value, travel_rule=policy.travel_rule.value,
                           withhold_reimbursements=policy.withhold_reimbursements,
                           exclusion_reason=policy.reimbursement_exclusion_reason)
    session.add(row)
    audit_created(session, who, row)
    for rates in policy.rates.entries:
        add_rate_row(session, row.id, rates, who)
    return row.id


def policy_rows(session: Session, programme_id: int) -> list[PaymentPolicyRow]:
    return list(session.scalars(select(PaymentPolicyRow).where(PaymentPolicyRow.programme_id == programme_id)
                                .order_by(PaymentPolicyRow.id)))


def programme_policy_row(session: Session, programme_id: int, who: str) -> PaymentPolicyRow:
    """The programme-wide policy row, created from the FY2021 preset if there is none yet."""
    row = next((r for r in policy_rows(session, programme_id) if r.region_id is None), None)
    if row is None:
        row = session.get(PaymentPolicyRow, save_policy(session, programme_id, FY2021_PRESET, who))
    assert row is not None
    return row


def policy_for(session: Session, programme_id: int, talent: models.Talent, who: str) -> PaymentPolicy:
    """The override of the talent's region in the programme, else the programme's policy (created from the
    FY2021 preset if none)."""
    taking_part = paying_participation(session, programme_id, talent.id)
    for row in policy_rows(session, taking_part.programme_id):
        if row.region_id is not None and row.region_id == taking_part.assigned_region_id:
            return policy_from_row(session, row)
    return policy_from_row(session, programme_policy_row(session, taking_part.programme_id, who))


def two_people_required(session: Session, programme_id: int) -> bool:
    """Whether a draft must be approved by someone other than who computed it (the default), or the
    programme is run by a one-person secretariat that turned the rule off in its policy."""
    row = next((r for r in policy_rows(session, programme_id) if r.region_id is None), None)
    return not (row and row.single_approver)
