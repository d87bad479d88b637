"""`colead contracts …` on a fresh programme: add, sign (with a stale --version refused, exit 4), list, what
waits, and the work days no signed NDA covers; bad dates and bad values exit 2 naming them."""

from __future__ import annotations

import json
from datetime import date, timedelta

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.services import matching
from colead_desktop.services import payment_records as records
from tests.cli.run import colead
from tests.services.matching_fixtures import make_world


def test_add_sign_list_and_the_uncovered_work_days(db: Database) -> None:
    world = make_world(db)
    talent, company = world.talents[2], world.companies[2]
    pair = matching.add_pair(db, world.programme, talent, company, "事務局", "")
    for status in ("exchange", "agreed", "nda", "active"):
        assert colead("matching", "move", str(pair), status, "--by", "事務局").returncode == 0
    records.add_work_day(db, world.programme, talent, date(2022, 1, 12), "support", "経理", company_id=company)
    uncovered = json.loads(colead("contracts", "uncovered", "--json").stdout)
    assert [(w["talent_id"], w["day"]) for w in uncovered] == [(talent, "2022-01-12")]

    added = colead("contracts", "add", str(pair), "--kind", "nda", "--sent", "2022-01-05")
    assert added.returncode == 0, added.stderr
    contract = json.loads(added.stdout)
    assert (contract["state"], contract["version"]) == ("awaiting", 1)
    waiting = json.loads(colead("contracts", "attention", "--json").stdout)
    assert [(w["pair_id"], w["what"]) for w in waiting] == [(pair, "秘密保持契約（NDA）: 署名待ち")]

    refused = colead("contracts", "set", str(contract["id"]), "--signed", "2022-01-04", "--signatories", "甲 / 乙")
    assert (refused.returncode, refused.stdout) == (2, "") and "送付日より前" in refused.stderr
    signed = colead("contracts", "set", str(contract["id"]), "--signed", "2022-01-10", "--signatories", "甲 / 乙",
                    "--version", "1")
    assert signed.returncode == 0, signed.stderr
    assert json.loads(signed.stdout)["state"] == "signed"
    stale = colead("contracts", "set", str(contract["id"]), "--note", "古い版から", "--version", "1")
    assert (stale.returncode, stale.stdout) == (4, "") and "競合" in stale.stderr
    assert json.loads(colead("contracts", "uncovered", "--json").stdout) == []
    [listed] = json.loads(colead("contracts", "list", "--json").stdout)
    assert (listed["signed_on"], listed["note"], listed["version"]) == ("2022-01-10", "", 2)

    assert colead("contracts", "add", "9999", "--kind", "nda").returncode == 2  # no such pair
    bad_date = colead("contracts", "add", str(pair), "--kind", "rights", "--sent", "2022-13-01")
    assert bad_date.returncode == 2 and "--sent" in bad_date.stderr


def test_a_contract_signed_after_today_in_tokyo_is_refused(db: Database) -> None:
    world = make_world(db)
    pair = matching.add_pair(db, world.programme, world.talents[2], world.companies[2], "事務局", "")
    tomorrow = (tokyo_today() + timedelta(days=1)).isoformat()
    refused = colead("contracts", "add", str(pair), "--kind", "nda", "--signed", tomorrow, "--signatories", "甲 / 乙")
    assert (refused.returncode, refused.stdout) == (2, "")
    assert f"締結日 {tomorrow} が今日（{tokyo_today()}）より後です" in refused.stderr
    assert json.loads(colead("contracts", "list", "--json").stdout) == []
    today = colead("contracts", "add", str(pair), "--kind", "nda", "--signed", tokyo_today().isoformat(),
                   "--signatories", "甲 / 乙")
    assert today.returncode == 0, today.stderr
