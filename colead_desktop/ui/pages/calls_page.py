"""募集・選考: the programme's two calls, their applications, the screening and the decisions (issue 19 items 1–4).

Thin over services/calls, applications, screening and selection. The call's conditions show as the check boxes
an applicant ticks; applications come in from the web form's export through the column mapping and a preview
(read and checked on the JobRunner, nothing written until the user agrees); the ranking shows each item's mean
with a spread of 2 levels or more between reviewers in colour and tied ranks marked 同順位; 判定… records a
decision with its reason under the user's name. Calls are edited with `colead calls set` for now.
"""

from __future__ import annotations

from collections.abc import Callable

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QSizePolicy,
                               QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from colead_desktop.domain.applications import Application, targets
from colead_desktop.domain.calls import Call
from colead_desktop.domain.default_texts import in_output_language
from colead_desktop.domain.screening import below_threshold, shown
from colead_desktop.domain.selection import Decision, DecisionRecord
from colead_desktop.domain.team import Area
from colead_desktop.services import applications as apps
from colead_desktop.services import call_edits, calls, screening, selection
from colead_desktop.ui.call_dialog import CallChange, CallDialog
from colead_desktop.ui.calls_dialogs import MappingDialog, preview_text
from colead_desktop.ui.column_widths import fit_columns
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.empty_state import EmptyState
from colead_desktop.ui.failures import show_exception
from colead_desktop.ui.file_dialogs import choose_folder, open_file, save_file
from colead_desktop.ui.jobs import show_failure
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.palette import SPREAD_CELL_BACKGROUND
from colead_desktop.ui.style import set_role
from colead_desktop.ui.table_model import Column, RecordTableModel
from colead_desktop.ui.widgets import button, enable

_ALERT = QBrush(QColor(SPREAD_CELL_BACKGROUND))
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class _Calls:
    """What a visit reads off the GUI thread: the programme's calls and, for the one shown, its applications,
    decisions and screening."""
    calls: list[Call]
    call: Call | None
    applications: list[Application]
    decided: dict[int, DecisionRecord]
    scores: screening.Screening | None


class CallsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calls_page")
        self.ctx, self.db, self.programme_id = ctx, ctx.db, ctx.programme_id
        self.calls: list[Call] = []
        self._wanted: int | None = None  # the call a reload keeps on show (its id)
        self.decided: dict[int, DecisionRecord] = {}
        self.call_box = QComboBox(objectName="calls_choice")
        # the calls come in after the page is first shown: sized on first show, it cut 「地域の募集」 to 「地域の募」
        self.call_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # and never squeezed below that by a crowded row (a long deadline, the English buttons)
        self.call_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.call_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.deadline = QLabel(objectName="calls_deadline")
        self.edit_button = button(self.tr("募集を編集…"), "calls_edit", self.edit_call,
                                  self.tr("名称・締切・応募条件・質問・審査項目（重み・加点）・合格基準を編集します"))
        self.import_button = button(self.tr("応募を取り込む…"), "calls_import", self.import_applications,
                                    self.tr("応募フォームの CSV / Excel を列の対応とプレビューを確かめて取り込みます"))
        self.export_button = button(self.tr("審査票を書き出す…"), "calls_export_reviews", self.export_reviews)
        self.back_button = button(self.tr("審査票を取り込む…"), "calls_import_reviews", self.import_reviews)
        self.decide_button = button(self.tr("判定…"), "calls_decide", self.decide)
        self.letters_button = button(self.tr("通知書を作成…"), "calls_letters", self.letters)
        self.participants_button = button(self.tr("採択者を参加者にする"), "calls_participants", self.participants)
        ctx.guard(Area.PEOPLE, self.edit_button, self.import_button, self.back_button, self.decide_button,
                  self.participants_button)
        top = QHBoxLayout()
        top.addWidget(self.call_box)
        top.addWidget(self.deadline)
        top.addWidget(self.edit_button)
        top.addStretch(1)
        steps = QHBoxLayout()  # the steps from applications to participants, in their order
        for widget in (self.import_button, self.export_button, self.back_button, self.decide_button,
                       self.letters_button, self.participants_button):
            steps.addWidget(widget)
        steps.addStretch(1)

        self.conditions = QWidget(objectName="calls_conditions")
        self.conditions_layout = QVBoxLayout(self.conditions)
        self.questions = QLabel(objectName="calls_questions", wordWrap=True)
        self.scoring = QLabel(objectName="calls_scoring", wordWrap=True)
        call_tab = QWidget()
        call_layout = QVBoxLayout(call_tab)
        call_layout.addWidget(QLabel(self.tr("応募条件（応募者がチェックする項目）")))
        call_layout.addWidget(self.conditions)
        call_layout.addWidget(QLabel(self.tr("応募時の質問")))
        call_layout.addWidget(self.questions)
        call_layout.addWidget(QLabel(self.tr("審査")))
        call_layout.addWidget(self.scoring)
        call_layout.addStretch(1)

        self.model = RecordTableModel([
            Column(self.tr("ID"), lambda a: a.id),
            Column(self.tr("応募者"), lambda a: a.name),
            Column(self.tr("応募日時"), lambda a: a.submitted_at.strftime("%Y-%m-%d %H:%M") if a.submitted_at else ""),
            Column(self.tr("注意"), lambda a: a.flags),
            Column(self.tr("応募条件"), self._ticks),
            Column(self.tr("判定"), lambda a: self.decided[a.id].decision.label if a.id in self.decided else ""),
            Column(self.tr("理由"), lambda a: self.decided[a.id].reason if a.id in self.decided else ""),
        ])
        self.table = QTableView(objectName="calls_applications")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ranking = QTableWidget(objectName="calls_ranking")
        self.ranking.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        ranking_tab = QWidget()
        ranking_layout = QVBoxLayout(ranking_tab)
        ranking_layout.addWidget(self.ranking, 1)
        hint = QLabel(self.tr("項目ごとの値は審査員の平均（利益相反の審査は除く）。合計は重み付きの和に加点項目を加えたもの。"
                              "黄色は審査員の評点が2段階以上離れている項目です。"), wordWrap=True)
        set_role(hint, "hint")
        ranking_layout.addWidget(hint)
        self.tabs = QTabWidget(objectName="calls_tabs")
        self.tabs.addTab(call_tab, self.tr("募集内容"))
        self.tabs.addTab(self.table, self.tr("応募・判定"))
        self.tabs.addTab(ranking_tab, self.tr("審査・順位"))
        self.summary = QLabel(objectName="calls_summary")
        self.empty = EmptyState("calls")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(steps)
        layout.addWidget(self.empty)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.load = PageLoad(self, ctx, self._reader, self._show)
        self.reload()

    @property
    def call(self) -> Call | None:
        index = self.call_box.currentIndex()
        return self.calls[index] if 0 <= index < len(self.calls) else None

    def reload(self) -> None:
        """Read the calls again, keeping the one on show."""
        if self.programme_id is None:
            self.empty.no_programme(self.ctx)
            self.tabs.hide()
            self._update_buttons()
            return
        self.empty.hide()
        self._wanted = self.call_box.currentData()
        self.load.start()

    def _reader(self) -> Callable[[], _Calls]:
        db, programme_id, wanted = self.db, self.programme_id, self._wanted
        assert programme_id is not None  # reload() reads only in a programme

        def read() -> _Calls:
            listed = calls.calls(db, programme_id)
            call = next((c for c in listed if c.id == wanted), listed[0] if listed else None)
            if call is None or call.id is None:
                return _Calls(listed, None, [], {}, None)
            return _Calls(listed, call, apps.applications(db, call.id), selection.decisions(db, call.id),
                          screening.screening(db, call.id))

        return read

    def _show(self, read: _Calls) -> None:
        self.calls = read.calls
        self.call_box.blockSignals(True)
        self.call_box.clear()
        for listed in self.calls:
            self.call_box.addItem(listed.kind.label, listed.id)
        self.call_box.setCurrentIndex(self.calls.index(read.call) if read.call in self.calls else -1)
        self.call_box.blockSignals(False)
        call = read.call
        if call is None or read.scores is None:
            return
        self.deadline.setText(self.tr("締切: {0}").format(call.deadline.strftime("%Y-%m-%d %H:%M") if call.deadline
                                                          else self.tr("未設定")))
        while (item := self.conditions_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.setParent(None)  # gone from findChildren now, not at the next event loop turn
                widget.deleteLater()
        for number, condition in enumerate(call.conditions, start=1):
            text = in_output_language(condition.text)  # a built-in condition in English in an English window
            self.conditions_layout.addWidget(_condition_row(f"{_CIRCLED[number - 1]} {text}"))
        self.questions.setText("\n".join(f"{q.key.upper()}. {in_output_language(q.text)}" for q in call.questions))
        self.scoring.setText(self.tr("審査項目 {0} 件（加点項目 {1} 件、重みの合計 {2}）・合格基準: {3}").format(
            len(call.items), sum(i.bonus for i in call.items), sum(i.weight for i in call.items),
            self.tr("なし") if call.threshold is None else self.tr("合計 {0} 点").format(call.threshold)))
        rows = read.applications
        self.decided = read.decided
        self.model.set_rows(rows)
        fit_columns(self.table)
        self._fill_ranking(read.scores)
        flagged = sum(bool(a.flags) for a in rows)
        self.summary.setText(self.tr("応募 {0} 件（注意 {1} 件）・判定済み {2} 件").format(
            len(rows), flagged, len(self.decided)))
        self._update_buttons()

    def _ticks(self, application: Application) -> str:
        """The applicant's ticks in the order the call lists its conditions now (－: no column in the form)."""
        ticks = application.conditions
        return "".join("✓" if ticks.get(c.key) else "✗" if c.key in ticks else "－"
                       for c in (self.call.conditions if self.call else ()))

    def _fill_ranking(self, result: screening.Screening) -> None:
        items = result.call.items
        threshold = result.call.threshold
        headers = [self.tr("順位"), self.tr("応募者"), self.tr("合計"), self.tr("加点"), self.tr("審査数")]
        headers += [_CIRCLED[n] + (self.tr("（加点）") if item.bonus else "") for n, item in enumerate(items)]
        self.ranking.clear()
        self.ranking.setColumnCount(len(headers))
        self.ranking.setHorizontalHeaderLabels(headers)
        self.ranking.setRowCount(len(result.ranked))
        for row, ranked in enumerate(result.ranked):
            total = ranked.applicant
            rank = "-" if ranked.rank is None else (self.tr("{0}（同順位）").format(ranked.rank) if ranked.tied
                                                     else str(ranked.rank))
            below = below_threshold(threshold, ranked)
            scored_total, _base, scored_bonus = total.scored
            cells = [rank, result.names[total.application_id],
                     shown(scored_total) + (self.tr("（基準未満）") if below else ""), shown(scored_bonus),
                     str(total.reviews)]
            cells += [shown(item.mean) for item in total.items]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= 5 and total.items[column - 5].alert:
                    cell.setBackground(_ALERT)
                    cell.setToolTip(self.tr("評点: {0}").format(", ".join(map(str, total.items[column - 5].scores))))
                self.ranking.setItem(row, column, cell)
        fit_columns(self.ranking)

    def _chosen(self) -> Application | None:
        rows = self.table.selectionModel().selectedRows()
        record = self.model.row_record(rows[0].row()) if rows else None
        return record if isinstance(record, Application) else None

    def _update_buttons(self) -> None:
        has_call = self.call is not None
        why = self.tr("プログラムがまだありません。先にプログラムを作成してください")
        for widget in (self.edit_button, self.import_button, self.export_button, self.back_button):
            enable(widget, has_call, why)
        enable(self.decide_button, self._chosen() is not None, self.tr("「応募・判定」で応募を選んでください"))
        enable(self.letters_button, bool(self.decided), self.tr("判定の済んだ応募がありません"))
        enable(self.participants_button, any(d.decision is Decision.SELECTED for d in self.decided.values()),
               self.tr("採択した応募がありません"))

    def _changed(self) -> None:
        self.reload()
        self.ctx.data_changed.emit()

    def import_applications(self) -> None:
        call = self.call
        assert call is not None and call.id is not None
        path = open_file(self, self.ctx.settings, "roster", self.tr("応募データを開く"),
                         self.tr("応募データ (*.csv *.xlsx)"))
        if path is None:
            return
        try:
            headers = apps.headers_of(path)
            guess = apps.suggested_mapping(self.db, call.id, path)
        except Exception as exc:
            show_exception(self, exc, self.tr("応募データを読めません"))
            return
        dialog = MappingDialog(targets(call), headers, guess, self)
        if not dialog.exec():
            return
        mapping, call_id = dialog.mapping(), call.id
        self.ctx.runner.submit(self, self.tr("応募データを確認しています…"),
                               lambda _p: apps.import_applications(self.db, call_id, path, mapping, dry_run=True),
                               lambda result: self._confirm_import(call_id, path, mapping, result),
                               show_failure(self, self.tr("取り込めません")))

    def _confirm_import(self, call_id: int, path: Path, mapping: dict[str, str],
                        result: apps.ApplicationImport) -> None:
        text = preview_text(result, self.tr("新しい応募: {0} 件"), self.tr("取り込み済み（重複）: {0} 件"),
                            self.tr("再提出のため古い方を取り込まない行: {0} 件（行 {1}）"),
                            self.tr("締切後: {0} 件、条件未達: {1} 件（除外せず印を付けます）"))
        if not result.plan.new:  # nothing to agree to
            QMessageBox.information(self, self.tr("応募の取り込み"), text + "\n\n" + self.tr(
                "新しい応募がないため、取り込んでも何も変わりません。"))
            return
        answer = QMessageBox.question(self, self.tr("応募の取り込み"), text + "\n\n" + self.tr("取り込みますか？"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.runner.submit(self, self.tr("応募を取り込んでいます…"),
                               lambda _p: apps.import_applications(self.db, call_id, path, mapping),
                               lambda _r: self._changed(), show_failure(self, self.tr("取り込めません")))

    def _reviewer(self) -> int | None:
        call = self.call
        assert call is not None and call.id is not None
        listed = screening.reviewers(self.db, call.id)
        names = [name for _, name in listed] + [self.tr("（新しい審査員を追加）")]
        chosen, ok = QInputDialog.getItem(self, self.tr("審査員"), self.tr("審査員を選んでください"), names, 0, False)
        if not ok:
            return None
        if chosen in names[:-1]:
            return listed[names.index(chosen)][0]
        name, ok = QInputDialog.getText(self, self.tr("審査員の追加"), self.tr("審査員の氏名"))
        if not ok:
            return None
        reviewer = screening.add_reviewer(self.db, call.id, name)
        screening.assign(self.db, reviewer)  # every application of the call; conflicts are declared in the workbook
        return reviewer

    def export_reviews(self) -> None:
        try:
            reviewer = self._reviewer()
            if reviewer is None:
                return
            screening.assign(self.db, reviewer)  # applications that came in since
            target = save_file(self, self.ctx.settings, self.tr("審査票の保存"), self.tr("審査票.xlsx"),
                               "Excel (*.xlsx)")
            if target is not None:
                screening.export_reviews(self.db, reviewer, target)
        except Exception as exc:
            show_exception(self, exc, self.tr("審査票を書き出せません"))

    def import_reviews(self) -> None:
        path = open_file(self, self.ctx.settings, "xlsx", self.tr("審査票を開く"), "Excel (*.xlsx)")
        if path is None:
            return
        self.ctx.runner.submit(self, self.tr("審査票を取り込んでいます…"),
                               lambda _p: screening.import_reviews(self.db, path),
                               lambda _r: self._changed(), show_failure(self, self.tr("審査票を取り込めません")))

    def edit_call(self, call: Call | None = None, prepare: Callable[[CallDialog], None] | None = None) -> None:
        """募集を編集… on `call` (the call on show if None); `prepare` fills the dialog before it is shown (a crash
        draft restored)."""
        call = call or self.call
        assert call is not None
        dialog = CallDialog(self.db, call, self, drafts=self.ctx)
        if prepare is not None:
            prepare(dialog)
        saved = dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        if saved is not None and saved != dialog.before:  # not when all of another's version was kept
            # from the call as stored when it was saved: another's version the dialog saved over, if it met one
            self.ctx.undo_stack.push(CallChange(self.db, dialog.before, saved, self.tr("募集を編集（{0}）").format(
                call.kind.label), self._calls_changed, self._refused))
            self._calls_changed()
            warnings = call_edits.edit_warnings(self.db, dialog.before, saved)
            if warnings:  # saved all the same: the secretariat may mean it
                QMessageBox.warning(self, self.tr("募集を保存しました"), "\n".join(warnings))

    def _refused(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _calls_changed(self) -> None:
        self.reload()  # the call on show stays
        self.ctx.data_changed.emit()

    def decide(self) -> None:
        application = self._chosen()
        assert application is not None
        labels = [d.label for d in Decision]
        chosen, ok = QInputDialog.getItem(self, self.tr("判定"), self.tr("{0} さんの判定").format(application.name),
                                          labels, 0, False)
        if not ok:
            return
        decision = list(Decision)[labels.index(chosen)]
        warnings = call_edits.deciding_warnings(self.db, application.id, decision)
        if warnings and QMessageBox.question(
                self, self.tr("判定"), self.tr("{0} さんを「{1}」にしますか？").format(application.name, chosen) + "\n\n"
                + "\n".join(f"・{line}" for line in warnings),
                defaultButton=QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        reason, ok = QInputDialog.getText(self, self.tr("判定の理由"), self.tr("理由（記録に残ります）"))
        if not ok:
            return
        try:
            selection.decide(self.db, application.id, decision, reason, self.ctx.who)
        except Exception as exc:
            show_exception(self, exc, self.tr("判定できません"))
            return
        self._changed()

    def letters(self, redo: bool = False) -> None:
        call = self.call
        assert call is not None and call.id is not None
        folder = choose_folder(self, self.ctx.settings, "pdf", self.tr("通知書の保存先"))
        if folder is None:
            return
        call_id = call.id
        self.ctx.runner.submit(self, self.tr("通知書を作成しています…"),
                               lambda _p: selection.write_letters(self.db, call_id, folder, redo=redo),
                               self._letters_written, show_failure(self, self.tr("通知書を作成できません")))

    def _letters_written(self, done: selection.LettersWritten) -> None:
        letters = max(len(done.files) - 1, 0)  # the mail-merge sheet comes with them
        if not letters:
            again = QMessageBox.question(self, self.tr("通知書"), self.tr(
                "どの判定にも、その判定を伝える通知書が作成済みです。すべての通知書を作り直しますか？"))
            if again == QMessageBox.StandardButton.Yes:
                self.letters(redo=True)
            return
        text = self.tr("{0} 件の通知書と差し込み用の一覧を作成しました").format(letters)
        if done.skipped:
            text += "\n" + self.tr("通知書が作成済みで判定も変わっていない {0} 件は作成していません").format(
                len(done.skipped))
        QMessageBox.information(self, self.tr("通知書"), text)

    def participants(self) -> None:
        call = self.call
        assert call is not None and call.id is not None
        try:
            done = selection.make_participants(self.db, call.id)
        except Exception as exc:
            show_exception(self, exc, self.tr("参加者にできません"))
            return
        text = self.tr("{0} 件を参加者にしました").format(len(done.made))
        if done.skipped:
            text += "\n" + self.tr("参加者にしなかった応募:") + "\n" + "\n".join(
                self.tr("・応募 {0}: {1}").format(application_id, why) for application_id, why in done.skipped)
        if done.unknown_regions:
            text += "\n" + self.tr("希望地域がプログラムの地域にない応募（希望地域なしで参加者にしました）:") + "\n" + "\n".join(
                self.tr("・応募 {0}: {1}").format(application_id, region) for application_id, region in done.unknown_regions)
        QMessageBox.information(self, self.tr("参加者"), text)
        self._changed()

def _condition_row(text: str) -> QWidget:
    """A condition as the applicant ticks it: shown, not ticked here. The text wraps in a label beside the box,
    since a check box's own text never wraps and a long condition would widen the window."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setChecked(True)
    box.setEnabled(False)
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    fills_row = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    fills_row.setHeightForWidth(True)  # kept, as word wrap set it: the row is as tall as the text at its width
    label.setSizePolicy(fills_row)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row
