"""`colead payments compute INPUT.json`: validate a JSON document, compute, return plain data.

Validation happens here, through `json_input.Node`, so that every error names the exact field path
(e.g. `payees[3].expenses[2].amount_yen`) the user has to fix in their file.
When `withhold_reimbursements` is false, an optional `policy.exclusion_reason` text is recorded
as the reason (a default naming the input file is used otherwise).

Per payee, optionally: `fee_yen` (the bank fee they bear), `prior_honorarium_yen` (honorarium earlier
statements of the programme paid them) and `original` (the records of the statement being corrected),
which adds an `adjustment` to the row: the corrected payment less the original, with the same policy and
prior (domain.payments.compute_adjustment). The document has one rate set, so a prior above its cap can
only be a mistake and is refused (the domain itself allows it: a later dated rate may lower the cap).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import Any

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.json_input import Node, Problems
from colead_desktop.domain.record_days import kind_label, refuse_repeated_days
from colead_desktop.domain.payments import (
    Activity, Expense, ExpenseCategory, FeeExceedsPayment, HonorariumScope, PayeeInput,
    PaymentPolicy, PaymentResult, Rates, RateTable, TaxStatus, TravelRule, WorkDay, compute_adjustment,
    compute_payment,
)

AMOUNT_KEYS = ("per_diem_yen", "honorarium_yen", "reimbursed_yen", "paid_directly_yen", "gross_yen",
               "withholding_base_yen", "withholding_yen", "fee_yen", "net_yen")
ADJUSTMENT_KEYS = ("gross_yen", "withholding_yen", "fee_yen", "net_yen")
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


def _records(node: Node, payee: PayeeInput, problems: Problems) -> PayeeInput:
    """`payee` with the tour days, work days and expenses read from `node`; every bad field is noted in `problems`
    (the rows that can be read are kept), so a file is fixed in one pass, not one field per run."""

    def work_day(n: Node) -> WorkDay | None:
        read = problems.each(lambda: n.field("date").date(), lambda: n.field("activity").choice(Activity))
        return None if read is None else WorkDay(*read)

    def expense(n: Node) -> Expense | None:
        read = problems.each(lambda: n.field("date").date(), lambda: n.field("category").choice(ExpenseCategory),
                             lambda: n.field("amount_yen").yen(), lambda: n.field("paid_directly").boolean(),
                             lambda: n.field("description").maybe(lambda d: d.text()) or "")
        return None if read is None else Expense(day=read[0], category=read[1], amount_yen=read[2],
                                                 paid_directly=read[3], description=read[4])

    node.field("tour_days")  # not an object: the one problem, raised
    tour_read = [(n, problems.attempt(n.date)) for n in problems.attempt(
        lambda: node.field("tour_days").items(MAX_DAYS)) or []]
    work_read = [(n, work_day(n)) for n in problems.attempt(lambda: node.field("work_days").items(MAX_DAYS)) or []]
    tour_days = [(n.path, day) for n, day in tour_read if day is not None]
    work_days = [(n.path, w) for n, w in work_read if w is not None]
    problems.attempt(lambda: refuse_repeated_days(tour_days, kind_label("tour_day")))
    problems.attempt(lambda: refuse_repeated_days([(path, w.day) for path, w in work_days], kind_label("work_day")))
    expenses = [e for n in problems.attempt(lambda: node.field("expenses").items(MAX_EXPENSES)) or []
                if (e := expense(n)) is not None]
    return replace(payee, tour_days=tuple(day for _, day in tour_days), work_days=tuple(w for _, w in work_days),
                   expenses=tuple(expenses))


def parse_records(node: Node) -> PayeeInput:
    """A records document (`tour_days`, `work_days`, `expenses` in the shapes above), e.g. the corrected complete
    set of `colead payments adjust`; only those three fields of the result mean anything. InputProblems names every
    bad field at once."""
    problems = Problems()
    payee = _records(node, PayeeInput(payee_id="", name="", tax=TaxStatus.INDIVIDUAL), problems)
    problems.raise_any()
    return payee


def records_to_json(payee: PayeeInput) -> dict[str, Any]:
    """A payee's tour days, work days and expenses in the shapes `_records` reads (`colead payments records`)."""
    return {"tour_days": [day.isoformat() for day in payee.tour_days],
            "work_days": [{"date": w.day.isoformat(), "activity": w.activity.value} for w in payee.work_days],
            "expenses": [{"date": e.day.isoformat(), "category": e.category.value, "amount_yen": e.amount_yen,
                          "paid_directly": e.paid_directly, **({"description": e.description} if e.description else {})}
                         for e in payee.expenses]}


