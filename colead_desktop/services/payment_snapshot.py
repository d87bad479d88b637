"""What a statement keeps of its payee and policy, so later changes never rewrite it.

At approval the payee's name, address and bank account are copied onto the statement: its PDF and its
全銀 record use the copy. The payer as it printed then (name, address, 登録番号, 事業名, 契約番号) is kept beside
them: a paid statement printed again after the secretariat moved or renamed itself still names who paid. At
computation the policy in force (travel rule, honorarium scope, withholding choice) is stored with it and printed
as 「適用方針」.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from colead_desktop.db.payment_models import PayeeRow
from colead_desktop.domain.bank import ACCOUNT_FIELDS
from colead_desktop.domain.payments import HonorariumScope, PaymentPolicy, TravelRule
from colead_desktop.domain.statements import AppliedPolicy, CorrectionRates, Payer

SNAPSHOT_FIELDS = ("name", "address", "employer_name", "employer_address", *ACCOUNT_FIELDS)


PAYER_KEY = "payer"


def payee_snapshot(row: PayeeRow | None) -> dict[str, Any]:
    return {f: getattr(row, f) for f in SNAPSHOT_FIELDS} if row else {}


def approved_snapshot(row: PayeeRow | None, payer: Payer) -> dict[str, Any]:
    """What an approval keeps: the payee's details and the payer (none while the payee has no details, whose
    statement then shows the details as they come, as one approved before snapshots were kept)."""
    return {**payee_snapshot(row), PAYER_KEY: asdict(payer)} if row else {}


def approved_payer(snapshot: dict[str, Any] | None, current: Payer) -> Payer:
    """The payer an approval kept, `current` for a draft (or one approved before the payer was kept). A field that
    was empty at approval is one not entered yet, not one the payer lacked: the current value shows (a new year's
    契約番号 entered after its first approvals)."""
    kept = (snapshot or {}).get(PAYER_KEY)
    if not kept:
        return current
    return Payer(**{name: kept.get(name) or value for name, value in asdict(current).items()})


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
