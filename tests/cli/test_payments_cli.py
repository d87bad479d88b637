"""`colead payments ...` and `colead export ...` on the demo database, one command after another: the
statements list, drafting, two-people approval, a payment run with its 全銀 file, 再作成, paid on a date."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.jp_calendar import is_bank_business_day, next_bank_business_day
from colead_desktop.domain.zengin import parse_file
from colead_desktop.services import payments

from tests.cli.run import colead
from tests.programmes import demo_programme, new_programme

FIELDS = {"no", "talent_id", "kind", "corrects", "status", "run", "gross_yen", "withholding_yen", "fee_yen",
          "net_yen", "transfer_date", "paid_date", "joins_transfer_of"}


def transfer_day() -> date:
    """A bank business day a week ahead: runs refuse past dates, so the tests cannot use the demo's."""
    return next_bank_business_day(tokyo_today() + timedelta(days=7))


def statements(url: str) -> list[dict[str, Any]]:
    done = colead("--db", url, "payments", "statements", "--json")
    assert done.returncode == 0, done.stderr
    listed: list[dict[str, Any]] = json.loads(done.stdout)
    return listed


def test_demo_then_exports_and_a_run(demo_url: str, tmp_path: Path) -> None:
    url = demo_url
    done = colead("--db", url, "export", "statements", "--out", str(tmp_path / "pdf"))
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "pdf").glob("*.pdf"))) == 16
    done = colead("--db", url, "export", "payments-xlsx", "--out", str(tmp_path / "p.xlsx"))
    assert done.returncode == 0, done.stderr
    assert "集計" in load_workbook(tmp_path / "p.xlsx").sheetnames
    listed = statements(url)
    assert len(listed) == 16 and all(set(s) == FIELDS for s in listed)
    assert {(s["kind"], s["status"], s["run"], s["paid_date"]) for s in listed} == {("normal", "approved", None, None)}
    day = transfer_day()
    done = colead("--db", url, "payments", "run", "--transfer-date", day.isoformat(), "--exclude", "2021-0016",
                  "--out", str(tmp_path / "z.txt"), "--by", "経理")
    assert done.returncode == 0, done.stderr
    assert "警告" not in done.stderr  # every demo account is in the payee's (or their company's) name
    run = json.loads(done.stdout)
    assert run["statements"] == [s["no"] for s in listed[:15]]
    assert run["left_out"] == [{"no": "2021-0016", "reason": "除外を指定されました"}]
    records = parse_file((tmp_path / "z.txt").read_bytes())
    data = [r for r in records if r["data_type"] == "2"]
    assert [r["customer_code1"].rstrip() for r in data] == [n.replace("-", "") for n in run["statements"]]
    assert sum(int(r["amount"]) for r in data) == run["total_yen"] == sum(s["net_yen"] for s in listed[:15])
    after = {s["no"]: s for s in statements(url)}
    assert after["2021-0001"]["status"] == "in_run" and after["2021-0001"]["run"] == run["run"]
    assert after["2021-0001"]["transfer_date"] == day.isoformat() and after["2021-0016"]["status"] == "approved"


def test_a_second_run_over_the_same_statements_and_regeneration(demo_url: str, tmp_path: Path) -> None:
    url, day = demo_url, transfer_day().isoformat()
    first = colead("--db", url, "payments", "run", "--transfer-date", day, "--out", str(tmp_path / "a.txt"), "--by", "経理")
    assert first.returncode == 0, first.stderr
    again = colead("--db", url, "payments", "run", "--transfer-date", day, "--out", str(tmp_path / "b.txt"), "--by", "経理")
    assert again.returncode == 2 and "承認済みの明細書がありません" in again.stderr
    assert not (tmp_path / "b.txt").exists()
    run_id = str(json.loads(first.stdout)["run"])
    done = colead("--db", url, "export", "zengin", "--run", run_id, "--out", str(tmp_path / "c.txt"), "--by", "経理",
                  "--again")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.txt").read_bytes() == (tmp_path / "a.txt").read_bytes()


