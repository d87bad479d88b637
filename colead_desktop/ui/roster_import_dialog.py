"""File > 名簿の取り込み…: choose a roster file, see every row with its problems at the cell, then import.

Reading and checking the file and writing it run on the window's job runner, off the GUI thread; the
service re-checks everything when importing, so a file changed after the preview is never half-written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from colead_desktop.domain.roster_cells import cell_text
from colead_desktop.services.roster_import import ImportResult, export_template, import_roster, preview_roster
from colead_desktop.ui import palette
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.file_dialogs import open_file, save_file
from colead_desktop.ui.irreversible import cannot_undo
from colead_desktop.ui.jobs import show_failure

MAX_LISTED_PROBLEMS = 20  # the rest are marked in the table and counted


class RosterImportDialog(QDialog):
    def __init__(self, ctx: AppContext, programme_id: int, parent: QWidget | None = None) -> None:
        """`programme_id`: the programme imported talents join, whose regions the file's region names name."""
        super().__init__(parent)
        self._ctx, self._programme_id = ctx, programme_id
        self._previewed: ImportResult | None = None  # the plan the user sees; the import holds to it
        self.setWindowTitle(self.tr("名簿の取り込み"))
        self.resize(900, 560)
        self.kind = QComboBox(objectName="kind")
        for label, key in ((self.tr("人材"), "talents"), (self.tr("企業"), "companies"),
                           (self.tr("スタッフ"), "staff"), (self.tr("会場"), "venues")):
            self.kind.addItem(label, key)
        template = QPushButton(self.tr("ひな形を保存…"), objectName="template_button")
        template.setToolTip(self.tr("この種類の名簿で読める列をすべて並べた空の Excel ファイルを保存します"))
        self.path = QLineEdit(objectName="path", readOnly=True)
        choose = QPushButton(self.tr("選択…"), objectName="choose_button")
        self.update_duplicates = QCheckBox(self.tr("重複するレコードを更新する（既定: スキップ）"),
                                           objectName="update_duplicates")
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.table = QTableWidget(objectName="preview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("取り込む"))
        self.import_button.setEnabled(False)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(template)
        form.addRow(self.tr("種類"), kind_row)
        form.addRow(self.tr("ファイル（.xlsx / .csv）"), file_row)
        form.addRow("", self.update_duplicates)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(cannot_undo(), objectName="cannot_undo"), 1)  # beside 取り込む
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        choose.clicked.connect(self._choose)
        template.clicked.connect(self._save_template)
        self.kind.currentIndexChanged.connect(self.refresh_preview)
        self.update_duplicates.toggled.connect(self.refresh_preview)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _choose(self) -> None:
        path = open_file(self, self._ctx.settings, "roster", self.tr("名簿ファイルを選択"),
                         self.tr("名簿 (*.xlsx *.csv);;すべてのファイル (*)"))
        if path:
            self.set_file(path)

    def _save_template(self) -> None:
        kind = str(self.kind.currentData())
        target = save_file(self, self._ctx.settings, self.tr("名簿のひな形を保存"), f"roster_{kind}.xlsx",
                           self.tr("Excel ブック (*.xlsx)"), "roster")
        if target is not None:
            self.write_template(kind, target)

    def write_template(self, kind: str, target: Path) -> None:
        self._ctx.runner.submit(self, self.tr("名簿のひな形を書き出しています…"),
                                lambda _progress: export_template(kind, target),
                                lambda written: self.summary.setText(self.tr("ひな形を保存しました: {0}").format(written)),
                                show_failure(self, self.tr("名簿のひな形を保存")))

    def set_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.refresh_preview()

    def _arguments(self) -> tuple[str, Path, bool]:
        return str(self.kind.currentData()), Path(self.path.text()), self.update_duplicates.isChecked()

    def refresh_preview(self) -> None:
        if not self.path.text():
            return
        self.import_button.setEnabled(False)
        kind, path, update = self._arguments()
        db, programme_id = self._ctx.db, self._programme_id
        self._ctx.runner.submit(self, self.tr("名簿を確認しています…"),
                                lambda _progress: preview_roster(db, kind, path, programme_id,
                                                                 update_duplicates=update),
                                self._show_preview, show_failure(self, self.tr("名簿の取り込み")))

    def _show_preview(self, result: ImportResult) -> None:
        self._previewed = result
        titles = [cell_text(cell) for cell in result.table.header]
        self.table.clear()
        self.table.setColumnCount(len(titles) + 2)
        self.table.setHorizontalHeaderLabels([self.tr("行"), self.tr("結果"), *titles])
        self.table.setRowCount(len(result.table.rows))
        outcome = {action.row: action.verb for action in result.actions}
        verbs = {"insert": self.tr("追加"), "update": self.tr("更新"), "skip": self.tr("スキップ（重複）"),
                 "join": self.tr("参加（他年度の人材）")}
        by_cell: dict[tuple[int, int], list[str]] = {}  # (row number, table column) → messages
        for problem in result.problems:
            column = 2 + titles.index(problem.column) if problem.column in titles else 1
            by_cell.setdefault((problem.row, column), []).append(problem.message)
        for index, (number, cells) in enumerate(result.table.rows):
            texts = [str(number), verbs.get(outcome.get(number, ""), self.tr("問題あり")),
                     *(cell_text(cell) for cell in cells)]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                messages = by_cell.get((number, column))
                if messages:
                    item.setBackground(QBrush(QColor(palette.INVALID_CELL_BACKGROUND)))
                    item.setForeground(QBrush(QColor(palette.ERROR_TEXT)))
                    item.setToolTip("\n".join(messages))
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(self._summary_text(result))
        counts = result.summary()
        self.import_button.setEnabled(not result.problems and counts["inserted"] + counts["updated"] + counts["joined"] > 0)

    def _summary_text(self, result: ImportResult) -> str:
        counts = result.summary()
        text = self.tr("追加 {0} 件・更新 {1} 件・スキップ {2} 件").format(
            counts["inserted"], counts["updated"], counts["skipped"])
        if counts["joined"]:  # people known from another programme, now taking part in this one too
            text += self.tr("・他年度の人材の参加 {0} 件").format(counts["joined"])
        if not result.problems:
            return text
        listed = [str(problem) for problem in result.problems[:MAX_LISTED_PROBLEMS]]
        if len(result.problems) > MAX_LISTED_PROBLEMS:
            listed.append(self.tr("…ほか {0} 件（表の赤いセル）").format(len(result.problems) - MAX_LISTED_PROBLEMS))
        return "\n".join([self.tr("問題が {0} 件あります。直すまで取り込めません（問題のセルは赤で表示）。").format(
            len(result.problems)), *listed])

    def accept(self) -> None:
        kind, path, update = self._arguments()
        self.import_button.setEnabled(False)
        db, programme_id, previewed = self._ctx.db, self._programme_id, self._previewed
        self._ctx.runner.submit(self, self.tr("名簿を取り込んでいます…"),
                                lambda _progress: import_roster(db, kind, path, programme_id,
                                                                update_duplicates=update, previewed=previewed),
                                self._imported, self._refused)

    def _refused(self, error: BaseException) -> None:
        """The message, then the preview again: what is stored now (someone may have changed it meanwhile)."""
        show_failure(self, self.tr("名簿の取り込み"))(error)
        self.refresh_preview()

    def _imported(self, result: ImportResult) -> None:
        self.summary.setText(self._summary_text(result))
        self._ctx.data_changed.emit()
        super().accept()

