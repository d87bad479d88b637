"""`colead payments records TALENT_ID --json` (a talent's records in the shapes `payments compute` reads) and
`colead export audit --out FILE.csv` (the audit log, never a full account number), run in this process."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import PayeeRow, PaymentPayerRow
from colead_desktop.services import payment_records as records
from colead_desktop.services import payments as pay

from tests.cli.json_commands import documents, encoded, run
from tests.cli.run import colead
from tests.programmes import demo_programme, new_programme

WHO = "経理 花子"
Demo = tuple[str, Database, int]  # the URL, the database opened in the test, the demo programme


@pytest.fixture
def demo(demo_url: str) -> Iterator[Demo]:
    """This test's copy of the demo: its URL, the database opened here too, and the demo programme."""
    db = Database(demo_url)
    yield demo_url, db, demo_programme(db)
    db.dispose()


def test_records_print_what_compute_reads(demo: Demo, tmp_path: Path) -> None:
    url, db, programme_id = demo
    talent_id = pay.list_payees(db, programme_id)[0].talent_id
    done = colead("--db", url, "payments", "records", str(talent_id), "--json")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed == {
        "tour_days": [d.day.isoformat() for d in records.tour_days(db, programme_id, talent_id)],
        "work_days": [{"date": w.day.isoformat(), "activity": "support"}  # 企業支援: paid as support
                      for w in records.work_days(db, programme_id, talent_id)],
        "expenses": [{"date": e.day.isoformat(), "category": e.category, "amount_yen": e.amount_yen,
                      "paid_directly": e.paid_directly, **({"description": e.description} if e.description else {})}
                     for e in records.expenses(db, programme_id, talent_id)]}
    assert printed["tour_days"] and printed["work_days"] and printed["expenses"]

    document = documents()["payments"]
    document["payees"][0].update(printed)  # the printed records are a payee of a compute document as they are
    computed = run("payments", encoded(document), tmp_path)
    assert computed.code == 0, computed.stderr
    [row] = json.loads(computed.stdout)["payees"]
    assert row["per_diem_yen"] == 10_000 * len(printed["tour_days"])  # the document's rate
    assert row["reimbursed_yen"] == sum(e["amount_yen"] for e in printed["expenses"] if not e["paid_directly"])


def test_records_refuse_an_unknown_talent_or_one_of_another_programme(demo: Demo, tmp_path: Path) -> None:
    url, db, programme_id = demo
    done = colead("--db", url, "payments", "records", "99999", "--json")
    assert done.returncode == 2 and "人材 99999 が見つかりません" in done.stderr and done.stdout == ""
    talent_id = pay.list_payees(db, programme_id)[0].talent_id
    other = new_programme(db, "別の事業", 2022)
    done = colead("--db", url, "--programme", str(other), "payments", "records", str(talent_id), "--json")
    assert done.returncode == 2 and "参加していません" in done.stderr and done.stdout == ""
    refused = colead("--db", url, "payments", "records", "abc", "--json")  # argparse: the usage and the reason
    assert refused.returncode == 2 and "usage" in refused.stderr and "abc" in refused.stderr


def test_audit_export_counts_its_rows_and_never_holds_a_full_account_number(demo: Demo, tmp_path: Path) -> None:
    url, db, programme_id = demo
    payee = pay.list_payees(db, programme_id)[0]
    old = pay.payee_details(db, payee.talent_id).account_number
    pay.save_payee(db, payee.talent_id, WHO, account_number="7654329")  # the old and new number both in the log
    target = tmp_path / "out" / "監査ログ.csv"
    done = colead("--db", url, "export", "audit", "--out", str(target))
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert printed == {"out": str(target), "rows": len(rows) - 1} and printed["rows"] > 100
    assert any(r[4] == "account_number" and r[5] == "****" + old[-3:] and r[6] == "****329" for r in rows)
    with db.session() as session:
        numbers = set(session.scalars(select(PayeeRow.account_number)))
        numbers |= set(session.scalars(select(PaymentPayerRow.account_number)))
    text = target.read_text(encoding="utf-8-sig")
    # as a number of its own (the payer's demo account 1234567 is also inside its requester code 0123456789)
    assert "7654329" in numbers and not [n for n in numbers | {old} if re.search(rf"(?<!\d){n}(?!\d)", text)]
    assert [p.name for p in tmp_path.joinpath("out").iterdir()] == ["監査ログ.csv"]  # no part file left


def test_audit_export_refusals_exit_2(demo: Demo, tmp_path: Path) -> None:
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    done = colead("--db", empty, "export", "audit", "--out", str(tmp_path / "a.csv"))
    assert done.returncode == 2 and "プログラムがありません" in done.stderr and not (tmp_path / "a.csv").exists()
    url = demo[0]
    done = colead("--db", url, "export", "audit", "--out", str(tmp_path))
    assert done.returncode == 2 and "通常のファイルではありません" in done.stderr and done.stdout == ""
