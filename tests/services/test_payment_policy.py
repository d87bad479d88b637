"""Policy editor service on SQLite and PostgreSQL: one transaction, used rates refused, drafts recomputed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.payments import FY2021_RATES, TravelRule
from colead_desktop.services import payment_audit as audit_log
from colead_desktop.services import payment_policy as policy
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as pay

from tests.services.payments_fixtures import WHO


def test_a_refused_change_writes_nothing(demo: Database, demo_id: int) -> None:
    book = policy.load_policies(demo, demo_id)
    region = book.regions[0]
    override = policy.copied_for_region(book.programme)
    rewritten = replace(book.programme.rates[0], rates=replace(FY2021_RATES, per_diem_yen=9_000))
    # the rule change is written first in the transaction; the refusal of the rate rolls it back
    changed = replace(book, programme=replace(book.programme, travel_rule=TravelRule.NONE, rates=(rewritten,)),
                      regions=(replace(region, settings=override),) + book.regions[1:])
    audit_before = len(audit_log.audit_entries(demo))
    with pytest.raises(InputError, match="FY2021"):
        policy.save_policies(demo, WHO, changed)
    assert policy.load_policies(demo, demo_id) == book and len(audit_log.audit_entries(demo)) == audit_before


def test_travel_rules_need_their_amounts(demo: Database, demo_id: int) -> None:
    book = policy.load_policies(demo, demo_id)
    capped = replace(book, programme=replace(book.programme, travel_rule=TravelRule.ACTUAL_CAPPED))
    with pytest.raises(InputError, match="上限"):
        policy.save_policies(demo, WHO, capped)
    with_cap = policy.RateEntry(None, replace(FY2021_RATES, entry_id="", effective_from=date(2021, 11, 1),
                                              travel_cap_yen=60_000))
    fixed = replace(capped.programme, travel_rule=TravelRule.FIXED, rates=capped.programme.rates + (with_cap,))
    with pytest.raises(InputError, match="定額"):
        policy.save_policies(demo, WHO, replace(book, programme=fixed))


def test_a_region_override_recomputes_only_that_regions_drafts(demo: Database, demo_id: int) -> None:
    payees = pay.list_payees(demo, demo_id)
    inside = payees[0]
    outside = next(p for p in payees if p.region != inside.region)
    drafts = {p.talent_id: statements.adjust_statement(demo, p.statement_id, WHO, "方針変更") for p in (inside, outside)}
    before = {tid: statements.statement(demo, sid).result for tid, sid in drafts.items()}
    book = policy.load_policies(demo, demo_id)
    region = next(r for r in book.regions if r.name == inside.region)
    override = policy.copied_for_region(book.programme)
    override = replace(override, travel_rule=TravelRule.NONE)
    regions = tuple(replace(r, settings=override) if r is region else r for r in book.regions)
    changed = policy.save_policies(demo, WHO, replace(book, regions=regions))
    inside_after = statements.statement(demo, drafts[inside.talent_id])
    assert changed == [inside_after.statement_no]
    assert inside_after.result.reimbursed_yen == 0 < before[inside.talent_id].reimbursed_yen
    assert [r.entry_id for r in inside_after.result.rates_used] == [f"{inside.region}-20210401"]
    assert statements.statement(demo, drafts[outside.talent_id]).result == before[outside.talent_id]
