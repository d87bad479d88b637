"""Two instances editing one talent (issue 16 item 3): instance B saves first, instance A's save meets the
conflict dialog, picks per field, and nothing of either is lost; or reloads and writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from colead_desktop import cli
from colead_desktop.db.engine import Database
from colead_desktop.domain.itinerary import Item, Tour
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.records import get_record, save_record
from colead_desktop.services.tours import load_tour, new_tour, save_tour
from colead_desktop.services.versions import change_mark
from colead_desktop.ui import change_watch
from colead_desktop.ui.change_watch import ChangeWatcher
from colead_desktop.ui.conflict_dialog import ConflictDialog
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages import records_page
from colead_desktop.ui.pages.record_kinds import record_kinds
from colead_desktop.ui.pages.records_page import RecordsPage
from colead_desktop.ui.pages.tours_page import ToursPage
from tests.programmes import new_programme
from tests.ui.modal import when_modal
from tests.conftest import shots_dir

SHOTS = shots_dir("version")


@pytest.fixture
def other(context: AppContext) -> Iterator[Database]:
    """Instance B: its own engine on the same SQLite file."""
    database = Database(context.db.url)
    yield database
    database.dispose()


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> RecordsPage:
    programme_id = new_programme(context.db)
    save_record(context.db, TalentRecord(None, programme_id, "山田 太郎", kana="ヤマダ タロウ", phone="090-1111-2222",
                                         skills=("engineer",)))
    context.switch_programme(programme_id)
    shown = RecordsPage(next(k for k in record_kinds() if k.key == "talents"), context)
    qtbot.addWidget(shown)
    shown.reload()
    shown.table.selectRow(0)
    return shown


def edit_in_a(page: RecordsPage, monkeypatch: pytest.MonkeyPatch, **changes: Any) -> TalentRecord:
    """A's record dialog returns the record as loaded in A with `changes`; the page then saves it."""
    before = page.selected_record()
    assert isinstance(before, TalentRecord)
    monkeypatch.setattr(records_page, "edit_record", lambda _form, record, _choices, _parent: replace(record, **changes))
    return before


def test_a_stale_save_shows_mine_against_theirs_and_saves_the_fields_picked(
        qtbot: QtBot, page: RecordsPage, other: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    before = edit_in_a(page, monkeypatch, phone="080-5555-6666", affiliation="北見工大")
    assert before.id is not None
    theirs = save_record(other, replace(before, phone="070-7777-8888", kana="ヤマダ タロー"))  # B saves first
    seen: dict[str, Any] = {}

    def pick(dialog: ConflictDialog) -> None:
        seen["defaults"] = dialog.choices()
        seen["shown"] = {dialog.table.item(row, 0).text(): (dialog.table.cellWidget(row, 1).text(),
                                                            dialog.table.cellWidget(row, 2).text())
                         for row in range(dialog.table.rowCount())}
        dialog.choose("phone", "theirs")
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "conflict_dialog.png"))
        dialog.save_button.click()

    when_modal(pick, ConflictDialog)
    page.edit_selected()

    # phone: both changed (mine by default); kana: only B (theirs); affiliation: only A (mine)
    assert seen["defaults"] == {"kana": "theirs", "affiliation": "mine", "phone": "mine"}
    assert seen["shown"]["電話"] == ("****666", "****888")  # contact data masked until 表示
    stored = get_record(page.db, TalentRecord, before.id, before.programme_id)
    assert (stored.phone, stored.kana, stored.affiliation) == ("070-7777-8888", "ヤマダ タロー", "北見工大")
    assert stored.version == theirs.version + 1

    page.undo_stack.undo()  # back to B's save, not over it to the state A started from
    assert get_record(page.db, TalentRecord, before.id, before.programme_id) == theirs


