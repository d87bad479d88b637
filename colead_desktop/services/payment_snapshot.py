"""What a statement keeps of its payee and policy, so later changes never rewrite it.

At approval the payee's name, address and bank account are copied onto the statement: its PDF and its
全銀 record use the copy. At computation the policy in force (travel rule, honorarium scope,
withholding choice) is stored with it and printed as 「適用方針」.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from colead_desktop.domain.bank import ACCOUNT_FIELDS, BankAccount, validate_account
from colead_desktop.domain.payments import HonorariumScope, PaymentPolicy, TravelRule
from colead_desktop.domain.statements import AppliedPolicy, CorrectionRates

if TYPE_CHECKING:  # no SQLAlchemy at run time: the 全銀 file's 再作成 reads snapshots without it (services/run_file.py)
    from colead_desktop.db.payment_models import PayeeRow

SNAPSHOT_FIELDS = ("name", "address", "employer_name", "employer_address", *ACCOUNT_FIELDS)


def payee_snapshot(row: PayeeRow | None) -> dict[str, Any]:
    return {f: getattr(row, f) for f in SNAPSHOT_FIELDS} if row else {}


def bank_of(values: dict[str, Any], who: str) -> BankAccount | None:
    """The account in a payee row's or snapshot's values; None when none was registered."""
    if not (values.get("bank_code") or values.get("account_number")):
        return None
    return validate_account(who, *(values[f] for f in ACCOUNT_FIELDS))


def policy_json(policy: PaymentPolicy, correction_rates: CorrectionRates | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"travel_rule": policy.travel_rule.value, "honorarium_scope": policy.honorarium_scope.value,
                            "withhold_reimbursements": policy.withhold_reimbursements}
    if correction_rates is not None:
        data["correction_rates"] = correction_rates.value
    return data


def policy_from_json(data: dict[str, Any] | None) -> AppliedPolicy | None:
    if not data:
        return None
    return AppliedPolicy(TravelRule(data["travel_rule"]), HonorariumScope(data["honorarium_scope"]),
                         bool(data["withhold_reimbursements"]),
                         CorrectionRates(data["correction_rates"]) if data.get("correction_rates") else None)
