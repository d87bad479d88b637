"""A programme's setup in sections (the programme, the payer, its 全銀 identity, the regions with their labs, the
starting policy), each one widget used both as a page of the 新しいプログラム wizard and as a tab of プログラム設定.

A section shows and collects values only. Which values are wrong is check_setup's answer
(domain/programme_setup.py), shown by the section that owns the field the finding names, next to that field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QWidget)

from colead_desktop.domain.bank import AccountType
from colead_desktop.domain.bank_directory import bank_info
from colead_desktop.domain.programme_setup import (Finding, ProgrammeSetup, RegionSetup, ZenginRequester, check_setup,
                                                   fiscal_year_period, normalise_setup)
from colead_desktop.domain.team import Area
from colead_desktop.ui import palette
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.style import State, set_role, set_state
from colead_desktop.ui.widgets import to_date, to_qdate


class Section(QWidget):
    """One section's form (forms/<form_name>.ui) with a finding line under each field it owns."""

    form_name = ""
    area = Area.SETUP  # who may write what this section edits (domain/team.py): the settings dialog guards it
    edited = Signal()  # the user left a field: the owner checks the setup again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.form_name)
        adopt_form(self.form_name, self)
        self.fields: dict[str, QWidget] = {}  # finding path -> the editor it names
        self.finding_labels: dict[str, QLabel] = {}
        self.touched: set[str] = set()  # fields the user has left, whose findings show before Next is pressed

    def _own(self, path: str, editor: QWidget, form: QFormLayout) -> None:
        """`editor` answers for findings on `path`; their text shows on a line inserted under its row.
        `editor` is the section itself for a finding on the whole section: its line goes on top of the form."""
        self.fields[path] = editor
        label = QLabel(objectName=f"finding_{path.replace('.', '_')}")
        label.setWordWrap(True)
        set_role(label, "finding")
        label.hide()
        self.finding_labels[path] = label
        if editor is self:
            form.insertRow(0, label)
            return
        form.insertRow(_form_row(form, editor) + 1, "", label)
        if isinstance(editor, QComboBox):
            editor.activated.connect(lambda _index: self._left(path))
        elif isinstance(editor, (QLineEdit, QSpinBox, QDateEdit)):
            editor.editingFinished.connect(lambda: self._left(path))

    def _left(self, path: str) -> None:
        self.touched.add(path)
        self.edited.emit()

    def owns(self, path: str) -> bool:
        return path in self.fields

    def show_findings(self, findings: Iterable[Finding], everything: bool) -> list[Finding]:
        """Show the findings on this section's fields (only on fields already left unless `everything`);
        the ones shown are returned."""
        mine = [f for f in findings if self.owns(f.field) and
                (everything or f.field in self.touched or (self.fields.get(f.field) is self and self.touched))]
        for path, label in self.finding_labels.items():
            here = [f for f in mine if f.field == path]
            label.setText("\n".join(f.message for f in here))
            label.setVisible(bool(here))
            state: State = "error" if any(f.is_error for f in here) else "warning" if here else ""
            set_state(label, state)
            if self.fields[path] is not self:
                set_state(self.fields[path], "invalid" if state == "error" else "")
        if everything:
            self.touched.update(self.fields)
        return mine

    def load(self, setup: ProgrammeSetup) -> None:
        raise NotImplementedError

    def apply(self, setup: ProgrammeSetup) -> ProgrammeSetup:
        """`setup` with this section's values in it."""
        raise NotImplementedError


def _form_row(form: QFormLayout, editor: QWidget) -> int:
    position: tuple[int, QFormLayout.ItemRole] = form.getWidgetPosition(editor)  # type: ignore[assignment]
    if position[0] >= 0:
        return position[0]
    for row in range(form.rowCount()):  # the editor sits in a row's nested layout (the account number's)
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        layout = item.layout() if item is not None else None
        if layout is not None and layout.indexOf(editor) >= 0:
            return row
    raise LookupError(f"{editor.objectName()} is not in the form")


