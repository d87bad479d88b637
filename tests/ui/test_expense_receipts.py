"""The receipt part of the expense dialog on a fresh programme: a stored receipt opens from the database
(through an owner-only temporary copy), a damaged one is refused with a message and never opened, and a
file over the size limit is refused when picked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from colead_desktop.db.engine import Database
from colead_desktop.domain.attachments import MAX_ATTACHMENT_BYTES
from colead_desktop.services import payment_records as records
from colead_desktop.services import receipts
from colead_desktop.settings import Settings
from colead_desktop.ui.payments.dialogs import ExpenseDialog
from tests.services.statement_fixtures import WHO, add_payees
from tests.conftest import shots_dir

SHOTS = shots_dir("att16")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    shown: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: shown.append(Path(QUrl(url).toLocalFile())))
    return shown


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message, *_a: said.append(message))
    return said


def _dialog(qtbot: QtBot, db: Database, tmp_path: Path) -> ExpenseDialog:
    programme, (talent,) = add_payees(db, 1)
    files = [tmp_path / "タクシー領収書.pdf", tmp_path / "ホテル.png"]
    files[0].write_bytes(b"%PDF-1.4 taxi 2,400 yen")
    files[1].write_bytes(b"\x89PNG\r\n\x1a\nhotel")
    records.add_expense(db, programme, talent, date(2021, 11, 18), "taxi", 2_400, False, WHO, "駅〜ホテル",
                        receipts=files)
    for path in files:
        path.unlink()  # only the database has them now
    [item] = records.expenses(db, programme, talent)
    dialog = ExpenseDialog(item.day, Settings(), item=item,
                           read_receipt=lambda receipt_id: receipts.receipt_file(db, receipt_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_stored_receipt_opens_from_the_database(qtbot: QtBot, db: Database, tmp_path: Path,
                                                 opened: list[Path], warnings: list[str]) -> None:
    dialog = _dialog(qtbot, db, tmp_path)
    assert [dialog.receipts.item(i).text() for i in range(dialog.receipts.count())] == ["タクシー領収書.pdf",
                                                                                       "ホテル.png"]
    dialog.receipts.setCurrentRow(0)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "expense_receipts.png"))
    dialog.findChild(QPushButton, "expense_receipt_open").click()
    [shown] = opened
    assert shown.name == "タクシー領収書.pdf" and shown.read_bytes() == b"%PDF-1.4 taxi 2,400 yen"
    assert shown.stat().st_mode & 0o777 == 0o600 and shown.parent.stat().st_mode & 0o777 == 0o700
    assert warnings == []


def test_a_damaged_receipt_is_said_and_not_opened(qtbot: QtBot, db: Database, tmp_path: Path,
                                                 opened: list[Path], warnings: list[str]) -> None:
    dialog = _dialog(qtbot, db, tmp_path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE attachment_blob SET data = :d WHERE media_type = 'image/png'"),
                     {"d": b"\x89PNG\r\n\x1a\nhotel, altered"})
    dialog.receipts.setCurrentRow(1)
    dialog.findChild(QPushButton, "expense_receipt_open").click()
    assert opened == [] and len(warnings) == 1 and "「ホテル.png」が壊れています" in warnings[0]


def test_a_file_over_the_limit_is_refused_when_picked(qtbot: QtBot, db: Database, tmp_path: Path,
                                                     warnings: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, db, tmp_path)
    big = tmp_path / "スキャン全ページ.pdf"
    big.write_bytes(b"%PDF-" + bytes(MAX_ATTACHMENT_BYTES))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big), ""))
    dialog.findChild(QPushButton, "expense_receipt_add").click()
    assert dialog.receipts.count() == 2 and dialog.new_receipts() == []
    assert len(warnings) == 1 and "「スキャン全ページ.pdf」は大きすぎます" in warnings[0]
