"""Deleting a tour whose calendars were exported (review of session 19, tours item 1): the question offers to write
their cancellation, since the deleted tour can no longer be exported; the files written there are read back with
the icalendar package: METHOD:CANCEL, the same UIDs, STATUS:CANCELLED and a higher SEQUENCE. The delete stays one
undo step."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import TourRow
from colead_desktop.ui.pages import tours_page as page_module
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.dialogs import DeletedToursDialog
from tests.ui.test_tours_page import KUWANA


def events(path: Path) -> tuple[str, dict[str, tuple[int, str]]]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return str(calendar.get("method", "")), {str(e["uid"]): (int(e.get("sequence", 0)), str(e.get("status", "")))
                                             for e in calendar.walk("VEVENT")}


def stored(db: Database) -> bool:
    with db.session() as session:
        return session.scalar(select(TourRow.id).where(TourRow.key == KUWANA)) is not None


def answer(monkeypatch: pytest.MonkeyPatch, button: str, asked: list[QMessageBox]) -> None:
    """The delete question answered with the button named `button` (recorded in `asked`)."""
    def execute(box: QMessageBox) -> int:
        asked.append(box)
        box.findChild(QPushButton, button).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", execute)


def test_deleting_an_exported_tour_writes_the_cancellations_of_its_calendars(
        tours_page: ToursPage, db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = tmp_path / "sent"
    sent.mkdir()
    tours_page.export_member_ics(sent)
    before = {path.name: events(path)[1] for path in sent.iterdir()}
    assert len(before) > 2 and all(before.values())
    asked: list[QMessageBox] = []
    answer(monkeypatch, "tour_delete_and_cancel", asked)
    monkeypatch.setattr(page_module, "choose_folder", lambda *_a: sent)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)  # the plain one

    tours_page.delete_tour()
    assert [box.objectName() for box in asked] == ["tour_delete_question"] and "書き出し済み" in asked[0].informativeText()
    assert not stored(db)
    assert sorted(path.name for path in sent.iterdir()) == sorted(before)
    for name, held in before.items():
        method, now = events(sent / name)
        assert method == "CANCEL" and now.keys() == held.keys()
        assert all(status == "CANCELLED" and seq > held[uid][0] for uid, (seq, status) in now.items())
    told = [w for w in QApplication.topLevelWidgets() if w.objectName() == "calendar_cancellations" and w.isVisible()]
    assert told and str(sent / f"tour-{KUWANA}.ics") in told[0].informativeText()  # type: ignore[attr-defined]

    tours_page.undo_stack.undo()  # one step: the tour is back
    assert stored(db)


def test_delete_only_writes_nothing_and_a_tour_never_exported_is_asked_as_before(
        tours_page: ToursPage, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: (plain.append(a[2]), QMessageBox.StandardButton.No)[1])
    tours_page.delete_tour()  # never exported: the plain question, answered No
    assert len(plain) == 1 and stored(db)

    sent = tmp_path / "sent"
    sent.mkdir()
    tours_page.export_member_ics(sent)
    written = {path.name: path.read_bytes() for path in sent.iterdir()}
    asked: list[QMessageBox] = []
    answer(monkeypatch, "tour_delete_only", asked)
    monkeypatch.setattr(page_module, "choose_folder", lambda *_a: pytest.fail("no folder is asked for"))
    tours_page.delete_tour()
    assert asked and not stored(db)
    assert {path.name: path.read_bytes() for path in sent.iterdir()} == written


def test_after_delete_only_the_page_writes_the_cancellation_of_the_deleted_tour(
        tours_page: ToursPage, db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review 19 item 2: 「削除のみ」 chosen, the page says a deleted tour's calendars are not cancelled; without undo,
    「削除したツアーの取り消し…」 offers the deleted tour and writes its calendars' cancellation; written, the tour is
    offered no more and the note goes."""
    sent = tmp_path / "sent"
    sent.mkdir()
    tours_page.export_member_ics(sent)
    before = {path.name: events(path)[1] for path in sent.iterdir()}
    title = tours_page.tour.display_title if tours_page.tour else ""
    assert tours_page.deleted_banner.isHidden()
    answer(monkeypatch, "tour_delete_only", [])
    tours_page.delete_tour()
    assert not stored(db)
    qtbot.waitUntil(lambda: not tours_page.deleted_banner.isHidden())
    assert "1 件" in tours_page.deleted_label.text()

    offered: list[list[tuple[str, str]]] = []

    def chosen(dialog: DeletedToursDialog) -> int:
        offered.append([(dialog.list.item(row).data(Qt.ItemDataRole.UserRole), dialog.list.item(row).text())
                        for row in range(dialog.list.count())])
        return QDialog.DialogCode.Accepted.value
    monkeypatch.setattr(DeletedToursDialog, "exec", chosen)
    later = tmp_path / "later"
    later.mkdir()
    monkeypatch.setattr(page_module, "choose_folder", lambda *_a: later)
    tours_page.ask_cancel_deleted()
    assert len(offered) == 1 and [key for key, _label in offered[0]] == [KUWANA] and title in offered[0][0][1]
    assert sorted(path.name for path in later.iterdir()) == sorted(before)
    assert tours_page.deleted_banner.isHidden()
    for name, held in before.items():
        method, now = events(later / name)
        assert method == "CANCEL" and now.keys() == held.keys()
        assert all(status == "CANCELLED" and seq > held[uid][0] for uid, (seq, status) in now.items())

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **_k: told.append(a[2]))
    tours_page.ask_cancel_deleted()
    assert len(offered) == 1 and told and "ありません" in told[0]
