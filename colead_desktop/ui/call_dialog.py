"""募集を編集…: a call's title, deadline, conditions to apply, application questions and scoring items (weights and
the bonus item), saved by the dialog under the version check and entered in the history as one undo step.

Conditions, questions and items keep their keys (c1…, q1…, i1…): applications store ticks and answers and reviews
store scores under them, so a reworded or moved row keeps its data; a new row takes the next free key. The rules
(what may be empty, the weight's range) are domain/calls.check_call's, whose message names every problem's row at once.

A save over someone else's newer version offers the records' conflict dialog (per field 自分 / 他の人, or
再読み込み); unsaved edits are kept as a crash draft (ui/unsaved.DraftKeeper) offered back at the next start; the
built-in texts show in English in an English window and stay stored in Japanese unless edited (domain/default_texts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from colead_desktop.db.engine import Database
from colead_desktop.domain.calls import (Call, Condition, Question, ScoringItem, check_call, field_labels,
                                         parse_threshold)
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.default_texts import as_stored, in_output_language
from colead_desktop.domain.errors import InputError
from colead_desktop.services import calls
from colead_desktop.services.drafts import fingerprint
from colead_desktop.ui.conflict_dialog import ConflictDialog, list_difference, plain_text
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.style import set_role, set_state
from colead_desktop.ui.undo import CheckedChange, Refused
from colead_desktop.ui.save_key import add_save_key
from colead_desktop.ui.unsaved import DiscardGuard, DraftKeeper, not_saved
from colead_desktop.ui.widgets import button, enable

Cell = str | int | bool
ROW_TEXT = 30  # a condition, question or item named in the conflict dialog: enough to tell which
TEXT_COLUMNS = {"conditions": (1,), "questions": (1,), "items": (1, 2)}
"""Per table of call_content, the columns whose texts may be built-in ones (shown in English in an English window)."""


@dataclass(frozen=True)
class RowColumn:
    header: str
    kind: str  # "key" (shown, not edited), "text", "weight" (a number) or "flag" (a check box)


class RowsEditor(QWidget):
    """Rows of a few columns, edited in place, added, removed and moved; `rows()` reads them back."""

    changed = Signal()

    def __init__(self, name: str, columns: Sequence[RowColumn],
                 new_row: Callable[[list[list[Cell]]], list[Cell]], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self._columns, self._new_row = list(columns), new_row
        self.table = QTableWidget(0, len(columns), objectName=f"{name}_table")
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        # Row heights follow the wrapped text at the columns' current widths: measured once before the dialog is
        # laid out, a stretched column's rows keep the height of a narrow one.
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = button(self.tr("行を追加"), f"{name}_add", self.add)
        self.remove_button = button(self.tr("削除"), f"{name}_remove", self.remove)
        self.up_button = button(self.tr("上へ"), f"{name}_up", lambda: self.shift(-1))
        self.down_button = button(self.tr("下へ"), f"{name}_down", lambda: self.shift(1))
        actions = QHBoxLayout()
        for widget in (self.add_button, self.up_button, self.down_button, self.remove_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.set_rows([])

    def rows(self) -> list[list[Cell]]:
        return [[self._cell(row, column) for column in range(len(self._columns))] for row in range(self.table.rowCount())]

    def set_rows(self, rows: Sequence[Sequence[Cell]], current: int = -1) -> None:
        self.table.blockSignals(True)  # a half-filled row is no content to report: `changed` once, at the end
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, (spec, value) in enumerate(zip(self._columns, values, strict=True)):
                self.table.setItem(row, column, _item(spec, value))
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        if current >= 0:
            self.table.setCurrentCell(current, 0)
        self._update_buttons()
        self.changed.emit()

    def add(self) -> None:
        rows = self.rows()
        rows.append(self._new_row(rows))
        self.set_rows(rows, len(rows) - 1)
        text_column = next((n for n, c in enumerate(self._columns) if c.kind == "text"), 0)
        self.table.editItem(self.table.item(len(rows) - 1, text_column))

    def remove(self) -> None:
        row, rows = self.table.currentRow(), self.rows()
        if row >= 0:
            del rows[row]
            self.set_rows(rows, min(row, len(rows) - 1))

    def shift(self, step: int) -> None:
        row, rows = self.table.currentRow(), self.rows()
        if row >= 0 and 0 <= row + step < len(rows):
            rows.insert(row + step, rows.pop(row))
            self.set_rows(rows, row + step)

    def _cell(self, row: int, column: int) -> Cell:
        item, kind = self.table.item(row, column), self._columns[column].kind
        if kind == "flag":
            return item.checkState() == Qt.CheckState.Checked
        if kind == "weight":
            return int(item.data(Qt.ItemDataRole.EditRole))
        return str(item.text())

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        chosen = self.tr("行を選んでください")
        enable(self.remove_button, row >= 0, chosen)
        enable(self.up_button, row > 0, chosen)
        enable(self.down_button, 0 <= row < count - 1, chosen)


def _item(spec: RowColumn, value: Cell) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if spec.kind == "flag":
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
    elif spec.kind == "weight":
        item.setData(Qt.ItemDataRole.EditRole, int(value))  # edited with a spin box
    else:
        item.setText(str(value))
        if spec.kind == "key":
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _next_key(prefix: str, rows: list[list[Cell]], taken: set[str]) -> str:
    """`prefix`N numbered after the highest such key the rows or the stored call use: a key whose question was
    removed keeps its answers and scores, which must never turn into a new question's."""
    numbers = [int(key[len(prefix):]) for key in {str(row[0]) for row in rows} | taken
               if key.startswith(prefix) and key[len(prefix):].isdecimal()]
    return f"{prefix}{max(numbers, default=0) + 1}"


