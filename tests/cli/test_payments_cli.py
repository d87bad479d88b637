"""`colead export ...` on the demo database's approved statements, as separate processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from colead_desktop.domain.zengin import parse_file


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
    assert sum(r["data_type"] == "2" for r in parse_file((tmp_path / "z.txt").read_bytes())) == 16


def test_bad_input_exits_2_with_a_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    done = colead("--db", url, "export", "payments-xlsx", "--out", str(tmp_path / "p.xlsx"))
    assert done.returncode == 2 and "承認済み" in done.stderr  # empty database
    assert colead("--db", url, "demo").returncode == 0
    done = colead("--db", url, "export", "zengin", "--transfer-date", "2022-03-12", "--out", str(tmp_path / "z.txt"))
    assert done.returncode == 2 and "2022-03-14" in done.stderr
    done = colead("--db", url, "export", "zengin", "--transfer-date", "10/03/2022", "--out", str(tmp_path / "z.txt"))
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr
    assert not (tmp_path / "z.txt").exists()