@pytest.mark.usefixtures("bank_confirms_later")
def test_paid_takes_the_banks_date_and_not_before_the_transfer(demo_url: str, tmp_path: Path) -> None:
    url, day = demo_url, transfer_day()
    run = colead("--db", url, "payments", "run", "--transfer-date", day.isoformat(), "--out", str(tmp_path / "z.txt"),
                 "--by", "経理")
    run_id = str(json.loads(run.stdout)["run"])
    early = colead("--db", url, "payments", "paid", "--run", run_id, "--on", (day - timedelta(days=1)).isoformat(),
                   "--by", "経理")
    assert early.returncode == 2 and "振込指定日" in early.stderr
    one = colead("--db", url, "payments", "paid", "2021-0003", "--on", day.isoformat(), "--by", "経理")
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout)["paid"] == ["2021-0003"]
    regenerate = colead("--db", url, "export", "zengin", "--run", run_id, "--out", str(tmp_path / "c.txt"), "--by", "経理",
                        "--again")
    assert regenerate.returncode == 2 and "支払済" in regenerate.stderr  # a new file could pay twice
    later = day + timedelta(days=2)
    rest = colead("--db", url, "payments", "paid", "--run", run_id, "--on", later.isoformat(), "--by", "経理")
    assert rest.returncode == 0, rest.stderr
    paid = {s["no"]: s["paid_date"] for s in statements(url)}
    assert paid["2021-0003"] == day.isoformat() and paid["2021-0001"] == later.isoformat()


def test_draft_and_approve_need_two_people(demo_url: str, tmp_path: Path) -> None:
    url = demo_url
    db = Database(url)
    sato = next(p for p in payments.list_payees(db, demo_programme(db)) if p.name == "佐藤 健太")
    payments.save_payee(db, sato.talent_id, "経理", account_number="7654321")  # back to draft: approve again
    db.dispose()
    drafted = colead("--db", url, "payments", "draft", str(sato.talent_id), "--by", "経理 花子")
    assert drafted.returncode == 0, drafted.stderr
    [entry] = json.loads(drafted.stdout)
    assert entry["talent_id"] == sato.talent_id
    own = colead("--db", url, "payments", "approve", entry["no"], "--by", "経理 花子")
    assert own.returncode == 2 and "経理 花子 以外の人が承認してください" in own.stderr
    other = colead("--db", url, "payments", "approve", entry["no"], "--by", "経理 次郎")
    assert other.returncode == 0, other.stderr
    assert json.loads(other.stdout) == {"approved": [entry["no"]]}
    every = colead("--db", url, "payments", "draft", "--all", "--by", "経理 花子")
    assert every.returncode == 0 and json.loads(every.stdout) == []  # everyone's statement is approved


def test_zengin_warns_of_an_account_in_another_name_but_writes(demo_url: str, tmp_path: Path) -> None:
    url = demo_url
    db = Database(url)
    sato = next(p for p in payments.list_payees(db, demo_programme(db)) if p.name == "佐藤 健太")
    payments.save_payee(db, sato.talent_id, "経理", holder_kana="ｱｵｷ ﾊﾙｶ")
    db.dispose()
    assert colead("--db", url, "payments", "approve", sato.statement_no, "--by", "経理 次郎").returncode == 0
    done = colead("--db", url, "payments", "run", "--transfer-date", transfer_day().isoformat(),
                  "--out", str(tmp_path / "z.txt"), "--by", "経理")
    assert done.returncode == 0, done.stderr
    assert "佐藤 健太 の口座名義 ｱｵｷ ﾊﾙｶ がフリガナ サトウ ケンタ と一致しません" in done.stderr
    assert "ｱｵｷ ﾊﾙｶ" in {r.get("holder_name", "").rstrip() for r in parse_file((tmp_path / "z.txt").read_bytes())}


