"""A background job that fails: a bug goes to the log with its traceback and to the crash dialog, a failure
the user can fix is a message, Cancel is neither; no person's name reaches the log or the dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.progress import Cancelled
from colead_desktop.domain.records import TalentRecord
from colead_desktop.logsetup import setup_logging
from colead_desktop.services import calendars, documents
from colead_desktop.services.records import list_records
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.print_centre import PrintCentre
from tests.ui.conftest import show_demo
from tests.ui.modal import when_modal


@pytest.fixture
def log_text(data_dir: Path) -> Iterator[Callable[[], str]]:
    handler = setup_logging()
    yield lambda: "".join(path.read_text(encoding="utf-8") for path in (data_dir / "logs").glob("*.log*"))
    logging.getLogger().removeHandler(handler)
    handler.close()


def _failing_export(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> None:
    def export_ics(*_args: object) -> None:
        raise exc

    monkeypatch.setattr(calendars, "export_tour_ics", export_ics)


def _record_boxes() -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    when_modal(lambda box: (shown.append((box.windowTitle(), box.text(), box.detailedText())), box.close()),
               QMessageBox)
    return shown


def test_a_bug_in_a_job_is_logged_with_its_traceback_and_shown_in_the_crash_dialog(
        tours_page: ToursPage, log_text: Callable[[], str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _failing_export(monkeypatch, RuntimeError("the calendar writer broke"))
    shown = _record_boxes()
    tours_page.export_ics(tmp_path / "tour.ics")
    logged = log_text()
    assert "Traceback" in logged and "in export_ics" in logged and "RuntimeError: the calendar writer broke" in logged
    assert len(shown) == 1
    title, text, details = shown[0]
    assert title == "予期しないエラー" and text.startswith("予期しないエラーが発生しました") and "RuntimeError" in text
    assert "in export_ics" in details  # the same traceback, in the dialog's details
    names = [talent.name for talent in list_records(tours_page.db, TalentRecord, tours_page.ctx.programme_id)]
    assert names and tours_page.tour is not None and tours_page.tour.members
    names += [member.name for member in tours_page.tour.members]
    assert not [name for name in names if name in logged or name in text + details]
    assert not (tmp_path / "tour.ics").exists()


def test_a_job_refusing_bad_input_is_a_message_and_the_log_names_only_the_class(
        tours_page: ToursPage, log_text: Callable[[], str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    name = list_records(tours_page.db, TalentRecord, tours_page.ctx.programme_id)[0].name
    _failing_export(monkeypatch, InputError(f"{name} の行: 日付がありません"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    tours_page.export_ics(tmp_path / "tour.ics")
    assert warnings == [f"{name} の行: 日付がありません"]
    logged = log_text()
    assert "InputError shown to the user" in logged and name not in logged and "Traceback" not in logged


def test_a_cancelled_job_is_neither_logged_nor_shown(tours_page: ToursPage, log_text: Callable[[], str],
                                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _failing_export(monkeypatch, Cancelled())
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: pytest.fail("a message for Cancel"))
    tours_page.export_ics(tmp_path / "tour.ics")
    assert tours_page.saved_label.text() == "書き出しを取り消しました"
    assert "Cancelled" not in log_text()


def test_a_bug_while_the_print_centre_writes_a_preview_goes_to_the_crash_dialog(
        context: AppContext, qtbot: QtBot, log_text: Callable[[], str], monkeypatch: pytest.MonkeyPatch) -> None:
    show_demo(context)
    centre = PrintCentre(context)
    qtbot.addWidget(centre)
    monkeypatch.setattr(documents, "write_document", lambda *_args: (_ for _ in ()).throw(RuntimeError("no page")))
    shown = _record_boxes()
    centre.select("itinerary:demo-kuwana-2021")
    assert len(shown) == 1 and shown[0][0] == "予期しないエラー" and "RuntimeError" in shown[0][1]
    assert "RuntimeError: no page" in log_text()
