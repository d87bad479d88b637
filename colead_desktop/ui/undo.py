"""Undoable changes that are real writes, each step refused rather than overwrite someone else's change.

A command holds the state before and after; redo moves the stored thing from `before` to `after`, undo back.
Each move checks that it is still exactly as the command left it (services/record_restore.py for records,
services/tours.replace_tour for tours), finding it by its stable identity (a record's uuid, a tour's key),
so another window or instance of the app that changed, deleted or took the place of it meanwhile is never
overwritten: nothing is written and the user is told why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from colead_desktop.db.engine import Database
from colead_desktop.db.failures import explain
from colead_desktop.ui.failures import database_url
from colead_desktop.domain import records as rec
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.matching import MatchInput, PairStatus
from colead_desktop.services import matching, payment_records
from colead_desktop.services.payment_draft_steps import DraftState, Make, MadeDraft, make_draft, take_back_draft
from colead_desktop.services.record_removal import Removal
from colead_desktop.services.record_restore import (delete_record, delete_records, restore_record, undelete_record,
                                                     undelete_records)
from colead_desktop.services.talent_archive import set_archived

S = TypeVar("S")

Refused = Callable[[str, str], None]
"""Shows a refusal to the user: (title, message)."""

Resolve = Callable[[StaleRecord[Any]], Any]
"""Asks the user how to save an edit over someone else's newer one (ui/conflict_dialog.py): the record to save
over `theirs`, or None to drop the edit and reload."""


class Withdrawn(InputError):
    """The user dropped their change (再読み込み in the conflict dialog): nothing written, nothing to explain."""


class CheckedChange(QUndoCommand, Generic[S]):
    """One change from `before` to `after`; subclasses write a step with `write(source, target)`."""

    def __init__(self, before: S, after: S, text: str, changed: Callable[[], None], refused: Refused,
                 written: bool = False, resolve: Resolve | None = None) -> None:
        """`written`: the change is already stored when pushed (a dialog that saves it itself), so the first
        redo, run by QUndoStack.push, only enters it in the history. `resolve`: how the first run meets someone
        else's newer version (StaleRecord); without it, and on every undo and redo (they move whole states), the
        step is refused."""
        super().__init__(text)
        self._before, self._after = before, after
        self._changed, self._refused, self._resolve = changed, refused, resolve
        self._done_before = False
        self._written = written

    def write(self, source: S, target: S) -> S:
        """Move the stored state from `source` to `target` (InputError if it is no longer `source`)."""
        raise NotImplementedError

    def redo(self) -> None:
        if self._written:
            self._written, self._done_before = False, True
            return
        # The first run comes from QUndoStack.push; refused then, the change never enters the history.
        title = QApplication.translate("CheckedChange", "やり直せません") if self._done_before else self.text()
        self._move(self._before, self._after, undoing=False, title=title)
        self._done_before = True

    def undo(self) -> None:
        self._move(self._after, self._before, undoing=True,
                   title=QApplication.translate("CheckedChange", "元に戻せません"))

    def _move(self, source: S, target: S, undoing: bool, title: str) -> None:
        try:
            stored = self._write_resolving(source, target, undoing)
        except Withdrawn:
            self.setObsolete(True)
            self._changed()
            return
        except Exception as exc:  # a failure the user can fix (failures.explain) is refused like a conflict
            refusal = exc if isinstance(exc, InputError) else explain(exc, database_url())
            if refusal is None:
                raise
            # Trying again later would meet the same changed state, so the command leaves the history:
            # QUndoStack deletes an obsolete command without moving the other steps. Clearing the whole
            # history instead would take away steps on other records, each still checked when undone.
            self.setObsolete(True)
            message = str(refusal)
            if self._done_before:
                removed = QApplication.translate("CheckedChange", "この操作は「元に戻す」の履歴から外しました。")
                message += "\n\n" + removed
            self._refused(title, message)
            self._show_stored()
            return
        if undoing:
            self._before = stored
        else:
            self._after = stored
        self._changed()

    def _show_stored(self) -> None:
        """After a refusal, show what is stored now; a database that cannot even be read (the server gone) was
        just explained in the refusal, so that failure is not reported twice."""
        try:
            self._changed()
        except Exception as exc:
            if explain(exc, database_url()) is None:
                raise

    def _write_resolving(self, source: S, target: S, undoing: bool) -> S:
        """write(), and on the first run over someone else's newer version, what the user resolves it to: saved
        over their version, which the undo then goes back to (not over it to the state the edit started from)."""
        while True:
            try:
                return self.write(source, target)
            except StaleRecord as stale:
                if self._resolve is None or undoing or self._done_before:
                    raise
                merged = self._resolve(stale)
                if merged is None:
                    raise Withdrawn(str(stale)) from stale
                source, target = stale.theirs, merged
                self._before = source


class RecordChange(CheckedChange[rec.AnyRecord | None]):
    """Add (before None), edit, or delete (after None) one record. A delete keeps what it removed with the
    record (the rows the database took with it), so that its undo puts all of it back."""

    def __init__(self, db: Database, before: rec.AnyRecord | None, after: rec.AnyRecord | None, text: str,
                 changed: Callable[[], None], refused: Refused, programme_id: int, who: str,
                 resolve: Resolve | None = None, labels: Mapping[str, str] | None = None,
                 select: Callable[[int], None] | None = None) -> None:
        """`programme_id`: the programme of the page the change was made on (an added region joins it);
        `who`: the user, named in the audit entries of a delete and its undo; `resolve`: how the first save of an
        edit meets someone else's newer version (undo and redo are refused instead: they move whole states);
        `labels`: the fields as the record dialog labels them, to name them in a refusal; `select`: told the id
        of the record each step leaves stored (added, edited, or back from a delete) before `changed` shows it,
        so that the list selects it."""
        super().__init__(before, after, text, changed, refused, resolve=resolve)
        self._db, self._programme_id, self._who, self._labels = db, programme_id, who, labels
        self._select = select
        self._removal: Removal | None = None

    def write(self, source: rec.AnyRecord | None, target: rec.AnyRecord | None) -> rec.AnyRecord | None:
        stored = self._write(source, target)
        if stored is not None and stored.id is not None and self._select is not None:
            self._select(stored.id)
        return stored

    def _write(self, source: rec.AnyRecord | None, target: rec.AnyRecord | None) -> rec.AnyRecord | None:
        if target is None:
            assert source is not None
            self._removal = delete_record(self._db, source, self._who)
            return None
        if source is None and self._removal is not None:  # undoing a delete, or redoing an add undone
            return undelete_record(self._db, target, self._removal, self._who)
        return restore_record(self._db, source, target, self._programme_id, self._labels)


class RecordsDelete(CheckedChange[bool]):
    """Delete several records of a list (True: stored, False: deleted) in one transaction, all or none; its undo
    puts all of them back with what their deletes removed, again all or none."""

    def __init__(self, db: Database, records: Sequence[rec.AnyRecord], text: str, changed: Callable[[], None],
                 refused: Refused, who: str, select: Callable[[int], None]) -> None:
        """`select`: told the id of each record an undo puts back, before `changed` shows them."""
        super().__init__(True, False, text, changed, refused)
        self._db, self._records, self._who, self._select = db, list(records), who, select
        self._removals: list[Removal] = []

    def write(self, source: bool, target: bool) -> bool:
        if target:
            self._records = undelete_records(self._db, list(zip(self._records, self._removals, strict=True)), self._who)
            for record in self._records:
                if record.id is not None:
                    self._select(record.id)
        else:
            self._removals = delete_records(self._db, self._records, self._who)
        return target


class ArchiveChange(CheckedChange[bool]):
    """Archive a talent (True) or lift their archive (False); each step refused if someone did it already."""

    def __init__(self, db: Database, talent_id: int, archive: bool, text: str, changed: Callable[[], None],
                 refused: Refused, who: str) -> None:
        super().__init__(not archive, archive, text, changed, refused)
        self._db, self._talent_id, self._who = db, talent_id, who

    def write(self, source: bool, target: bool) -> bool:
        set_archived(self._db, self._talent_id, target, self._who)
        return target


class PaymentRecordDelete(CheckedChange[bool]):
    """Delete one payment record (a tour day, a work day, an expense with its receipts); its undo puts it back
    unless the statement paying it has been approved since."""

    def __init__(self, db: Database, kind: str, record_id: int, text: str, changed: Callable[[], None],
                 refused: Refused, who: str) -> None:
        super().__init__(True, False, text, changed, refused)
        self._db, self._kind, self._record_id, self._who = db, kind, record_id, who
        self._removal: Removal | None = None

    def write(self, source: bool, target: bool) -> bool:
        if target:
            assert self._removal is not None
            self._record_id = payment_records.undelete_record(self._db, self._kind, self._removal, self._who)
        else:
            self._removal = payment_records.delete_record(self._db, self._kind, self._record_id, self._who)
            if self._removal is None:
                raise InputError(QApplication.translate("PaymentRecordDelete", "この記録は既に削除されています。"))
        return target


class PaymentRecordAdd(CheckedChange[bool]):
    """Add payment records of one person and kind (the first run calls `add`, which returns their ids: one
    record, or the tour days 「ツアーから取り込む」 finds); its undo deletes them (an expense with its receipts)
    unless one was changed since, its redo puts them back."""

    def __init__(self, db: Database, kind: str, add: Callable[[], list[int]], text: str,
                 changed: Callable[[], None], refused: Refused, who: str) -> None:
        super().__init__(False, True, text, changed, refused)
        self._db, self._kind, self._add, self._who = db, kind, add, who
        self._record_ids: list[int] = []
        self._fields: list[dict[str, Any]] = []
        self._removal: Removal | None = None

    def write(self, source: bool, target: bool) -> bool:
        if not target:
            self._removal = payment_records.delete_records(self._db, self._kind, self._record_ids, self._who,
                                                           self._fields)
            return target
        if self._removal is None:  # the add itself
            self._record_ids = self._add()
        else:
            self._record_ids = payment_records.undelete_records(self._db, self._kind, self._removal, self._who)
        # read after the write's own transaction: an edit slipping in between is then kept by the undo's check
        self._fields = [payment_records.record_fields(self._db, self._kind, i) for i in self._record_ids]
        return target


class PaymentRecordEdit(CheckedChange[dict[str, Any]]):
    """Change one payment record's fields (payment_records.FIELDS); each step refused when the record was
    changed, deleted or approved since."""

    def __init__(self, db: Database, kind: str, record_id: int, before: dict[str, Any], after: dict[str, Any],
                 text: str, changed: Callable[[], None], refused: Refused, who: str) -> None:
        super().__init__(before, after, text, changed, refused)
        self._db, self._kind, self._record_id, self._who = db, kind, record_id, who

    def write(self, source: dict[str, Any], target: dict[str, Any]) -> dict[str, Any]:
        return payment_records.replace_fields(self._db, self._kind, self._record_id, source, target, self._who)


class StatementDraftStep(CheckedChange[DraftState]):
    """明細書を作成 (a new draft, or the open one recomputed) or 訂正明細書: the first run and each redo `make` the
    draft if the person's open draft is still as the step found it; the undo takes it back (deleted with its
    number released, or its earlier figures restored) if it is still exactly as the step left it.
    The rules for numbers and record links are services/payment_draft_steps.py's."""

    def __init__(self, db: Database, programme_id: int, talent_id: int, before: DraftState, make: Make, text: str,
                 changed: Callable[[], None], refused: Refused, who: str) -> None:
        super().__init__(before, DraftState(), text, changed, refused)
        self._db, self._programme_id, self._talent_id, self._make, self._who = db, programme_id, talent_id, make, who
        self._made: MadeDraft | None = None

    def write(self, source: DraftState, target: DraftState) -> DraftState:
        if self._made is not None:
            stored = take_back_draft(self._db, self._programme_id, self._talent_id, self._made, target, self._who)
            self._made = None
            return stored
        made = make_draft(self._db, self._programme_id, self._talent_id, source, self._make)
        if not self._done_before:
            self.setText(self._named(source, made.state))
        self._made = made
        return made.state

    @staticmethod
    def _named(before: DraftState, after: DraftState) -> str:
        if before.statement_id is not None:
            return QApplication.translate("StatementDraftStep", "明細書 {no} を再計算").format(no=after.statement_no)
        if after.row.get("adjusts_statement_id") is not None:
            return QApplication.translate("StatementDraftStep", "訂正明細書 {no} を作成").format(no=after.statement_no)
        return QApplication.translate("StatementDraftStep", "明細書 {no} を作成").format(no=after.statement_no)