def test_bad_input_exits_2_with_a_message(demo_url: str, tmp_path: Path) -> None:
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    done = colead("--db", empty, "export", "payments-xlsx", "--out", str(tmp_path / "p.xlsx"))
    assert done.returncode == 2 and "プログラムがありません" in done.stderr  # empty database
    bare = f"sqlite:///{tmp_path / 'bare.sqlite3'}"  # its own file: a user's programme would be the current one
    db = Database(bare)
    db.migrate()
    new_programme(db)
    db.dispose()
    done = colead("--db", bare, "export", "payments-xlsx", "--out", str(tmp_path / "p.xlsx"))
    assert done.returncode == 2 and "承認済み" in done.stderr  # a programme without statements
    assert not (tmp_path / "p.xlsx").exists()
    url = demo_url  # the rest refuses what a run or a payment on the demo's statements gets wrong
    saturday = transfer_day()
    while saturday.weekday() != 5:
        saturday += timedelta(days=1)
    out = str(tmp_path / "z.txt")
    done = colead("--db", url, "payments", "run", "--transfer-date", saturday.isoformat(), "--out", out, "--by", "経理")
    assert done.returncode == 2 and next_bank_business_day(saturday).isoformat() in done.stderr
    past = tokyo_today() - timedelta(days=1)
    while not is_bank_business_day(past):
        past -= timedelta(days=1)
    done = colead("--db", url, "payments", "run", "--transfer-date", past.isoformat(), "--out", out, "--by", "経理")
    assert done.returncode == 2 and "過去の日付" in done.stderr
    done = colead("--db", url, "payments", "run", "--transfer-date", "10/03/2022", "--out", out, "--by", "経理")
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr
    done = colead("--db", url, "payments", "run", "--transfer-date", transfer_day().isoformat(), "--exclude",
                  "2099-0001", "--out", out, "--by", "経理")
    assert done.returncode == 2 and "2099-0001" in done.stderr
    done = colead("--db", url, "payments", "approve", "2099-0001", "--by", "経理")
    assert done.returncode == 2 and "2099-0001 が見つかりません" in done.stderr
    done = colead("--db", url, "payments", "paid", "2021-0001", "--on", transfer_day().isoformat(), "--by", "経理")
    assert done.returncode == 2 and "振込データ作成済み" in done.stderr  # approved, not in a run
    done = colead("--db", url, "export", "zengin", "--run", "99", "--out", out, "--by", "経理",
                  "--again")
    assert done.returncode == 2 and "支払処理 99 が見つかりません" in done.stderr
    assert not (tmp_path / "z.txt").exists()


def test_a_transfer_date_typed_in_full_width_is_read(demo_url: str, tmp_path: Path) -> None:
    """An IME left in 全角 types 「２０２１ー１２ー１０」: read as the date, as the window's fields and the imports read
    full-width digits, not refused as 「YYYY-MM-DD 形式で指定してください」."""
    day = transfer_day()
    typed = day.isoformat().translate(str.maketrans("0123456789-", "０１２３４５６７８９ー"))
    done = colead("--db", demo_url, "payments", "run", "--transfer-date", typed, "--out", str(tmp_path / "z.txt"),
                  "--by", "経理")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["transfer_count"] == 16
    assert all(s["transfer_date"] == day.isoformat() for s in statements(demo_url))


def test_a_bank_file_already_at_out_is_refused_without_overwrite_and_no_run_is_made(demo_url: str,
                                                                                     tmp_path: Path) -> None:
    """The window's save dialog asks before replacing a file; the CLI refuses it, naming it, unless --overwrite:
    the file there may be a bank file sent or still to send (accountant's review 19)."""
    url, day = demo_url, transfer_day().isoformat()
    sent = tmp_path / "sogofurikomi.txt"
    sent.write_bytes(b"last month's file, sent to the bank")
    before = statements(url)
    refused = colead("--db", url, "payments", "run", "--transfer-date", day, "--out", str(sent), "--by", "経理")
    assert refused.returncode == 2 and str(sent) in refused.stderr and "--overwrite" in refused.stderr
    assert sent.read_bytes() == b"last month's file, sent to the bank"
    assert statements(url) == before  # no run: every statement as it was
    assert json.loads(colead("--db", url, "payments", "runs").stdout) == []
    english = colead("--lang", "en", "--db", url, "payments", "run", "--transfer-date", day, "--out", str(sent),
                     "--by", "経理")
    assert english.returncode == 2 and f"{sent} already exists" in english.stderr
    made = colead("--db", url, "payments", "run", "--transfer-date", day, "--out", str(sent), "--by", "経理",
                  "--overwrite")
    assert made.returncode == 0, made.stderr
    run_id = str(json.loads(made.stdout)["run"])
    assert sent.read_bytes().startswith(b"1") and len(json.loads(colead("--db", url, "payments", "runs").stdout)) == 1
    again = colead("--db", url, "export", "zengin", "--run", run_id, "--out", str(sent), "--by", "経理", "--again")
    assert again.returncode == 2 and str(sent) in again.stderr  # 再作成 follows the same rule