def call_content(call: Call) -> dict[str, Any]:
    """What the dialog shows of `call`, as its crash draft holds it (JSON)."""
    return {"title": call.title, "deadline": call.deadline.isoformat(timespec="minutes") if call.deadline else None,
            "threshold": "" if call.threshold is None else str(call.threshold),
            "conditions": [[c.key, c.text] for c in call.conditions],
            "questions": [[q.key, q.text] for q in call.questions],
            "items": [[i.key, i.perspective, i.text, i.weight, i.bonus] for i in call.items]}


def call_base(call: Call) -> str:
    """A crash draft's `base`: the call as stored when the editing began (the same in either language)."""
    return fingerprint(call_content(call))


class CallDialog(QDialog):
    """`drafts`: the window's context, to keep a crash draft of the edits while they are unsaved (none without)."""

    edited = Signal()
    draft_name = "call"

    def __init__(self, db: Database, call: Call, parent: QWidget | None = None,
                 drafts: AppContext | None = None) -> None:
        super().__init__(parent, objectName="call_dialog")
        self.setWindowTitle(self.tr("募集を編集 — {0}").format(call.kind.label))
        self.db, self.before = db, call
        self.saved: Call | None = None
        self.title = QLineEdit(objectName="call_title")
        self.has_deadline = QCheckBox(self.tr("締切を設ける"), objectName="call_has_deadline")
        self.deadline = QDateTimeEdit(objectName="call_deadline", calendarPopup=True)
        self.deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.title)
        form.addRow(self.tr("締切（日本時間）"), deadline_row)
        self.threshold = QLineEdit(objectName="call_threshold")
        self.threshold.setPlaceholderText(self.tr("なし"))
        self.threshold.setToolTip(self.tr("合計がこの点に届かない応募者は「審査・順位」で基準未満と示します（判定は手で行います）"))
        self.threshold.setMaximumWidth(120)
        form.addRow(self.tr("合格基準（合計点）"), self.threshold)

        taken = calls.keys_in_use(db, call.id) if call.id is not None else set()
        self.conditions = RowsEditor("call_conditions", [RowColumn(self.tr("キー"), "key"),
                                                        RowColumn(self.tr("応募条件（応募者がチェックする項目）"), "text")],
                                     lambda rows: [_next_key("c", rows, taken), ""])
        self.questions = RowsEditor("call_questions", [RowColumn(self.tr("キー"), "key"),
                                                       RowColumn(self.tr("質問"), "text")],
                                    lambda rows: [_next_key("q", rows, taken), ""])
        self.items = RowsEditor("call_items", [RowColumn(self.tr("キー"), "key"), RowColumn(self.tr("観点"), "text"),
                                               RowColumn(self.tr("審査項目"), "text"), RowColumn(self.tr("重み"), "weight"),
                                               RowColumn(self.tr("加点項目"), "flag")],
                                lambda rows: [_next_key("i", rows, taken), "", "", 1, False])
        # A condition's key is for the data only (the form numbers conditions by their place): not shown.
        self.conditions.table.setColumnHidden(0, True)
        for editor, stretch in ((self.conditions, 1), (self.questions, 1), (self.items, 2)):
            editor.table.horizontalHeader().setSectionResizeMode(
                stretch, editor.table.horizontalHeader().ResizeMode.Stretch)
        items_tab = QWidget()
        items_layout = QVBoxLayout(items_tab)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items, 1)
        hint = QLabel(self.tr("各項目は4段階で採点します。合計は「重み × 平均」の和で、加点項目は重みを掛けて合計に足します。"
                              "重み0の項目は合計に入りません。キーは回答と評点の対応に使うため変わりません。"),
                      wordWrap=True)
        set_role(hint, "hint")
        items_layout.addWidget(hint)
        self.tabs = QTabWidget(objectName="call_tabs")
        self.tabs.addTab(self.conditions, self.tr("応募条件"))
        self.tabs.addTab(self.questions, self.tr("質問"))
        self.tabs.addTab(items_tab, self.tr("審査項目"))

        self.error = QLabel(objectName="call_error", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.error, "status")
        set_state(self.error, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.apply_draft(call_content(call))
        self._guard = DiscardGuard(self, self.call)
        self._open = True  # until closed: a dialog kept as its page's child holds no edits once closed
        for signal in (self.title.textChanged, self.threshold.textChanged, self.has_deadline.toggled,
                       self.deadline.dateTimeChanged, self.conditions.changed, self.questions.changed,
                       self.items.changed):
            signal.connect(self.edited)
        if drafts is not None:
            DraftKeeper(drafts, self)
        add_save_key(self, self.buttons.button(QDialogButtonBox.StandardButton.Save), self.has_unsaved, self.edited)

    # --- crash drafts (ui/unsaved.DraftEditor) -------------------------------------------------------------
    def has_unsaved(self) -> bool:
        return self._open and self._guard.changed()

    def save(self) -> bool:
        self.accept()
        return not self._open

    def discard(self) -> None:
        self.apply_draft(call_content(self.before))

    def unsaved_title(self) -> str:
        return self.tr("募集（{0}）").format(self.before.kind.label)

    def draft_record(self) -> int | None:
        return self.before.id

    def draft_base(self) -> str:
        return call_base(self.before)

    def draft_content(self) -> dict[str, Any]:
        """What the dialog shows, in call_content's shape: each built-in text shown in English and left as it is
        comes back as stored (domain/default_texts.as_stored)."""
        before = call_content(self.before)

        def stored(name: str, editor: RowsEditor) -> list[list[Cell]]:
            was = {row[0]: row for row in before[name]}
            return [[as_stored(str(value), str(was[row[0]][n]) if row[0] in was else "")
                     if n in TEXT_COLUMNS[name] else value for n, value in enumerate(row)] for row in editor.rows()]

        return {"title": as_stored(self.title.text(), self.before.title), "threshold": self.threshold.text(),
                "deadline": self.deadline.dateTime().toPython().isoformat(timespec="minutes")
                if self.has_deadline.isChecked() else None,
                "conditions": stored("conditions", self.conditions), "questions": stored("questions", self.questions),
                "items": stored("items", self.items)}

    def apply_draft(self, content: dict[str, Any]) -> None:
        """Show `content` (call_content's shape), each built-in text in the window's language."""
        def shown(name: str) -> list[list[Cell]]:
            return [[in_output_language(str(value)) if n in TEXT_COLUMNS[name] else value
                     for n, value in enumerate(row)] for row in content[name]]

        self.title.setText(in_output_language(content["title"]))
        deadline = content["deadline"]
        self.deadline.setDateTime(QDateTime(datetime.fromisoformat(deadline) if deadline else stored_now()))
        self.has_deadline.setChecked(deadline is not None)
        self.deadline.setEnabled(deadline is not None)
        self.threshold.setText(content["threshold"])
        self.conditions.set_rows(shown("conditions"))
        self.questions.set_rows(shown("questions"))
        self.items.set_rows(shown("items"))

    def done(self, result: int) -> None:
        self._open = False
        self.edited.emit()  # clean now: the crash draft goes
        super().done(result)

    def call(self) -> Call:
        """The call as the dialog shows it (checked by save_call); InputError when the threshold is no number,
        with the call's other problems (check_call's): all of them at once, not the threshold's alone."""
        content = self.draft_content()
        deadline = content["deadline"]
        call = replace(self.before, title=content["title"],
                       deadline=datetime.fromisoformat(deadline) if deadline else None,
                       conditions=tuple(Condition(str(key), str(text)) for key, text in content["conditions"]),
                       questions=tuple(Question(str(key), str(text)) for key, text in content["questions"]),
                       items=tuple(ScoringItem(str(key), str(text), str(perspective), int(weight), bool(bonus))
                                   for key, perspective, text, weight, bonus in content["items"]),
                       threshold=None)
        try:
            return replace(call, threshold=parse_threshold(content["threshold"]))
        except InputError as bad_threshold:
            check_call(call, str(bad_threshold))  # raises: the threshold's problem in its place among the others
            raise

    def accept(self) -> None:
        try:
            wanted = self.call()
            if wanted == self.before:
                super().accept()  # nothing to store, no undo step
                return
            self.saved = self._save(wanted)
        except InputError as exc:
            self.error.setText(not_saved(exc, moved_on=isinstance(exc, StaleRecord)))
            return
        if self.saved is not None:
            super().accept()

    def _save(self, wanted: Call) -> Call | None:
        """Save `wanted`; over someone else's newer version, what the user picks field by field in the records'
        conflict dialog, saved over theirs (which the undo step then goes back to); None when the user chose
        再読み込み: the dialog then shows the call as stored, to edit from there."""
        base = self.before
        while True:
            if wanted == base:  # all of theirs picked: nothing of this edit to store, no undo step
                self.before = base
                return base
            try:
                saved = calls.save_call(self.db, wanted, base=base)
            except StaleRecord as stale:
                conflict = ConflictDialog(stale, field_labels(), call_value_text, self)
                if conflict.exec() != QDialog.DialogCode.Accepted:
                    self._reload(stale.theirs)
                    return None
                wanted, base = conflict.merged(), stale.theirs
                continue
            self.before = base
            return saved

    def _reload(self, stored: Call) -> None:
        self.before = stored
        self.apply_draft(call_content(stored))
        self._guard.initial = self._guard.state()
        self.edited.emit()  # nothing unsaved now: the crash draft goes
        self.error.setText(self.tr("ほかの人が保存した内容を表示しています。ここから編集して保存できます。"))

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()


def call_value_text(name: str, value: Any, other: Any) -> str:
    """A call's field in the conflict dialog: a list by its number of rows and the rows the other side lacks."""
    if isinstance(value, tuple):
        return list_difference(value, other, _row_text)
    return plain_text(name, value)


def _row_text(row: Condition | Question | ScoringItem) -> str:
    text = in_output_language(row.text)
    text = text if len(text) <= ROW_TEXT else text[:ROW_TEXT - 1] + "…"
    if isinstance(row, ScoringItem):
        return QCoreApplication.translate("CallDialog", "{0}（重み{1}）").format(text, row.weight)
    return text


class CallChange(CheckedChange[Call]):
    """募集を編集… (written by the dialog when pushed); undo and redo move the whole call, each refused when
    someone changed it meanwhile."""

    def __init__(self, db: Database, before: Call, after: Call, text: str, changed: Callable[[], None],
                 refused: Refused) -> None:
        super().__init__(before, after, text, changed, refused, written=True)
        self._db = db

    def write(self, source: Call, target: Call) -> Call:
        return calls.save_call(self._db, target, base=source)