@dataclass(frozen=True)
class PayeeRequest:
    """One payee of the document: their records, and what the optional fields say about this payment."""

    node: Node
    payee: PayeeInput
    fee_yen: int
    prior_honorarium_yen: int
    original: PayeeInput | None


def parse_payee(node: Node, policy: PaymentPolicy | None) -> PayeeRequest:
    """The payee in `node`, or InputProblems naming each of its bad fields; the prior honorarium is checked against
    the policy's cap when the policy could be read."""
    node.field("id")  # not an object: the one problem, raised
    problems = Problems()
    read = problems.each(lambda: node.field("id").text(), lambda: node.field("name").text(),
                         lambda: node.field("tax").choice(TaxStatus))
    payee_id, name, tax = read if read is not None else ("", "", TaxStatus.INDIVIDUAL)
    payee = _records(node, PayeeInput(
        payee_id=payee_id, name=name, tax=tax,
        exempt_reason=msg("非課税扱い（入力ファイルで指定）", "exempt (input file)") if tax is TaxStatus.EXEMPT else ""),
        problems)
    prior_node = node.field("prior_honorarium_yen")
    prior = problems.attempt(lambda: prior_node.maybe(Node.yen)) or 0
    cap = policy.rates.entries[0].honorarium_cap_yen if policy is not None else prior
    if prior > cap:
        problems.messages.append(str(prior_node.fail("謝金の上限 {cap:,}円 を超えています",
                                                     "is more than the honorarium cap of ¥{cap:,}", cap=cap)))
    original = problems.attempt(lambda: node.field("original").maybe(lambda n: _records(n, payee, problems)))
    fee = problems.attempt(lambda: node.field("fee_yen").maybe(Node.yen)) or 0
    problems.raise_any()
    return PayeeRequest(node, payee, fee, prior, original)


def result_to_dict(result: PaymentResult) -> dict[str, Any]:
    row: dict[str, Any] = {"id": result.payee_id, "honorarium_days": result.honorarium_days}
    row.update({key: getattr(result, key) for key in AMOUNT_KEYS})
    return row


def _row(request: PayeeRequest, policy: PaymentPolicy) -> dict[str, Any]:
    """The payee's output row; a fee larger than what it is deducted from is an error of their fee_yen."""
    try:
        row = result_to_dict(compute_payment(request.payee, policy, request.fee_yen,
                                             prior_honorarium_yen=request.prior_honorarium_yen))
        if request.original is not None:
            adjustment = compute_adjustment(request.original, request.payee, policy,
                                            request.prior_honorarium_yen, request.fee_yen)
            row["adjustment"] = {key: getattr(adjustment, key) for key in ADJUSTMENT_KEYS}
    except FeeExceedsPayment as exc:
        raise request.node.field("fee_yen").fail("{e}", "{e}", e=str(exc)) from None
    return row


def compute(document: Node) -> dict[str, Any]:
    """Validate the document (the documented input shape) and return per-payee amounts and totals, or
    InputProblems naming every problem at once: the policy's and every bad field of each payee, so a file
    of many payees is fixed in one pass."""
    problems = Problems()
    document.field("policy")  # a document that is not an object is the one problem: fails naming it
    policy = problems.attempt(lambda: parse_policy(document.field("policy")))
    nodes = problems.attempt(lambda: document.field("payees").items(MAX_PAYEES)) or []
    requests = [r for node in nodes if (r := problems.attempt(partial(parse_payee, node, policy))) is not None]
    seen: set[str] = set()
    for request in requests:
        if request.payee.payee_id in seen:
            problems.messages.append(str(request.node.field("id").fail(
                "受取人ID {id} が重複しています", "payee id {id} appears twice", id=request.payee.payee_id)))
        seen.add(request.payee.payee_id)
    problems.raise_any()
    assert policy is not None  # else its problem was raised above
    rows = [row for request in requests if (row := problems.attempt(partial(_row, request, policy))) is not None]
    problems.raise_any()
    totals = {key: sum(row[key] for row in rows) for key in ("honorarium_days",) + AMOUNT_KEYS}
    return {"payees": rows, "totals": totals}
