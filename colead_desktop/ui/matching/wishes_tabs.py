"""The three tabs of the 希望と条件 dialog, each editing its part of a WishesState: 人材の希望 (a talent's ranked
SMEs), 企業 (a company's part in the matching, capacity, wanted skills and the lab's ranked talents) and ルール
(fixed and forbidden pairs). Names are shown, ids kept; each tab tells the dialog when it changed something."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from colead_desktop.domain.matching import Pair, RuleKind
from colead_desktop.domain.types import SkillType
from colead_desktop.ui.matching.ranked_list import RankedList
from colead_desktop.ui.matching.wishes_state import WishesState
from colead_desktop.ui.style import set_role
from colead_desktop.ui.widgets import button, data_combo, enable, set_choices

MAX_CAPACITY = 99
_ID = Qt.ItemDataRole.UserRole


def _chooser(name: str, entries: list[tuple[str, str]]) -> QListWidget:
    """A list of (id, text) to pick one from; the first is picked."""
    chooser = QListWidget(objectName=name)
    chooser.setMaximumWidth(340)
    for value, text in entries:
        item = QListWidgetItem(text)
        item.setData(_ID, value)
        chooser.addItem(item)
    return chooser


def _plain(name: str) -> QLabel:
    """A label showing names and answers from the data: plain text, whatever they contain."""
    label = QLabel(objectName=name, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    set_role(label, "hint")
    return label


class TalentWishesTab(QWidget):
    """A talent's SMEs, best first, chosen from the companies taking part."""

    def __init__(self, state: WishesState, edited: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="wishes_talents")
        self.state, self._edited = state, edited
        names = state.editing.names()
        self.talents = _chooser("wishes_talent_list", list(state.editing.talents))
        self.ranked = RankedList("talent_wishes", names.smes)
        self.title = _plain("talent_wishes_title")
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.ranked, 1)
        right.addWidget(_hint(self.tr("上ほど第一希望です。ドラッグでも並べ替えられます。"
                                      "追加できるのは「企業」タブで参加にした企業です。")))
        layout = QHBoxLayout(self)
        layout.addWidget(self.talents)
        layout.addLayout(right, 1)
        self.talents.currentRowChanged.connect(lambda _row: self.show_talent())
        self.ranked.changed.connect(self._store)
        self._showing: str | None = None
        self.talents.setCurrentRow(0)
        self.show_talent()

    def talent(self) -> str | None:
        item = self.talents.currentItem()
        return None if item is None else str(item.data(_ID))

    def show_talent(self) -> None:
        """Show the chosen talent's wishes (and offer the companies taking part now)."""
        talent = self.talent()
        self._showing = None  # what set_ids emits is not an edit
        self.ranked.set_candidates(self.state.taking_part())
        self.ranked.set_ids([] if talent is None else self.state.talent_wishes[talent])
        self.ranked.setEnabled(talent is not None)
        self.title.setText(self.tr("人材がいません") if talent is None else
                           self.tr("{0} の希望する企業").format(self.talents.currentItem().text()))
        self._showing = talent

    def _store(self) -> None:
        if self._showing is not None:
            self.state.talent_wishes[self._showing] = self.ranked.ids()
            self._edited()


