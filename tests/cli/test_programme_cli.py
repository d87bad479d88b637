"""`colead programme create FILE.json` and `colead programme copy ID --year YYYY` through the real command."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.zengin import parse_file
from colead_desktop.services import payment_records, payment_statements, payments
from tests.cli.run import colead
from tests.cli.test_payments_cli import transfer_day
from tests.domain.test_programme_setup import DOCUMENT


def _programme_count(data_dir: Path) -> int:
    files = list(data_dir.glob("*.sqlite3"))
    return sqlite3.connect(files[0]).execute("SELECT count(*) FROM programme").fetchone()[0] if files else 0


def test_create_prints_the_programme_and_copy_makes_the_next_year(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "p.json"
    source.write_text(json.dumps(DOCUMENT, ensure_ascii=False), encoding="utf-8")
    created = colead("programme", "create", str(source))
    assert created.returncode == 0, created.stderr
    shown = json.loads(created.stdout)
    assert shown["payer"]["zengin"]["account_number"] == "****567"  # masked
    assert [r["name"] for r in shown["regions"]] == ["北見", "桑名"]
    copied = colead("programme", "copy", str(shown["id"]), "--year", "2026", "--events")
    assert copied.returncode == 0, copied.stderr
    copy = json.loads(copied.stdout)
    assert (copy["fiscal_year"], copy["start"], copy["end"]) == (2026, "2026-06-01", "2027-02-28")
    assert (shown["payer"]["contract_no"], copy["payer"]["contract_no"]) == ("2025-001", "")
    assert _programme_count(data_dir) == 2


def test_the_copy_does_not_carry_the_old_years_project_name(data_dir: Path, tmp_path: Path) -> None:
    """Review 16 item 2: 「令和7年度…」 printed on the new year's statements; the copy proposes the new year's
    事業名 (and name), and --name / --project-name give others."""
    source = tmp_path / "p.json"
    source.write_text(json.dumps({**DOCUMENT, "payer": {**DOCUMENT["payer"], "project_name": "令和7年度 Co-LEAD 事業"}},
                                 ensure_ascii=False), encoding="utf-8")
    first = json.loads(colead("programme", "create", str(source)).stdout)["id"]
    copied = colead("programme", "copy", str(first), "--year", "2026")
    assert copied.returncode == 0, copied.stderr
    copy = json.loads(copied.stdout)
    assert (copy["name"], copy["payer"]["project_name"]) == ("ふるさと Co-LEAD 2026", "令和8年度 Co-LEAD 事業")
    named = colead("programme", "copy", str(first), "--year", "2027", "--name", "Co-LEAD 令和9年度",
                   "--project-name", "令和9年度 地域DX人材事業")
    assert named.returncode == 0, named.stderr
    assert (json.loads(named.stdout)["name"], json.loads(named.stdout)["payer"]["project_name"]) == (
        "Co-LEAD 令和9年度", "令和9年度 地域DX人材事業")


def test_after_a_copy_the_commands_keep_the_programme_they_worked_on(data_dir: Path, tmp_path: Path) -> None:
    """Review 15 item 7: without a remembered choice, the newest programme (the copy) became the current one;
    the copy's output says how to switch instead."""
    source = tmp_path / "p.json"
    source.write_text(json.dumps(DOCUMENT, ensure_ascii=False), encoding="utf-8")
    first = json.loads(colead("programme", "create", str(source)).stdout)["id"]
    copied = colead("programme", "copy", str(first), "--year", "2026")
    assert copied.returncode == 0, copied.stderr
    new = json.loads(copied.stdout)["id"]
    assert json.loads(colead("programme", "show").stdout)["id"] == first
    assert f"colead programme use {new}" in copied.stderr and f"--programme {new}" in copied.stderr
    assert colead("programme", "use", str(new)).returncode == 0  # the switch the output names
    assert json.loads(colead("programme", "show").stdout)["id"] == new
    again = colead("programme", "copy", str(first), "--year", "2027")  # a remembered choice stays as it is
    assert again.returncode == 0 and json.loads(colead("programme", "show").stdout)["id"] == new


def test_bad_input_exits_2_naming_every_field_and_writes_nothing(data_dir: Path, tmp_path: Path) -> None:
    document = json.loads(json.dumps(DOCUMENT))
    document["payer"]["invoice_no"] = "T700001205000"
    document["payer"]["zengin"]["requester_code"] = "01234567890"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = colead("programme", "create", str(source))
    assert result.returncode == 2 and result.stdout == ""
    assert "payer.invoice_no" in result.stderr and "payer.zengin.requester_code" in result.stderr
    assert _programme_count(data_dir) == 0
    typo = colead("programme", "create", str(tmp_path / "missing.json"))
    assert typo.returncode == 2 and "missing.json" in typo.stderr


def create_programme(tmp_path: Path, document: dict[str, Any] = DOCUMENT) -> int:
    """`colead programme create` of DOCUMENT (regions 北見 and 桑名); the new programme's id."""
    source = tmp_path / "programme.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    created = colead("programme", "create", str(source))
    assert created.returncode == 0, created.stderr
    return int(json.loads(created.stdout)["id"])


