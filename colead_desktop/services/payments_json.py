"""`colead payments compute INPUT.json`: validate a JSON document, compute, return plain data.

Validation happens here, before any domain object is built, so that every error names the payee
and the exact field path (e.g. `expenses[2].amount_yen`) the user has to fix in their file.
The bank fee is not part of this command: it depends on the bank account, not on the programme.
When `withhold_reimbursements` is false, an optional `policy.exclusion_reason` text is recorded
as the reason (a default naming the input file is used otherwise).
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payments import (
    Activity, Expense, ExpenseCategory, HonorariumScope, PayeeInput, PaymentPolicy, PaymentResult,
    Rates, RateTable, TaxStatus, TravelRule, WorkDay, compute_payment,
)

AMOUNT_KEYS = ("per_diem_yen", "honorarium_yen", "reimbursed_yen", "paid_directly_yen", "gross_yen",
               "withholding_base_yen", "withholding_yen", "net_yen")
_MISSING = object()


class _Where:
    """Where in the document a value sits: the payee (if any) and the field path."""

    def __init__(self, payee: str | None, path: str) -> None:
        self.payee, self.path = payee, path

    def child(self, key: str | int) -> _Where:
        suffix = f"[{key}]" if isinstance(key, int) else (f".{key}" if self.path else key)
        return _Where(self.payee, self.path + suffix)

    def fail(self, ja: str, en: str) -> InputError:
        if self.payee is None:
            return InputError(msg("{path} は" + ja, "{path} " + en, path=self.path or "input"))
        return InputError(msg("受取人 {payee} の {path} は" + ja, "Payee {payee}: {path} " + en,
                              payee=self.payee, path=self.path))


def _get(obj: dict[str, Any], key: str, where: _Where, default: object = _MISSING) -> Any:
    if key not in obj:
        if default is _MISSING:
            raise where.child(key).fail("必須です", "is required")
        return default
    return obj[key]


def _obj(value: Any, where: _Where) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise where.fail("オブジェクトで指定してください", "must be an object")
    return value


def _list(value: Any, where: _Where) -> list[Any]:
    if not isinstance(value, list):
        raise where.fail("配列で指定してください", "must be an array")
    return value


def _yen(value: Any, where: _Where) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise where.fail("0以上の整数で指定してください", "must be a whole number, 0 or more")
    return value


def _bool(value: Any, where: _Where) -> bool:
    if not isinstance(value, bool):
        raise where.fail("true または false で指定してください", "must be true or false")
    return value


def _text(value: Any, where: _Where) -> str:
    if not isinstance(value, str) or not value.strip():
        raise where.fail("空でない文字列で指定してください", "must be a non-empty string")
    return value


def _date(value: Any, where: _Where) -> date:
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise where.fail("YYYY-MM-DD 形式の日付で指定してください",
                         "must be a date written YYYY-MM-DD") from None


def _choice(value: Any, where: _Where, enum: type[Enum]) -> Any:
    allowed = [member.value for member in enum]
    if not isinstance(value, str) or value not in allowed:
        raise where.fail("次のいずれかで指定してください: " + ", ".join(allowed),
                         "must be one of: " + ", ".join(allowed))
    return enum(value)


def parse_policy(data: Any) -> PaymentPolicy:
    """The single-rate policy of the JSON command (rates in force from any date)."""
    where = _Where(None, "policy")
    policy = _obj(data, where)
    travel_where = where.child("travel")
    travel = _obj(_get(policy, "travel", where), travel_where)
    rule = _choice(_get(travel, "rule", travel_where), travel_where.child("rule"), TravelRule)
    cap = fixed = 0
    if rule is TravelRule.ACTUAL_CAPPED:
        cap = _yen(_get(travel, "cap_yen", travel_where), travel_where.child("cap_yen"))
    if rule is TravelRule.FIXED:
        fixed = _yen(_get(travel, "amount_yen", travel_where), travel_where.child("amount_yen"))
    rates = Rates("input", date.min,
                  per_diem_yen=_yen(_get(policy, "per_diem_yen", where), where.child("per_diem_yen")),
                  honorarium_daily_yen=_yen(_get(policy, "honorarium_daily_yen", where),
                                            where.child("honorarium_daily_yen")),
                  honorarium_cap_yen=_yen(_get(policy, "honorarium_cap_yen", where),
                                          where.child("honorarium_cap_yen")),
                  travel_cap_yen=cap, travel_fixed_yen=fixed)
    withhold = _bool(_get(policy, "withhold_reimbursements", where),
                     where.child("withhold_reimbursements"))
    return PaymentPolicy(
        rates=RateTable((rates,)),
        honorarium_scope=_choice(_get(policy, "honorarium_scope", where),
                                 where.child("honorarium_scope"), HonorariumScope),
        travel_rule=rule, withhold_reimbursements=withhold,
        reimbursement_exclusion_reason="" if withhold else str(policy.get(
            "exclusion_reason", "withhold_reimbursements=false (input file)")))


def parse_payee(data: Any, index: int) -> PayeeInput:
    raw = _obj(data, _Where(None, f"payees[{index}]"))
    payee_id = _text(_get(raw, "id", _Where(None, f"payees[{index}]")), _Where(None, f"payees[{index}].id"))
    where = _Where(payee_id, "")
    tax = _choice(_get(raw, "tax", where), where.child("tax"), TaxStatus)
    tour_where = where.child("tour_days")
    tour_days = tuple(_date(d, tour_where.child(i))
                      for i, d in enumerate(_list(_get(raw, "tour_days", where), tour_where)))
    work_days = []
    work_where = where.child("work_days")
    for i, item in enumerate(_list(_get(raw, "work_days", where), work_where)):
        w = work_where.child(i)
        day = _obj(item, w)
        work_days.append(WorkDay(_date(_get(day, "date", w), w.child("date")),
                                 _choice(_get(day, "activity", w), w.child("activity"), Activity)))
    expenses = []
    exp_where = where.child("expenses")
    for i, item in enumerate(_list(_get(raw, "expenses", where), exp_where)):
        e = exp_where.child(i)
        exp = _obj(item, e)
        expenses.append(Expense(
            day=_date(_get(exp, "date", e), e.child("date")),
            category=_choice(_get(exp, "category", e), e.child("category"), ExpenseCategory),
            amount_yen=_yen(_get(exp, "amount_yen", e), e.child("amount_yen")),
            paid_directly=_bool(_get(exp, "paid_directly", e), e.child("paid_directly"))))
    return PayeeInput(payee_id=payee_id, name=_text(_get(raw, "name", where), where.child("name")),
                      tax=tax, tour_days=tour_days, work_days=tuple(work_days),
                      expenses=tuple(expenses),
                      exempt_reason=msg("非課税扱い（入力ファイルで指定）", "exempt (input file)")
                      if tax is TaxStatus.EXEMPT else "")


def result_to_dict(result: PaymentResult) -> dict[str, Any]:
    row: dict[str, Any] = {"id": result.payee_id, "honorarium_days": result.honorarium_days}
    row.update({key: getattr(result, key) for key in AMOUNT_KEYS})
    return row


def compute(data: dict[str, Any]) -> dict[str, Any]:
    """Validate `data` (the documented input shape) and return per-payee amounts and totals."""
    document = _obj(data, _Where(None, ""))
    policy = parse_policy(_get(document, "policy", _Where(None, "")))
    payees_raw = _list(_get(document, "payees", _Where(None, "")), _Where(None, "payees"))
    payees = [parse_payee(item, i) for i, item in enumerate(payees_raw)]
    seen: set[str] = set()
    for payee in payees:
        if payee.payee_id in seen:
            raise InputError(msg("受取人ID {id} が重複しています", "Payee id {id} appears twice",
                                 id=payee.payee_id))
        seen.add(payee.payee_id)
    rows = [result_to_dict(compute_payment(payee, policy)) for payee in payees]
    totals = {key: sum(row[key] for row in rows) for key in ("honorarium_days",) + AMOUNT_KEYS}
    return {"payees": rows, "totals": totals}
