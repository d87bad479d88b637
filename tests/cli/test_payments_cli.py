"""`colead export ...` on the demo database's approved statements, as separate processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from colead_desktop.db.engine import Database
from colead_desktop.domain.zengin import parse_file
from colead_desktop.services import payments
from tests.programmes import demo_programme


def colead(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "colead_desktop.cli", *args], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=180)


def test_demo_then_exports(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert colead("--db", url, "demo").returncode == 0
    done = colead("--db", url, "export", "statements", "--out", str(tmp_path / "pdf"))
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "pdf").glob("*.pdf"))) == 16
    done = colead("--db", url, "export", "payments-xlsx", "--out", str(tmp_path / "p.xlsx"))
    assert done.returncode == 0, done.stderr
    assert "集計" in load_workbook(tmp_path / "p.xlsx").sheetnames
    done = colead("--db", url, "export", "zengin", "--transfer-date", "2022-03-10", "--out", str(tmp_path / "z.txt"))
    assert done.returncode == 0, done.stderr
    assert "警告" not in done.stderr  # every demo account is in the payee's (or their company's) name
    assert sum(r["data_type"] == "2" for r in parse_file((tmp_path / "z.txt").read_bytes())) == 16


def test_zengin_warns_of_an_account_in_another_name_but_writes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert colead("--db", url, "demo").returncode == 0
    db = Database(url)
    sato = next(p for p in payments.list_payees(db, demo_programme(db)) if p.name == "佐藤 健太")
    payments.save_payee(db, sato.talent_id, "経理", holder_kana="ｱｵｷ ﾊﾙｶ")
    done = colead("--db", url, "export", "zengin", "--transfer-date", "2022-03-10", "--out", str(tmp_path / "z.txt"))
    assert done.returncode == 0, done.stderr
    assert "佐藤 健太 の口座名義 ｱｵｷ ﾊﾙｶ がフリガナ サトウ ケンタ と一致しません" in done.stderr
    assert "ｱｵｷ ﾊﾙｶ" in {r.get("holder_name", "").rstrip() for r in parse_file((tmp_path / "z.txt").read_bytes())}


def test_bad_input_exits_2_with_a_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    done = colead("--db", url, "export", "payments-xlsx", "--out", str(tmp_path / "p.xlsx"))
    assert done.returncode == 2 and "プログラムがありません" in done.stderr  # empty database: nothing to export from
    assert colead("--db", url, "demo").returncode == 0
    done = colead("--db", url, "export", "zengin", "--transfer-date", "2022-03-12", "--out", str(tmp_path / "z.txt"))
    assert done.returncode == 2 and "2022-03-14" in done.stderr
    done = colead("--db", url, "export", "zengin", "--transfer-date", "10/03/2022", "--out", str(tmp_path / "z.txt"))
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr
    assert not (tmp_path / "z.txt").exists()
