"""Three `colead demo` processes started at once on an empty data folder (found by review: two failed with
"database is locked" during the first migration, and the demo's check and insert were separate
transactions, so only an unrelated constraint kept it from loading twice)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_three_first_starts_at_once_migrate_once_and_load_the_demo_once(tmp_path: Path) -> None:
    env = {**os.environ, "COLEAD_DATA_DIR": str(tmp_path)}
    starts = [subprocess.Popen([sys.executable, "-m", "colead_desktop.cli", "demo"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [(start.wait(timeout=300), start.communicate()[1]) for start in starts]
    assert [code for code, _ in results] == [0, 0, 0], results
    assert sum("読み込みました" in err for _, err in results) == 1
    assert sum("既に読み込まれています" in err for _, err in results) == 2
    with sqlite3.connect(tmp_path / "colead.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM programme").fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM talent").fetchone() == (16,)
