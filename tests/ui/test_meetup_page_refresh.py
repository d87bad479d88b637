"""The meetup page reads its event again when the data changes: on a visit, F5 or another user's save (the main
window calls reload()) and on another page's change (ctx.data_changed), as the other pages do. Before, reload()
only refreshed the event list, so the round tables kept seating a talent archived meanwhile without a word.
Unsaved agenda edits survive the reload."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from colead_desktop.services.talent_archive import set_archived
from colead_desktop.ui.pages.meetup_page import MeetupPage

ARCHIVED = "アーカイブされた人材 1名: {0}（席から外しました。「再計画」で計画を保存し直してください）"


def _archive_a_seated_talent(page: MeetupPage) -> str:
    """Archive the first seated talent behind the page's back (another connection); their label."""
    page.tabs.setCurrentWidget(page.roundtable_tab)
    setup = page.roundtable_tab.setup
    assert setup is not None and page.roundtable_tab.plan is not None
    gone = setup.talents[0]
    set_archived(page.db, gone.talent_id, True, "事務局A")
    return gone.label


def _seated(page: MeetupPage) -> set[str]:
    plan = page.roundtable_tab.plan
    assert plan is not None
    return {person for seating in plan.rounds for people in seating.values() for person in people}


def test_a_reload_shows_a_talent_archived_elsewhere(meetup_page: MeetupPage) -> None:
    label = _archive_a_seated_talent(meetup_page)
    assert label in _seated(meetup_page)
    meetup_page.reload()  # what a visit, F5 and the change watcher call
    assert label not in _seated(meetup_page)
    assert meetup_page.roundtable_tab.absent_label.text().splitlines()[0] == ARCHIVED.format(label)


def test_another_pages_change_reloads_the_page_on_show(meetup_page: MeetupPage) -> None:
    label = _archive_a_seated_talent(meetup_page)
    meetup_page.ctx.data_changed.emit()  # e.g. the talents page archived them, or undid an archive
    assert label not in _seated(meetup_page)
    assert meetup_page.roundtable_tab.absent_label.text().splitlines()[0] == ARCHIVED.format(label)


def test_unsaved_agenda_edits_are_kept_over_a_reload(meetup_page: MeetupPage) -> None:
    agenda = meetup_page.agenda_tab
    minutes = agenda.table.cellWidget(6, 3)  # ラウンドテーブル①
    assert isinstance(minutes, QSpinBox)
    minutes.setValue(45)
    assert agenda.has_unsaved()
    label = _archive_a_seated_talent(meetup_page)
    meetup_page.reload()
    assert agenda.has_unsaved() and agenda.blocks()[6].minutes == 45
    assert label not in _seated(meetup_page)  # the round tables read again all the same


def test_the_agenda_on_show_reads_another_users_save(meetup_page: MeetupPage) -> None:
    from dataclasses import replace

    from colead_desktop.services import meetup as service

    event_id = meetup_page.event_id
    assert event_id is not None and meetup_page.tabs.currentWidget() is meetup_page.agenda_tab
    blocks = meetup_page.agenda_tab.blocks()
    service.save_agenda(meetup_page.db, event_id, (replace(blocks[0], title="開会のご挨拶"), *blocks[1:]))
    meetup_page.reload()
    assert meetup_page.agenda_tab.blocks()[0].title == "開会のご挨拶"
    assert not meetup_page.agenda_tab.has_unsaved()
