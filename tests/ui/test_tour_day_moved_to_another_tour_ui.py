"""The Payments page's tour day dialog moving a day to a date of other tours: the same rule as the service
(domain/tour_day_events.py). On the demo, the Kitami payee's day moved to 25 Nov, a day of both the Kuwana and the
Okinawa tours, is refused with a warning saying why (its per diem would stay Kitami's); moved within Kitami's tour, it
is saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QMessageBox

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.ui.pages.payments_page import PaymentsPage
from tests.ui.modal import when_modal
from tests.ui.payments_fixtures import WHO


def _move_first_day(page: PaymentsPage, day: date) -> None:
    def edit(dialog: QDialog) -> None:
        dialog.findChild(QDateEdit, "tour_day_date").setDate(QDate(day.year, day.month, day.day))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(edit)
    page.records.tour_table.selectRow(0)
    page.records.edit_tour_day()


def test_a_tour_day_moved_in_the_window_to_a_day_of_other_tours_is_refused_saying_why(
        payments_page: PaymentsPage, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    page = payments_page
    summary = page.selected_summary()
    assert summary is not None and summary.statement_id is not None
    statements.adjust_statement(db, summary.statement_id, WHO, "参加日の訂正")
    page.reload()
    page.tabs.setCurrentIndex(1)
    [first, *_] = records.tour_days(db, page.ctx.programme_id, page.talent_id)
    warnings: list[str] = []

    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    _move_first_day(page, date(2021, 11, 25))

    assert len(warnings) == 1 and "2021-11-25 は複数のツアー" in warnings[0] and "桑名" in warnings[0]
    [kept, *_] = records.tour_days(db, page.ctx.programme_id, page.talent_id)
    assert (kept.day, kept.event_id) == (first.day, first.event_id)
