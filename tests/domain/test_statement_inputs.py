"""The fingerprint of a statement's inputs: stable for equal inputs, different when any input changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payments import (FY2021_PRESET, FY2021_RATES, Activity, Expense, ExpenseCategory,
                                            HonorariumScope, PayeeInput, PaymentPolicy, RateTable, TaxStatus,
                                            TravelRule, WorkDay)
from colead_desktop.domain.statement_inputs import check_current, inputs_fingerprint

D = date.fromisoformat
AIR = Expense(D("2021-11-16"), ExpenseCategory.AIR, 45_000, False, "羽田〜女満別")
RAIL = Expense(D("2021-11-18"), ExpenseCategory.RAIL, 1_480, False)
PAYEE = PayeeInput(payee_id="7", name="北見 一郎", tax=TaxStatus.INDIVIDUAL, region="北見市",
                   tour_days=(D("2021-11-16"), D("2021-11-17")),
                   work_days=(WorkDay(D("2021-12-01"), Activity.SUPPORT), WorkDay(D("2021-12-08"), Activity.SUPPORT)),
                   expenses=(AIR, RAIL))
BASE = inputs_fingerprint(PAYEE, FY2021_PRESET, 0)


def test_equal_inputs_give_the_same_fingerprint_whatever_the_record_order() -> None:
    assert inputs_fingerprint(replace(PAYEE), replace(FY2021_PRESET), 0) == BASE
    shuffled = replace(PAYEE, tour_days=PAYEE.tour_days[::-1], work_days=PAYEE.work_days[::-1],
                       expenses=PAYEE.expenses[::-1])
    assert inputs_fingerprint(shuffled, FY2021_PRESET, 0) == BASE
    assert len(BASE) == 64 and int(BASE, 16) >= 0


@pytest.mark.parametrize("payee", [
    replace(PAYEE, expenses=PAYEE.expenses + (Expense(D("2021-11-17"), ExpenseCategory.AIR, 45_000, False),)),
    replace(PAYEE, expenses=(replace(AIR, amount_yen=45_001), RAIL)),
    replace(PAYEE, expenses=(replace(AIR, paid_directly=True), RAIL)),
    replace(PAYEE, expenses=(replace(AIR, category=ExpenseCategory.RAIL), RAIL)),
    replace(PAYEE, expenses=(replace(AIR, description="羽田〜女満別（往復）"), RAIL)),
    replace(PAYEE, expenses=(AIR,)),
    replace(PAYEE, tour_days=PAYEE.tour_days + (D("2021-11-18"),)),
    replace(PAYEE, tour_days=(D("2021-11-16"), D("2021-11-19"))),
    replace(PAYEE, work_days=(WorkDay(D("2021-12-01"), Activity.TOUR), PAYEE.work_days[1])),
    replace(PAYEE, work_days=PAYEE.work_days + (PAYEE.work_days[0],)),  # a second entry on one day
    replace(PAYEE, tax=TaxStatus.EXEMPT, exempt_reason="法人"),
    replace(PAYEE, name="北見 一朗"),
    replace(PAYEE, region="網走市"),
], ids=["expense added", "amount", "paid directly", "category", "description", "expense removed",
        "tour day added", "tour day moved", "activity", "duplicate work day", "tax", "name", "region"])
def test_any_change_of_a_record_or_the_payee_changes_it(payee: PayeeInput) -> None:
    assert inputs_fingerprint(payee, FY2021_PRESET, 0) != BASE


@pytest.mark.parametrize("policy", [
    replace(FY2021_PRESET, rates=RateTable((replace(FY2021_RATES, per_diem_yen=12_000),))),
    replace(FY2021_PRESET, rates=RateTable((replace(FY2021_RATES, honorarium_cap_yen=120_000),))),
    replace(FY2021_PRESET, rates=RateTable((FY2021_RATES, replace(FY2021_RATES, entry_id="FY2022",
                                                                  effective_from=D("2022-04-01"))))),
    replace(FY2021_PRESET, honorarium_scope=HonorariumScope.ALL),
    replace(FY2021_PRESET, travel_rule=TravelRule.ACTUAL_CAPPED),
    replace(FY2021_PRESET, withhold_reimbursements=False, reimbursement_exclusion_reason="実費弁償"),
], ids=["per diem", "cap", "new rate entry", "scope", "travel rule", "withholding"])
def test_any_change_of_the_policy_or_rates_changes_it(policy: PaymentPolicy) -> None:
    assert inputs_fingerprint(PAYEE, policy, 0) != BASE


def test_the_fee_the_payee_bears_is_an_input() -> None:
    assert inputs_fingerprint(PAYEE, FY2021_PRESET, 440) != BASE


def test_only_a_current_fingerprint_may_be_approved() -> None:
    check_current(BASE, inputs_fingerprint(PAYEE, FY2021_PRESET, 0))
    changed = inputs_fingerprint(replace(PAYEE, expenses=(AIR,)), FY2021_PRESET, 0)
    with pytest.raises(InputError, match="明細書の作成後に記録が変更されました"):
        check_current(BASE, changed)
    with pytest.raises(InputError, match="明細書を作り直してから承認してください"):
        check_current(None, BASE)  # a draft from before fingerprints were stored