class CompaniesTab(QWidget):
    """Each company of the programme's regions: taking part, capacity, wanted skills, the lab's talents."""

    def __init__(self, state: WishesState, edited: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="wishes_companies")
        self.state, self._edited = state, edited
        self.companies = _chooser("wishes_company_list", [(c.id, self._label(c.id)) for c in state.editing.companies])
        self.taking_part = QCheckBox(self.tr("マッチングに参加する"), objectName="company_taking_part")
        self.capacity = QSpinBox(objectName="company_capacity", minimum=0, maximum=MAX_CAPACITY)
        self.capacity.setSuffix(self.tr(" 名"))
        self.capacity.setMaximumWidth(120)
        self.skills = {skill.value: QCheckBox(skill.label, objectName=f"company_skill_{skill.value}")
                       for skill in SkillType}
        skill_box = QGroupBox(self.tr("求めるスキル（B-3 STEP5）"))
        skill_layout = QVBoxLayout(skill_box)
        for box in self.skills.values():
            skill_layout.addWidget(box)
        self.b3_answer = _plain("company_b3_answer")
        set_role(self.b3_answer, "hint")
        skill_layout.addWidget(self.b3_answer)
        self.ranked = RankedList("company_wishes", state.editing.names().talents)
        self.ranked.set_candidates([t for t, _ in state.editing.talents])
        wishes_box = QGroupBox(self.tr("研究所の希望する人材（上ほど優先）"))
        QVBoxLayout(wishes_box).addWidget(self.ranked)
        form = QFormLayout()
        form.addRow(self.taking_part)
        form.addRow(self.tr("受け入れ人数"), self.capacity)
        right = QVBoxLayout()
        right.addLayout(form)
        columns = QHBoxLayout()
        columns.addWidget(skill_box)
        columns.addWidget(wishes_box, 1)
        right.addLayout(columns, 1)
        right.addWidget(_hint(self.tr("参加しない企業の希望と条件は保存されません。")))
        layout = QHBoxLayout(self)
        layout.addWidget(self.companies)
        layout.addLayout(right, 1)
        self._showing: str | None = None
        self.companies.currentRowChanged.connect(lambda _row: self.show_company())
        self.taking_part.toggled.connect(lambda _on: self._store())
        self.capacity.valueChanged.connect(lambda _value: self._store())
        for box in self.skills.values():
            box.toggled.connect(lambda _on: self._store())
        self.ranked.changed.connect(self._store)
        self.companies.setCurrentRow(0)
        self.show_company()

    def _label(self, company: str) -> str:
        """The company in the list, with whether it takes part and how many it takes."""
        choice = next(c for c in self.state.editing.companies if c.id == company)
        edit = self.state.companies[company]
        part = self.tr("受入 {0} 名").format(edit.capacity) if edit.taking_part else self.tr("不参加")
        return self.tr("{0}（{1}）: {2}").format(choice.name, choice.region, part)

    def company(self) -> str | None:
        item = self.companies.currentItem()
        return None if item is None else str(item.data(_ID))

    def show_company(self) -> None:
        company = self.company()
        self._showing = None  # filling the fields is not an edit
        edit = None if company is None else self.state.companies[company]
        choice = next((c for c in self.state.editing.companies if c.id == company), None)
        self.taking_part.setChecked(edit is not None and edit.taking_part)
        self.capacity.setValue(0 if edit is None else edit.capacity)
        for value, box in self.skills.items():
            box.setChecked(edit is not None and value in edit.skills)
        self.b3_answer.setText(self.tr("B-3 STEP5 の回答: {0}").format(choice.b3_answer) if choice and choice.b3_answer
                               else self.tr("B-3 STEP5 の回答はありません"))
        self.ranked.set_ids([] if edit is None else edit.wishes)
        self.taking_part.setEnabled(edit is not None)
        self._enable_fields()
        self._showing = company

    def _enable_fields(self) -> None:
        on = self.taking_part.isChecked()
        for widget in (self.capacity, *self.skills.values(), self.ranked):
            widget.setEnabled(on)

    def _store(self) -> None:
        self._enable_fields()
        if self._showing is None:
            return
        edit = self.state.companies[self._showing]
        edit.taking_part = self.taking_part.isChecked()
        edit.capacity = self.capacity.value()
        edit.skills = {value for value, box in self.skills.items() if box.isChecked()}
        edit.wishes = self.ranked.ids()
        self.companies.currentItem().setText(self._label(self._showing))
        self._edited()


class RulesTab(QWidget):
    """Fixed and forbidden pairs: one rule per pair (adding a pair again changes its kind)."""

    def __init__(self, state: WishesState, edited: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="wishes_rules")
        self.state, self._edited = state, edited
        self.names = state.editing.names()
        self.table = QTableWidget(0, 3, objectName="rules_table")
        self.table.setHorizontalHeaderLabels([self.tr("人材"), self.tr("企業"), self.tr("種類")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.talent = data_combo("rule_talent", 12)
        set_choices(self.talent, [(name, talent) for talent, name in state.editing.talents])
        self.company = data_combo("rule_company", 12)
        self.kind = data_combo("rule_kind", 6)
        set_choices(self.kind, [(kind.label, kind) for kind in RuleKind])
        self.add_button = button(self.tr("追加"), "rule_add", self.add)
        self.remove_button = button(self.tr("削除"), "rule_remove", self.remove)
        adding = QHBoxLayout()
        for widget, stretch in ((self.talent, 1), (self.company, 1), (self.kind, 0), (self.add_button, 0)):
            adding.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(_hint(self.tr("固定: 提案で必ず組むペア。禁止: 提案でも手作業でも組まないペア。")), 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """Offer the companies taking part now and show the rules."""
        set_choices(self.company, [(self.names.sme(company), company) for company in self.state.taking_part()],
                    self.company.currentData())
        self._show_rules()

    def _rules(self) -> list[Pair]:
        return sorted(self.state.rules, key=lambda p: (self.names.talent(p[0]), self.names.sme(p[1])))

    def _show_rules(self) -> None:
        rules = self._rules()
        self.table.setRowCount(len(rules))
        for row, pair in enumerate(rules):
            cells = (self.names.talent(pair[0]), self.names.sme(pair[1]), self.state.rules[pair].label)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def add(self) -> None:
        talent, company = self.talent.currentData(), self.company.currentData()
        if talent is None or company is None:
            return
        self.state.rules[(str(talent), str(company))] = RuleKind(self.kind.currentData())
        self._show_rules()
        self._edited()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            del self.state.rules[self._rules()[rows[0].row()]]
            self._show_rules()
            self._edited()

    def _update_buttons(self) -> None:
        enable(self.add_button, self.talent.count() > 0 and self.company.count() > 0,
               self.tr("人材と、マッチングに参加する企業を選んでください"))
        enable(self.remove_button, bool(self.table.selectionModel().selectedRows()), self.tr("ルールを選んでください"))
