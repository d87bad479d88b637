"""Matching (マッチング): the programme's talent–SME pairs and why each was made, a proposal, and each pair's way on.

The table shows, per pair, the ranks on both sides (人材→企業: the company's place in the talent's wishes; 企業→人材:
the talent's place in the lab's wishes for the company; — when not listed) and the skills offered and wanted.
提案 runs the optimiser (services/matching.propose) on the JobRunner; 次の段階へ and 解消… move the chosen pair,
logged with the user's name. Below the pairs, the chosen pair's contracts (ui/pages/contracts_panel.py) and its
履歴 (ui/pages/pair_history.py; also the row's tooltip). 希望と条件… enters the wishes, capacities and rules
(ui/matching/wishes_dialog.py), saved as one undo step; `colead matching load` does the same from a file.
"""

from __future__ import annotations

from collections.abc import Callable

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from colead_desktop.domain.matching import PairStatus, next_stage
from colead_desktop.domain.team import Area
from colead_desktop.domain.types import SkillType
from colead_desktop.services import matching
from colead_desktop.ui.column_widths import fit_columns
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.empty_state import EmptyState
from colead_desktop.ui.irreversible import confirm_irreversible
from colead_desktop.ui.jobs import show_failure
from colead_desktop.ui.matching.wishes_dialog import WishesDialog
from colead_desktop.ui.pages.contracts_panel import ContractsPanel
from colead_desktop.ui.pages.pair_history import PairHistory, log_tooltip
from colead_desktop.ui.style import set_role
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.table_model import Column, RecordTableModel
from colead_desktop.ui.undo import MatchingInputChange, PairMove
from colead_desktop.ui.widgets import button, enable

def _skills(values: list[str]) -> str:
    return "、".join(SkillType.label_of(v) for v in values)


def _rank(value: int | None) -> object:
    return "—" if value is None else value


class MatchingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matching_page")
        self.ctx = ctx
        self.db = ctx.db
        self.programme_id = ctx.programme_id  # the page is rebuilt when the user switches programmes
        self.model = RecordTableModel([
            Column(self.tr("人材"), lambda p: p["talent"]),
            Column(self.tr("企業"), lambda p: p["company"]),
            Column(self.tr("状態"), lambda p: PairStatus(p["status"]).label),
            Column(self.tr("人材→企業の順位"), lambda p: _rank(p["talent_rank"])),
            Column(self.tr("企業→人材の順位"), lambda p: _rank(p["company_rank"])),
            Column(self.tr("提供スキル"), lambda p: _skills(p["skills_offered"])),
            Column(self.tr("求めるスキル"), lambda p: _skills(p["skills_wanted"])),
            Column(self.tr("スキル適合"), lambda p: self.tr("○") if set(p["skills_offered"]) & set(p["skills_wanted"])
                   else ""),
        ])
        self.model.muted = lambda p: not PairStatus(p["status"]).live
        self.model.tooltip = log_tooltip
        self.table = QTableView(objectName="matching_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # by talent, A→Z: enabling the sort alone sorts by Qt's default, descending (the list opened Z→A)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.wishes_button = button(self.tr("希望と条件…"), "matching_wishes", self.edit_wishes,
                                    self.tr("人材の希望、企業の受け入れ人数・求めるスキル・研究所の希望、"
                                            "固定・禁止ペアを入力します"))
        self.propose_button = button(self.tr("提案"), "matching_propose", self.propose,
                                     self.tr("希望と制約から最適な組み合わせを計算し、候補として保存します"
                                             "（候補より先に進んだペアはそのまま）"))
        self.advance_button = button(self.tr("次の段階へ"), "matching_advance", self.advance)
        self.dissolve_button = button(self.tr("解消…"), "matching_dissolve", self.dissolve)
        ctx.guard(Area.MATCHING, self.wishes_button, self.propose_button, self.advance_button, self.dissolve_button)
        top = QHBoxLayout()
        for widget in (self.wishes_button, self.propose_button, self.advance_button, self.dissolve_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.summary = QLabel(objectName="matching_summary")
        hint = QLabel(self.tr("順位は希望の何番目か（— は希望になし）。灰色は終了・解消したペアです。"))
        set_role(hint, "hint")
        self.empty = EmptyState("matching")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.contracts = ContractsPanel(ctx, self._chosen)
        self.history = PairHistory(self._chosen)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_pair())
        below = QSplitter(Qt.Orientation.Horizontal, objectName="matching_below")
        below.addWidget(self.contracts)
        below.addWidget(self.history)
        below.setChildrenCollapsible(False)
        layout.addWidget(below)
        self.load = PageLoad(self, ctx, self._reader, self._show)
        self.reload()

    def _programme(self) -> int:
        assert self.programme_id is not None  # pairs are read only in a programme
        return self.programme_id

    def _reader(self) -> Callable[[], list[dict[str, Any]]]:
        db, programme_id = self.db, self._programme()
        return lambda: matching.pairs(db, programme_id)

    def reload(self) -> None:
        """Re-read the pairs (the page is shown again, or a pair moved)."""
        if self.programme_id is None:
            self._show([])
        else:
            self.load.start()

    def _show(self, rows: list[dict[str, Any]]) -> None:
        chosen = self._chosen()
        self.model.set_rows(rows)
        fit_columns(self.table)
        if chosen is not None:  # the pair just moved stays chosen, its contracts and 履歴 in view
            self.table.selectRow(next((r for r in range(self.model.rowCount())
                                       if self.model.row_record(r)["id"] == chosen["id"]), -1))
        live = sum(PairStatus(p["status"]).live for p in rows)
        self.summary.setText(self.tr("ペア {0} 組（進行中 {1} 組）").format(len(rows), live))
        if self.programme_id is None:
            self.empty.no_programme(self.ctx)
        elif not rows:
            self.empty.show_state(
                self.tr("マッチングのペアはまだありません。「希望と条件…」で人材と企業の希望を入力し、"
                        "「提案」で候補のペアを作ります。"),
                [] if self.ctx.refusal(Area.MATCHING) else  # the role may not: the guarded buttons say why
                [(self.tr("希望と条件…"), "empty_matching_wishes", self.edit_wishes),
                 (self.tr("提案"), "empty_matching_propose", self.propose)])
        else:
            self.empty.hide()
        self._update_buttons()
        self._show_pair()

    def _show_pair(self) -> None:
        self.contracts.show_pair()
        self.history.show_pair()

    def _chosen(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        no_programme = self.tr("プログラムがまだありません。先にプログラムを作成してください")
        enable(self.wishes_button, self.programme_id is not None, no_programme)
        enable(self.propose_button, self.programme_id is not None, no_programme)
        pair = self._chosen()
        live = pair is not None and PairStatus(pair["status"]).live
        why = self.tr("進行中のペアを選んでください")
        enable(self.advance_button, pair is not None and next_stage(PairStatus(pair["status"])) is not None, why)
        enable(self.dissolve_button, live, why)

    def edit_wishes(self) -> None:
        """The 希望と条件 dialog; its save is one undo step (the dialog has written it)."""
        assert self.programme_id is not None
        dialog = WishesDialog(self.db, self.programme_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        self.ctx.undo_stack.push(MatchingInputChange(self.db, self.programme_id, dialog.before, dialog.saved,
                                                     self.tr("希望と条件を変更"), self._changed, self._refused))
        self._changed()

    def propose(self) -> None:
        assert self.programme_id is not None
        if not confirm_irreversible(self, self.tr("提案"), self.tr("人材と企業の候補ペアを計算して作成しますか？")):
            return
        programme_id, who = self.programme_id, self.ctx.who
        self.ctx.runner.submit(self, self.tr("マッチングを計算しています…"),
                               lambda _progress: matching.propose(self.db, programme_id, who),
                               lambda _ids: self._changed(), show_failure(self, self.tr("提案できません")))

    def advance(self) -> None:
        pair = self._chosen()
        assert pair is not None
        status = next_stage(PairStatus(pair["status"]))
        assert status is not None  # the button is enabled only then
        self._move(pair, status, "")

    def dissolve(self) -> None:
        pair = self._chosen()
        assert pair is not None
        reason, ok = QInputDialog.getText(self, self.tr("ペアの解消"),
                                          self.tr("{0} と {1} のペアを解消する理由").format(pair["talent"], pair["company"]))
        if ok:
            self._move(pair, PairStatus.DISSOLVED, reason)

    def _move(self, pair: dict[str, Any], status: PairStatus, reason: str) -> None:
        """One undo step (a missing reason and a pair changed meanwhile are refused by it, nothing written)."""
        text = self.tr("{0} とのペアを「{1}」に").format(pair["company"], status.label)  # the company, not the person
        self.ctx.undo_stack.push(PairMove(self.db, pair["id"], PairStatus(pair["status"]), status, reason, text,
                                          self._changed, self._refused, self.ctx.who))

    def _refused(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _changed(self) -> None:
        self.reload()
        self.ctx.data_changed.emit()
