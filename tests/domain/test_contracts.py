"""The contract rules (issue 19 item 6): what may be stored, the state shown, and which work days are covered."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from colead_desktop.domain.contracts import (
    Contract,
    ContractKind,
    ContractState,
    Pair,
    WorkDay,
    contract_problems,
    covered,
    state_of,
    uncovered_days,
)
from colead_desktop.domain.matching import PairStatus

NDA = Contract(1, pair_id=10, kind=ContractKind.NDA, sent_on=date(2021, 12, 1), signed_on=date(2021, 12, 10),
               expires_on=date(2022, 3, 31), signatories="甲 山田 / 乙 北見精工 代表")
TODAY = date(2022, 1, 20)
PAIR = Pair(10, talent_id=7, company_id=3, status=PairStatus.ACTIVE)


def work(day: date, activity: str = "support", company_id: int | None = 3, talent_id: int = 7) -> WorkDay:
    return WorkDay(1, talent_id, day, activity, company_id)


def test_a_contract_signed_before_it_was_sent_without_signatories_or_expiring_before_signing_is_refused() -> None:
    assert contract_problems(NDA, TODAY) == {}
    wrong = Contract(None, 10, ContractKind.NDA, sent_on=date(2021, 12, 10), signed_on=date(2021, 12, 1),
                     expires_on=date(2021, 11, 30))
    assert set(contract_problems(wrong, TODAY)) == {"signed_on", "signatories", "expires_on"}
    unsigned_pdf = Contract(None, 10, ContractKind.RIGHTS, document_sha256="0" * 64)
    assert set(contract_problems(unsigned_pdf, TODAY)) == {"signed_on"}


def test_a_contract_signed_on_a_day_still_to_come_is_refused() -> None:
    tomorrow = replace(NDA, signed_on=TODAY + timedelta(days=1), sent_on=None, expires_on=None)
    assert contract_problems(tomorrow, TODAY) == {
        "signed_on": f"締結日 {tomorrow.signed_on} が今日（{TODAY}）より後です。署名した日を入力してください"}
    assert contract_problems(replace(tomorrow, signed_on=TODAY), TODAY) == {}


def test_states_from_unsent_to_expired() -> None:
    assert state_of(Contract(None, 10, ContractKind.NDA), date(2022, 1, 1)) is ContractState.UNSENT
    assert state_of(Contract(None, 10, ContractKind.NDA, sent_on=date(2021, 12, 1)),
                    date(2022, 1, 1)) is ContractState.AWAITING
    assert state_of(NDA, date(2022, 1, 1)) is ContractState.SIGNED
    assert state_of(NDA, date(2022, 3, 1)) is ContractState.EXPIRING
    assert state_of(NDA, date(2022, 3, 31)) is ContractState.EXPIRING
    assert state_of(NDA, date(2022, 4, 1)) is ContractState.EXPIRED


def test_work_is_covered_only_by_a_signed_nda_in_force_on_a_pair_that_got_that_far_with_that_sme() -> None:
    assert covered(work(date(2022, 1, 20)), [PAIR], [NDA])
    assert covered(work(date(2022, 1, 20), company_id=None), [PAIR], [NDA])
    assert not covered(work(date(2021, 12, 9)), [PAIR], [NDA])  # before signing
    assert not covered(work(date(2022, 4, 1)), [PAIR], [NDA])  # after expiry
    assert not covered(work(date(2022, 1, 20), company_id=4), [PAIR], [NDA])  # another SME
    assert not covered(work(date(2022, 1, 20), talent_id=8), [PAIR], [NDA])  # another talent
    rights = Contract(2, 10, ContractKind.RIGHTS, signed_on=date(2021, 12, 10), signatories="x")
    assert not covered(work(date(2022, 1, 20)), [PAIR], [rights])  # a rights agreement is not an NDA
    for status in (PairStatus.CANDIDATE, PairStatus.AGREED, PairStatus.DISSOLVED):
        assert not covered(work(date(2022, 1, 20)), [Pair(10, 7, 3, status)], [NDA])
    assert covered(work(date(2022, 1, 20), activity="tour"), [], [])  # a tour day is not work for an SME


@given(st.lists(st.dates(min_value=date(2021, 10, 1), max_value=date(2022, 6, 30)), max_size=20))
def test_uncovered_days_are_exactly_those_outside_the_signed_period(days: list[date]) -> None:
    work_days = [WorkDay(i, 7, day, "meeting", 3) for i, day in enumerate(days)]
    uncovered = {w.id for w in uncovered_days(work_days, [PAIR], [NDA])}
    assert uncovered == {w.id for w in work_days if not date(2021, 12, 10) <= w.day <= date(2022, 3, 31)}
