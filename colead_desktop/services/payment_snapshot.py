"""What a statement keeps of its payee and policy, so later changes never rewrite it.

At approval the payee's name, address and bank account are copied onto the statement: its PDF and its
全銀 record use the copy. At computation the policy in force (travel rule, honorarium scope,
withholding choice) is stored with it and printed as 「適用方針」.
"""

from __future__ import annotations

from typing import Any

from colead_desktop.db.payment_models import PayeeRow
from colead_desktop.domain.bank import BankAccount, validate_account
from colead_desktop.domain.payments import HonorariumScope, PaymentPolicy, TravelRule
from colead_desktop.domain.statements import AppliedPolicy

BANK_FIELDS = ("bank_code", "branch_code", "account_type", "account_number", "holder_kana", "bank_name_kana",
               "branch_name_kana")
SNAPSHOT_FIELDS = ("name", "address", "employer_name", "employer_address", *BANK_FIELDS)


def payee_snapshot(row: PayeeRow | None) -> dict[str, Any]:
    return {f: getattr(row, f) for f in SNAPSHOT_FIELDS} if row else {}


def bank_of(values: dict[str, Any], who: str) -> BankAccount | None:
    """The account in a payee row's or snapshot's values; None when none was registered."""
    if not (values.get("bank_code") or values.get("account_number")):
        return None
    return validate_account(who, *(values[f] for f in BANK_FIELDS))


def policy_json(policy: PaymentPolicy) -> dict[str, Any]:
    return {"travel_rule": policy.travel_rule.value, "honorarium_scope": policy.honorarium_scope.value,
            "withhold_reimbursements": policy.withhold_reimbursements}


def policy_from_json(data: dict[str, Any] | None) -> AppliedPolicy | None:
    if not data:
        return None
    return AppliedPolicy(TravelRule(data["travel_rule"]), HonorariumScope(data["honorarium_scope"]),
                         bool(data["withhold_reimbursements"]))
