"""資料 tab: each table's brief (purpose, questions, expected output), the self-introduction sheet fields,
and the exports (handouts PDF by part, event .ics, one .ics per talent, rotation .xlsx) run on the
JobRunner with progress and Cancel.

The briefs and sheet fields are held until 保存 (or an export, which saves first): the tab is an
unsaved-changes editor (ui/unsaved.py) with a crash draft. Each 保存 that changes them is one step on the
window's undo stack (編集 > 元に戻す); its undo and redo move the event's whole round-table setup, and are refused
when anything of it (tables, pins, plan, preferences) was changed meanwhile (meetup_setup_edit.replace_setup).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from colead_desktop.domain.default_texts import as_stored, in_output_language
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.meetup_docs import DEFAULT_SHEET_FIELDS
from colead_desktop.domain.progress import Progress
from colead_desktop.reports.meetup_pdf import HandoutPart
from colead_desktop.services import calendars
from colead_desktop.services import meetup_exports as exports
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.services.meetup_grid import Planning
from colead_desktop.services.drafts import fingerprint
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.file_dialogs import choose_folder, save_file
from colead_desktop.ui.jobs import show_failure
from colead_desktop.ui.output_language import OutputLanguageBox
from colead_desktop.ui.save_key import add_save_key
from colead_desktop.ui.undo import CheckedChange
from colead_desktop.ui.widgets import tell_cancellations


class _BriefsChange(CheckedChange[edits.SetupState]):
    """One 保存 of the briefs and sheet fields; redo and undo write the event's setup if nobody else changed it
    meanwhile."""

    def __init__(self, tab: DocsTab, event_id: int, before: edits.SetupState, after: edits.SetupState,
                 text: str) -> None:
        super().__init__(before, after, text, lambda: None, tab.refused)  # stored() shows what it wrote
        self.tab, self.event_id = tab, event_id

    def write(self, source: edits.SetupState, target: edits.SetupState) -> edits.SetupState:
        stored = edits.replace_setup(self.tab.db, self.event_id, source, target)
        self.tab.stored(self.event_id)
        return stored


def briefs_state(setup: setups.RoundSetup) -> dict[str, Any]:
    """What the tab edits, as JSON: a crash draft's content, and (fingerprinted) the base it was made on."""
    return {"tables": {t.name: {"room": t.room, "join_url": t.join_url, "purpose": t.purpose,
                                "questions": list(t.questions), "expected_output": t.expected_output}
                       for t in setup.tables},
            "sheet_fields": list(setup.sheet_fields)}


def shown_lines(texts: tuple[str, ...]) -> str:
    """Texts one a line, each built-in one in the window's language (domain/default_texts)."""
    return "\n".join(map(in_output_language, texts))


def stored_lines(typed: str, stored: tuple[str, ...]) -> tuple[str, ...]:
    """The non-blank lines of `typed` (shown by shown_lines(stored)), each as stored while its English shown is
    left as it is."""
    lines = [line.strip() for line in typed.splitlines() if line.strip()]
    return tuple(as_stored(line, stored[n] if n < len(stored) else "") for n, line in enumerate(lines))


