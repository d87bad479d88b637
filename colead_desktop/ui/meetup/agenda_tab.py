"""アジェンダ tab: an ordered, editable list of blocks with computed start times and live findings.

Start times are never typed: they follow from the event start and the lengths (domain.agenda).
Edits stay in the tab until 保存 (an unsaved-changes editor with a crash draft, ui/unsaved.py); each save is
one step on the window's undo stack (編集 > 元に戻す), whose undo and redo write the agenda only if it is still
as the step left it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMenu, QMessageBox, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from colead_desktop.domain.agenda import Agenda, AgendaBlock, BlockKind, findings, schedule
from colead_desktop.domain.default_texts import as_stored, in_output_language
from colead_desktop.domain.errors import InputError
from colead_desktop.services import meetup as service
from colead_desktop.services.drafts import fingerprint
from colead_desktop.ui import palette
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.style import set_state
from colead_desktop.ui.save_key import add_save_key
from colead_desktop.ui.undo import CheckedChange

COL_START, COL_TITLE, COL_KIND, COL_MIN, COL_OWNER, COL_ROOM, COL_URL = range(7)


class _AgendaChange(CheckedChange[service.AgendaContent]):
    """One saved agenda; redo and undo write the event's agenda if nobody else saved it meanwhile."""

    def __init__(self, tab: AgendaTab, event_id: int, before: service.AgendaContent,
                 after: service.AgendaContent, text: str) -> None:
        super().__init__(before, after, text, lambda: None, tab.refused)  # store() shows what it wrote
        self.tab, self.event_id = tab, event_id

    def write(self, source: service.AgendaContent, target: service.AgendaContent) -> service.AgendaContent:
        return self.tab.store(self.event_id, source, target)


def agenda_state(agenda: Agenda) -> dict[str, Any]:
    """What the tab edits, as JSON: a crash draft's content, and (fingerprinted) the base a draft was made on."""
    return {"tool": agenda.place, "join_url": agenda.join_url,
            "blocks": [[b.title, BlockKind(b.kind).value, b.minutes, b.owner, b.room, b.join_url]
                       for b in agenda.blocks]}


