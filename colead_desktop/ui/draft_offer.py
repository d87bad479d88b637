"""At start: the crash drafts a killed or crashed session left (ui/unsaved.DraftKeeper) are offered back.

「前回保存されなかった変更があります」 lists them: 復元 opens each chosen one's editor on its record and shows the
draft's content there, unsaved (still dirty, so 保存 / 破棄 stay the user's choice); 破棄 deletes them; closing
the list keeps them for the next start. A draft whose record was saved differently since (someone else, or
this user after the crash) is listed as such and not chosen unless the user ticks it; one whose record or
programme is gone cannot be restored and is deleted with the rest. A modal editor (募集を編集…) is opened
with its draft and runs to 保存 or キャンセル before the next draft is restored.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.services import calls
from colead_desktop.services import meetup as meetup_service
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services.drafts import Draft, DraftStore, fingerprint
from colead_desktop.services.programme_scope import list_programmes
from colead_desktop.ui import palette
from colead_desktop.ui.call_dialog import CallDialog, call_base
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.meetup.agenda_tab import agenda_state
from colead_desktop.ui.meetup.docs_tab import briefs_state
from colead_desktop.ui.style import set_role
from colead_desktop.ui.unsaved import DraftEditor, DraftKeeper, keeper_of

DISCARD = 2
"""The offer's result code for 破棄 (besides Accepted = 復元 and Rejected = closed: ask again next start)."""


class State(enum.Enum):
    FRESH = "fresh"  # the record is as it was when the editing began
    CHANGED = "changed"  # saved differently since
    VANISHED = "vanished"  # the record, its programme or the editor is gone


@dataclass(frozen=True)
class Found:
    path: Path
    draft: Draft
    state: State


def saved_base(db: Database, draft: Draft) -> str | None:
    """The fingerprint of the draft's record as saved now, computed as its editor did; None if it is gone."""
    try:
        if draft.editor == "agenda":
            return fingerprint(agenda_state(meetup_service.load_agenda(db, draft.record)))
        if draft.editor == "docs":
            setup = setups.load_setup(db, draft.record)
            return fingerprint(briefs_state(setup)) if setup is not None else None
        if draft.editor == CallDialog.draft_name:
            return call_base(calls.get_call(db, draft.record))
    except InputError:  # the event or the call was deleted
        return None
    return None  # an editor this version does not know


def found_drafts(db: Database, programme_id: int | None = None, held: Collection[Path] = ()) -> list[Found]:
    """The database's drafts (of programme `programme_id` only, if given), except those `held` by an editor
    of this window (its own draft of the edits on show)."""
    programmes = {p.id for p in list_programmes(db)}
    found = []
    for path, draft in DraftStore(db.url).drafts():
        if path in held or (programme_id is not None and draft.programme_id != programme_id):
            continue
        base = saved_base(db, draft) if draft.programme_id in programmes else None
        state = State.VANISHED if base is None else State.FRESH if base == draft.base else State.CHANGED
        found.append(Found(path, draft, state))
    return found


