"""Issue 17.2, never lose an edit: every way of leaving an editor with unsaved changes asks 保存 / 破棄 /
キャンセル (another event, another page, another programme, closing, Ctrl+Q), キャンセル keeps the user where
they were, a failed 保存 keeps them there with the message; a dirty editor leaves a crash draft that the next
start offers back; a modal dialog cancelled with changes asks 変更を破棄しますか.

On a small programme of its own (two online events with short agendas) rather than the demo, to stay quick.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.agenda import AgendaBlock, BlockKind
from colead_desktop.domain.jp_calendar import TOKYO
from colead_desktop.domain.records import EventRecord, TalentRecord
from colead_desktop.services import meetup as service
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import payments as payments_service
from colead_desktop.services.drafts import Draft, DraftStore, fingerprint
from colead_desktop.services.records import save_record
from colead_desktop.settings import Settings
from colead_desktop.ui import draft_offer
from colead_desktop.ui.draft_offer import DraftOfferDialog, State
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.meetup.agenda_tab import agenda_state
from colead_desktop.ui.pages.meetup_page import MeetupPage
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.unsaved import dirty_editors, keeper_of
from tests.programmes import new_programme
from tests.ui.killed_app import start_app
from tests.ui.modal import when_modal
from tests.ui.sync_runner import SyncRunner

BLOCKS = (AgendaBlock("開会", BlockKind.GREETING, 10), AgendaBlock("ラウンドテーブル", BlockKind.ROUND_TABLE, 40),
          AgendaBlock("閉会", BlockKind.WRAP_UP, 10))


def _event(db: Database, programme_id: int, title: str, day: int) -> int:
    start = datetime(2026, 7, day, 13, 0, tzinfo=TOKYO)
    record = save_record(db, EventRecord(None, programme_id, "meetup", title, start, start.replace(hour=15),
                                         tool="oVice"))
    assert record.id is not None
    service.save_agenda(db, record.id, BLOCKS)
    return record.id


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[int, int, int]]:
    """A migrated database with the programme and its two events, made once: each test works on a copy
    (migrating takes seconds)."""
    folder = tmp_path_factory.mktemp("unsaved")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLEAD_DATA_DIR", str(folder / "data"))  # where the migration's own backup goes
        database = Database(f"sqlite:///{folder / 'template.sqlite3'}")
        database.migrate()
        programme_id = new_programme(database)
        ids = (programme_id, _event(database, programme_id, "キックオフ", 10),
               _event(database, programme_id, "中間報告会", 20))
        for event_id in ids[1:]:  # a table whose brief the 資料 tab edits
            setups.save_setup(database, event_id, setups.RoundSetup(tables=(setups.SetupTable("北見", 6),)))
        for name in ("佐藤 花子", "高橋 健"):  # payees
            save_record(database, TalentRecord(None, programme_id, name, skills=("data_scientist",)))
        database.dispose()
    return folder / "template.sqlite3", ids


@pytest.fixture
def db(template: tuple[Path, tuple[int, int, int]], data_dir: Path) -> Iterator[Database]:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "unsaved.sqlite3"
    shutil.copyfile(template[0], target)
    database = Database(f"sqlite:///{target}")
    yield database
    database.dispose()


@pytest.fixture
def events(template: tuple[Path, tuple[int, int, int]]) -> tuple[int, int, int]:
    """(programme, first event, second event)."""
    return template[1]


@pytest.fixture
def window(qtbot: QtBot, db: Database, events: tuple[int, int, int]) -> Iterator[MainWindow]:
    """Closed here rather than by qtbot, edits discarded first: a failed test must not leave a prompt open."""
    main = MainWindow(db, Settings(), SyncRunner())
    main.show()
    main.show_page("meetup")
    yield main
    for editor in dirty_editors(main.stack):
        editor.discard()
    main.close()
    main.deleteLater()


def meetup(window: MainWindow) -> MeetupPage:
    page = window.page("meetup")
    assert isinstance(page, MeetupPage)
    return page


def edit_agenda(page: MeetupPage, minutes: int = 25) -> None:
    box = page.agenda_tab.table.cellWidget(0, 3)
    assert isinstance(box, QSpinBox)
    box.setValue(minutes)
    assert page.agenda_tab.has_unsaved()


def answer(choice: str, shots: list[QMessageBox] | None = None) -> list[str]:
    """Press 保存 / 破棄 / キャンセル ("save", "discard", "cancel") on the next prompt; returns its texts once shown."""
    asked: list[str] = []

    def press(box: QMessageBox) -> None:
        asked.append(box.text())
        if shots is not None:
            shots.append(box)
        button = box.findChild(QPushButton, f"unsaved_{choice}")
        assert button is not None, f"no {choice} button on the prompt"
        button.click()

    when_modal(press, QMessageBox)
    return asked


def saved_minutes(db: Database, event_id: int) -> int:
    return service.load_agenda(db, event_id).blocks[0].minutes


def test_another_event_asks_and_cancel_keeps_the_edits_and_the_selection(
        window: MainWindow, db: Database, events: tuple[int, int, int], qtbot: QtBot) -> None:
    _programme, first, second = events
    page = meetup(window)
    page.select_event(first)
    edit_agenda(page)

    asked = answer("cancel")
    page.select_event(second)
    qtbot.waitUntil(lambda: bool(asked))
    assert "キックオフ" in asked[0]
    assert page.event_id == first and page.agenda_tab.event_id == first  # where they were
    assert page.agenda_tab.has_unsaved() and page.agenda_tab.blocks()[0].minutes == 25

    answer("discard")
    page.select_event(second)
    assert page.agenda_tab.event_id == second and not page.agenda_tab.has_unsaved()
    assert saved_minutes(db, first) == 10

    edit_agenda(page, 30)
    answer("save")
    page.select_event(first)
    assert page.agenda_tab.event_id == first
    assert saved_minutes(db, second) == 30


def test_a_save_that_fails_keeps_the_user_on_the_event_with_the_message(
        window: MainWindow, events: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    _programme, first, second = events
    page = meetup(window)
    page.select_event(first)
    page.agenda_tab.table.item(0, 1).setText("  ")  # a block without a title cannot be saved
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    answer("save")
    page.select_event(second)
    assert warnings and "題名" in warnings[0]
    assert page.event_id == first and page.agenda_tab.has_unsaved()


def test_another_page_asks_and_escape_is_cancel(window: MainWindow, events: tuple[int, int, int],
                                                artifacts: Path, qtbot: QtBot) -> None:
    page = meetup(window)
    edit_agenda(page)
    seen: list[QMessageBox] = []

    def escape(box: QMessageBox) -> None:
        seen.append(box)
        box.grab().save(str(artifacts / "unsaved_prompt.png"))
        QTest.keyClick(box, Qt.Key.Key_Escape)

    when_modal(escape, QMessageBox)
    window.show_page("talents")
    qtbot.waitUntil(lambda: bool(seen))
    assert sorted(b.text() for b in seen[0].buttons()) == sorted(["保存", "破棄", "キャンセル"])
    assert window.current_page_key() == "meetup" and window.stack.currentWidget() is page
    assert page.agenda_tab.has_unsaved()

    answer("discard")
    window.show_page("talents")
    assert window.current_page_key() == "talents"


def test_closing_and_ctrl_q_ask_and_another_programme_asks(window: MainWindow, db: Database,
                                                           events: tuple[int, int, int]) -> None:
    programme_id, first, _second = events
    page = meetup(window)
    edit_agenda(page)
    quit_action = window.findChild(QAction, "quit_action")
    assert quit_action.shortcut() == QKeySequence("Ctrl+Q")

    answer("cancel")
    quit_action.trigger()
    assert window.isVisible() and page.agenda_tab.has_unsaved()

    other = new_programme(db, "別のプログラム", 2027)
    answer("cancel")
    window.switch_programme(other)
    assert window.context.programme_id == programme_id and page.agenda_tab.has_unsaved()

    answer("save")
    window.close()
    assert not window.isVisible()
    assert saved_minutes(db, first) == 25


def test_table_briefs_being_edited_ask_before_another_event_and_survive_a_tab_visit(
        window: MainWindow, db: Database, events: tuple[int, int, int]) -> None:
    _programme, first, second = events
    page = meetup(window)
    page.select_event(first)
    docs = page.docs_tab
    page.tabs.setCurrentWidget(docs)
    docs.purpose_edit.setPlainText("地域課題の共有")
    assert docs.has_unsaved()
    page.tabs.setCurrentWidget(page.agenda_tab)
    page.tabs.setCurrentWidget(docs)  # coming back does not read the saved briefs over the edits
    assert docs.purpose_edit.toPlainText() == "地域課題の共有"

    asked = answer("cancel")
    page.select_event(second)
    assert asked == ["「テーブル別の案内・自己紹介シートの項目」に保存されていない変更があります。"]
    assert page.event_id == first and docs.has_unsaved()
    answer("save")
    page.select_event(second)
    assert page.event_id == second and not docs.has_unsaved()
    saved = setups.load_setup(db, first)
    assert saved is not None and saved.tables[0].purpose == "地域課題の共有"


def test_payee_details_being_edited_ask_before_another_person(window: MainWindow, db: Database) -> None:
    window.show_page("payments")
    page = window.page("payments")
    assert isinstance(page, PaymentsPage)
    sato, takahashi = (p.talent_id for p in page.summaries)
    page.select_talent(sato)
    page.payee_tab.fields["address"].setText("北海道北見市1-1")
    assert page.payee_tab.has_unsaved()

    asked = answer("cancel")
    page.payees.selectRow(1)
    assert asked and "佐藤 花子" in asked[0]
    assert page.talent_id == sato and page.payees.currentIndex().row() == 0  # the selection came back
    assert page.payee_tab.fields["address"].text() == "北海道北見市1-1"

    answer("discard")
    page.payees.selectRow(1)
    assert page.talent_id == takahashi and not page.payee_tab.has_unsaved()
    assert payments_service.payee_details(db, sato).address == ""


def test_a_dirty_agenda_keeps_a_private_draft_until_it_is_saved(window: MainWindow, db: Database,
                                                                events: tuple[int, int, int], qtbot: QtBot) -> None:
    programme_id, first, _second = events
    page = meetup(window)
    page.select_event(first)
    edit_agenda(page)
    path = DraftStore(db.url).path(programme_id, "agenda", first)
    qtbot.waitUntil(path.exists)  # debounced: written shortly after the change
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["content"]["blocks"][0][2] == 25 and db.url not in path.read_text(encoding="utf-8")
    assert page.agenda_tab.save()
    assert not path.exists()


def _offer(window: MainWindow, action: str, seen: list[DraftOfferDialog]) -> None:
    def act(dialog: DraftOfferDialog) -> None:
        seen.append(dialog)
        dialog.findChild(QPushButton, f"draft_{action}").click()

    when_modal(act, DraftOfferDialog)
    draft_offer.offer_drafts(window)


def test_drafts_are_offered_back_unsaved_and_a_changed_or_vanished_record_says_so(
        window: MainWindow, db: Database, events: tuple[int, int, int], artifacts: Path) -> None:
    programme_id, first, second = events
    page = meetup(window)
    page.select_event(first)
    edit_agenda(page, 45)
    keeper = keeper_of(page.agenda_tab)
    assert keeper is not None
    keeper.flush()
    store = DraftStore(db.url)
    kept = store.path(programme_id, "agenda", first).read_text(encoding="utf-8")
    page.agenda_tab.discard()  # as if the process had died: the draft file is all that is left
    store.path(programme_id, "agenda", first).write_text(kept, encoding="utf-8")
    changed = Draft(programme_id, "agenda", second, "a base that is not the saved agenda's",
                    json.loads(kept)["content"], "アジェンダ（中間報告会）")
    store.write(changed)
    store.write(Draft(programme_id, "agenda", 9999, "x", {}, "アジェンダ（削除されたイベント）"))

    states = {found.draft.record: found.state for found in draft_offer.found_drafts(db)}
    assert states == {first: State.FRESH, second: State.CHANGED, 9999: State.VANISHED}
    seen: list[DraftOfferDialog] = []

    def look_and_restore(dialog: DraftOfferDialog) -> None:
        seen.append(dialog)
        dialog.grab().save(str(artifacts / "draft_offer.png"))
        assert [dialog.list.item(i).checkState() for i in range(3)] == [
            Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Unchecked]
        assert "別途保存" in dialog.list.item(1).text() and "削除" in dialog.list.item(2).text()
        dialog.findChild(QPushButton, "draft_restore").click()

    when_modal(look_and_restore, DraftOfferDialog)
    draft_offer.offer_drafts(window)
    assert seen
    assert page.event_id == first and page.agenda_tab.has_unsaved()  # restored, not saved
    assert page.agenda_tab.blocks()[0].minutes == 45 and saved_minutes(db, first) == 10
    assert [d.record for _p, d in store.drafts()] == [first]  # the others were dropped; the restored one is kept
    page.agenda_tab.discard()
    assert store.drafts() == []


def test_a_modal_dialog_cancelled_with_changes_asks_before_discarding(qtbot: QtBot) -> None:
    from colead_desktop.ui.payments.dialogs import TourDayDialog

    dialog = TourDayDialog(datetime(2026, 7, 10).date())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing changed: closes without a question
    assert dialog.isHidden()

    dialog.show()
    dialog.note.setText("午前のみ")
    when_modal(lambda box: box.findChild(QPushButton, "discard_back").click(), QMessageBox)
    dialog.reject()
    assert dialog.isVisible() and dialog.note.text() == "午前のみ"  # 戻る: back to the edits
    asked: list[str] = []
    when_modal(lambda box: (asked.append(box.text()), QTest.keyClick(box, Qt.Key.Key_Escape)), QMessageBox)
    dialog.reject()
    assert asked == ["変更を破棄しますか？"] and dialog.isVisible()  # Escape = 戻る
    when_modal(lambda box: box.findChild(QPushButton, "discard_yes").click(), QMessageBox)
    dialog.reject()
    assert dialog.isHidden()
    QApplication.processEvents()


EDIT_AGENDA = """
page.select_event(int(sys.argv[2]))
page.agenda_tab.table.cellWidget(0, 3).setValue(35)
print("edited", flush=True)
app.exec()
"""


def test_a_killed_app_leaves_a_draft_that_the_next_window_offers_back(
        db: Database, events: tuple[int, int, int], qtbot: QtBot) -> None:
    """A real kill -9 of an app process with a dirty agenda: nothing runs on the way out, yet the draft is
    there, and a new window restores it unsaved."""
    programme_id, first, _second = events
    draft = DraftStore(db.url).path(programme_id, "agenda", first)
    app = start_app("meetup", EDIT_AGENDA, db.url, str(first))
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "edited"
        qtbot.waitUntil(draft.exists, timeout=60_000)  # written a moment after the edit, by the app's event loop
    finally:
        app.kill()  # SIGKILL: no closeEvent, no cleanup
        app.wait()
    assert app.returncode == -signal.SIGKILL
    assert json.loads(draft.read_text(encoding="utf-8"))["content"]["blocks"][0][2] == 35

    window = MainWindow(db, Settings(), SyncRunner())
    window.show()
    try:
        seen: list[DraftOfferDialog] = []
        _offer(window, "restore", seen)
        assert seen
        agenda = meetup(window).agenda_tab
        assert agenda.event_id == first and agenda.has_unsaved() and agenda.blocks()[0].minutes == 35
        assert saved_minutes(db, first) == 10
        agenda.discard()
        assert not draft.exists()
    finally:
        window.close()
        window.deleteLater()


def _crash_draft(db: Database, programme_id: int, event_id: int, minutes: int) -> None:
    """What a killed app left: a draft of the event's agenda with its first block at `minutes`."""
    saved = service.load_agenda(db, event_id)
    content = agenda_state(saved)
    content["blocks"][0][2] = minutes
    DraftStore(db.url).write(Draft(programme_id, "agenda", event_id, fingerprint(agenda_state(saved)), content,
                                   "アジェンダ"))


