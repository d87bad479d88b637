"""Contracts per pair stored on both databases, and the warning for work no signed NDA covers (issue 19 item 6),
on a fresh programme: a work day before any NDA warns on the record and the statement; signing clears it; a
stale edit is refused; the demo's work is covered by its invented contracts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.contracts import Contract, ContractKind
from colead_desktop.domain.errors import ValidationFailed
from colead_desktop.domain.matching import PairStatus
from colead_desktop.services import contracts, matching
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services.demo import load_demo
from tests.services.matching_fixtures import make_world

WHO = "事務局 テスト"


def active_pair(db: Database, programme: int, talent: int, company: int) -> int:
    pair = matching.add_pair(db, programme, talent, company, WHO, "")
    for status in (PairStatus.EXCHANGE, PairStatus.AGREED, PairStatus.NDA, PairStatus.ACTIVE):
        matching.move_pair(db, pair, status, WHO)
    return pair


def test_work_without_a_signed_nda_warns_on_the_record_and_the_statement_until_one_is_signed(any_db: Database) -> None:
    world = make_world(any_db)
    talent, company = world.talents[0], world.companies[0]
    pair = active_pair(any_db, world.programme, talent, company)
    [no_nda] = contracts.attention(any_db, world.programme, date(2022, 1, 1))
    assert (no_nda.pair_id, no_nda.what, no_nda.on) == (pair, "NDA未作成", None)
    day = records.add_work_day(any_db, world.programme, talent, date(2022, 1, 12), "support", WHO,
                               company_id=company)
    [work] = records.work_days(any_db, world.programme, talent)
    assert work.id == day and "2022-01-12" in work.warning
    draft = statements.compute_draft(any_db, world.programme, talent, WHO)
    assert [w for w in contracts.statement_warnings(any_db, draft) if "2022-01-12" in w]

    sent = contracts.save_contract(any_db, Contract(None, pair, ContractKind.NDA, sent_on=date(2022, 1, 5)))
    assert records.work_days(any_db, world.programme, talent)[0].warning  # sent is not signed
    [waiting] = contracts.attention(any_db, world.programme, date(2022, 1, 6))
    assert (waiting.pair_id, waiting.talent, waiting.what) == (pair, "高橋 三郎", "秘密保持契約（NDA）: 署名待ち")
    signed = contracts.save_contract(any_db, replace(sent, signed_on=date(2022, 1, 10), signatories="甲 / 乙",
                                                     expires_on=date(2023, 3, 31)), sent)
    assert signed.version == sent.version + 1
    assert records.work_days(any_db, world.programme, talent)[0].warning == ""
    assert contracts.statement_warnings(any_db, draft) == []
    assert contracts.attention(any_db, world.programme, date(2022, 1, 11)) == []
    [expiring] = contracts.attention(any_db, world.programme, date(2023, 3, 15))
    assert (expiring.what, expiring.on) == ("秘密保持契約（NDA）: 期限間近", date(2023, 3, 31))
    [expired] = contracts.attention(any_db, world.programme, date(2023, 4, 1))
    assert expired.what == "秘密保持契約（NDA）: 期限切れ"

    # work for another SME of the same talent is not covered by this pair's NDA
    records.add_work_day(any_db, world.programme, talent, date(2022, 1, 13), "meeting", WHO,
                         company_id=world.companies[1])
    with any_db.session() as session:
        assert [w.day for w in contracts.uncovered_work_days(session, world.programme)] == [date(2022, 1, 13)]

    matching.move_pair(any_db, pair, PairStatus.ENDED, WHO)  # the work is over: its expired NDA needs nothing
    assert contracts.attention(any_db, world.programme, date(2023, 4, 1)) == []
    with any_db.session() as session:  # and it still covers the work done under it
        assert [w.day for w in contracts.uncovered_work_days(session, world.programme)] == [date(2022, 1, 13)]


def test_a_stale_or_invalid_contract_is_refused_and_nothing_is_written(instances: tuple[Database, Database]) -> None:
    mine, theirs = instances
    world = make_world(mine)
    pair = active_pair(mine, world.programme, world.talents[0], world.companies[0])
    loaded = contracts.save_contract(mine, Contract(None, pair, ContractKind.NDA, sent_on=date(2022, 1, 5)))
    contracts.save_contract(theirs, replace(loaded, note="B の注記"), loaded)
    with pytest.raises(StaleRecord) as stale:
        contracts.save_contract(mine, replace(loaded, signed_on=date(2022, 1, 9), signatories="甲"), loaded)
    assert {c.name for c in stale.value.conflicts} == {"note", "signed_on", "signatories"}
    with pytest.raises(ValidationFailed) as invalid:
        contracts.save_contract(mine, replace(contracts.get_contract(mine, loaded.id or 0), signed_on=date(2022, 1, 1)))
    assert set(invalid.value.errors) == {"signed_on", "signatories"}
    assert contracts.get_contract(mine, loaded.id or 0).note == "B の注記"
    assert contracts.get_contract(mine, loaded.id or 0).signed_on is None
    contracts.delete_contract(mine, contracts.get_contract(mine, loaded.id or 0))
    assert contracts.contracts(mine, world.programme) == []


def test_the_demo_pays_only_work_covered_by_its_contracts(db: Database) -> None:
    programme = load_demo(db)
    assert programme is not None
    with db.session() as session:
        assert contracts.uncovered_work_days(session, programme) == []
    demo = contracts.contracts(db, programme)
    assert len(demo) == 32 and {c.kind for c in demo} == set(ContractKind)
    assert {p["status"] for p in matching.pairs(db, programme)} == {"ended"}  # with the programme, on 2022-03-31
    assert contracts.attention(db, programme, date(2026, 12, 3)) == []  # nothing of FY2021 waits today