def test_reload_after_the_cli_saved_beside_the_gui_writes_nothing_and_shows_theirs(
        qtbot: QtBot, page: RecordsPage, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    before = edit_in_a(page, monkeypatch, phone="080-5555-6666")
    assert before.id is not None
    assert cli.main(["--db", page.db.url, "--programme", str(before.programme_id), "set", "talents", str(before.id),
                     "phone=070-7777-8888", "--version", str(before.version)]) == 0
    capsys.readouterr()
    theirs = get_record(page.db, TalentRecord, before.id, before.programme_id)
    when_modal(lambda dialog: dialog.reload_button.click(), ConflictDialog)
    page.edit_selected()
    assert get_record(page.db, TalentRecord, before.id, before.programme_id) == theirs
    assert page.model.row_record(0).phone == "070-7777-8888"  # the page shows theirs
    assert not page.undo_stack.canUndo()


def _tour_shown(qtbot: QtBot, context: AppContext, template: bool) -> tuple[int, Tour, ToursPage]:
    """Instance A's tours page showing a new 3-day tour of a new programme: (programme, the tour, the page)."""
    programme_id = new_programme(context.db)
    context.switch_programme(programme_id)
    started = new_tour(context.db, programme_id, "北見", date(2026, 9, 7), days=3, template=template)
    page = ToursPage(context)
    qtbot.addWidget(page)
    page.select_tour(started.id)
    return programme_id, started, page


def test_a_stale_tour_edit_picks_per_part_of_the_tour(qtbot: QtBot, context: AppContext) -> None:
    """The same for a whole tour: B retitles it while A's page shows it; A's change of length meets the dialog."""
    programme_id, started, page = _tour_shown(qtbot, context, template=False)
    assert page.tour is not None and page.tour.version == 1
    other = Database(context.db.url)
    theirs = save_tour(other, programme_id, replace(load_tour(other, started.id), title="B の題名"))
    other.dispose()
    seen: dict[str, Any] = {}

    def pick(dialog: ConflictDialog) -> None:
        seen.update(dialog.choices())
        dialog.grab().save(str(SHOTS / "conflict_dialog_tour.png"))
        dialog.save_button.click()

    when_modal(pick, ConflictDialog)
    page.apply(replace(page.tour, days=4), "日数の変更")

    assert seen == {"days": "mine", "title": "theirs"}
    stored = load_tour(context.db, started.id)
    assert (stored.days, stored.title, stored.version) == (4, "B の題名", 3) and page.tour == stored
    page.undo_stack.undo()
    assert load_tour(context.db, started.id) == theirs


def _first_item_conflict(qtbot: QtBot, context: AppContext, shot: str, **change: Any) -> tuple[Item, int, dict[str, str]]:
    """B saves `change` (field: (B's value, A's value)) to the first item of a template tour that A's page shows, then
    A saves its own: the first item, the number of items and the 予定 row's texts on each side of the dialog."""
    programme_id, started, page = _tour_shown(qtbot, context, template=True)
    assert page.tour is not None and len(page.tour.items) > 3
    other = Database(context.db.url)
    stored = load_tour(other, started.id)
    theirs = {name: values[0] for name, values in change.items()}
    save_tour(other, programme_id, replace(stored, items=(replace(stored.items[0], **theirs), *stored.items[1:])))
    other.dispose()
    seen: dict[str, str] = {}

    def look(dialog: ConflictDialog) -> None:
        seen.update({side: dialog.findChild(QRadioButton, f"items_{side}").text() for side in ("mine", "theirs")})
        dialog.grab().save(str(SHOTS / shot))
        dialog.reject()

    when_modal(look, ConflictDialog)
    mine = page.tour.items
    ours = {name: values[1] for name, values in change.items()}
    page.apply(replace(page.tour, items=(replace(mine[0], **ours), *mine[1:])), "予定の変更")
    return mine[0], len(mine), seen


def test_a_stale_item_edit_shows_the_items_that_differ(qtbot: QtBot, context: AppContext) -> None:
    """A and B retitle the same item: each side names its own version of that item, not only how many items there
    are (「予定 13件 | 13件」 told the user nothing of what either would keep)."""
    first, count, seen = _first_item_conflict(qtbot, context, "conflict_dialog_items.png", title=("B の編集", "A の編集"))
    when = f"1日目 {first.start:%H:%M}–{first.end:%H:%M}"
    assert seen["mine"] == f"{count}件（違い: {when} A の編集）"
    assert seen["theirs"] == f"{count}件（違い: {when} B の編集）"


def test_a_stale_note_shows_both_notes_not_the_same_item_twice(qtbot: QtBot, context: AppContext) -> None:
    """A and B save different notes on one item (review 15 item 5): each side names the item and its own note,
    shortened, so the user sees which note each choice keeps; the day, times and title are not repeated."""
    theirs = "バスは駅前ロータリーから出ます。運転手さんの連絡先は事務局まで"
    first, count, seen = _first_item_conflict(qtbot, context, "conflict_dialog_notes.png", notes=(theirs, "集合は9時"))
    item = f"1日目 {first.start:%H:%M}–{first.end:%H:%M} {first.display_title}"
    assert seen["mine"] == f"{count}件（違い: \n{item}\n［メモ: 「集合は9時」］）"
    assert seen["theirs"] == f"{count}件（違い: \n{item}\n［メモ: 「{theirs[:16]}…」］）"


def test_the_page_follows_changes_saved_by_another_instance_not_its_own(
        qtbot: QtBot, context: AppContext, page: RecordsPage, other: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    watcher = ChangeWatcher(context)
    watcher.changed_elsewhere.connect(page.reload)
    mine = edit_in_a(page, monkeypatch, affiliation="北見工大")
    page.edit_selected()  # A's own save: the mark is taken again after it
    assert not watcher.check()

    save_record(other, replace(get_record(other, TalentRecord, mine.id or 0, mine.programme_id), phone="070-7777-8888"))
    with qtbot.waitSignal(watcher.changed_elsewhere):
        assert watcher.check()
    assert page.model.row_record(0).phone == "070-7777-8888"
    assert page.selected_record() == page.model.row_record(0)  # the reload keeps the selection
    assert not watcher.check()
    save_record(other, TalentRecord(None, mine.programme_id, "新人 花子", skills=("ux_designer",)))  # an addition too
    assert watcher.check() and page.model.total() == 2


def test_on_sqlite_the_mark_is_read_only_after_a_commit(
        context: AppContext, page: RecordsPage, other: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A tick with nothing committed anywhere costs no scan of the editable tables; a commit by another
    connection is still seen, and a read by another connection is no commit."""
    watcher = ChangeWatcher(context)
    reads: list[Database] = []
    monkeypatch.setattr(change_watch, "change_mark", lambda db: reads.append(db) or change_mark(db))
    assert not watcher.check() and reads == []

    record = page.model.row_record(0)
    assert get_record(other, TalentRecord, record.id or 0, record.programme_id).phone == record.phone
    assert not watcher.check() and reads == []

    save_record(other, replace(record, phone="070-1234-5678"))
    assert watcher.check() and len(reads) == 1
    assert not watcher.check() and len(reads) == 1
    watcher.stop()