class DocsTab(QWidget):
    edited = Signal()  # after each change of the briefs or of the dirty state (ui/unsaved.DraftEditor)
    draft_name = "docs"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("docs_tab")
        self.db = ctx.db
        self.undo_stack = ctx.undo_stack
        self._wrote = False  # whether the last step pushed by 保存 wrote
        self.event_id: int | None = None
        self.setup: setups.RoundSetup | None = None
        self.table_index = -1
        self.runner = ctx.runner
        self.settings = ctx.settings  # where the file dialogs start
        self.last_export: Any = None
        self.dirty = False
        self._base = ""  # fingerprint of the briefs as loaded
        self._filling = False  # the tab itself is filling the editors: not an edit
        layout = QHBoxLayout(self)

        brief_box = QGroupBox(self.tr("テーブル別の案内"))
        form = QFormLayout(brief_box)
        self.table_combo = QComboBox(objectName="docs_table")
        self.table_combo.currentIndexChanged.connect(self._table_chosen)
        form.addRow(self.tr("テーブル"), self.table_combo)
        self.room_edit = QLineEdit(objectName="docs_room")
        form.addRow(self.tr("ルーム"), self.room_edit)
        self.url_edit = QLineEdit(objectName="docs_url")
        form.addRow(self.tr("参加URL"), self.url_edit)
        self.purpose_edit = QPlainTextEdit(objectName="docs_purpose")
        self.purpose_edit.setMaximumHeight(70)
        form.addRow(self.tr("目的"), self.purpose_edit)
        self.questions_edit = QPlainTextEdit(objectName="docs_questions")
        self.questions_edit.setPlaceholderText(self.tr("1行に1問"))
        form.addRow(self.tr("問い"), self.questions_edit)
        self.expected_edit = QPlainTextEdit(objectName="docs_expected")
        self.expected_edit.setMaximumHeight(70)
        form.addRow(self.tr("期待する成果"), self.expected_edit)
        self.fields_edit = QPlainTextEdit(objectName="docs_sheet_fields")
        self.fields_edit.setPlaceholderText(self.tr("1行に1項目"))
        form.addRow(self.tr("自己紹介シートの項目"), self.fields_edit)
        defaults = QPushButton(self.tr("既定の項目に戻す"), objectName="docs_sheet_defaults")
        defaults.setToolTip(self.tr("Co-LEADの選考で使う人材情報の項目（2021年の様式は残っていません）"))
        defaults.clicked.connect(lambda: self.fields_edit.setPlainText(shown_lines(DEFAULT_SHEET_FIELDS)))
        form.addRow("", defaults)
        save = QPushButton(self.tr("保存"), objectName="docs_save")
        save.clicked.connect(self.save)
        add_save_key(self, save, self.has_unsaved, self.edited)
        form.addRow("", save)
        layout.addWidget(brief_box, 2)

        export_box = QGroupBox(self.tr("書き出し"))
        side = QVBoxLayout(export_box)
        side.addWidget(QLabel(self.tr("配布資料PDFに含めるもの")))
        self.part_boxes: dict[HandoutPart, QCheckBox] = {}
        for part in HandoutPart:
            box = QCheckBox(part.label, objectName=f"part_{part.value}")
            box.setChecked(True)
            side.addWidget(box)
            self.part_boxes[part] = box
        self.output_language = OutputLanguageBox()
        side.addWidget(self.output_language)
        for name, text, slot in (("export_pdf", self.tr("配布資料PDF…"), self.ask_handouts),
                                 ("export_ics", self.tr("イベントのカレンダー (.ics)…"), self.ask_event_ics),
                                 ("export_talent_ics", self.tr("人材別カレンダー（フォルダ）…"), self.ask_talent_ics),
                                 ("export_xlsx", self.tr("ローテーション表 (.xlsx)…"), self.ask_rotation)):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            side.addWidget(button)
        self.saved_label = QLabel(objectName="docs_status")
        self.saved_label.setWordWrap(True)
        side.addWidget(self.saved_label)
        side.addStretch(1)
        layout.addWidget(export_box, 1)
        for line in (self.room_edit, self.url_edit):
            line.textEdited.connect(lambda _text: self._changed())
        for text in (self.purpose_edit, self.questions_edit, self.expected_edit, self.fields_edit):
            text.textChanged.connect(self._changed)

    # --- briefs -----------------------------------------------------------------------------------------
    def load(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.setup = setups.load_setup(self.db, event_id) if event_id is not None else None
        self.table_index = -1
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for table in self.setup.tables if self.setup else ():
            self.table_combo.addItem(table.name)
        self.table_combo.blockSignals(False)
        fields = self.setup.sheet_fields if self.setup else ()
        self._filling = True
        self.fields_edit.setPlainText(shown_lines(fields))
        self._filling = False
        self.setEnabled(self.setup is not None)
        self._table_chosen(0 if self.setup and self.setup.tables else -1)
        self._base = fingerprint(briefs_state(self.setup)) if self.setup else ""
        self._set_dirty(False)

    def _store_current(self) -> None:
        if self.setup is None or not 0 <= self.table_index < len(self.setup.tables):
            return
        tables = list(self.setup.tables)
        was = tables[self.table_index]
        # a built-in text shown in English and left as it is stays as stored (domain/default_texts)
        tables[self.table_index] = replace(
            was, room=as_stored(self.room_edit.text(), was.room), join_url=self.url_edit.text(),
            purpose=as_stored(self.purpose_edit.toPlainText().strip(), was.purpose),
            questions=stored_lines(self.questions_edit.toPlainText(), was.questions),
            expected_output=as_stored(self.expected_edit.toPlainText().strip(), was.expected_output))
        fields = stored_lines(self.fields_edit.toPlainText(), self.setup.sheet_fields)
        self.setup = replace(self.setup, tables=tuple(tables), sheet_fields=fields)

    def _table_chosen(self, index: int) -> None:
        self._store_current()
        self.table_index = index
        table = self.setup.tables[index] if self.setup and 0 <= index < len(self.setup.tables) else None
        self._filling = True
        self.room_edit.setText(in_output_language(table.room) if table else "")
        self.url_edit.setText(table.join_url if table else "")
        self.purpose_edit.setPlainText(in_output_language(table.purpose) if table else "")
        self.questions_edit.setPlainText(shown_lines(table.questions) if table else "")
        self.expected_edit.setPlainText(in_output_language(table.expected_output) if table else "")
        self._filling = False

    # --- unsaved changes (ui/unsaved.py) ------------------------------------------------------------
    def _changed(self) -> None:
        if not self._filling and self.setup is not None:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.saved_label.setText(self.tr("未保存の変更があります") if dirty else "")
        self.edited.emit()

    def has_unsaved(self) -> bool:
        return self.dirty and self.setup is not None

    def discard(self) -> None:
        self.load(self.event_id)

    def unsaved_title(self) -> str:
        return self.tr("テーブル別の案内・自己紹介シートの項目")

    def draft_record(self) -> int | None:
        return self.event_id

    def draft_base(self) -> str:
        return self._base

    def draft_content(self) -> dict[str, Any]:
        self._store_current()
        assert self.setup is not None
        return briefs_state(self.setup)

    def apply_draft(self, content: dict[str, Any]) -> None:
        """The draft's briefs over the tables of that name (a table renamed or removed since keeps its own)."""
        assert self.setup is not None
        briefs = content["tables"]
        tables = tuple(replace(t, room=str(b["room"]), join_url=str(b["join_url"]), purpose=str(b["purpose"]),
                               questions=tuple(str(q) for q in b["questions"]),
                               expected_output=str(b["expected_output"])) if (b := briefs.get(t.name)) else t
                       for t in self.setup.tables)
        self.setup = replace(self.setup, tables=tables, sheet_fields=tuple(str(f) for f in content["sheet_fields"]))
        self._filling = True
        self.fields_edit.setPlainText(shown_lines(self.setup.sheet_fields))
        self._filling = False
        self.table_index = -1  # show the draft's text for the table on show, without storing the editors over it
        self._table_chosen(max(0, self.table_combo.currentIndex()) if tables else -1)
        self._set_dirty(True)

    def save(self) -> bool:
        """Save the briefs and sheet fields over the latest setup (the grid's pins and plan are untouched)."""
        if self.event_id is None or self.setup is None:
            return False
        self._store_current()
        latest = setups.load_setup(self.db, self.event_id) or self.setup
        edited = {t.name: t for t in self.setup.tables}
        tables = tuple(replace(t, room=e.room, join_url=e.join_url, purpose=e.purpose, questions=e.questions,
                               expected_output=e.expected_output) if (e := edited.get(t.name)) else t
                       for t in latest.tables)
        merged = replace(latest, tables=tables, sheet_fields=self.setup.sheet_fields)
        try:
            before = edits.setup_state(self.db, self.event_id)
        except InputError as exc:  # the round tables were taken away meanwhile
            QMessageBox.warning(self, self.tr("保存できません"), str(exc))
            return False
        if before.planning.setup == merged:  # nothing new: no step
            self.stored(self.event_id)
            return True
        self._wrote = False
        after = replace(before, planning=Planning(merged, before.planning.plan))
        self.undo_stack.push(_BriefsChange(self, self.event_id, before, after, self.tr("テーブル別の案内を保存")))
        return self._wrote

    def stored(self, event_id: int) -> None:
        """A step wrote the event's briefs: shown as stored if the tab shows that event."""
        self._wrote = True
        if event_id == self.event_id:
            self.load(event_id)
            self.saved_label.setText(self.tr("保存しました"))

    def refused(self, title: str, message: str) -> None:
        """A step met a setup changed elsewhere (or invalid briefs): nothing written; say why. Edits on screen
        stay; without any, the briefs are shown as stored now."""
        if not self.has_unsaved():
            self.load(self.event_id)
        QMessageBox.warning(self, title, message)

    # --- exports ----------------------------------------------------------------------------------------
    def parts(self) -> list[HandoutPart]:
        return [part for part, box in self.part_boxes.items() if box.isChecked()]

    def _run(self, label: str, work: Callable[[Progress], Any]) -> None:
        if not self.save():
            return

        def done(result: Any) -> None:
            if isinstance(result, calendars.CalendarsWritten):  # the talents' calendars: how many, how many cancel
                self.last_export = result.labels
                self.saved_label.setText(result.summary())
                if result.cancelled:  # and where the cancellations went: to be sent to the people who left
                    tell_cancellations(self, self.tr("人材別カレンダー"), result.summary(), result.cancellations())
                return
            self.last_export = result
            self.saved_label.setText(self.tr("書き出しました: {0}").format(result))

        cancelled = self.tr("書き出しを取り消しました")
        self.runner.submit(self, label, self.output_language.wrap(work), done, show_failure(
            self, self.tr("書き出しできません"), lambda: self.saved_label.setText(cancelled)))

    def export_handouts(self, target: Path) -> None:
        db, event_id, parts = self.db, self.event_id, self.parts()
        assert event_id is not None
        self._run(self.tr("配布資料PDFを作成しています…"),
                  lambda progress: exports.export_handouts(db, event_id, Path(target), parts, progress))

    def export_event_ics(self, target: Path) -> None:
        db, event_id = self.db, self.event_id
        assert event_id is not None
        self._run(self.tr("カレンダーを書き出しています…"),
                  lambda progress: calendars.export_event_ics(db, event_id, Path(target), progress))

    def export_talent_ics(self, folder: Path) -> None:
        db, event_id = self.db, self.event_id
        assert event_id is not None
        self._run(self.tr("人材別カレンダーを書き出しています…"),
                  lambda progress: calendars.export_talent_ics(db, event_id, Path(folder), progress))

    def export_rotation(self, target: Path) -> None:
        db, event_id = self.db, self.event_id
        assert event_id is not None
        self._run(self.tr("ローテーション表を書き出しています…"),
                  lambda progress: exports.export_rotation(db, event_id, Path(target), progress))

    def _ask(self, title: str, name: str, pattern: str) -> Path | None:
        return save_file(self, self.settings, title, name, pattern)

    def ask_handouts(self) -> None:
        if self.event_id is not None and not self.parts():  # refused before the file dialog: nothing to write
            QMessageBox.information(self, self.tr("配布資料PDF"), self.tr("配布資料に含めるものを1つ以上選んでください。"))
            return
        if self.event_id is not None and (path := self._ask(self.tr("配布資料PDFの保存"), "meetup_handouts.pdf",
                                                            self.tr("PDF (*.pdf)"))):
            self.export_handouts(path)

    def ask_event_ics(self) -> None:
        if self.event_id is not None and (path := self._ask(self.tr("カレンダーの保存"), f"event-{self.event_id}.ics",
                                                            self.tr("iCalendar (*.ics)"))):
            self.export_event_ics(path)

    def ask_talent_ics(self) -> None:
        if self.event_id is not None and (folder := choose_folder(
                self, self.settings, "ics", self.tr("人材別カレンダーの保存先フォルダ"))):
            self.export_talent_ics(folder)

    def ask_rotation(self) -> None:
        if self.event_id is not None and (path := self._ask(self.tr("ローテーション表の保存"), "meetup_rotation.xlsx",
                                                            self.tr("Excel ブック (*.xlsx)"))):
            self.export_rotation(path)
