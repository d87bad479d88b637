"""Who goes: the party tab of the tour settings (members picked from the database's talents and staff, or a
plain head count) and MemberChoice, the 「全員」/ subset picker used by items and arrivals/departures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QRadioButton, QSpinBox, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from colead_desktop.domain.i18n import listed, msg
from colead_desktop.domain.itinerary import Member
from colead_desktop.ui.forms import child
from colead_desktop.ui.tours.widgets import button_row, row_table


MAX_LIST_WIDTH = 720  # beyond it, the list scrolls sideways rather than the dialog leaving the screen


def member_text(member: Member) -> str:
    detail = listed(part for part in (member.role.label, member.organisation) if part)
    return msg("{name}（{detail}）", "{name} ({detail})", name=member.name, detail=detail)


def _checklist(members: Sequence[Member], checked: frozenset[str], name: str) -> QListWidget:
    box = QListWidget(objectName=name)
    for member in members:
        row = QListWidgetItem(member_text(member))
        row.setData(Qt.ItemDataRole.UserRole, member.id)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(Qt.CheckState.Checked if member.id in checked else Qt.CheckState.Unchecked)
        box.addItem(row)
    return box


def checked_ids(box: QListWidget) -> frozenset[str]:
    return frozenset(str(box.item(n).data(Qt.ItemDataRole.UserRole)) for n in range(box.count())
                     if box.item(n).checkState() == Qt.CheckState.Checked)


class MemberChoice(QWidget):
    """「全員」 (None) or the checked members; without listed members only 「全員」 is possible."""

    def __init__(self, members: Sequence[Member], chosen: frozenset[str] | None, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.everyone = QRadioButton(self.tr("全員"), objectName=f"{name}_everyone")
        self.subset = QRadioButton(self.tr("一部の参加者"), objectName=f"{name}_subset")
        group = QButtonGroup(self)
        group.addButton(self.everyone)
        group.addButton(self.subset)
        self.list = _checklist(members, chosen or frozenset(), f"{name}_members")
        self.list.setMaximumHeight(150)
        # Wide enough for 「氏名（役割・所属）」 so the dialog around it grows instead of cutting names off.
        content = (self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
                   + self.list.verticalScrollBar().sizeHint().width())
        self.list.setMinimumWidth(min(content, MAX_LIST_WIDTH))
        (self.everyone if chosen is None or not members else self.subset).setChecked(True)
        self.subset.setEnabled(bool(members))
        if not members:
            self.subset.setToolTip(self.tr("参加者を個別に登録すると一部を選べます（ツアー設定の「参加者」）"))
        self.subset.toggled.connect(self.list.setEnabled)
        self.list.setEnabled(self.subset.isChecked())
        row = QHBoxLayout()
        row.addWidget(self.everyone)
        row.addWidget(self.subset)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def chosen(self) -> frozenset[str] | None:
        return checked_ids(self.list) if self.subset.isChecked() else None

    def set_checked(self, ids: set[str]) -> None:
        self.subset.setChecked(True)
        for n in range(self.list.count()):
            row = self.list.item(n)
            row.setCheckState(Qt.CheckState.Checked if row.data(Qt.ItemDataRole.UserRole) in ids
                              else Qt.CheckState.Unchecked)


class MemberPicker(QDialog):
    """Tick talents, lab staff and secretariat members from the database to add them to the party."""

    def __init__(self, candidates: Sequence[Member], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tour_member_picker")
        self.setWindowTitle(self.tr("参加者を追加"))
        self.candidates = list(candidates)
        self.list = _checklist(self.candidates, frozenset(), "picker_members")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("登録済みの人材・ラボ担当・事務局から選んでください。")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(480, 460)

    def chosen(self) -> list[Member]:
        ids = checked_ids(self.list)
        return [member for member in self.candidates if member.id in ids]


class PartyEditor(QWidget):
    """Listed members (talents, lab staff, secretariat) or only a head count. `uses(member id)`: what names the
    member individually, an entry per item and per arrival or departure; removing such a member asks first, and
    `dropped` keeps whom the dialog then takes off those items too (TourSettingsDialog)."""

    changed = Signal()

    def __init__(self, members: Sequence[Member], party_size: int | None, candidates: Sequence[Member],
                 uses: Callable[[str], list[str]], parent: QWidget | None = None,
                 archived: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self.members, self.candidates, self.uses = list(members), list(candidates), uses
        self.archived = archived  # members whose talent record is archived: marked, for the coordinator to remove
        self.dropped: set[str] = set()  # members removed here: off the items and movements naming them too
        self.listed = QRadioButton(self.tr("参加者を個別に登録する"), objectName="party_listed")
        self.counted = QRadioButton(self.tr("人数だけを入力する"), objectName="party_counted")
        group = QButtonGroup(self)
        group.addButton(self.listed)
        group.addButton(self.counted)
        self.size_spin = QSpinBox(objectName="party_size")
        self.size_spin.setRange(1, 500)
        self.size_spin.setSuffix(self.tr(" 名"))
        self.size_spin.setValue(party_size or max(sum(1 for m in members if m.id not in archived), 1))
        (self.counted if party_size is not None else self.listed).setChecked(True)
        self.table = row_table("party_table", [self.tr("氏名"), self.tr("区分"), self.tr("所属・役割")])
        self.count_label = QLabel(objectName="party_count")
        buttons = button_row(((self.tr("データベースから追加…"), "party_add", self.add_members),
                              (self.tr("削除"), "party_remove", self.remove_members)))
        buttons.addWidget(self.count_label)
        top = QHBoxLayout()
        top.addWidget(self.listed)
        top.addWidget(self.counted)
        top.addWidget(self.size_spin)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.listed.toggled.connect(self._mode_changed)
        self.size_spin.valueChanged.connect(lambda _v: self.changed.emit())
        self._fill()
        self._mode_changed()

    def _mode_changed(self) -> None:
        listed = self.listed.isChecked()
        for widget in (self.table, child(self, QPushButton, "party_add"), child(self, QPushButton, "party_remove")):
            widget.setEnabled(listed)
        self.size_spin.setEnabled(not listed)
        self.changed.emit()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            name = self.tr("{0}（アーカイブ済み）").format(member.name) if member.id in self.archived else member.name
            for column, text in enumerate((name, member.role.label, member.organisation)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        # what the tour's outputs count (domain/tour_party.py): the archived talents are out of the party
        taking = [m for m in self.members if m.id not in self.archived]
        counts = {role.label: sum(1 for m in taking if m.role is role) for role in {m.role for m in taking}}
        gone = len(self.members) - len(taking)
        self.count_label.setText(self.tr("{0}名").format(len(taking)) + (
            msg("（{0}）", " ({0})").format(listed((f"{label} {n}" for label, n in sorted(counts.items())), "、"))
            if counts else "") + (self.tr("・アーカイブ済み {0}名は数えません").format(gone) if gone else ""))

    def add_members(self) -> None:
        present = {member.id for member in self.members}
        picker = MemberPicker([c for c in self.candidates if c.id not in present], self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen():
            self.members.extend(picker.chosen())
            self._fill()
            self.changed.emit()

    def remove_members(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        named = [(self.members[row].name, uses) for row in sorted(rows) if (uses := self.uses(self.members[row].id))]
        if named:
            lines = [self.tr("{0}: {1} 件（{2}）").format(name, len(uses), listed(dict.fromkeys(uses), "、"))
                     for name, uses in named]
            question = self.tr("次の参加者は項目や到着・出発で個別に指定されています。削除すると、それらからも外します"
                               "（その人だけが指定されたものは参加者なしになります）。\n{0}\n\n削除しますか？")
            if QMessageBox.question(self, self.tr("参加者の削除"), question.format("\n".join(lines))) \
                    != QMessageBox.StandardButton.Yes:
                return
        for row in rows:
            self.dropped.add(self.members[row].id)
            del self.members[row]
        self._fill()
        self.changed.emit()

    def result(self) -> tuple[tuple[Member, ...], int | None]:
        """(members, party_size): listed members and no count, or no members and the count."""
        return (tuple(self.members), None) if self.listed.isChecked() else ((), self.size_spin.value())