class DraftOfferDialog(QDialog):
    def __init__(self, found: list[Found], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_offer_dialog")
        self.setWindowTitle(self.tr("保存されなかった変更"))
        self.found = found
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("前回保存されなかった変更があります"))
        heading.setObjectName("draft_offer_heading")
        set_role(heading, "status")
        layout.addWidget(heading)
        hint = QLabel(self.tr("印を付けた下書きを、保存されていない変更として元の画面に戻します"
                              "（そのあと保存するか破棄してください）。印のない下書きは削除されます。"))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        layout.addWidget(hint)
        self.list = QListWidget(objectName="draft_list")
        self.list.setSpacing(4)
        for entry in found:
            when = datetime.fromisoformat(entry.draft.written_at)
            text = self.tr("{0}　{1:%Y-%m-%d %H:%M} の下書き").format(entry.draft.title, when)
            if entry.state is State.CHANGED:
                text += "\n" + self.tr("⚠ この記録は下書きのあとに別途保存されています。"
                                       "復元すると、その内容の上に下書きを表示します")
            elif entry.state is State.VANISHED:
                text += "\n" + self.tr("この記録（またはプログラム）は削除されています。復元できません")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry.state.value)
            if entry.state is State.VANISHED:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, not choosable
                item.setForeground(QBrush(QColor(palette.ABSENT_TEXT)))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if entry.state is State.FRESH else Qt.CheckState.Unchecked)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        restore = buttons.addButton(self.tr("復元"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("draft_restore")
        discard = buttons.addButton(self.tr("破棄"), QDialogButtonBox.ButtonRole.DestructiveRole)
        discard.setObjectName("draft_discard")
        restore.clicked.connect(self.accept)
        discard.clicked.connect(lambda: self.done(DISCARD))
        layout.addWidget(buttons)
        self.resize(640, 320)

    def chosen(self) -> list[Found]:
        return [entry for row, entry in enumerate(self.found)
                if self.list.item(row).checkState() == Qt.CheckState.Checked and entry.state is not State.VANISHED]


def show_programme(window: MainWindow, draft: Draft) -> bool:
    """Show the programme of `draft`; False if the user kept edits of the programme on show."""
    if draft.programme_id is not None and draft.programme_id != window.context.programme_id:
        window.switch_programme(draft.programme_id)
    return draft.programme_id is None or window.context.programme_id == draft.programme_id


def open_editor(window: MainWindow, draft: Draft) -> DraftEditor | None:
    """Show the editor of `draft` on its record (switching programme if need be); None if the user stayed."""
    from colead_desktop.ui.pages.meetup_page import MeetupPage

    if not show_programme(window, draft):
        return None
    window.show_page("meetup")
    page = window.page("meetup")
    assert isinstance(page, MeetupPage)
    if page.event_combo.findData(draft.record) < 0:
        return None
    page.select_event(draft.record)
    if page.event_id != draft.record:  # the user kept edits of the event on show
        return None
    editor = page.agenda_tab if draft.editor == "agenda" else page.docs_tab
    page.tabs.setCurrentWidget(editor)
    return editor


def restore(window: MainWindow, entry: Found) -> bool:
    if entry.draft.editor == CallDialog.draft_name:
        return restore_call(window, entry)
    editor = open_editor(window, entry.draft)
    if editor is None:
        return False
    fill(editor, entry)
    return True


def restore_call(window: MainWindow, entry: Found) -> bool:
    """募集を編集… on the draft's call, showing the draft: the dialog is modal, so it is saved or cancelled
    before the next draft is restored."""
    from colead_desktop.ui.pages.calls_page import CallsPage

    if not show_programme(window, entry.draft):
        return False
    window.show_page("calls")
    page = window.page("calls")
    assert isinstance(page, CallsPage)
    page.edit_call(calls.get_call(window.db, entry.draft.record), lambda dialog: fill(dialog, entry))
    return True


def fill(editor: DraftEditor, entry: Found) -> None:
    """Show the draft in its editor, unsaved."""
    editor.apply_draft(entry.draft.content)
    keeper = keeper_of(editor)
    if keeper is not None:
        keeper.written = entry.path  # the draft is the editor's own again: removed once it is saved or discarded
        keeper.flush()


def offer_drafts(window: MainWindow, programme_id: int | None = None) -> None:
    """Offer the drafts of the window's database (of one programme, if given), if any. A draft that could not
    be opened stays for next time."""
    held = {keeper.written for keeper in window.findChildren(DraftKeeper) if keeper.written is not None}
    found = found_drafts(window.db, programme_id, held)
    if not found:
        return
    dialog = DraftOfferDialog(found, window)
    result = dialog.exec()
    if result == QDialog.DialogCode.Rejected:
        return
    chosen = dialog.chosen() if result == QDialog.DialogCode.Accepted else []
    store = DraftStore(window.db.url)
    for entry in found:
        if entry not in chosen:
            store.remove(entry.path)
    for entry in chosen:
        restore(window, entry)
