"""A list page for one record kind: search, filter, sortable columns, add/edit/delete with undo.

A delete first asks services/delete_guard.what_keeps and, when something keeps the record, says so in the
service's words before any 「削除しますか？」. A talent with payment records, statements, matching pairs or a place
in a tour's party is archived instead: the refusal offers アーカイブ; archived talents show only with
「アーカイブを表示」, greyed and marked. A delete of several rows is one transaction (ui/undo.RecordsDelete): all of
them go, or none; its refusal lists the rows it refused a line each, at most MAX_SHOWN_PROBLEMS (domain/errors),
the whole refusals in the box's 詳細, so that the box stays within the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QStyle, QStyleOptionComboBox, QTableView, QVBoxLayout,
                               QWidget)

from colead_desktop.domain.conflicts import StaleRecord
from colead_desktop.domain.errors import shown_problems
from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.roster import ROSTER_KINDS  # the kinds 名簿の取り込み… reads
from colead_desktop.services.lookups import Lookups, load_lookups
from colead_desktop.domain.team import area_of
from colead_desktop.services.delete_guard import Keeps, record_name, what_keeps
from colead_desktop.services.records import list_records, table_of
from colead_desktop.settings import ListView
from colead_desktop.ui.column_widths import fit_columns
from colead_desktop.ui.conflict_dialog import ConflictDialog, plain_text
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.empty_state import EmptyState
from colead_desktop.ui.forms import form_labels
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.pages.record_kinds import RecordKind
from colead_desktop.ui import shortcuts
from colead_desktop.ui.record_dialog import edit_record
from colead_desktop.ui.shortcuts import RecordList
from colead_desktop.ui.table_model import RecordTableModel, Rows, prepare
from colead_desktop.ui.undo import ArchiveChange, RecordChange, RecordsDelete
from colead_desktop.ui.widgets import enable

# The pick lists of a page shown on a database without a programme: empty (the page lists nothing then).
_NO_LOOKUPS = Lookups(0, "", {}, {}, {})


@dataclass(frozen=True)
class _Listed:
    """What a visit reads off the GUI thread: the pick lists and the rows, their cells made."""
    lookups: Lookups
    rows: Rows


class RecordsPage(QWidget):
    def __init__(self, kind: RecordKind, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.ctx, self.db, self.undo_stack = kind, ctx, ctx.db, ctx.undo_stack
        self.setObjectName(f"{kind.key}_page")
        self.lookups = _NO_LOOKUPS  # the programme's, once the first visit has read them
        self.model = RecordTableModel(kind.columns(self.lookups))

        title = QLabel(f"<h2>{kind.title}</h2>")
        self.search = QLineEdit(placeholderText=self.tr("検索（全項目）"), clearButtonEnabled=True)
        self.search.setObjectName("search_edit")
        self.search.textChanged.connect(lambda _text: self._apply_filter())
        self.filter_combo = QComboBox(objectName="filter_combo")
        self.filter_combo.setVisible(bool(kind.filter_label))
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.filter_combo.currentTextChanged.connect(lambda _text: self._fit_filter())
        self.count_label = QLabel(objectName="count_label")
        add = QPushButton(self.tr("追加…"), objectName="add_button")
        edit = QPushButton(self.tr("編集…"), objectName="edit_button")
        remove = QPushButton(self.tr("削除"), objectName="delete_button")
        for button, key in ((add, "add"), (edit, "open"), (remove, "delete")):
            button.setToolTip(shortcuts.tooltip(key))
        self.search.setToolTip(shortcuts.tooltip("find"))
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit_selected)
        remove.clicked.connect(self.delete_selected)
        # a kind archived instead of deleted: archived records show only when asked for, and can be restored
        self.show_archived = QCheckBox(self.tr("アーカイブを表示"), objectName="show_archived")
        self.show_archived.toggled.connect(lambda _checked: self._apply_filter())
        self.unarchive_button = QPushButton(self.tr("アーカイブ解除"), objectName="unarchive_button")
        self.unarchive_button.clicked.connect(self.unarchive_selected)
        for archive_control in (self.show_archived, self.unarchive_button):
            archive_control.setVisible(kind.is_archived is not None)
        # 編集… stays: it opens the record to read, and a refused save says why
        ctx.guard(area_of(table_of(kind.record_type)), add, remove, self.unarchive_button)

        self.table = QTableView(objectName="records_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # the sort and the column widths the user last chose on this kind of list, kept across restarts
        remembered = ctx.settings.list_view(kind.key) or ListView(0, False, ())
        self._widths = remembered.widths  # empty until the user drags a column edge: then widths fit the rows
        self._refusal_shown = False  # a save just refused (_refused): the form opens again with the edit
        # the records the next fill selects: those last selected before the app was closed (all of a selection of
        # several), then those an add, edit, undo or redo left stored (review 14c item 11)
        self._select_next: list[int | None] = list(ctx.settings.selected_records(kind.key))
        self._fitting = False
        self.table.sortByColumn(remembered.sort_column, Qt.SortOrder.DescendingOrder if remembered.descending
                                else Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # delete several at once
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # column widths from the rows on screen only, never from all 10,000 (issue 15); Qt measures every row of
        # a table not on screen, so a hidden page measures when it is next shown
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self._widths_pending = False
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._remember_view())
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter_combo, 1)
        bar.addWidget(self.show_archived)
        bar.addStretch()
        for button in (add, edit, remove, self.unarchive_button):
            bar.addWidget(button)
        self.empty = EmptyState(kind.key)
        # without a programme there is nothing to list or add: only the empty state shows
        self.content = QWidget(objectName="records_content")
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(bar)
        content.addWidget(self.table)
        content.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)
        layout.addStretch()  # no stretch factor: it takes the space only while the content is hidden
        self._set_filter(now=False)  # the reads select the rows as the page shows them: archived ones hidden
        self.load = PageLoad(self, ctx, self._reader, self._show)
        self.reload()

    def current_list(self) -> RecordList | None:
        """What the list keys act on (ui/shortcuts.py): this list, when there is a programme to list."""
        if self.ctx.programme_id is None:
            return None
        return RecordList(self.table, self.add, self.edit_selected, self.delete_selected, self.search)

    def _programme(self) -> int:
        # Only reached from the list and its buttons, which are hidden on a database without a programme.
        assert self.ctx.programme_id is not None
        return self.ctx.programme_id

    def reload(self) -> None:
        self.content.setVisible(self.ctx.programme_id is not None)
        if self.ctx.programme_id is None:
            self.empty.no_programme(self.ctx)
            return
        self.load.start()

    def _reader(self) -> Callable[[], _Listed]:
        """The read, for the worker, of the pick lists and the records, every cell's text computed (the kind's
        columns translate through QCoreApplication, which any thread may call)."""
        db, kind, programme_id, selection = self.db, self.kind, self._programme(), self.model.selection()

        def read() -> _Listed:
            lookups = load_lookups(db, programme_id)
            records: list[Any] = list_records(db, kind.record_type, programme_id)
            archived = kind.is_archived
            muted = None if archived is None else lambda record: archived(record, lookups)
            return _Listed(lookups, prepare(records, kind.columns(lookups), muted, selection))

        return read

    def _show(self, listed: _Listed) -> None:
        self.lookups = listed.lookups
        selected = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("{0}: すべて").format(self.kind.filter_label), None)
        for label, value in self.kind.filter_options(self.lookups):
            self.filter_combo.addItem(f"{self.kind.filter_label}: {label}", value)
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(selected), 0))
        self.filter_combo.blockSignals(False)
        self._fit_filter()
        # kept across the reload (another user's save reloads the page)
        wanted = self._select_next or [record.id for record in self.selected_records()]
        self._select_next = []
        if self.filter_combo.currentData() != selected:  # the value filtered by is gone from the new pick list
            self._set_filter(now=False)  # the rows are selected once, as they are set
        self.model.set_prepared(listed.rows)  # selected by the read, unless the filter or sort changed meanwhile
        self._fit_columns()
        self._show_count()
        self._show_empty_state()
        self.select_ids(wanted)

    def _fit_columns(self) -> None:
        self._widths_pending = not self.table.isVisible()
        if self._widths_pending:
            return
        self._fitting = True
        if len(self._widths) == self.model.columnCount():
            for column, width in enumerate(self._widths):
                self.table.setColumnWidth(column, width)
        else:
            fit_columns(self.table)  # Qt's own fit asks each cell in view a dozen roles: 15-25 ms at 24 columns
        self._fitting = False

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        """The user dragged a column edge: keep every width. Fitting and the last column's stretch are not the user."""
        header = self.table.horizontalHeader()
        if self._fitting or column == header.count() - 1:
            return
        self._widths = tuple(header.sectionSize(c) for c in range(header.count()))
        self._remember_view()

    def _remember_view(self) -> None:
        header = self.table.horizontalHeader()
        self.ctx.settings.set_list_view(self.kind.key, ListView(
            header.sortIndicatorSection(), header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder, self._widths))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._widths_pending:
            self._fit_columns()

    def _show_empty_state(self) -> None:
        if self.model.total() == 0:
            actions = [(self.tr("追加…"), "empty_add", self.add)]
            if self.kind.key in ROSTER_KINDS:
                actions.append((self.tr("名簿の取り込み…"), "empty_import", lambda: self.ctx.request("import_roster")))
            self.empty.show_state(self.tr("{0}はまだ登録されていません。「追加…」で1件ずつ登録できます。").format(self.kind.title)
                                  + (self.tr("名簿（.xlsx / .csv）からまとめて取り込むこともできます。")
                                     if self.kind.key in ROSTER_KINDS else ""), actions)
        else:
            self.empty.hide()

    def _archived(self, record: Any) -> bool:
        return self.kind.is_archived is not None and self.kind.is_archived(record, self.lookups)

    def _fit_filter(self) -> None:
        """At least as wide as the choice it shows: the search's stretch squeezed it to 「スキルタイプ: す…」
        (review 14c item 14). Not as wide as its longest choice, which would squeeze the search instead."""
        combo = self.filter_combo
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        text = QSize(combo.fontMetrics().horizontalAdvance(combo.currentText()), combo.fontMetrics().height())
        combo.setMinimumWidth(combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width())

    def _apply_filter(self) -> None:
        self._set_filter(now=True)
        self._show_count()

    def _set_filter(self, now: bool) -> None:
        """The search, the filter choice and the archived records hidden (greyed rows: the model's muted)."""
        value, kind = self.filter_combo.currentData(), self.kind
        matches = None if value is None else lambda record: kind.filter_matches(record, value)
        self.model.set_filter(self.search.text(), matches, hide_muted=not self.show_archived.isChecked(), now=now)

    def _show_count(self) -> None:
        count = self.tr("{0} 件中 {1} 件を表示").format(self.model.total(), self.model.rowCount())
        archived = self.model.muted_total()
        if archived and not self.show_archived.isChecked():
            count += self.tr("（アーカイブ {0} 件は非表示）").format(archived)
        self.count_label.setText(count)
        self._enable_unarchive()

    def _selection_changed(self) -> None:
        selected = [record.id for record in self.selected_records() if record.id is not None]
        if selected:  # a reload empties the list a moment: not remembered
            self.ctx.settings.set_selected_records(self.kind.key, selected)
        self._enable_unarchive()

    def _select_after_change(self, record_id: int) -> None:
        """A step left `record_id` stored: selected by the fill that follows (each record of a step on several)."""
        self._select_next.append(record_id)

    def _enable_unarchive(self) -> None:
        enable(self.unarchive_button, any(self._archived(record) for record in self.selected_records()),
               self.tr("アーカイブされた記録を選んでください"))

    def selected_records(self) -> list[Any]:
        """The selected rows' records, in the order the list shows them."""
        return [self.model.row_record(row) for row in sorted(i.row() for i in self.table.selectionModel().selectedRows())]

    def selected_record(self) -> Any | None:
        """The record 編集… opens: the current row's when it is selected, else the first selected."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return self.model.row_record(current.row())
        records = self.selected_records()
        return records[0] if records else None

    def select_id(self, record_id: int | None) -> None:
        self.select_ids([record_id])

    def select_ids(self, record_ids: Sequence[int | None]) -> None:
        """Select the rows of `record_ids` that are listed (the first made current), and no other."""
        rows = self.model.rows_with_ids({record_id for record_id in record_ids if record_id is not None})
        if not rows:
            return
        self.table.setCurrentIndex(self.model.index(rows[0], 0))  # scrolled to
        wanted_rows = QItemSelection()  # selected at once: a row at a time told the page of each (review 16)
        for row in rows:
            wanted_rows.select(self.model.index(row, 0), self.model.index(row, 0))
        self.table.selectionModel().select(wanted_rows, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)

    def add(self) -> None:
        self._edit_until_saved(None, self.kind.new_record(self.lookups), self.tr("{0}の追加").format(self.kind.title))

    def edit_selected(self) -> None:
        before = self.selected_record()
        if before is not None:
            self._edit_until_saved(before, before, self.tr("{0}の編集").format(self.kind.title))

    def _edit_until_saved(self, before: Any | None, shown: Any, text: str) -> None:
        """The record dialog until its edit is saved or the user cancels: a save refused (the server gone, a
        rule broken) has been explained, and the form opens again holding the edit, to retry or cancel."""
        while (after := edit_record(self.kind.form, shown, self.kind.choices(self.lookups), self)) is not None:
            if after == before:
                return
            steps, self._refusal_shown = self.undo_stack.index(), False
            self._push(before, after, text)
            if self.undo_stack.index() != steps or not self._refusal_shown:  # saved, or dropped (再読み込み)
                return
            shown = after

    def delete_selected(self) -> None:
        records = self.selected_records()
        if len(records) > 1:
            self._delete_several(records)
            return
        record = self.selected_record()
        if record is None:
            return
        keeps = what_keeps(self.db, record)
        if keeps is not None:  # refused before the question, in the words the service would refuse it with
            if isinstance(record, TalentRecord) and keeps.archive:
                self._offer_archive([record], keeps.refusal, keeps.kept, keeps.listed())
            else:
                QMessageBox.warning(self, self.tr("削除できません"), keeps.text())
            return
        answer = QMessageBox.question(self, self.tr("削除の確認"),
                                      self.tr("「{0}」を削除しますか？（元に戻す: Ctrl+Z）").format(record_name(record)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._push(record, None, self.tr("{0}の削除").format(self.kind.title))

    def _delete_several(self, records: list[Any]) -> None:
        """All or nothing, asked once, one transaction and one undo step: when any of them cannot go, none is
        deleted and the box says which cannot and why (the user takes those out of the selection and deletes
        again). Talents all kept for their records are offered アーカイブ together instead."""
        refused = [keeps for record in records if (keeps := what_keeps(self.db, record)) is not None]
        if refused and len(refused) == len(records) and all(keeps.archive for keeps in refused):
            self._offer_archive(records, self.tr("選択した{0}名はどれも削除できないため、何も削除していません。")
                                .format(len(records)), "", *self._refused_rows(refused))
            return
        if refused:
            if len(refused) == len(records):
                summary = self.tr("選択した{0}件はどれも削除できないため、何も削除していません。").format(len(records))
            else:
                summary = self.tr(
                    "選択した{0}件のうち{1}件は削除できないため、{0}件とも削除していません。削除できる{2}件を削除する"
                    "には、下の{1}件を選択から外して、もう一度削除してください。").format(
                    len(records), len(refused), len(records) - len(refused))
            rows, detail = self._refused_rows(refused)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("削除できません"), summary,
                              QMessageBox.StandardButton.Close, self)
            box.setObjectName("delete_refusal")
            box.setInformativeText(rows)
            box.setDetailedText(detail)
            box.exec()
            return
        answer = QMessageBox.question(self, self.tr("削除の確認"), self.tr(
            "選択した{0}件の{1}を削除しますか？（元に戻す: Ctrl+Z）").format(len(records), self.kind.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_stack.push(RecordsDelete(self.db, records, self.tr("{0}の削除（{1}件）").format(
            self.kind.title, len(records)), self.reload, self._refused, self.ctx.who, self._select_after_change))

    @staticmethod
    def _refused_rows(refused: list[Keeps]) -> tuple[str, str]:
        """The refused rows, each named with its reason on one line (the first MAX_SHOWN_PROBLEMS, the rest counted:
        a box of hundreds of lines was taller than the screen), and the whole detail for the box's scrolling
        詳細: each row's refusal with the records that keep it."""
        rows = "\n".join(shown_problems([keeps.row_line() for keeps in refused]))
        detail = "\n\n".join("\n".join(part for part in (keeps.refusal, keeps.listed()) if part) for keeps in refused)
        return rows, detail

    def _push_each(self, records: list[Any], text: str, push: Callable[[Any], None]) -> None:
        """`push` each record's step; several as one step of the undo history, named `text`."""
        if len(records) == 1:
            push(records[0])
            return
        self.undo_stack.beginMacro(text)
        try:
            for record in records:
                push(record)
        finally:
            self.undo_stack.endMacro()
        macro = self.undo_stack.command(self.undo_stack.index() - 1)
        if macro is not None and macro.childCount() == 0:  # every step was refused (and said why): none to undo
            macro.setObsolete(True)
            self.undo_stack.undo()  # an obsolete step leaves the history as it is undone, the others untouched

    def _offer_archive(self, records: list[TalentRecord], refusal: str, kept: str, where: str,
                       detail: str = "") -> None:
        """Talents with payment records, statements, matching pairs or a place in a tour's party are archived, not
        deleted: say why (what must be kept, and the rows that hold them; for several, `detail` in the box's
        詳細), offer アーカイブ."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("削除できません"), refusal, parent=self)
        box.setObjectName("archive_offer")
        if detail:
            box.setDetailedText(detail)
        unarchived = [record for record in records if not self._archived(record)]
        if not unarchived:
            box.setInformativeText(self.tr("{0}この人材は既にアーカイブされています。").format(kept) + "\n\n" + where)
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.exec()
            return
        box.setInformativeText(
            kept + Keeps.archive_instead() + "\n\n" + where + "\n\n"
            + self.tr("アーカイブすると人材の一覧に表示されなくなり（「アーカイブを表示」で表示）、プログラムに"
                      "追加できなくなります。支払・明細書・過去の明細書の出力はそのまま使えます。"
                      "「アーカイブ解除」で元に戻せます。"))
        archive = box.addButton(self.tr("アーカイブ"), QMessageBox.ButtonRole.AcceptRole)
        archive.setObjectName("archive_button")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is archive:
            text = self.tr("{0}のアーカイブ").format(self.kind.title)
            self._push_each(unarchived, self.tr("{0}のアーカイブ（{1}件）").format(self.kind.title, len(unarchived)),
                            lambda record: self._push_archive(record, True, text))

    def unarchive_selected(self) -> None:
        archived = [record for record in self.selected_records() if self._archived(record)]
        if archived:
            text = self.tr("{0}のアーカイブ解除").format(self.kind.title)
            self._push_each(archived, self.tr("{0}のアーカイブ解除（{1}件）").format(self.kind.title, len(archived)),
                            lambda record: self._push_archive(record, False, text))
            self.select_ids([record.id for record in archived])

    def _push_archive(self, record: TalentRecord, archive: bool, text: str) -> None:
        assert record.id is not None
        self.undo_stack.push(ArchiveChange(self.db, record.id, archive, text, self._archive_changed, self._refused,
                                           self.ctx.who))

    def _archive_changed(self) -> None:
        """After each step of an archive (done, undone, redone): this list, and the other pages showing the party
        or seats it changes, through `data_changed`; an undo (Ctrl+Z) may come while the Tours page is on show."""
        self.reload()
        self.ctx.data_changed.emit()

    def _push(self, before: Any | None, after: Any | None, text: str) -> None:
        self.undo_stack.push(RecordChange(self.db, before, after, text, self.reload, self._refused,
                                          self._programme(), self.ctx.who, self._resolve, form_labels(self.kind.form),
                                          self._select_after_change))

    def _resolve(self, stale: StaleRecord[Any]) -> Any | None:
        """Someone saved the record after it was opened here: pick per field, or None to reload."""
        choices = self.kind.choices(self.lookups)

        def value_text(name: str, value: Any, _other: Any) -> str:
            names = {v: label for label, v in choices.get(name, [])}
            if names and isinstance(value, tuple):
                return "、".join(str(names.get(v, v)) for v in value) or "—"
            return str(names[value]) if names and value in names else plain_text(name, value)

        dialog = ConflictDialog(stale, form_labels(self.kind.form), value_text, self)
        return dialog.merged() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _refused(self, title: str, message: str) -> None:
        self._refusal_shown = True
        QMessageBox.warning(self, title, message)
