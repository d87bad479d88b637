"""Payment runs in the domain: bank business days, the transfer date rules, what a run leaves out and why,
the customer code, paid dates and who may approve."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from colead_desktop.domain.bank import validate_account
from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.jp_calendar import is_bank_business_day, next_bank_business_day
from colead_desktop.domain.bank_directory import bank_info
from colead_desktop.domain.payment_runs import (Payable, check_run_date, customer_code, plan_run, run_transfers,
                                                transfers_of)
from colead_desktop.domain.statements import Adjustment, approval_refusal, approve, mark_paid, put_in_run
from colead_desktop.domain.statement_status import StatementStatus

D = date.fromisoformat


@pytest.mark.parametrize(("day", "open_"), [
    ("2022-03-10", True),  # Thursday
    ("2022-03-12", False), ("2022-03-13", False),  # Saturday, Sunday
    ("2022-03-21", False),  # 春分の日
    ("2021-12-30", True), ("2021-12-31", False), ("2022-01-03", False), ("2022-01-04", True),  # 年末年始
    ("2020-05-06", False),  # 振替休日
    ("2026-09-22", False),  # 国民の休日
])
def test_bank_business_days(day: str, open_: bool) -> None:
    assert is_bank_business_day(D(day)) is open_


def test_the_transfer_date_is_a_business_day_today_or_later_and_far_ahead_is_a_warning() -> None:
    today = D("2022-03-01")
    with pytest.raises(InputError, match="2022-03-22"):
        check_run_date(D("2022-03-21"), today)
    with pytest.raises(InputError, match="2022-01-04"):
        check_run_date(D("2021-12-31"), D("2021-12-01"))
    with pytest.raises(InputError, match="過去の日付"):
        check_run_date(D("2022-02-28"), today)
    assert check_run_date(today, today) == ()
    assert check_run_date(D("2022-03-31"), today) == ()  # 30 days ahead
    [warning] = check_run_date(next_bank_business_day(D("2022-04-01")), today)
    assert "30日以上先" in warning


def approved() -> list:
    return [approve(st, "経理", D("2022-03-01")) for st in demo_statements(demo_payees(PLACEHOLDER_TALENTS))]


def test_a_run_leaves_out_reclaims_zero_amounts_missing_accounts_and_exclusions_with_reasons() -> None:
    first, second, third, fourth, *rest = approved()
    more = replace(second.result, gross_yen=second.result.gross_yen + 10_000)  # what the corrected statement paid
    reclaim = replace(second, adjustment=Adjustment("X-1", more, "二重計上"))
    nothing = replace(third, adjustment=Adjustment("X-2", third.result, "確認"))
    no_account = replace(fourth, bank=None)
    plan = plan_run([first, reclaim, nothing, no_account, *rest], D("2022-03-10"), D("2022-03-01"),
                    exclude=[rest[0].statement_no])
    reasons = {o.statement_no: o.reason for o in plan.left_out}
    assert "返金請求" in reasons[reclaim.statement_no] and "0円" in reasons[nothing.statement_no]
    assert "口座" in reasons[no_account.statement_no] and "除外" in reasons[rest[0].statement_no]
    assert [st.statement_no for st in plan.included] == [first.statement_no] + [st.statement_no for st in rest[1:]]
    assert plan.total_yen == sum(st.transfer_yen for st in plan.included)
    assert plan.date_changes() == []  # the demo's statements already planned 2022-03-10
    moved = plan_run([first], D("2022-03-11"), D("2022-03-01"))
    assert moved.date_changes() == [(first.statement_no, D("2022-03-10"))]
    with pytest.raises(InputError, match="振込できる") as empty:
        plan_run([reclaim, no_account], D("2022-03-10"), D("2022-03-01"))
    assert f"\n{reclaim.statement_no}: " in str(empty.value) and "返金請求" in str(empty.value)  # each one's reason
    assert f"\n{no_account.statement_no}: 振込先口座が登録されていません" in str(empty.value)
    with pytest.raises(InputError, match="X-9"):
        plan_run([first], D("2022-03-10"), D("2022-03-01"), exclude=["X-9"])


def test_each_record_carries_the_statement_number_as_customer_code() -> None:
    statements = approved()[:3]
    transfers = run_transfers(statements)
    assert [t.customer_code for t in transfers] == ["".join(filter(str.isdigit, st.statement_no)) for st in statements]
    assert customer_code("2021-0007") == "20210007"
    with pytest.raises(InputError):
        customer_code("2021-00000000007")


def test_a_transfer_of_several_statements_names_its_first_two_in_the_file_and_all_in_its_listing() -> None:
    first, *_ = approved()
    plan = plan_run([replace(first, statement_no=no) for no in ("2021-0009", "2021-0002", "2021-0005")],
                    D("2022-03-10"), D("2022-03-01"))
    total = sum(st.transfer_yen for st in plan.included)  # the two joining ones without the payee's fee
    assert [(g.statement_nos, g.amount_yen, g.customer_codes, g.code_text) for g in plan.transfers()] == [
        (("2021-0002", "2021-0005", "2021-0009"), total, ("20210002", "20210005"), "20210002/20210005")]
    assert [(t.customer_code, t.customer_code2, t.amount_yen) for t in run_transfers(plan.included)] == [
        ("20210002", "20210005", total)]
    # a run made before statements could join (0025_money11): each its own record, as its file was
    recorded = [Payable(no, "7", first.bank, yen) for no, yen in (("2021-0002", 100), ("2021-0005", 20))]
    assert [(t.customer_code, t.customer_code2, t.amount_yen) for t in transfers_of(recorded)] == [
        ("20210002", "", 100), ("20210005", "", 20)]


def test_a_payees_account_without_bank_names_is_named_from_the_code_list_in_the_file() -> None:
    first = approved()[0]
    assert first.bank is not None
    bare = replace(first, bank=replace(first.bank, bank_code="0005", branch_code="001", bank_name_kana="",
                                       branch_name_kana=""))
    info = bank_info("0005", "001")
    [transfer] = run_transfers([bare])
    assert info is not None and (transfer.account.bank_name_kana, transfer.account.branch_name_kana) == (
        info.bank_kana[:15], info.branch_kana[:15])


def test_paid_only_in_a_run_and_not_before_its_transfer_date() -> None:
    st = approved()[0]
    with pytest.raises(InputError, match="振込データ作成済み"):
        mark_paid(st, D("2022-03-10"))
    in_run = put_in_run(st, D("2022-03-14"))
    assert in_run.status is StatementStatus.IN_RUN and in_run.transfer_date == D("2022-03-14")
    with pytest.raises(InputError, match="振込指定日 2022-03-14 より前"):
        mark_paid(in_run, D("2022-03-11"))
    assert mark_paid(in_run, D("2022-03-15")).paid_on == D("2022-03-15")
    with pytest.raises(InputError):
        put_in_run(in_run, D("2022-03-16"))


def test_who_computed_may_not_approve_unless_single_approval_is_allowed() -> None:
    draft = replace(demo_statements(demo_payees(PLACEHOLDER_TALENTS))[0], computed_by="経理 花子")
    assert "経理 花子 以外" in (approval_refusal(draft, "経理 花子", two_people=True) or "")
    assert approval_refusal(draft, "経理 次郎", two_people=True) is None
    with pytest.raises(InputError, match="経理 花子 以外"):
        approve(draft, "経理 花子", D("2022-03-01"))
    alone = approve(draft, "経理 花子", D("2022-03-01"), two_people=False)
    assert alone.single_approval and not approve(draft, "経理 次郎", D("2022-03-01")).single_approval


def test_an_account_is_needed_in_the_file() -> None:
    st = replace(approved()[0], bank=None)
    with pytest.raises(InputError, match="口座"):
        run_transfers([st])
    assert validate_account("x", "0001", "001", "普通", "1234567", "ｱ").number == "1234567"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 15), st.integers(0, 2)), min_size=1, max_size=8))
def test_one_transfer_and_one_fee_per_payee_and_account(picks: list[tuple[int, int]]) -> None:
    """A payee's several statements in one run (their statement and extra ones, e.g. corrections paying more) are
    one 全銀 record of the sum the statements show after the plan, with one fee; withholding is each statement's."""
    base = approved()
    numbers = iter(range(1, 10_000))
    statements = []
    for index, extra in dict(picks).items():
        statements += [replace(base[index], statement_no=f"2099-{next(numbers):04d}") for _ in range(1 + extra)]
    plan = plan_run(statements, D("2022-03-10"), D("2022-03-01"))
    records = run_transfers(plan.included)
    by_payee: dict[str, list] = {}
    for statement in plan.included:
        by_payee.setdefault(statement.result.payee_id, []).append(statement)
    assert len(records) == plan.transfer_count == len(by_payee)  # the demo's payees each have one account
    assert sum(t.amount_yen for t in records) == plan.total_yen == sum(s.transfer_yen for s in plan.included)
    for transfer in records:
        mine = by_payee[transfer.payee_id]
        assert transfer.amount_yen == sum(s.transfer_yen for s in mine)
        assert transfer.customer_code == mine[0].statement_no.replace("-", "")
        assert [s.payment.fee_yen for s in mine[1:]] == [0] * (len(mine) - 1)  # the bank charges one fee
        assert mine[0].payment.fee_yen == mine[0].result.fee_yen and not mine[0].joins_transfer_of
        assert {s.payment.withholding_yen for s in mine} == {mine[0].result.withholding_yen}