class AgendaTab(QWidget):
    saved = Signal()
    edited = Signal()  # after each change of the content or of the dirty state (ui/unsaved.DraftEditor)
    draft_name = "agenda"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_tab")
        self.db = ctx.db
        self.undo_stack = ctx.undo_stack
        self.event_id: int | None = None
        self.agenda: Agenda | None = None
        self.dirty = False
        self._base = ""  # fingerprint of the agenda as loaded: a crash draft says what it was made on
        self._filling = False
        self._wrote = False
        """Whether the last undo step pushed by 保存 wrote (it is refused when the agenda changed meanwhile)."""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("ツール")))
        self.tool_edit = QLineEdit(objectName="agenda_tool")
        self.tool_edit.setMaximumWidth(200)
        top.addWidget(self.tool_edit)
        top.addWidget(QLabel(self.tr("参加URL")))
        self.url_edit = QLineEdit(objectName="agenda_join_url")
        top.addWidget(self.url_edit, 1)
        self.window_label = QLabel()
        top.addWidget(self.window_label)
        layout.addLayout(top)
        for edit in (self.tool_edit, self.url_edit):
            edit.textEdited.connect(lambda _t: self._mark_dirty())
            edit.textEdited.connect(lambda _t: self._refresh_times())  # the check reads the typed tool and link

        self.table = QTableWidget(0, 7, objectName="agenda_table")
        self.table.setHorizontalHeaderLabels([self.tr("開始"), self.tr("内容"), self.tr("種類"), self.tr("分"),
                                              self.tr("担当"), self.tr("ルーム"), self.tr("URL")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_START, 100), (COL_KIND, 150), (COL_MIN, 70), (COL_OWNER, 150), (COL_ROOM, 110),
                           (COL_URL, 220)):
            self.table.setColumnWidth(col, width)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        for name, text, slot in (("agenda_add", self.tr("追加"), self.add_block),
                                 ("agenda_remove", self.tr("削除"), self.remove_block),
                                 ("agenda_up", self.tr("上へ"), lambda: self.move_block(-1)),
                                 ("agenda_down", self.tr("下へ"), lambda: self.move_block(1))):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addSpacing(20)
        # one button with a menu: a button per template made the tab (and so the window) wider than a laptop screen
        self.template_button = QPushButton(self.tr("テンプレートから…"), objectName="agenda_templates")
        self.template_button.setToolTip(self.tr("ブロックをテンプレートの内容に置き換えます（保存するまでデータベースは変わりません）"))
        templates = QMenu(self.template_button)
        for name in service.TEMPLATES:
            action = templates.addAction(service.template_label(name))
            action.setObjectName(f"template_{name}")
            action.triggered.connect(lambda _c=False, n=name: self.apply_template(n))
        self.template_button.setMenu(templates)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        self.dirty_label = QLabel()
        set_state(self.dirty_label, "warning")
        buttons.addWidget(self.dirty_label)
        self.save_button = QPushButton(self.tr("保存"), objectName="agenda_save")
        self.save_button.clicked.connect(self.save)
        add_save_key(self, self.save_button, self.has_unsaved, self.edited)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        layout.addWidget(QLabel(self.tr("チェック")))
        self.findings_list = QListWidget(objectName="agenda_findings")
        self.findings_list.setMaximumHeight(90)
        layout.addWidget(self.findings_list)

    # --- loading and the model ---------------------------------------------------------------------
    def load(self, event_id: int | None) -> None:
        self.event_id = event_id
        if event_id is None:
            self.agenda = None
            self.table.setRowCount(0)
            self._set_dirty(False)
            return
        self.agenda = service.load_agenda(self.db, event_id)
        self._base = fingerprint(agenda_state(self.agenda))
        self.tool_edit.setText(self.agenda.place)  # the event's online tool
        self.url_edit.setText(self.agenda.join_url)
        self._fill()
        self._set_dirty(False)

    def blocks(self) -> tuple[AgendaBlock, ...]:
        return self.agenda.blocks if self.agenda else ()

    def _set_blocks(self, blocks: tuple[AgendaBlock, ...], select: int | None = None) -> None:
        assert self.agenda is not None
        self.agenda = replace(self.agenda, blocks=blocks)
        self._fill()
        if select is not None and 0 <= select < len(blocks):
            self.table.selectRow(select)
        self._mark_dirty()

    def _fill(self) -> None:
        self._filling = True
        blocks = self.blocks()
        self.table.setRowCount(len(blocks))
        for row, block in enumerate(blocks):
            start = QTableWidgetItem()
            start.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, COL_START, start)
            # a template's item, owner or room in English in an English window (as_stored reads it back)
            for col, value in ((COL_TITLE, in_output_language(block.title)), (COL_OWNER, in_output_language(block.owner)),
                               (COL_ROOM, in_output_language(block.room)), (COL_URL, block.join_url)):
                self.table.setItem(row, col, QTableWidgetItem(value))
            kind = QComboBox()
            for k in BlockKind:
                kind.addItem(k.label, k.value)
            kind.setCurrentIndex(list(BlockKind).index(BlockKind(block.kind)))
            kind.currentIndexChanged.connect(lambda _i, r=row: self._widget_changed(r))
            self.table.setCellWidget(row, COL_KIND, kind)
            minutes = QSpinBox()
            minutes.setRange(0, 600)
            minutes.setSingleStep(5)
            minutes.setValue(block.minutes)
            minutes.valueChanged.connect(lambda _v, r=row: self._widget_changed(r))
            self.table.setCellWidget(row, COL_MIN, minutes)
        self._filling = False
        self._refresh_times()

    def _row_block(self, row: int) -> AgendaBlock:
        def text(col: int) -> str:
            item = self.table.item(row, col)
            return item.text() if item else ""

        was = self.blocks()[row]
        kind = self.table.cellWidget(row, COL_KIND)
        minutes = self.table.cellWidget(row, COL_MIN)
        return AgendaBlock(as_stored(text(COL_TITLE), was.title), BlockKind(kind.currentData()), minutes.value(),
                           as_stored(text(COL_OWNER), was.owner), as_stored(text(COL_ROOM), was.room), text(COL_URL))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() != COL_START:
            self._widget_changed(item.row())

    def _widget_changed(self, row: int) -> None:
        if self._filling or self.agenda is None:
            return
        blocks = list(self.blocks())
        blocks[row] = self._row_block(row)
        self.agenda = replace(self.agenda, blocks=tuple(blocks))
        self._refresh_times()
        self._mark_dirty()

    def _refresh_times(self) -> None:
        if self.agenda is None:
            return
        self._filling = True
        end = self.agenda.end
        for row, timed in enumerate(schedule(self.agenda)):
            item = self.table.item(row, COL_START)
            if item is None:
                continue
            item.setText(f"{timed.start:%H:%M}–{timed.end:%H:%M}")
            late = timed.end.replace(tzinfo=None) > end.replace(tzinfo=None)
            item.setForeground(QBrush(QColor(palette.ERROR_TEXT if late else palette.NOTE_TEXT)))
            item.setToolTip(self.tr("終了予定を超えています") if late else "")
        self._filling = False
        self.window_label.setText(self.tr("枠 {0}〜{1}").format(f"{self.agenda.start:%Y-%m-%d %H:%M}",
                                                               f"{self.agenda.end:%H:%M}"))
        self.findings_list.clear()
        for finding in findings(replace(self.agenda, place=self.tool_edit.text(), join_url=self.url_edit.text())):
            item = QListWidgetItem(finding.message, self.findings_list)
            item.setForeground(QBrush(QColor(palette.AGENDA_SEVERITY[finding.severity])))
            item.setData(Qt.ItemDataRole.UserRole, finding.severity.value)

    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.dirty_label.setText(self.tr("未保存の変更があります") if dirty else "")
        self.edited.emit()

    # --- unsaved changes (ui/unsaved.py) ------------------------------------------------------------
    def has_unsaved(self) -> bool:
        return self.dirty and self.agenda is not None

    def discard(self) -> None:
        self.load(self.event_id)

    def unsaved_title(self) -> str:
        return self.tr("アジェンダ（{0}）").format(self.agenda.title if self.agenda else "")

    def draft_record(self) -> int | None:
        return self.event_id

    def draft_base(self) -> str:
        return self._base

    def draft_content(self) -> dict[str, Any]:
        assert self.agenda is not None
        return agenda_state(replace(self.agenda, place=self.tool_edit.text(), join_url=self.url_edit.text()))

    def apply_draft(self, content: dict[str, Any]) -> None:
        assert self.agenda is not None
        blocks = tuple(AgendaBlock(str(title), BlockKind(kind), int(minutes), str(owner), str(room), str(url))
                       for title, kind, minutes, owner, room, url in content["blocks"])
        self.tool_edit.setText(str(content["tool"]))
        self.url_edit.setText(str(content["join_url"]))
        self._set_blocks(blocks)

    # --- commands --------------------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.table.currentRow()

    def add_block(self) -> None:
        if self.agenda is None:
            return
        row = self.current_row()
        at = row + 1 if row >= 0 else len(self.blocks())
        blocks = list(self.blocks())
        blocks.insert(at, AgendaBlock(self.tr("新しいブロック"), BlockKind.OTHER, 10))
        self._set_blocks(tuple(blocks), at)

    def remove_block(self) -> None:
        row = self.current_row()
        if self.agenda is None or row < 0:
            return
        blocks = list(self.blocks())
        del blocks[row]
        self._set_blocks(tuple(blocks), min(row, len(blocks) - 1))

    def move_block(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if self.agenda is None or row < 0 or not 0 <= target < len(self.blocks()):
            return
        blocks = list(self.blocks())
        blocks[row], blocks[target] = blocks[target], blocks[row]
        self._set_blocks(tuple(blocks), target)

    def apply_template(self, name: str) -> None:
        if self.event_id is None:
            return
        self._set_blocks(service.template_blocks(self.db, self.event_id, name), 0)

    def save(self) -> bool:
        """Save the shown agenda as one undo step; whether it was saved."""
        if self.event_id is None or self.agenda is None:
            return False
        try:
            service.check_blocks(self.blocks())
        except InputError as exc:
            QMessageBox.warning(self, self.tr("保存できません"), str(exc))
            return False
        # over the agenda as stored now: saving overwrites another window's save, as a save always has; the
        # step's undo and redo then check that nobody saved over it since
        before = service.agenda_content(self.db, self.event_id)
        after = service.AgendaContent(self.blocks(), self.tool_edit.text(), self.url_edit.text()).as_stored()
        if after == before:  # nothing to save: no empty step in the history
            self._set_dirty(False)
            return True
        self._wrote = False
        self.undo_stack.push(_AgendaChange(self, self.event_id, before, after,
                                           self.tr("アジェンダを保存（{0}）").format(self.agenda.title)))
        return self._wrote

    def store(self, event_id: int, expected: service.AgendaContent,
              wanted: service.AgendaContent) -> service.AgendaContent:
        """Save `wanted` over `expected` and show it if the tab shows that event (the undo steps); as stored."""
        stored = service.replace_agenda(self.db, event_id, expected, wanted)
        self._wrote = True
        if event_id == self.event_id:
            self.load(event_id)
        self.saved.emit()
        return stored

    def refused(self, title: str, message: str) -> None:
        """An undo or redo met an agenda saved elsewhere: show it as stored now, then say why."""
        self.load(self.event_id)
        QMessageBox.warning(self, title, message)
