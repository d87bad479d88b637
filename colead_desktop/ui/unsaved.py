"""Never lose an edit: the one protocol of editors that hold changes before 保存, the one prompt that asks
保存 / 破棄 / キャンセル when the user leaves such an editor, and the crash drafts kept while one is dirty.

An editor (the agenda tab, the briefs of the 資料 tab, the payee details) answers `has_unsaved()`, can
`save()` (False when the save was refused: it has shown why, and the user stays), `discard()` its edits
and say what it holds (`unsaved_title()`). Whoever is about to replace what an editor shows — another
event, another page, another programme, another database, closing the window — calls `leave(parent, root)`
for the widgets it is about to drop, and goes ahead only if that returns True.

A `DraftKeeper` writes an editor's content to a crash draft (services/drafts.py) a moment after each
change while the editor is dirty, and removes the draft once it is clean again; ui/draft_offer.py offers
what a crash left at the next start.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from colead_desktop.domain.errors import InputError
from colead_desktop.services.drafts import Draft, DraftStore
from colead_desktop.ui.context import AppContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

DRAFT_DELAY_MS = 800
"""How long after the last change a draft is written: often enough to lose at most a second of typing, rarely
enough not to write a file per keystroke."""


@runtime_checkable
class UnsavedEditor(Protocol):
    def has_unsaved(self) -> bool: ...

    def save(self) -> bool:
        """Save the edits; False (after showing why) when they cannot be saved."""
        ...

    def discard(self) -> None:
        """Drop the edits: show the record as saved again."""
        ...

    def unsaved_title(self) -> str:
        """What the edits are of, for the prompt: 「アジェンダ（ミートアップ）」."""
        ...


@runtime_checkable
class DraftEditor(UnsavedEditor, Protocol):
    """An editor whose unsaved content survives a crash as a draft."""

    edited: SignalInstance
    """Emitted after every change of the content or of the dirty state (a save, a discard, a load)."""
    draft_name: str

    def draft_record(self) -> int | None: ...

    def draft_base(self) -> str:
        """services.drafts.fingerprint of the record as loaded (as saved when the editing began)."""
        ...

    def draft_content(self) -> dict[str, Any]: ...

    def apply_draft(self, content: dict[str, Any]) -> None:
        """Show `content` over the record on show, unsaved (the editor is dirty afterwards)."""
        ...


class Choice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, title: str) -> Choice:
    """保存 / 破棄 / キャンセル for the unsaved edits of `title`; Escape and closing the box are キャンセル."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Unsaved", "未保存の変更"),
                      translate("Unsaved", "「{0}」に保存されていない変更があります。").format(title),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unsaved_prompt")
    box.setInformativeText(translate("Unsaved", "保存しますか？「破棄」を選ぶと変更は失われます。"))
    buttons = {}
    for choice, text, role in ((Choice.SAVE, translate("Unsaved", "保存"), QMessageBox.ButtonRole.AcceptRole),
                               (Choice.DISCARD, translate("Unsaved", "破棄"), QMessageBox.ButtonRole.DestructiveRole),
                               (Choice.CANCEL, translate("Unsaved", "キャンセル"), QMessageBox.ButtonRole.RejectRole)):
        button = box.addButton(text, role)
        button.setObjectName(f"unsaved_{choice.value}")
        buttons[button] = choice
    save = next(b for b, c in buttons.items() if c is Choice.SAVE)
    box.setDefaultButton(save)
    box.setEscapeButton(next(b for b, c in buttons.items() if c is Choice.CANCEL))
    box.exec()
    return buttons.get(box.clickedButton(), Choice.CANCEL)


def dirty_editors(root: QWidget | None) -> list[UnsavedEditor]:
    """The editors in `root` (itself included) that hold unsaved changes, in widget-tree order."""
    if root is None:
        return []
    widgets = [root, *root.findChildren(QWidget)]
    # isinstance of a Protocol walks typing's machinery, ~1 ms a widget on every page switch (issue 15): only
    # the few widgets with has_unsaved at all are asked
    return [w for w in widgets if hasattr(w, "has_unsaved") and isinstance(w, UnsavedEditor) and w.has_unsaved()]


