"""`colead receipt ...` on a fresh programme: attach, list, save, open, remove and check receipts stored in the
database; bad input exits 2 naming the file or id, and nothing is half-written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from colead_desktop import cli_receipts
from colead_desktop.db.engine import Database
from colead_desktop.domain.attachments import MAX_ATTACHMENT_BYTES
from colead_desktop.services import payment_records as records
from tests.cli.run import colead
from tests.services.statement_fixtures import WHO, add_payees

PDF = b"%PDF-1.4 invented receipt: rail 5,280 yen"


def _expense(db: Database) -> int:
    programme, (talent,) = add_payees(db, 1)
    return records.add_expense(db, programme, talent, date(2021, 11, 17), "rail", 5_280, False, WHO)


def test_attach_list_save_open_remove_and_check(db: Database, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    expense = _expense(db)
    source = tmp_path / "特急券.pdf"
    source.write_bytes(PDF)
    added = colead("receipt", "add", str(expense), str(source))
    assert added.returncode == 0, added.stderr
    [listed] = json.loads(added.stdout)
    assert listed["file_name"] == "特急券.pdf" and listed["size_bytes"] == len(PDF)
    assert json.loads(colead("receipt", "list", str(expense)).stdout) == [listed]
    source.unlink()

    out = tmp_path / "out" / "copy.pdf"
    assert colead("receipt", "save", str(listed["id"]), "--out", str(out)).returncode == 0
    assert out.read_bytes() == PDF and out.stat().st_mode & 0o777 == 0o600
    shown: list[Path] = []
    monkeypatch.setattr(cli_receipts, "show_in_viewer", shown.append)
    assert colead("receipt", "open", str(listed["id"])).returncode == 0
    assert shown[0].name == "特急券.pdf" and shown[0].read_bytes() == PDF

    assert colead("receipt", "check").stdout.strip() == "[]"
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE attachment_blob SET data = :d"), {"d": PDF.replace(b"5,280", b"9,280")})
    checked = colead("receipt", "check")
    assert checked.returncode == cli_receipts.PROBLEMS_EXIT
    assert json.loads(checked.stdout) == [{"receipt": listed["id"], "expense": expense, "problem": "damaged"}]
    refused = colead("receipt", "save", str(listed["id"]), "--out", str(tmp_path / "bad.pdf"))
    assert refused.returncode == 2 and "「特急券.pdf」が壊れています" in refused.stderr
    assert not (tmp_path / "bad.pdf").exists()

    removed = colead("receipt", "remove", str(listed["id"]))
    assert removed.returncode == 0 and json.loads(removed.stdout) == []


def test_bad_input_exits_2_naming_it_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    expense = _expense(db)
    fine, big = tmp_path / "fine.pdf", tmp_path / "全ページ.pdf"
    fine.write_bytes(PDF)
    big.write_bytes(b"%PDF-" + bytes(MAX_ATTACHMENT_BYTES))
    too_big = colead("receipt", "add", str(expense), str(fine), str(big))
    assert too_big.returncode == 2 and "「全ページ.pdf」は大きすぎます" in too_big.stderr
    assert json.loads(colead("receipt", "list", str(expense)).stdout) == []  # not even fine.pdf
    gone = colead("receipt", "add", str(expense), str(tmp_path / "nowhere.pdf"))
    assert gone.returncode == 2 and "nowhere.pdf" in gone.stderr
    for args in (("list", "999999"), ("remove", "999999"), ("save", "999999", "--out", str(tmp_path / "x.pdf"))):
        done = colead("receipt", *args)
        assert done.returncode == 2 and "999999" in done.stderr, args


def test_import_files_stores_what_migration_0020_did_not_find(db: Database, tmp_path: Path) -> None:
    """The shared database was migrated on another laptop: this one still has the old attachments/ folder."""
    expense = _expense(db)
    sources = {"a.pdf": PDF, "b.pdf": b"%PDF-1.4 second", "c.pdf": b"%PDF-1.4 third"}
    for name, data in sources.items():
        (tmp_path / name).write_bytes(data)
    records.change_receipts(db, expense, WHO, add=[tmp_path / name for name in sources])
    ids = [r["id"] for r in json.loads(colead("receipt", "list", str(expense)).stdout)]
    old = tmp_path / "old-attachments"
    old.mkdir()
    with db.engine.begin() as conn:
        hashes = {str(name): str(sha) for name, sha in conn.execute(text("SELECT file_name, sha256 FROM "
                                                                         "payment_receipt"))}
        conn.execute(text("DELETE FROM attachment_blob"))
    (old / f"{hashes['a.pdf']}.pdf").write_bytes(PDF)
    (old / f"{hashes['b.pdf']}.pdf").write_bytes(b"%PDF-1.4 second, edited since")
    done = colead("receipt", "import-files", str(old))
    assert done.returncode == cli_receipts.PROBLEMS_EXIT
    assert json.loads(done.stdout) == {"stored": [ids[0]], "left": [
        {"receipt": ids[1], "expense": expense, "problem": "changed"},
        {"receipt": ids[2], "expense": expense, "problem": "not_found"}]}
    out = tmp_path / "a-again.pdf"
    assert colead("receipt", "save", str(ids[0]), "--out", str(out)).returncode == 0 and out.read_bytes() == PDF
    assert json.loads(colead("receipt", "check").stdout) == [
        {"receipt": i, "expense": expense, "problem": "missing"} for i in ids[1:]]