class PairMove(CheckedChange[PairStatus]):
    """次の段階へ or 解消… of a matching pair; each step refused when the pair was moved elsewhere meanwhile."""

    def __init__(self, db: Database, pair_id: int, before: PairStatus, after: PairStatus, reason: str, text: str,
                 changed: Callable[[], None], refused: Refused, who: str) -> None:
        super().__init__(before, after, text, changed, refused)
        self._db, self._pair_id, self._reason, self._who = db, pair_id, reason, who

    def write(self, source: PairStatus, target: PairStatus) -> PairStatus:
        return matching.replace_pair_status(self._db, self._pair_id, source, target, self._who, self._reason,
                                            undoing=target is self._before)


class MatchingInputChange(CheckedChange[MatchInput]):
    """保存 of the 希望と条件 dialog (written by the dialog when pushed); undo and redo move the programme's whole
    stored input (SMEs, wishes, rules), each refused when someone changed it meanwhile."""

    def __init__(self, db: Database, programme_id: int, before: MatchInput, after: MatchInput, text: str,
                 changed: Callable[[], None], refused: Refused) -> None:
        super().__init__(before, after, text, changed, refused, written=True)
        self._db, self._programme_id = db, programme_id

    def write(self, source: MatchInput, target: MatchInput) -> MatchInput:
        return matching.replace_input(self._db, self._programme_id, source, target)