def _text(edit: QLineEdit) -> str:
    return edit.text().strip()


def _cell_text(cell: QTableWidgetItem | None) -> str:
    return cell.text().strip() if cell is not None else ""


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ProgrammeSection(Section):
    form_name = "programme_section"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = child(self, QFormLayout, "form_layout")
        self.name = child(self, QLineEdit, "programme_name")
        self.fiscal_year = child(self, QSpinBox, "programme_fiscal_year")
        self.start = child(self, QDateEdit, "programme_start")
        self.end = child(self, QDateEdit, "programme_end")
        self.sponsor = child(self, QLineEdit, "programme_sponsor")
        for path, editor in (("name", self.name), ("fiscal_year", self.fiscal_year), ("start", self.start),
                             ("end", self.end), ("sponsor", self.sponsor)):
            self._own(path, editor, form)
        self.fiscal_year.valueChanged.connect(self._year_changed)

    def _year_changed(self, year: int) -> None:
        """The period follows the year while it is still the whole of the previous one (April to March)."""
        period = (to_date(self.start.date()), to_date(self.end.date()))
        if period in (fiscal_year_period(year - 1), fiscal_year_period(year + 1)):
            start, end = fiscal_year_period(year)
            self.start.setDate(to_qdate(start))
            self.end.setDate(to_qdate(end))

    def load(self, setup: ProgrammeSetup) -> None:
        self.name.setText(setup.name)
        with QSignalBlocker(self.fiscal_year):
            self.fiscal_year.setValue(setup.fiscal_year)
        self.start.setDate(to_qdate(setup.start))
        self.end.setDate(to_qdate(setup.end))
        self.sponsor.setText(setup.sponsor)

    def apply(self, setup: ProgrammeSetup) -> ProgrammeSetup:
        return replace(setup, name=_text(self.name), fiscal_year=self.fiscal_year.value(),
                       start=to_date(self.start.date()), end=to_date(self.end.date()), sponsor=_text(self.sponsor))


class PayerSection(Section):
    form_name = "payer_section"
    area = Area.PAYMENT_SETUP

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = child(self, QFormLayout, "form_layout")
        self.edits = {key: child(self, QLineEdit, f"payer_{key}")
                      for key in ("name", "address", "phone", "project_name", "contract_no", "invoice_no")}
        for key, edit in self.edits.items():
            self._own(f"payer.{key}", edit, form)

    def load(self, setup: ProgrammeSetup) -> None:
        for key, edit in self.edits.items():
            edit.setText(getattr(setup.payer, key))

    def apply(self, setup: ProgrammeSetup) -> ProgrammeSetup:
        values: dict[str, Any] = {key: _text(edit) for key, edit in self.edits.items()}
        return replace(setup, payer=replace(setup.payer, **values))


