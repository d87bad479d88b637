"""Payment rules: FY2021 worked example (hand-checked), properties, statements, JSON command."""

import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payments import (
    FY2021_PRESET, Activity, Expense, ExpenseCategory, HonorariumScope, LineCategory, PayeeInput,
    PaymentPolicy, ProgrammePolicy, Rates, RateTable, TaxStatus, TravelRule, WorkDay,
    compute_payment,
)
from colead_desktop.domain.statements import Payer, Statement, adjusting_statement, approve, mark_paid, put_in_run, revise
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services import payments_json
from tests.json_documents import document


def compute(data: object) -> dict:
    return payments_json.compute(document(data))

D = date.fromisoformat
SUPPORT = [WorkDay(D(f"2021-12-{d:02d}"), Activity.SUPPORT) for d in (1, 8, 8, 15)] + [
    WorkDay(D(f"2022-01-{d:02d}"), Activity.SUPPORT) for d in (12, 19, 26)]


def kitami_talent(**changes: object) -> PayeeInput:
    payee = PayeeInput(
        payee_id="t01", name="北見 一郎", tax=TaxStatus.INDIVIDUAL,
        tour_days=(D("2021-11-16"), D("2021-11-17"), D("2021-11-18"), D("2021-11-17")),
        work_days=tuple(SUPPORT) + (WorkDay(D("2021-11-17"), Activity.TOUR),),
        expenses=(Expense(D("2021-11-16"), ExpenseCategory.AIR, 45_300, False),
                  Expense(D("2021-11-18"), ExpenseCategory.AIR, 44_800, False),
                  Expense(D("2021-11-16"), ExpenseCategory.RAIL, 1_480, False),
                  Expense(D("2021-11-16"), ExpenseCategory.LODGING, 16_000, True)))
    return replace(payee, **changes)


def test_fy2021_worked_example() -> None:
    """3 tour days × 10,000; 6 distinct support days → 5 paid (cap 150,000), 1 unpaid; the tour-
    activity work day is out of scope; cash travel 45,300 + 44,800 + 1,480 = 91,580; lodging
    16,000 paid by the secretariat. Gross 271,580; tax floor(271,580 × 0.1021) = 27,728."""
    r = compute_payment(kitami_talent(), FY2021_PRESET, fee_yen=440)
    assert (r.per_diem_yen, r.honorarium_days, r.honorarium_yen) == (30_000, 5, 150_000)
    assert (r.reimbursed_yen, r.paid_directly_yen, r.gross_yen) == (91_580, 16_000, 271_580)
    assert (r.withholding_base_yen, r.withholding_yen, r.net_yen) == (271_580, 27_728, 243_412)
    unpaid = [line for line in r.lines if line.category is LineCategory.HONORARIUM_UNPAID]
    assert [line.dates for line in unpaid] == [(D("2022-01-26"),)]
    assert [e.entry_id for e in r.rates_used] == ["FY2021"]


def test_reimbursements_excluded_and_exempt_payee() -> None:
    policy = replace(FY2021_PRESET, withhold_reimbursements=False,
                     reimbursement_exclusion_reason="税理士確認済")
    r = compute_payment(kitami_talent(), policy)
    assert (r.withholding_base_yen, r.withholding_yen, r.net_yen) == (180_000, 18_378, 253_202)
    assert "税理士確認済" in r.withholding_note
    exempt = compute_payment(kitami_talent(tax=TaxStatus.EXEMPT, exempt_reason="所属企業へ支払"),
                             FY2021_PRESET)
    assert (exempt.withholding_yen, exempt.net_yen) == (0, 271_580)
    with pytest.raises(InputError):
        kitami_talent(tax=TaxStatus.EXEMPT)
    with pytest.raises(InputError):
        replace(FY2021_PRESET, withhold_reimbursements=False)


def test_travel_rules_and_region_override() -> None:
    rates = Rates("R", D("2021-04-01"), 10_000, 30_000, 150_000, travel_cap_yen=50_000,
                  travel_fixed_yen=40_000)
    capped = replace(FY2021_PRESET, rates=RateTable((rates,)), travel_rule=TravelRule.ACTUAL_CAPPED)
    fixed = replace(capped, travel_rule=TravelRule.FIXED)
    programme = ProgrammePolicy(FY2021_PRESET, (("okinawa", capped), ("kuwana", fixed)))
    assert programme.for_region("kitami") is FY2021_PRESET
    r = compute_payment(kitami_talent(), programme.for_region("okinawa"))
    assert (r.reimbursed_yen, r.paid_directly_yen) == (50_000, 16_000)
    assert sum(line.amount_yen for line in r.lines if line.category is LineCategory.NOT_REIMBURSED) == 41_580
    r = compute_payment(kitami_talent(), programme.for_region("kuwana"))
    assert r.reimbursed_yen == 40_000
    r = compute_payment(kitami_talent(tour_days=()), programme.for_region("kuwana"))
    assert r.reimbursed_yen == 0
    r = compute_payment(kitami_talent(), replace(FY2021_PRESET, travel_rule=TravelRule.NONE,
                                                  honorarium_scope=HonorariumScope.ALL))
    assert (r.reimbursed_yen, r.honorarium_days) == (0, 5)


