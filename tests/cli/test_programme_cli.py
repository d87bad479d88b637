"""`colead programme create FILE.json` and `colead programme copy ID --year YYYY` through the real command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import colead
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
    assert (json.loads(copied.stdout)["fiscal_year"], json.loads(copied.stdout)["start"]) == (2026, "2026-05-31")
    assert _programme_count(data_dir) == 2


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
