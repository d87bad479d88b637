"""Removing a party member whom items or arrivals/departures name (session 19 review, tours item 3): ツアー設定's
参加者 tab asks, naming how many items and movements name them, and then takes them off those too; the edit is one
undo step. Before, the removal was refused until each item was changed by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.domain.itinerary import Movement
from colead_desktop.services.tours import load_tour, replace_tour
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.settings_dialog import TourSettingsDialog
from tests.services.test_tour_archived_party import crowded_tour
from tests.ui.test_tour_settings import click, ok, settings


def test_a_member_named_by_items_is_removed_from_them_too_after_a_question(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    programme, key, _gone = crowded_tour(context.db)
    tour = load_tour(context.db, key)
    first, second = (member.id for member in tour.members[:2])
    talk, lunch = tour.items[-1], tour.items[0]
    arrival = Movement(tour.places[0].id, datetime.combine(tour.start_date, time(10)), frozenset({first}))
    named = replace(tour, items=(replace(lunch, attendees=frozenset({first})), *tour.items[1:-1],
                                 replace(talk, attendees=frozenset({first, second}))), arrivals=(arrival,))
    replace_tour(context.db, tour, named)
    before = load_tour(context.db, key)
    context.switch_programme(programme)
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.select_tour(key)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: asked.append("refused: " + a[2]))

    def remove(dialog: TourSettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.party)
        dialog.party.table.selectRow(0)
        click(dialog, "party_remove")
        ok(dialog)

    settings(page, remove)
    assert len(asked) == 1 and "辞退 太郎: 3 件" in asked[0] and "到着・出発" in asked[0]
    stored = load_tour(context.db, key)
    assert first not in {member.id for member in stored.members}
    assert all(first not in (item.attendees or ()) for item in stored.items)
    assert stored.items[-1].attendees == frozenset({second}) and stored.items[0].attendees == frozenset()
    assert stored.arrivals[0].members == frozenset()

    page.undo_stack.undo()  # one step puts the member and their items back
    back = load_tour(context.db, key)
    assert back.members == before.members and back.items == before.items and back.arrivals == before.arrivals


def test_answering_no_keeps_the_member(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    programme, key, _gone = crowded_tour(context.db)
    tour = load_tour(context.db, key)
    first = tour.members[0].id
    replace_tour(context.db, tour, replace(tour, items=(*tour.items[:-1],
                                                        replace(tour.items[-1], attendees=frozenset({first})))))
    context.switch_programme(programme)
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.select_tour(key)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    kept: list[int] = []

    def remove(dialog: TourSettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.party)
        dialog.party.table.selectRow(0)
        click(dialog, "party_remove")
        kept.append(dialog.party.table.rowCount())
        dialog.reject()

    settings(page, remove)
    assert kept == [3] and load_tour(context.db, key).items[-1].attendees == frozenset({first})