def test_rate_change_mid_programme() -> None:
    later = Rates("FY2022", D("2022-01-01"), 12_000, 40_000, 150_000)
    policy = replace(FY2021_PRESET, rates=RateTable((FY2021_PRESET.rates.entries[0], later)))
    r = compute_payment(kitami_talent(), policy)
    # Dec: 3 days × 30,000; Jan 12 and 19: 40,000 + 20,000 (cap reached), Jan 26 unpaid.
    assert (r.honorarium_yen, r.honorarium_days) == (150_000, 5)
    assert [line.amount_yen for line in r.lines if line.category is LineCategory.HONORARIUM] == [
        30_000, 30_000, 30_000, 40_000, 20_000]
    assert {e.entry_id for e in r.rates_used} == {"FY2021", "FY2022"}


days = st.dates(min_value=D("2021-10-01"), max_value=D("2022-03-31"))
payees = st.builds(
    PayeeInput, payee_id=st.just("p"), name=st.just("n"),
    tax=st.sampled_from(TaxStatus), exempt_reason=st.just("employer"),
    tour_days=st.lists(days, max_size=8).map(tuple),
    work_days=st.lists(st.builds(WorkDay, days, st.sampled_from(Activity)), max_size=20).map(tuple),
    expenses=st.lists(st.builds(Expense, days, st.sampled_from(ExpenseCategory),
                                st.integers(0, 3_000_000), st.booleans()), max_size=8).map(tuple))
policies = st.builds(
    PaymentPolicy,
    rates=st.builds(lambda a, b, c, d, e: RateTable((Rates("x", D("2021-01-01"), a, b, c, d, e),)),
                    *[st.integers(0, 200_000)] * 5),
    honorarium_scope=st.sampled_from(HonorariumScope), travel_rule=st.sampled_from(TravelRule),
    withhold_reimbursements=st.booleans(), reimbursement_exclusion_reason=st.just("reason"))


@settings(max_examples=300)
@given(payees, policies, st.integers(0, 1_000))
def test_properties(payee: PayeeInput, policy: PaymentPolicy, fee: int) -> None:
    rates = policy.rates.entries[0]
    try:
        r = compute_payment(payee, policy, fee_yen=fee)
    except InputError:
        assert fee > 0  # only a fee larger than the payment is refused
        return
    amounts = [r.per_diem_yen, r.honorarium_yen, r.reimbursed_yen, r.paid_directly_yen, r.gross_yen,
               r.withholding_base_yen, r.withholding_yen, r.fee_yen, r.net_yen, r.honorarium_days]
    assert all(type(a) is int and a >= 0 for a in amounts)
    assert all(type(line.amount_yen) is int for line in r.lines)
    assert r.honorarium_yen <= rates.honorarium_cap_yen
    assert r.gross_yen == sum(line.amount_yen for line in r.lines if line.category.in_gross)
    assert r.gross_yen == r.per_diem_yen + r.honorarium_yen + r.reimbursed_yen
    assert r.net_yen == r.gross_yen - r.withholding_yen - r.fee_yen
    assert r.per_diem_yen == len(set(payee.tour_days)) * rates.per_diem_yen
    base = r.withholding_base_yen
    expected = base * 1021 // 10000 if base <= 1_000_000 else (base - 1_000_000) * 2042 // 10000 + 102_100
    assert r.withholding_yen == (0 if payee.tax is TaxStatus.EXEMPT else expected)
    if policy.travel_rule is TravelRule.ACTUAL_CAPPED:
        assert r.reimbursed_yen <= rates.travel_cap_yen
    assert r.paid_directly_yen == sum(e.amount_yen for e in payee.expenses if e.paid_directly)


def statement(result=None) -> Statement:
    return Statement("S-001", Payer("事務局"), result or compute_payment(kitami_talent(), FY2021_PRESET),
                     (D("2021-11-16"), D("2022-02-28")), D("2022-03-01"), D("2022-03-10"))


