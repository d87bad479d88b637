"""Undoable changes that are real writes, each step refused rather than overwrite someone else's change.

A command holds the state before and after; redo moves the stored thing from `before` to `after`, undo back.
Each move checks that it is still exactly as the command left it (services/record_restore.py for records,
services/tours.replace_tour for tours), finding it by its stable identity (a record's uuid, a tour's key),
so another window or instance of the app that changed, deleted or took the place of it meanwhile is never
overwritten: nothing is written and the user is told why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError
from colead_desktop.services.record_restore import restore_record

S = TypeVar("S")

Refused = Callable[[str, str], None]
"""Shows a refusal to the user: (title, message)."""


class CheckedChange(QUndoCommand, Generic[S]):
    """One change from `before` to `after`; subclasses write a step with `write(source, target)`."""

    def __init__(self, before: S, after: S, text: str, changed: Callable[[], None], refused: Refused) -> None:
        super().__init__(text)
        self._before, self._after = before, after
        self._changed, self._refused = changed, refused
        self._done_before = False

    def write(self, source: S, target: S) -> S:
        """Move the stored state from `source` to `target` (InputError if it is no longer `source`)."""
        raise NotImplementedError

    def redo(self) -> None:
        # The first run comes from QUndoStack.push; refused then, the change never enters the history.
        title = QApplication.translate("CheckedChange", "やり直せません") if self._done_before else self.text()
        self._move(self._before, self._after, undoing=False, title=title)
        self._done_before = True

    def undo(self) -> None:
        self._move(self._after, self._before, undoing=True,
                   title=QApplication.translate("CheckedChange", "元に戻せません"))

    def _move(self, source: S, target: S, undoing: bool, title: str) -> None:
        try:
            stored = self.write(source, target)
        except InputError as exc:
            # Trying again later would meet the same changed state, so the command leaves the history:
            # QUndoStack deletes an obsolete command without moving the other steps. Clearing the whole
            # history instead would take away steps on other records, each still checked when undone.
            self.setObsolete(True)
            self._changed()
            message = str(exc)
            if self._done_before:
                removed = QApplication.translate("CheckedChange", "この操作は「元に戻す」の履歴から外しました。")
                message += "\n\n" + removed
            self._refused(title, message)
            return
        if undoing:
            self._before = stored
        else:
            self._after = stored
        self._changed()


class RecordChange(CheckedChange[rec.AnyRecord | None]):
    """Add (before None), edit, or delete (after None) one record."""

    def __init__(self, db: Database, before: rec.AnyRecord | None, after: rec.AnyRecord | None, text: str,
                 changed: Callable[[], None], refused: Refused, programme_id: int) -> None:
        """`programme_id`: the programme of the page the change was made on (an added region joins it)."""
        super().__init__(before, after, text, changed, refused)
        self._db, self._programme_id = db, programme_id

    def write(self, source: rec.AnyRecord | None, target: rec.AnyRecord | None) -> rec.AnyRecord | None:
        return restore_record(self._db, source, target, self._programme_id)
