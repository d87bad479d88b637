"""`colead payments runs` (money12): each run with its transfers as the 全銀 file's trailer counts them, the customer
codes of each record and every statement each pays; `payments run` answers the same, on a programme made for the
test, once again after the next run."""

from __future__ import annotations

from dataclasses import astuple
import json
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.zengin import parse_file
from colead_desktop.services import payment_statements as statements

from tests.cli.test_payment_settlements_cli import _ok
from tests.cli.test_payments_cli import transfer_day
from tests.services.payments_fixtures import WHO, corrected, joined_run


def _trailer(path: Path) -> tuple[int, int]:
    [trailer] = [r for r in parse_file(path.read_bytes()) if r["data_type"] == "8"]
    return int(trailer["count"]), int(trailer["total"])


@pytest.mark.usefixtures("bank_confirms_later")
def test_the_runs_listing_counts_transfers_and_names_their_statements(db: Database, tmp_path: Path) -> None:
    programme_id, talent, other, first, alone, more = astuple(joined_run(db))
    first_no, more_no, alone_no = (statements.statement(db, i).statement_no for i in (first, more, alone))
    day = transfer_day().isoformat()
    run = _ok("payments", "run", "--transfer-date", day, "--out", str(tmp_path / "z.txt"), "--by", WHO)
    transfers = [{"customer_code1": first_no.replace("-", ""), "customer_code2": more_no.replace("-", ""),
                  "statements": [first_no, more_no], "amount_yen": 44_455 + 8_979},
                 {"customer_code1": alone_no.replace("-", ""), "customer_code2": None, "statements": [alone_no],
                  "amount_yen": 44_455}]
    assert (run["transfer_count"], run["transfers"]) == (2, transfers)
    [listed] = _ok("payments", "runs")
    assert (listed["run"], listed["transfer_count"], listed["statement_count"], listed["transfers"]) == (
        run["run"], 2, 3, transfers)
    assert _trailer(tmp_path / "z.txt") == (listed["transfer_count"], listed["total_yen"]) == (2, run["total_yen"])
    nets = {s["no"]: s["net_yen"] for s in _ok("payments", "statements", "--json")}
    assert [t["amount_yen"] for t in listed["transfers"]] == [sum(nets[n] for n in t["statements"])
                                                              for t in listed["transfers"]]

    # one step later: the next run holds one correction alone; the first run's entry stays as it was
    _ok("payments", "paid", "--run", str(run["run"]), "--on", day, "--by", WHO)
    later = statements.statement(db, corrected(db, programme_id, more, talent, 60_000)).statement_no
    second = _ok("payments", "run", "--transfer-date", day, "--out", str(tmp_path / "z2.txt"), "--by", WHO)
    newest, older = _ok("payments", "runs")
    assert (newest["run"], newest["transfer_count"], newest["statement_count"]) == (second["run"], 1, 1)
    assert newest["transfers"][0]["statements"] == [later]
    assert (older["status"], older["transfers"]) == ("paid", transfers)
    # numbered in the programme as the app shows them (ids come from a sequence that may skip)
    assert (older["number"], newest["number"]) == (run["number"], second["number"]) == (run["number"], run["number"] + 1)
    assert "架空" not in json.dumps([newest, older], ensure_ascii=False)  # no payee name in the listing