class ZenginSection(Section):
    """The requester and the payer's account. Leaving a bank or branch code looks it up in the zengin-code
    data: the names and kana show under it, or a warning that does not block (banks merge branches). The
    account number is masked once entered; 「表示」 shows it while ticked."""

    form_name = "zengin_section"
    area = Area.PAYMENT_SETUP

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = child(self, QFormLayout, "form_layout")
        self.requester_code = child(self, QLineEdit, "zengin_requester_code")
        self.requester_kana = child(self, QLineEdit, "zengin_requester_kana")
        self.bank_code = child(self, QLineEdit, "zengin_bank_code")
        self.branch_code = child(self, QLineEdit, "zengin_branch_code")
        self.bank_info = child(self, QLabel, "zengin_bank_info")
        self.branch_info = child(self, QLabel, "zengin_branch_info")
        self.account_type = child(self, QComboBox, "zengin_account_type")
        for kind in (AccountType.ORDINARY, AccountType.CURRENT):
            self.account_type.addItem(kind.label, kind.value)
        self.account_number = child(self, QLineEdit, "zengin_account_number")
        self.show_account = child(self, QCheckBox, "zengin_show_account")
        self.show_account.toggled.connect(self._show_account)
        for name, editor in (("requester_code", self.requester_code), ("requester_kana", self.requester_kana),
                             ("bank_code", self.bank_code), ("branch_code", self.branch_code),
                             ("account_type", self.account_type), ("account_number", self.account_number)):
            self._own(f"payer.zengin.{name}", editor, form)
        self._own("payer.zengin", self, form)  # nothing of it entered: statements work, the bank file will not
        self.bank_code.editingFinished.connect(self.look_up_bank)
        self.branch_code.editingFinished.connect(self.look_up_bank)
        for label in (self.bank_info, self.branch_info):
            set_role(label, "note")
            label.hide()

    def _show_account(self, shown: bool) -> None:
        self.account_number.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.PasswordEchoOnEdit)

    def look_up_bank(self) -> None:
        """Name the bank and branch the codes stand for; an unknown code is check_setup's warning on the field."""
        bank, branch = _text(self.bank_code), _text(self.branch_code)
        info = bank_info(bank, branch) if bank.isascii() and bank.isdigit() and len(bank) == 4 else None
        _show(self.bank_info, f"{info.bank_name}（{info.bank_kana}）" if info is not None else "")
        _show(self.branch_info, f"{info.branch_name}（{info.branch_kana}）" if info is not None and branch and
              info.branch_known else "")

    def load(self, setup: ProgrammeSetup) -> None:
        zengin = setup.payer.zengin
        self.requester_code.setText(zengin.requester_code)
        self.requester_kana.setText(zengin.requester_kana)
        self.bank_code.setText(zengin.bank_code)
        self.branch_code.setText(zengin.branch_code)
        self.account_type.setCurrentIndex(max(self.account_type.findData(zengin.account_type.value), 0))
        self.account_number.setText(zengin.account_number)
        self.look_up_bank()

    def apply(self, setup: ProgrammeSetup) -> ProgrammeSetup:
        zengin = ZenginRequester(
            requester_code=_text(self.requester_code), requester_kana=_text(self.requester_kana),
            bank_code=_text(self.bank_code), branch_code=_text(self.branch_code),
            account_type=AccountType(self.account_type.currentData()), account_number=_text(self.account_number))
        return replace(setup, payer=replace(setup.payer, zengin=zengin))


_REGION_COLUMNS = ("name", "prefecture", "lab", "lab_contact", "lab_address")
_REGION_PATH = re.compile(r"^regions(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?$")  # regions[0].name or regions.0.name


