"""ツアー > 新規… in a programme without regions (review 14c item 6): the empty page says regions are needed and
offers to add one; the dialog says why its 地域 list is empty and keeps OK disabled, saying why, until a region
is typed; never an OK that closes on nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import tours
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.record_dialog import RecordDialog
from colead_desktop.ui.tours.dialogs import NewTourDialog
from tests.programmes import new_programme
from tests.ui.loading import wait_loaded
from tests.ui.modal import when_modal
from tests.ui.test_tour_settings import click


def test_a_programme_without_regions_says_regions_are_needed(context: AppContext, db: Database,
                                                             qtbot: QtBot) -> None:
    programme = new_programme(db)
    context.switch_programme(programme)
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    requested: list[str] = []
    context.requested.connect(requested.append)

    assert "地域がまだありません" in page.empty.message.text()
    page.findChild(QPushButton, "empty_add_region").click()
    assert requested == ["add:regions"]

    seen: list[tuple[bool, str, bool]] = []

    def look(dialog: NewTourDialog) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        hint = dialog.findChild(QLabel, "new_tour_no_regions")
        seen.append((ok.isEnabled(), ok.toolTip(), hint is not None and "地域がまだありません" in hint.text()))
        dialog.region.setEditText("岐阜県恵那市")
        seen.append((ok.isEnabled(), "", True))
        dialog.done(0)

    when_modal(look, NewTourDialog)
    click(page, "tour_new")
    assert seen == [(False, "地域を選ぶか入力してください", True), (True, "", True)]
    assert tours.list_tours(db, programme) == []


def test_adding_a_region_from_the_tours_page_opens_the_region_dialog(db: Database, qtbot: QtBot) -> None:
    new_programme(db)
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    opened: list[str] = []

    def look(dialog: RecordDialog) -> None:  # type: ignore[type-arg]
        opened.append(type(dialog.result_record()).__name__)
        dialog.done(0)

    when_modal(look, RecordDialog)
    window.context.request("add:regions")
    assert window.current_page_key() == "regions" and opened == ["RegionRecord"]
