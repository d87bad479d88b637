"""`colead payments compute INPUT.json`: validate a JSON document, compute, return plain data.

Validation happens here, through `json_input.Node`, so that every error names the exact field path
(e.g. `payees[3].expenses[2].amount_yen`) the user has to fix in their file.
The bank fee is not part of this command: it depends on the bank account, not on the programme.
When `withhold_reimbursements` is false, an optional `policy.exclusion_reason` text is recorded
as the reason (a default naming the input file is used otherwise).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.json_input import Node
from colead_desktop.domain.payments import (
    Activity, Expense, ExpenseCategory, HonorariumScope, PayeeInput, PaymentPolicy, PaymentResult,
    Rates, RateTable, TaxStatus, TravelRule, WorkDay, compute_payment,
)

AMOUNT_KEYS = ("per_diem_yen", "honorarium_yen", "reimbursed_yen", "paid_directly_yen", "gross_yen",
               "withholding_base_yen", "withholding_yen", "net_yen")
# Bounds that keep any input to seconds: a programme has tens of payees, each with days of a fiscal year.
MAX_PAYEES = 5_000
MAX_DAYS = 366
MAX_EXPENSES = 1_000


def parse_policy(node: Node) -> PaymentPolicy:
    """The single-rate policy of the JSON command (rates in force from any date)."""
    travel = node.field("travel")
    rule = travel.field("rule").choice(TravelRule)
    rates = Rates("input", date.min, per_diem_yen=node.field("per_diem_yen").yen(),
                  honorarium_daily_yen=node.field("honorarium_daily_yen").yen(),
                  honorarium_cap_yen=node.field("honorarium_cap_yen").yen(),
                  travel_cap_yen=travel.field("cap_yen").yen() if rule is TravelRule.ACTUAL_CAPPED else 0,
                  travel_fixed_yen=travel.field("amount_yen").yen() if rule is TravelRule.FIXED else 0)
    withhold = node.field("withhold_reimbursements").boolean()
    return PaymentPolicy(
        rates=RateTable((rates,)), honorarium_scope=node.field("honorarium_scope").choice(HonorariumScope),
        travel_rule=rule, withhold_reimbursements=withhold,
        reimbursement_exclusion_reason="" if withhold else (
            node.field("exclusion_reason").maybe(Node.text) or "withhold_reimbursements=false (input file)"))


def parse_payee(node: Node) -> PayeeInput:
    tax = node.field("tax").choice(TaxStatus)
    work_days = tuple(WorkDay(n.field("date").date(), n.field("activity").choice(Activity))
                      for n in node.field("work_days").items(MAX_DAYS))
    expenses = tuple(Expense(day=n.field("date").date(), category=n.field("category").choice(ExpenseCategory),
                             amount_yen=n.field("amount_yen").yen(), paid_directly=n.field("paid_directly").boolean())
                     for n in node.field("expenses").items(MAX_EXPENSES))
    return PayeeInput(payee_id=node.field("id").text(), name=node.field("name").text(), tax=tax,
                      tour_days=tuple(n.date() for n in node.field("tour_days").items(MAX_DAYS)),
                      work_days=work_days, expenses=expenses,
                      exempt_reason=msg("非課税扱い（入力ファイルで指定）", "exempt (input file)")
                      if tax is TaxStatus.EXEMPT else "")


def result_to_dict(result: PaymentResult) -> dict[str, Any]:
    row: dict[str, Any] = {"id": result.payee_id, "honorarium_days": result.honorarium_days}
    row.update({key: getattr(result, key) for key in AMOUNT_KEYS})
    return row


def compute(document: Node) -> dict[str, Any]:
    """Validate the document (the documented input shape) and return per-payee amounts and totals."""
    policy = parse_policy(document.field("policy"))
    payee_nodes = document.field("payees").items(MAX_PAYEES)
    payees = [parse_payee(node) for node in payee_nodes]
    seen: set[str] = set()
    for node, payee in zip(payee_nodes, payees, strict=True):
        if payee.payee_id in seen:
            raise node.field("id").fail("受取人ID {id} が重複しています", "payee id {id} appears twice",
                                        id=payee.payee_id)
        seen.add(payee.payee_id)
    rows = [result_to_dict(compute_payment(payee, policy)) for payee in payees]
    totals = {key: sum(row[key] for row in rows) for key in ("honorarium_days",) + AMOUNT_KEYS}
    return {"payees": rows, "totals": totals}
