"""The 募集・選考, マッチング and dashboard pages read a programme in a few queries, whatever its size (issue 15).

Each page is visited in a main window on two databases made through the services, the second with more
talents, tours, statements, applications, reviews, decisions, pairs, pair log entries and contracts. The SQL
statements a visit sends (the first, which builds the page, and a later one, which reloads it) must be as many
on both and few: a count that grows with the data is an N+1 read in the page or the services it calls.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services import applications, calls, contracts, matching
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from tests.perf.sql_count import MODERATE, SMALL, add_calls_and_pairs, built, statements_sent
from tests.ui.sync_runner import SyncRunner

pytestmark = pytest.mark.slow
PAGES = ("calls", "matching", "dashboard")
MAX_STATEMENTS = 30  # now 9 to 27 (the dashboard: tour days by region): a few reads, each a few statements
GROWN = (10, 20)  # applications and pairs added to the small and the moderate database


@pytest.fixture(scope="module")
def sizes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[tuple[Database, int]]]:
    folder = tmp_path_factory.mktemp("pages")
    made = [built(folder, SMALL), built(folder, MODERATE)]
    for (db, programme_id), count in zip(made, GROWN, strict=True):
        add_calls_and_pairs(db, programme_id, folder, count)
    yield made
    for db, _programme_id in made:
        db.dispose()


def visits(qtbot: QtBot, db: Database, key: str) -> tuple[int, int]:
    """Statements sent by the first visit to page `key` (which builds it) and by the next (which reloads it)."""
    settings = Settings()
    settings.last_page = "venues"  # a start elsewhere: the visits below are the page's first and second
    window = MainWindow(db, settings, SyncRunner())
    qtbot.addWidget(window)
    window.show()
    first = statements_sent(db, lambda: window.show_page(key))
    window.show_page("venues")
    again = statements_sent(db, lambda: window.show_page(key))
    window.changes.stop()
    return len(first), len(again)


@pytest.mark.parametrize("key", PAGES)
def test_a_page_visit_reads_in_a_constant_number_of_statements(qtbot: QtBot, sizes: list[tuple[Database, int]],
                                                                key: str) -> None:
    (small_db, _), (moderate_db, _) = sizes
    small, moderate = visits(qtbot, small_db, key), visits(qtbot, moderate_db, key)
    assert small == moderate, f"{key}: {small} statements (first visit, again) on the small database, {moderate}"
    assert max(moderate) <= MAX_STATEMENTS, f"{key}: {moderate} statements"


def test_the_sizes_differ_where_these_pages_list(sizes: list[tuple[Database, int]]) -> None:
    """The test above proves nothing unless the second database has more of what the pages list."""
    listed = []
    for db, programme_id in sizes:
        call_id = calls.calls(db, programme_id)[1].id
        assert call_id is not None
        listed.append((len(applications.applications(db, call_id)), len(matching.pairs(db, programme_id)),
                       len(contracts.contracts(db, programme_id)),
                       sum(len(p["log"]) for p in matching.pairs(db, programme_id))))
    small, moderate = listed
    assert all(m > s for s, m in zip(small, moderate, strict=True)), listed