def leave(parent: QWidget | None, *roots: QWidget | None) -> bool:
    """Ask about each dirty editor in `roots`: whether the caller may now drop them. 保存 that fails and
    キャンセル stop at once (the caller stays where it is); edits already saved or discarded stay so."""
    for root in roots:
        for editor in dirty_editors(root):
            choice = ask_unsaved(parent, editor.unsaved_title())
            if choice is Choice.CANCEL or (choice is Choice.SAVE and not editor.save()):
                return False
            if choice is Choice.DISCARD:
                editor.discard()
    return True


def not_saved(refusal: InputError, moved_on: bool) -> str:
    """A dialog's line when its save was refused: nothing was changed; when the stored state moved on since the
    dialog opened (`moved_on`), also how to go on: the edits were made on what is no longer stored."""
    said = str(refusal)
    # several problems (a line each, as the form lists its fields) start on a line of their own, aligned
    text = translate("Unsaved", "保存できません（何も変更していません）: {0}").format("\n" + said if "\n" in said else said)
    if moved_on:
        text += "\n" + translate("Unsaved", "キャンセルして開き直すと、今の内容から編集できます。")
    return text


def confirm_discard(parent: QWidget, changed: bool) -> bool:
    """A modal dialog is being cancelled: whether it may close. Unchanged, it may; changed, the user is asked
    破棄 / 戻る (Escape = 戻る, back to the dialog with the edits)."""
    if not changed:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, translate("Unsaved", "変更の破棄"),
                      translate("Unsaved", "変更を破棄しますか？"), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("discard_prompt")
    discard = box.addButton(translate("Unsaved", "破棄"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discard_yes")
    back = box.addButton(translate("Unsaved", "戻る"), QMessageBox.ButtonRole.RejectRole)
    back.setObjectName("discard_back")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is discard


class DiscardGuard:
    """What a modal dialog showed when it opened, so that cancelling it (キャンセル, Escape, the title bar's ×:
    all end in reject()) asks 変更を破棄しますか only when something was changed. `state` reads the dialog's
    fields into a comparable value."""

    def __init__(self, dialog: QWidget, state: Callable[[], object]) -> None:
        self.dialog, self.state = dialog, state
        self.initial = self._read()

    def _read(self) -> object:
        try:
            return self.state()
        except (ValueError, InputError) as exc:  # a field that does not parse yet is a state of its own
            return ("unreadable", str(exc))

    def changed(self) -> bool:
        return self._read() != self.initial

    def may_close(self) -> bool:
        return confirm_discard(self.dialog, self.changed())


class DraftKeeper(QObject):
    """Keeps `editor`'s crash draft in step with it: written DRAFT_DELAY_MS after a change while it is dirty,
    removed as soon as it is clean. Found again with `keeper_of(editor)`."""

    def __init__(self, ctx: AppContext, editor: DraftEditor, delay_ms: int = DRAFT_DELAY_MS) -> None:
        assert isinstance(editor, QObject)
        super().__init__(editor)
        self.setObjectName("draft_keeper")
        self.ctx, self.editor = ctx, editor
        self.written: Path | None = None
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self.flush)
        editor.edited.connect(self._edited)

    def _edited(self) -> None:
        if self.editor.has_unsaved():
            self.timer.start()
        else:
            self.timer.stop()
            self.remove()

    def flush(self) -> None:
        """Write the draft now (if the editor is dirty)."""
        self.timer.stop()
        record = self.editor.draft_record()
        if record is None or not self.editor.has_unsaved():
            return
        draft = Draft(self.ctx.programme_id, self.editor.draft_name, record, self.editor.draft_base(),
                      self.editor.draft_content(), self.editor.unsaved_title())
        try:
            path = DraftStore(self.ctx.db.url).write(draft)
        except OSError as exc:  # a safety net that fails must not stop the editing; the file name says nothing
            log.warning("could not write a crash draft for %s: %s", draft.editor, type(exc).__name__)
            return
        if self.written is not None and self.written != path:
            self.remove()
        self.written = path

    def remove(self) -> None:
        if self.written is not None:
            DraftStore(self.ctx.db.url).remove(self.written)
            self.written = None


def keeper_of(editor: DraftEditor) -> DraftKeeper | None:
    assert isinstance(editor, QObject)
    return editor.findChild(DraftKeeper, "draft_keeper", Qt.FindChildOption.FindDirectChildrenOnly)