class RegionsSection(Section):
    """The regions as a small table; a finding on a region marks its cell and is listed under the table by row."""

    form_name = "regions_section"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = child(self, QTableWidget, "regions_table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 90, 170, 110)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(True)
        self.findings_label = child(self, QLabel, "regions_findings")
        self.findings_label.hide()
        self.remove_button = child(self, QPushButton, "region_remove")
        child(self, QPushButton, "region_add").clicked.connect(lambda: self.add_region())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemChanged.connect(lambda _item: self.touched.add("regions"))
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows()) or self.table.currentRow() >= 0
        self.remove_button.setEnabled(chosen)
        self.remove_button.setToolTip("" if chosen else self.tr("削除する地域の行を選んでください"))

    def add_region(self, region: RegionSetup | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = [QTableWidgetItem(getattr(region, key) if region is not None else "") for key in _REGION_COLUMNS]
        # the stored region a loaded row edits, so a renamed region stays the same record
        cells[0].setData(Qt.ItemDataRole.UserRole, region.region_id if region is not None else None)
        for column, cell in enumerate(cells):
            self.table.setItem(row, column, cell)
        if region is None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(cells[0])

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.touched.add("regions")
            self.edited.emit()
        self._selection_changed()

    def owns(self, path: str) -> bool:
        return path == "regions" or _REGION_PATH.match(path) is not None

    def show_findings(self, findings: Iterable[Finding], everything: bool) -> list[Finding]:
        mine = [f for f in findings if self.owns(f.field) and (everything or "regions" in self.touched)]
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                cell = self.table.item(row, column)
                if cell is not None:
                    cell.setBackground(QColor(0, 0, 0, 0))
        lines = []
        for finding in mine:
            match = _REGION_PATH.match(finding.field)
            if match is None:
                lines.append(finding.message)
                continue
            row = int(match.group(1) or match.group(2))
            column = _REGION_COLUMNS.index(match.group(3)) if match.group(3) in _REGION_COLUMNS else 0
            cell = self.table.item(row, column)
            if cell is not None:
                cell.setBackground(QColor(palette.INVALID_CELL_BACKGROUND if finding.is_error
                                          else palette.WARNING_CELL_BACKGROUND))
            lines.append(self.tr("{0} 行目: {1}").format(row + 1, finding.message))
        self.findings_label.setText("\n".join(lines))
        self.findings_label.setVisible(bool(lines))
        set_state(self.findings_label, "error" if any(f.is_error for f in mine) else "warning" if mine else "")
        if everything:
            self.touched.add("regions")
        return mine

    def load(self, setup: ProgrammeSetup) -> None:
        self.table.setRowCount(0)
        for region in setup.regions:
            self.add_region(region)
        self._selection_changed()

    def apply(self, setup: ProgrammeSetup) -> ProgrammeSetup:
        regions = []
        for row in range(self.table.rowCount()):
            values = {key: _cell_text(self.table.item(row, column)) for column, key in enumerate(_REGION_COLUMNS)}
            if any(values.values()):  # a row left blank is no region
                first = self.table.item(row, 0)
                region_id = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
                regions.append(RegionSetup(**values, region_id=region_id))
        return replace(setup, regions=tuple(regions))


class PolicySection(Section):
    """Where the new programme's payment policy and tour check settings start from, together: the FY2021 preset
    with the default checks, or a copy of another programme's. Changed later in 支給方針 and チェック設定."""

    form_name = "policy_section"

    def __init__(self, programmes: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy_source = child(self, QComboBox, "policy_source")
        self.policy_source.addItem(self.tr("令和3年度（FY2021）の標準（チェック設定も標準）"), None)
        for programme_id, name in programmes:
            self.policy_source.addItem(self.tr("「{0}」からコピー").format(name), programme_id)

    @property
    def policy_from(self) -> int | None:
        """The programme whose policy and check settings the new one copies; None for the preset."""
        value = self.policy_source.currentData()
        return None if value is None else int(value)

    def load(self, setup: ProgrammeSetup) -> None:
        """The sources are not part of the setup: they only say where the new programme starts from."""

    def apply(self, setup: ProgrammeSetup) -> ProgrammeSetup:
        return setup


def setup_sections() -> list[Section]:
    """The sections both the wizard and the settings dialog show, in their order (the policy comes apart)."""
    return [ProgrammeSection(), PayerSection(), ZenginSection(), RegionsSection()]


def collect(sections: Sequence[Section], base: ProgrammeSetup) -> ProgrammeSetup:
    """What the sections hold on top of `base`, normalised as it is checked and stored."""
    setup = base
    for section in sections:
        setup = section.apply(setup)
    return normalise_setup(setup)


def check_section(section: Section, setup: ProgrammeSetup, everything: bool, stored: ProgrammeSetup | None = None) -> bool:
    """Show `section`'s findings on `setup` (`everything`: also on fields not yet left); whether none is an error.
    With `stored` (normalised), `setup` edits it: a value stored before its rule is let be (check_setup)."""
    shown = section.show_findings(check_setup(setup, stored), everything)
    return not any(finding.is_error for finding in shown)