def test_statement_workflow_and_adjustment() -> None:
    draft = statement()
    draft = revise(draft, transfer_date=D("2022-03-11"))
    approved = approve(draft, "経理 花子", D("2022-03-02"))
    assert approved.status is StatementStatus.APPROVED
    with pytest.raises(InputError):
        revise(approved, transfer_date=D("2022-03-14"))
    with pytest.raises(InputError):
        approve(approved, "x", D("2022-03-02"))
    with pytest.raises(InputError):
        mark_paid(draft, D("2022-03-11"))
    with pytest.raises(InputError, match="振込データ作成済み"):
        mark_paid(approved, D("2022-03-11"))  # paid only through a payment run
    paid = mark_paid(put_in_run(approved, D("2022-03-11")), D("2022-03-11"))
    with pytest.raises(InputError):
        revise(paid, bank=None)
    corrected = compute_payment(kitami_talent(expenses=kitami_talent().expenses + (
        Expense(D("2021-11-18"), ExpenseCategory.TAXI, 2_000, False),)), FY2021_PRESET)
    adj = adjusting_statement(paid, corrected, "S-001-1", "タクシー代の計上漏れ", D("2022-03-20"),
                              D("2022-03-25"))
    assert adj.adjustment is not None and adj.adjustment.previous_no == "S-001"
    assert adj.status is StatementStatus.DRAFT
    assert adj.payable_gross_yen == 2_000
    assert adj.payable_withholding_yen == 273_580 * 1021 // 10000 - 27_728 == 204
    assert adj.transfer_yen == 1_796
    with pytest.raises(InputError):
        adjusting_statement(draft, corrected, "S-x", "r", D("2022-03-20"), D("2022-03-25"))


def json_input() -> dict:
    return {"policy": {"per_diem_yen": 10000, "honorarium_daily_yen": 30000,
                       "honorarium_cap_yen": 150000, "honorarium_scope": "support_only",
                       "travel": {"rule": "actual"}, "withhold_reimbursements": True},
            "payees": [{"id": "t01", "name": "A", "tax": "individual",
                        "tour_days": ["2021-11-16", "2021-11-17", "2021-11-18"],
                        # one work day per date: a document naming a date twice is refused (domain/record_days.py)
                        "work_days": [{"date": w.day.isoformat(), "activity": "support"} for w in dict.fromkeys(SUPPORT)],
                        "expenses": [{"date": "2021-11-16", "category": "air", "amount_yen": 91_580,
                                      "paid_directly": False},
                                     {"date": "2021-11-16", "category": "lodging",
                                      "amount_yen": 16_000, "paid_directly": True}]},
                       {"id": "t02", "name": "B", "tax": "exempt", "tour_days": ["2021-11-25"],
                        "work_days": [], "expenses": []}]}


def test_json_compute() -> None:
    out = compute(json_input())
    t01, t02 = out["payees"]
    assert t01 == {"id": "t01", "per_diem_yen": 30_000, "honorarium_days": 5, "honorarium_yen": 150_000,
                   "reimbursed_yen": 91_580, "paid_directly_yen": 16_000, "gross_yen": 271_580,
                   "withholding_base_yen": 271_580, "withholding_yen": 27_728, "fee_yen": 0, "net_yen": 243_852}
    assert t02["withholding_yen"] == 0 and t02["net_yen"] == 10_000
    assert out["totals"]["gross_yen"] == 281_580 and out["totals"]["honorarium_days"] == 5


@pytest.mark.parametrize(("path", "value", "needle"), [
    (("payees", 0, "expenses", 1, "amount_yen"), -5, "payees[0].expenses[1].amount_yen: 0〜100,000,000 円の整数"),
    (("payees", 0, "expenses", 0, "amount_yen"), True, "payees[0].expenses[0].amount_yen: "),
    (("payees", 0, "expenses", 0, "category"), "meals", "payees[0].expenses[0].category: "),
    (("payees", 0, "tour_days", 2), "2021-11-31", "payees[0].tour_days[2]: YYYY-MM-DD"),
    (("payees", 0, "work_days", 0, "activity"), "party", "payees[0].work_days[0].activity: "),
    (("payees", 1, "tax"), "corporate", "payees[1].tax: "),
    (("policy", "per_diem_yen"), 1, None),
    (("policy", "honorarium_cap_yen"), 1.5, "policy.honorarium_cap_yen"),
    (("policy", "travel", "rule"), "actual_capped", "policy.travel.cap_yen: 必須"),
    (("policy", "withhold_reimbursements"), 1, "policy.withhold_reimbursements"),
])
def test_json_errors_name_the_field_path(path: tuple, value: object, needle: str | None) -> None:
    data = json_input()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    if needle is None:
        compute(data)  # a valid change must still compute
        return
    with pytest.raises(InputError, match=re.escape(needle)):
        compute(data)


def test_json_missing_field() -> None:
    data = json_input()
    del data["payees"][1]["work_days"]
    with pytest.raises(InputError, match=re.escape("payees[1].work_days: 必須です")):
        compute(data)
