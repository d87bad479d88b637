"""募集を編集… keeps a crash draft while it holds unsaved edits (ui/unsaved.DraftKeeper, as the meetup editors do):
a real kill -9 of the app with the dialog open leaves it, owner-only and holding only the call's own fields, and
the next window offers it back in the dialog, unsaved; a dialog saved or cancelled leaves none."""

from __future__ import annotations

import json
import os
import signal
import stat

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.services.calls import calls, get_call
from colead_desktop.services.drafts import DraftStore
from colead_desktop.settings import Settings
from colead_desktop.ui.call_dialog import CallDialog
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.draft_offer import DraftOfferDialog, offer_drafts
from colead_desktop.ui.main_window import MainWindow
from tests.conftest import shots_dir
from tests.programmes import new_programme
from tests.ui.killed_app import start_app
from tests.ui.modal import when_modal
from tests.ui.sync_runner import SyncRunner

SHOTS = shots_dir("calls15")
TYPED = "令和9年度 人材募集（下書き）"
QUESTION = "参加できない日程があれば教えてください"


def test_the_dialogs_draft_is_private_and_goes_once_it_is_cancelled(context: AppContext, qtbot: QtBot) -> None:
    programme_id = new_programme(context.db)
    context.switch_programme(programme_id)
    call = calls(context.db, programme_id)[1]
    assert call.id is not None
    dialog = CallDialog(context.db, call, drafts=context)
    qtbot.addWidget(dialog)
    path = DraftStore(context.db.url).path(programme_id, "call", call.id)
    dialog.title.setText(TYPED)
    qtbot.waitUntil(path.exists)  # debounced: written shortly after the change
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text(encoding="utf-8"))["content"]["title"] == TYPED
    when_modal(lambda box: box.findChild(QPushButton, "discard_yes").click(), QMessageBox)
    dialog.reject()
    assert not path.exists() and not dialog.has_unsaved()


EDIT_CALL = """
page.call_box.setCurrentIndex(1)  # the call for talents
while page.load.loading:
    app.processEvents()


def type_in():
    dialog = app.activeModalWidget()
    dialog.title.setText(sys.argv[2])
    dialog.questions.add()
    dialog.questions.table.item(3, 1).setText(sys.argv[3])
    print("edited", flush=True)


QTimer.singleShot(0, type_in)  # once the dialog's own loop runs
page.edit_button.click()
"""


def test_a_killed_app_leaves_the_call_dialogs_draft_which_the_next_window_offers_back(
        db: Database, qtbot: QtBot) -> None:
    """Nothing runs on the way out of a kill -9, yet the typing is in the draft; restored, the dialog shows it
    unsaved, and 保存 stores it and removes the draft."""
    programme_id = new_programme(db)
    before = calls(db, programme_id)[1]
    assert before.id is not None
    draft = DraftStore(db.url).path(programme_id, "call", before.id)
    app = start_app("calls", EDIT_CALL, db.url, TYPED, QUESTION)
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "edited"
        qtbot.waitUntil(lambda: draft.exists() and QUESTION in draft.read_text(encoding="utf-8"), timeout=60_000)
    finally:
        app.kill()  # SIGKILL: no closeEvent, no cleanup
        app.wait()
    assert app.returncode == -signal.SIGKILL
    if os.name == "posix":
        assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    kept = json.loads(draft.read_text(encoding="utf-8"))
    # the call's own fields and the draft's bookkeeping, nothing else (no database address, no person)
    assert set(kept["content"]) == {"title", "deadline", "threshold", "conditions", "questions", "items"}
    assert kept["content"]["title"] == TYPED and db.url not in draft.read_text(encoding="utf-8")
    assert get_call(db, before.id) == before

    window = MainWindow(db, Settings(), SyncRunner())
    window.show()
    offered: list[str] = []
    restored: list[tuple[str, str, bool]] = []

    def restore(offer: DraftOfferDialog) -> None:
        offered.append(offer.list.item(0).text())
        offer.grab().save(str(SHOTS / "calls15_draft_offer.png"))
        offer.findChild(QPushButton, "draft_restore").click()

    def look_and_save(dialog: CallDialog) -> None:
        dialog.tabs.setCurrentIndex(1)
        dialog.grab().save(str(SHOTS / "calls15_call_dialog_restored.png"))
        restored.append((dialog.title.text(), dialog.questions.table.item(3, 1).text(), dialog.has_unsaved()))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    try:
        when_modal(restore, DraftOfferDialog)
        when_modal(look_and_save, CallDialog)
        offer_drafts(window)
        assert len(offered) == 1 and "募集（人材の募集）" in offered[0]
        assert restored == [(TYPED, QUESTION, True)]
        stored = get_call(db, before.id)
        assert stored.title == TYPED and stored.questions[3].text == QUESTION
        assert not draft.exists() and window.context.undo_stack.count() == 1
    finally:
        window.close()
        window.deleteLater()
