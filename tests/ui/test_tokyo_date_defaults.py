"""Dialogs open on Tokyo's date, not the machine's: at 06:30 on 1 April 2027 in Tokyo (still 31 March in UTC) the
new tour starts on 1 April, a settlement is dated 1 April, a new programme is fiscal year 2027 and a new deadline
is 1 April 06:30."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain import clock
from colead_desktop.services.calls import calls
from colead_desktop.ui.call_dialog import CallDialog
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.payments.settle_dialog import SettleDialog
from colead_desktop.ui.programme.wizard import ProgrammeWizard
from colead_desktop.ui.tours.dialogs import NewTourDialog
from tests.programmes import new_programme

TOKYO_DAY = QDate(2027, 4, 1)


@pytest.fixture(autouse=True)
def tokyo_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "source", lambda: datetime(2027, 3, 31, 21, 30, tzinfo=UTC))


def test_date_defaults_are_tokyo_dates(qtbot: QtBot, context: AppContext, db: Database) -> None:
    tour = NewTourDialog(["架空市"])
    settle = SettleDialog([], "")
    wizard = ProgrammeWizard(context, [])
    deadline = CallDialog(db, replace(calls(db, new_programme(db))[1], deadline=None))
    for widget in (tour, settle, wizard, deadline):
        qtbot.addWidget(widget)
    assert tour.start.date() == TOKYO_DAY
    assert settle.day.date() == TOKYO_DAY
    assert wizard.base.fiscal_year == 2027
    assert deadline.deadline.dateTime() == QDateTime(TOKYO_DAY, QTime(6, 30))