def test_drafts_are_offered_after_switching_programme_and_database(
        window: MainWindow, db: Database, events: tuple[int, int, int], qtbot: QtBot, data_dir: Path) -> None:
    programme_id, first, _second = events
    other_programme = new_programme(db, "令和9年度 テスト", 2027)
    other_event = _event(db, other_programme, "第2回ミートアップ", 12)
    _crash_draft(db, other_programme, other_event, 35)
    seen: list[DraftOfferDialog] = []

    def restore(dialog: DraftOfferDialog) -> None:
        seen.append(dialog)
        assert dialog.list.count() == 1  # only the drafts of the programme switched to
        dialog.findChild(QPushButton, "draft_restore").click()

    _crash_draft(db, programme_id, first, 50)  # left in the programme on show: not offered on the switch
    when_modal(restore, DraftOfferDialog)
    window.switch_programme(other_programme)
    qtbot.waitUntil(lambda: bool(seen))
    page = meetup(window)
    qtbot.waitUntil(page.agenda_tab.has_unsaved)
    assert page.event_id == other_event and page.agenda_tab.blocks()[0].minutes == 35
    page.agenda_tab.discard()

    target = data_dir / "another.sqlite3"  # another database, whose last session was killed
    shutil.copyfile(db.engine.url.database or "", target)
    other_db = Database(f"sqlite:///{target}")
    _crash_draft(other_db, programme_id, first, 55)
    offered: list[int] = []
    when_modal(lambda dialog: (offered.append(dialog.list.count()),
                               dialog.findChild(QPushButton, "draft_restore").click()), DraftOfferDialog)
    window.context.switch_database(other_db)
    qtbot.waitUntil(lambda: bool(offered))
    page = meetup(window)
    qtbot.waitUntil(page.agenda_tab.has_unsaved)
    assert offered == [1] and page.agenda_tab.blocks()[0].minutes == 55
    page.agenda_tab.discard()
    other_db.dispose()
