"""The round-table tab names a talent archived after planning (out of their seats already) and 「再計画」 saves the
plan without them, one undo step; the status no longer reads as if nothing needed doing (review 14b, item 6)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.services.talent_archive import set_archived
from colead_desktop.ui.pages.meetup_page import MeetupPage


def test_an_archived_talent_is_named_off_their_seats_and_replan_saves_it(meetup_page: MeetupPage, db: Database,
                                                                         artifacts: Path) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    rt = meetup_page.roundtable_tab
    assert rt.setup is not None and rt.event_id is not None
    gone = rt.setup.talents[0]
    set_archived(db, gone.talent_id, True, "事務局A")
    rt.load(rt.event_id)
    assert rt.setup is not None and rt.plan is not None
    assert all(gone.label not in people for seating in rt.plan.rounds for people in seating.values())
    assert rt.absent_label.text().splitlines()[0] == (
        f"アーカイブされた人材 1名: {gone.label}（席から外しました。「再計画」で計画を保存し直してください）")
    assert rt.absent_label.property("state") == "warning"
    QApplication.processEvents()
    rt.grab().save(str(artifacts / "meetup_roundtables_archived_talent.png"))
    steps = rt.undo_stack.count()
    rt.replan()
    assert rt.undo_stack.count() == steps + 1 and rt.undo_stack.undoText() == "アーカイブされた人材を外して再計画"
    assert edits.outside(db, rt.event_id) == edits.Outside() and "アーカイブ" not in rt.absent_label.text()
