"""Undoable record changes: every step is a real write, found by the record's uuid and refused if overwriting.

A command holds the record before and after (None: absent), so add, edit and delete are one thing: redo moves
the record from `before` to `after`, undo back. Each move checks that the record is still exactly as the
command left it (services/record_restore.py); if another window or instance of the app changed, deleted or
took its place meanwhile, nothing is written and the user is told why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError
from colead_desktop.services.record_restore import restore_record

Refused = Callable[[str, str], None]
"""Shows a refusal to the user: (title, message)."""


class RecordChange(QUndoCommand):
    """Add (before None), edit, or delete (after None) one record."""

    def __init__(self, db: Database, before: rec.AnyRecord | None, after: rec.AnyRecord | None, text: str,
                 changed: Callable[[], None], refused: Refused) -> None:
        super().__init__(text)
        self._db, self._before, self._after = db, before, after
        self._changed, self._refused = changed, refused
        self._done_before = False

    def redo(self) -> None:
        title = (QApplication.translate("RecordChange", "やり直せません") if self._done_before else self.text())
        self._move(self._before, self._after, undoing=False, title=title)
        self._done_before = True

    def undo(self) -> None:
        self._move(self._after, self._before, undoing=True,
                   title=QApplication.translate("RecordChange", "元に戻せません"))

    def _move(self, source: rec.AnyRecord | None, target: rec.AnyRecord | None, undoing: bool, title: str) -> None:
        try:
            stored = restore_record(self._db, source, target)
        except InputError as exc:
            # Trying again later would meet the same changed record, so the command leaves the history:
            # QUndoStack deletes an obsolete command without moving the other steps. Clearing the whole
            # history instead would take away steps on other records, each still checked when undone.
            self.setObsolete(True)
            self._changed()
            self._refused(title, str(exc) + "\n\n" + QApplication.translate(
                "RecordChange", "この操作は「元に戻す」の履歴から外しました。"))
            return
        if undoing:
            self._before = stored
        else:
            self._after = stored
        self._changed()
