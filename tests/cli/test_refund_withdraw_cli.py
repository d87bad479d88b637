"""`colead payments refunded` settles a reclaim, `colead payments withdraw` takes back an unsent run, and `paid --on`
refuses a day after today (new-user review of issue 14's payments), on the demo through the CLI."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.cli.run import colead
from tests.cli.test_payments_cli import statements, transfer_day
from tests.cli.test_payments_lifecycle_cli import APPROVER, CLERK, ok, records_file
from colead_desktop.domain.clock import tokyo_today


def test_paid_refuses_a_day_after_today(demo_url: str, tmp_path: Path) -> None:
    day = transfer_day()
    run = ok("--db", demo_url, "payments", "run", "--transfer-date", day.isoformat(), "--out", str(tmp_path / "z.txt"),
             "--by", CLERK)
    done = colead("--db", demo_url, "payments", "paid", "--run", str(run["run"]), "--on", day.isoformat(), "--by", CLERK)
    assert done.returncode == 2 and "今日" in done.stderr and str(tokyo_today()) in done.stderr
    assert {s["status"] for s in statements(demo_url)} == {"in_run"}


def test_an_unsent_run_is_withdrawn_then_corrected(demo_url: str, tmp_path: Path) -> None:
    url = demo_url
    run = ok("--db", url, "payments", "run", "--transfer-date", transfer_day().isoformat(), "--out",
             str(tmp_path / "z.txt"), "--by", CLERK)
    original = {s["no"]: s for s in statements(url)}["2021-0003"]
    records = records_file(url, original, tmp_path, "less")
    refused = colead("--db", url, "payments", "adjust", "2021-0003", "--records", str(records), "--reason", "訂正",
                     "--by", CLERK)
    assert refused.returncode == 2 and "支払処理を取消" in refused.stderr
    assert len(statements(url)) == 16  # no correction draft was made
    withdrawn = ok("--db", url, "payments", "withdraw", "--run", str(run["run"]), "--by", CLERK)
    assert withdrawn == {"withdrawn": run["run"], "approved_again": run["statements"]}
    assert {s["status"] for s in statements(url)} == {"approved"}
    again = colead("--db", url, "export", "zengin", "--run", str(run["run"]), "--out", str(tmp_path / "a.txt"),
                   "--by", CLERK, "--again")
    assert again.returncode == 2 and "取消" in again.stderr and not (tmp_path / "a.txt").exists()
    adjusted = ok("--db", url, "payments", "adjust", "2021-0003", "--records", str(records), "--reason", "訂正",
                  "--by", CLERK)
    assert adjusted["corrects"] == "2021-0003"


@pytest.mark.usefixtures("bank_confirms_later")
def test_a_reclaim_is_refunded(demo_url: str, tmp_path: Path) -> None:
    url, day = demo_url, transfer_day()
    run = ok("--db", url, "payments", "run", "--transfer-date", day.isoformat(), "--out", str(tmp_path / "z.txt"),
             "--by", CLERK)
    ok("--db", url, "payments", "paid", "--run", str(run["run"]), "--on", day.isoformat(), "--by", CLERK)
    withdraw = colead("--db", url, "payments", "withdraw", "--run", str(run["run"]), "--by", CLERK)
    assert withdraw.returncode == 2 and "支払済の明細書" in withdraw.stderr
    original = {s["no"]: s for s in statements(url)}["2021-0003"]
    reclaim = ok("--db", url, "payments", "adjust", "2021-0003", "--records",
                 str(records_file(url, original, tmp_path, "less")), "--reason", "旅費の訂正", "--by", CLERK)
    ok("--db", url, "payments", "approve", reclaim["no"], "--by", APPROVER, "--despite-warnings")  # not transferred
    paid = colead("--db", url, "payments", "paid", reclaim["no"], "--on", day.isoformat(), "--by", CLERK)
    assert paid.returncode == 2 and "返金受領" in paid.stderr
    later = tokyo_today() + timedelta(days=61)  # after the (played) today
    assert colead("--db", url, "payments", "refunded", reclaim["no"], "--on", later.isoformat(),
                  "--by", CLERK).returncode == 2
    done = ok("--db", url, "payments", "refunded", reclaim["no"], "--on", day.isoformat(), "--by", CLERK)
    assert done == {"refunded": reclaim["no"], "on": day.isoformat()}
    settled = {s["no"]: s for s in statements(url)}[reclaim["no"]]
    assert (settled["status"], settled["paid_date"], settled["net_yen"]) == ("refunded", day.isoformat(),
                                                                             reclaim["net_yen"])
    assert reclaim["net_yen"] < 0


def test_a_reason_longer_than_a_decisions_is_refused_naming_it(demo_url: str, tmp_path: Path) -> None:
    """訂正の理由 has the limit of the other typed reasons (判定の理由: 2,000 characters), said for the field, and
    nothing is made (accountant's review 19)."""
    original = {s["no"]: s for s in statements(demo_url)}["2021-0003"]
    records = records_file(demo_url, original, tmp_path, "less")
    refused = colead("--db", demo_url, "payments", "adjust", "2021-0003", "--records", str(records), "--reason",
                     "運" * 2_001, "--by", CLERK)
    assert refused.returncode == 2 and "訂正の理由は 2000 文字以内" in refused.stderr and "2001 文字" in refused.stderr
    assert len(statements(demo_url)) == 16  # no correction draft was made
    adjusted = ok("--db", demo_url, "payments", "adjust", "2021-0003", "--records", str(records), "--reason",
                  "運" * 2_000, "--by", CLERK)
    assert adjusted["corrects"] == "2021-0003"
