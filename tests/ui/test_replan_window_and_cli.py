"""「再計画」 and `colead roundtables replan` are one rule (review prog20, item 1): on an up-to-date seating the window
improved the plan while the CLI only took new talents in and archived ones out, saving it as it was. Both now call
meetup_setup_edit.replan; on one database they save the same plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from colead_desktop.db.engine import Database
from colead_desktop.services import meetup_grid as rules
from colead_desktop.services import meetup_setup as setups
from colead_desktop.ui.pages.meetup_page import MeetupPage
from tests.cli.run import colead


def test_window_and_cli_replan_an_up_to_date_seating_alike(meetup_page: MeetupPage, db: Database,
                                                           artifacts: Path) -> None:
    meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
    tab = meetup_page.roundtable_tab
    event_id = tab.event_id
    assert event_id is not None and tab.setup is not None and tab.plan is not None
    # everyone seated, nobody new or gone, but round 2 repeats round 1: every talent revisits a table
    worse = rules.with_rounds(tab.plan, (tab.plan.rounds[0], tab.plan.rounds[0], tab.plan.rounds[2]), tab.setup)
    rules.save_planning(db, event_id, tab.setup, worse)
    tab.load(event_id)
    assert tab.plan is not None and tab.plan.metrics.revisits > 0

    tab.replan()
    by_window = setups.load_plan(db, event_id)
    assert by_window is not None and by_window.metrics.revisits == 0  # improved, as the window always did
    assert tab.undo_stack.undoText() == "ラウンドテーブルを再計画"
    QApplication.processEvents()
    tab.grab().save(str(artifacts / "meetup_roundtables_replan_improved.png"))
    tab.undo_stack.undo()
    assert setups.load_plan(db, event_id).rounds == worse.rounds  # type: ignore[union-attr]

    done = colead("--db", db.url, "roundtables", "replan", "--event", str(event_id))
    assert done.returncode == 0, done.stderr
    by_cli = setups.load_plan(db, event_id)
    assert by_cli is not None and by_cli.rounds == by_window.rounds
    assert setups.load_setup(db, event_id) == tab.setup  # the same setup: pins and all


def test_cli_replan_keeps_rounds_under_way_while_improving(meetup_page: MeetupPage, db: Database) -> None:
    """--from-round 2 improves rounds 2 and 3 only: round 1 is held as saved."""
    tab = meetup_page.roundtable_tab
    event_id = tab.event_id
    assert event_id is not None and tab.setup is not None and tab.plan is not None
    worse = rules.with_rounds(tab.plan, (tab.plan.rounds[0], tab.plan.rounds[0], tab.plan.rounds[2]), tab.setup)
    rules.save_planning(db, event_id, tab.setup, worse)
    done = colead("--db", db.url, "roundtables", "replan", "--event", str(event_id), "--from-round", "2")
    assert done.returncode == 0, done.stderr
    after = setups.load_plan(db, event_id)
    assert after is not None and after.rounds[0] == worse.rounds[0] and after.metrics.revisits == 0