def test_a_run_transferring_before_a_records_day_warns_of_it() -> None:
    """Review 12: a per diem for 2027-06-08 was put in a run and paid on 2026-12-03 without a word."""
    first, second, *_ = approved()
    ahead = replace(second, period=(second.period[0], D("2022-03-15")))  # a tour day five days after the transfer
    plan = plan_run([first, ahead], D("2022-03-10"), D("2022-03-01"))
    assert plan.warnings == (f"明細書 {ahead.statement_no} は 2022-03-15 までの記録を支払います。"
                             "振込指定日 2022-03-10 はその日より前です",)
    assert plan_run([first, ahead], D("2022-03-15"), D("2022-03-01")).warnings == ()  # on the day itself


def _withholding(statement, base: int):  # noqa: ANN001, ANN202 (a demo statement with another withholding base)
    from colead_desktop.domain.withholding import withholding_tax

    return replace(statement, result=replace(statement.result, withholding_base_yen=base,
                                             withholding_yen=withholding_tax(base)))


def test_a_payees_statements_join_one_transfer_only_when_one_payment_withholds_what_they_do() -> None:
    """Review 17 (pay17): one transfer is one payment (payments-japan.md §1.2), whose withholding is the tax on the
    bases added up; two statements of ¥5,000 each withheld ¥510 (¥1,020) where one payment of ¥10,000 withholds
    ¥1,021, and two of ¥600,000 missed the ¥1,000,000 tier (¥122,520 instead of ¥142,940)."""
    first = approved()[0]
    day, today = D("2022-03-10"), D("2022-03-01")

    def two(base: int, second_base: int | None = None) -> list:
        return [replace(_withholding(first, base), statement_no="2099-0001"),
                replace(_withholding(first, base if second_base is None else second_base), statement_no="2099-0002")]

    for base in (5_000, 600_000):
        plan = plan_run(two(base), day, today)
        assert [st.statement_no for st in plan.included] == ["2099-0001"]
        [apart] = plan.left_out
        assert apart.statement_no == "2099-0002" and "2099-0001" in apart.reason and "源泉徴収" in apart.reason
    # ¥30,000 a day: 3,063 each, 6,126 for ¥60,000 at once; and a payment withholding nothing joins any other
    for bases in ((30_000, 30_000), (600_000, 0)):
        plan = plan_run(two(*bases), day, today)
        assert [st.statement_no for st in plan.included] == ["2099-0001", "2099-0002"] and not plan.left_out
        assert plan.joined() == [("2099-0002", "2099-0001")]


def test_a_statement_and_its_correction_in_one_run_are_one_payment_but_a_correction_of_an_earlier_one_is_not() -> None:
    first = approved()[0]
    day, today = D("2022-03-10"), D("2022-03-01")
    original = replace(_withholding(first, 5_000), statement_no="2099-0001")
    corrected = _withholding(first, 10_000)  # pays ¥5,000 more and withholds the difference: 1,021 - 510
    corrected = replace(corrected, result=replace(corrected.result, gross_yen=first.result.gross_yen + 5_000))
    correction = replace(corrected, statement_no="2099-0002",
                         adjustment=Adjustment("2099-0001", original.result, "記録漏れ"))
    plan = plan_run([original, correction], day, today)
    assert [st.statement_no for st in plan.included] == ["2099-0001", "2099-0002"] and not plan.left_out
    assert sum(st.payable_withholding_yen for st in plan.included) == 1_021
    # the statement it corrects was paid in an earlier run: with another statement withholding, it waits
    another = replace(_withholding(first, 5_000), statement_no="2099-0003")
    plan = plan_run([correction, another], day, today)
    assert [st.statement_no for st in plan.included] == ["2099-0002"]
    assert [out.statement_no for out in plan.left_out] == ["2099-0003"]
