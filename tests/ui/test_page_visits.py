"""A visit to a page loads its data once (issue 15): the first by building the page, later ones by reload()."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services.demo import load_demo
from colead_desktop.services.records import list_records
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from tests.ui.sync_runner import SyncRunner


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times the dashboard and the records pages read their records, by kind of record."""
    counted: Counter[str] = Counter()

    def counting(db: Database, record_type: type, programme_id: int) -> list[Any]:
        counted[record_type.__name__] += 1
        return list_records(db, record_type, programme_id)

    for module in ("colead_desktop.ui.pages.records_page", "colead_desktop.ui.pages.dashboard"):
        monkeypatch.setattr(f"{module}.list_records", counting)
    return counted


def test_each_visit_loads_the_page_once(qtbot: QtBot, db: Database, loads: Counter[str]) -> None:
    load_demo(db)
    settings = Settings()
    settings.last_page = "talents"
    window = MainWindow(db, settings, SyncRunner())
    qtbot.addWidget(window)
    window.show()
    assert loads == {"TalentRecord": 1}  # the window opens on the last page: built once, not reloaded

    window.show_page("events")
    assert loads == {"TalentRecord": 1, "EventRecord": 1}
    window.show_page("talents")
    assert loads == {"TalentRecord": 2, "EventRecord": 1}
    window.show_page("talents")  # asked for the page on show: a visit again, one load
    assert loads == {"TalentRecord": 3, "EventRecord": 1}
    window.nav.setCurrentRow(window.page_keys.index("dashboard"))  # the sidebar's click
    assert loads == {"TalentRecord": 3, "EventRecord": 2}  # the dashboard lists the events
    window.nav.setCurrentRow(window.page_keys.index("events"))
    assert loads == {"TalentRecord": 3, "EventRecord": 3}