def _json(*args: str) -> Any:
    result = colead(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_list_show_use_and_the_programme_option(data_dir: Path, tmp_path: Path) -> None:
    ours = create_programme(tmp_path)
    assert colead("demo").returncode == 0
    listed = _json("programme", "list")
    demo = next(p["id"] for p in listed if p["is_demo"])
    assert [(p["id"], p["fiscal_year"], p["is_demo"]) for p in listed] == [(ours, 2025, False), (demo, 2021, True)]
    assert [p["talents"] for p in listed] == [0, 16]

    # without a choice the user's own programme is current, never the demo
    assert [r["name"] for r in _json("list", "regions", "--json")] == ["北見", "桑名"]
    assert _json("list", "talents", "--json") == []
    assert len(_json("--programme", str(demo), "list", "talents", "--json")) == 16
    assert _json("programme", "show")["id"] == ours
    shown = _json("programme", "show", str(demo))
    assert (shown["name"], [r["name"] for r in shown["regions"]]) == (listed[1]["name"], ["北見", "桑名", "沖縄"])

    assert _json("programme", "use", str(demo))["id"] == demo  # remembered for this database
    assert len(_json("list", "talents", "--json")) == 16
    assert _json("programme", "show")["id"] == demo
    assert _json("--programme", str(ours), "list", "talents", "--json") == []  # the option wins over the choice

    out = tmp_path / "statements"
    assert colead("export", "statements", "--out", str(out)).returncode == 0  # the demo's, approved
    assert len(list(out.glob("*.pdf"))) == 16
    none = colead("--programme", str(ours), "export", "statements", "--out", str(tmp_path / "ours"))
    assert none.returncode == 2 and "承認済みの支払明細書がありません" in none.stderr
    itinerary = colead("--programme", str(ours), "export", "itinerary", "--tour", "demo-kuwana-2021",
                       "--out", str(tmp_path / "k.pdf"))
    assert itinerary.returncode == 2 and "demo-kuwana-2021" in itinerary.stderr  # the demo's tour, not ours
    assert not (tmp_path / "k.pdf").exists()


@pytest.mark.parametrize("args", [("programme", "use", "999"), ("programme", "show", "999"),
                                  ("--programme", "999", "list", "talents"),
                                  ("--programme", "999", "export", "payments-xlsx", "--out", "{tmp}/x.xlsx"),
                                  ("--programme", "999", "import", "talents", "{tmp}/roster.csv"),
                                  ("programme", "copy", "999", "--year", "2027")])
def test_a_programme_id_that_is_not_there_exits_2_naming_it(data_dir: Path, tmp_path: Path,
                                                           args: tuple[str, ...]) -> None:
    create_programme(tmp_path)
    (tmp_path / "roster.csv").write_text("name\n山田 太郎\n", encoding="utf-8")
    result = colead(*(arg.format(tmp=tmp_path) for arg in args))
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and "999" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.xlsx").exists()
    assert _programme_count(data_dir) == 1


def test_an_empty_database_asks_for_a_programme_first(data_dir: Path) -> None:
    result = colead("list", "talents", "--json")
    assert result.returncode == 2 and "プログラムがありません" in result.stderr
    assert _json("programme", "list") == []


def test_a_new_programmes_statement_and_zengin_file_name_its_payer(data_dir: Path, tmp_path: Path) -> None:
    """Issue 13: a fresh database, a programme from JSON, a talent imported with the CLI and paid through the
    services: the statement prints the payer and the address, the 全銀 header the requester and the bank."""
    programme = create_programme(tmp_path)
    roster = tmp_path / "talents.csv"
    roster.write_text("氏名,フリガナ,メール,スキルタイプ,担当地域\n山田 太郎,ヤマダ タロウ,taro@example.jp,engineer,北見\n",
                      encoding="utf-8")
    assert _json("import", "talents", str(roster))["inserted"] == 1
    [talent] = _json("list", "talents", "--json")

    db = Database()
    try:
        payments.save_payee(db, talent["id"], "経理", address="北海道北見市（架空）", bank_code="0005",
                            branch_code="001", account_type="ordinary", account_number="7654321",
                            holder_kana="ﾔﾏﾀﾞ ﾀﾛｳ")
        payment_records.add_work_day(db, programme, talent["id"], date(2025, 7, 1), "support", "経理")
        draft = payment_statements.compute_draft(db, programme, talent["id"], "経理")
        payment_statements.approve_statement(db, draft, "経理 次郎")  # not who computed it
    finally:
        db.dispose()

    out = tmp_path / "statements"
    assert colead("export", "statements", "--out", str(out)).returncode == 0
    [pdf] = out.glob("*.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Co-LEAD 事務局" in text and "東京都千代田区霞が関1-3-1" in text and "2025-0001" in text
    assert "新しいプログラム" not in text

    zengin = tmp_path / "zengin.txt"
    result = colead("payments", "run", "--transfer-date", transfer_day().isoformat(), "--out", str(zengin),
                    "--by", "経理")  # a new 全銀 file is a payment run's
    assert result.returncode == 0, result.stderr
    header, *data = parse_file(zengin.read_bytes())
    assert (header["requester_code"], header["requester_name"].rstrip()) == ("0123456789", "ｺﾘ-ﾄﾞｼﾞﾑｷﾖｸ")
    assert (header["bank_code"], header["branch_code"], header["account_number"]) == ("0005", "001", "1234567")
    assert header["bank_name"].strip()  # the bank's name in kana, from the bank code list
    assert [r["holder_name"].rstrip() for r in data if r["data_type"] == "2"] == ["ﾔﾏﾀﾞ ﾀﾛｳ"]
