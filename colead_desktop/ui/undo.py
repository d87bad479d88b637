"""Undoable record edits: each command saves or deletes through the services, so undo is a real write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.services.records import delete_record, save_record


class SaveRecord(QUndoCommand):
    """Add (before is None) or edit a record; undo deletes the added row or restores the old values."""

    def __init__(self, db: Database, before: rec.AnyRecord | None, after: rec.AnyRecord, text: str,
                 changed: Callable[[], None]) -> None:
        super().__init__(text)
        self._db, self._before, self._after, self._changed = db, before, after, changed

    def redo(self) -> None:
        self._after = save_record(self._db, self._after)
        self._changed()

    def undo(self) -> None:
        if self._before is None:
            delete_record(self._db, self._after)
        else:
            save_record(self._db, self._before)
        self._changed()


class DeleteRecord(QUndoCommand):
    """Delete a record; undo inserts it again under the same id."""

    def __init__(self, db: Database, record: rec.AnyRecord, text: str, changed: Callable[[], None]) -> None:
        super().__init__(text)
        self._db, self._record, self._changed = db, record, changed

    def redo(self) -> None:
        delete_record(self._db, self._record)
        self._changed()

    def undo(self) -> None:
        self._record = save_record(self._db, replace(self._record))
        self._changed()
