"""The contracts of the pair chosen on the matching page (issue 19 item 6): NDA and rights agreement with their
sent, signed and expiry dates and signatories. Adding, changing and deleting are undo steps, each refused
rather than written over someone else's change (services/contracts.py checks the state the step started from).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QTableView, QVBoxLayout, QWidget)

from colead_desktop.domain.attachments import sha256_hex
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.contracts import Contract, ContractKind, check_signed_document, contract_problems, state_of
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.team import Area
from colead_desktop.services import contracts
from colead_desktop.services.attachments import private_copy
from colead_desktop.ui.column_widths import fit_columns
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.file_dialogs import open_file
from colead_desktop.ui.style import set_role
from colead_desktop.ui.table_model import Column, RecordTableModel
from colead_desktop.ui.undo import CheckedChange, Refused
from colead_desktop.ui.widgets import button, enable


class ContractChange(CheckedChange[Contract | None]):
    """Add (before None), change, or delete (after None) one contract."""

    def __init__(self, ctx: AppContext, before: Contract | None, after: Contract | None, text: str,
                 changed: Callable[[], None], refused: Refused, document: contracts.Document | None = None) -> None:
        """`document`: the signed PDF chosen in this change, stored with its first run (undo and redo move
        only the link: the stored bytes stay, content-addressed)."""
        super().__init__(before, after, text, changed, refused)
        self._db, self._document = ctx.db, document

    def write(self, source: Contract | None, target: Contract | None) -> Contract | None:
        if target is None:
            assert source is not None
            contracts.delete_contract(self._db, source)
            return None
        document, self._document = self._document, None
        if source is None:  # an add, or the redo of one (the deleted row's id is not reused)
            return contracts.save_contract(self._db, replace(target, id=None), document=document)
        return contracts.save_contract(self._db, replace(target, id=source.id, version=source.version), source,
                                       document)


class _OptionalDate(QWidget):
    """A date that may be left unset (未定): a check box enabling a date field."""

    def __init__(self, name: str, value: date | None) -> None:
        super().__init__(objectName=name)
        self.set = QCheckBox(objectName=f"{name}_set")
        self.edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.set.toggled.connect(self.edit.setEnabled)
        self.set.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(value or tokyo_today()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.set)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.set.isChecked() else None


class ContractDialog(QDialog):
    def __init__(self, ctx: AppContext, contract: Contract, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("契約"))
        self.ctx, self._contract = ctx, contract
        self.document: contracts.Document | None = None  # a signed PDF chosen now, stored with the save
        self.document_label = QLabel(objectName="contract_document")
        self.attach_button = button(self.tr("添付…"), "contract_attach", self.attach)
        self.open_button = button(self.tr("開く"), "contract_open", self.open_document)
        document_row = QHBoxLayout()
        document_row.addWidget(self.document_label, 1)
        document_row.addWidget(self.attach_button)
        document_row.addWidget(self.open_button)
        self._show_document()
        self.kind = QComboBox(objectName="contract_kind")
        for kind in ContractKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(list(ContractKind).index(contract.kind))
        self.kind.setEnabled(contract.id is None)  # a contract's kind is what it is
        self.sent_on = _OptionalDate("contract_sent_on", contract.sent_on)
        self.signed_on = _OptionalDate("contract_signed_on", contract.signed_on)
        self.expires_on = _OptionalDate("contract_expires_on", contract.expires_on)
        self.signatories = QLineEdit(contract.signatories, objectName="contract_signatories")
        self.note = QLineEdit(contract.note, objectName="contract_note")
        self.problems = QLabel(objectName="contract_problems", wordWrap=True)
        set_role(self.problems, "error")
        form = QFormLayout()
        form.addRow(self.tr("種類"), self.kind)
        form.addRow(self.tr("送付日"), self.sent_on)
        form.addRow(self.tr("締結日"), self.signed_on)
        form.addRow(self.tr("有効期限"), self.expires_on)
        form.addRow(self.tr("署名者"), self.signatories)
        form.addRow(self.tr("メモ"), self.note)
        form.addRow(self.tr("署名済みPDF"), document_row)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def contract(self) -> Contract:
        sha = sha256_hex(self.document.data) if self.document else self._contract.document_sha256
        return replace(self._contract, kind=ContractKind(self.kind.currentData()), sent_on=self.sent_on.value(),
                       signed_on=self.signed_on.value(), expires_on=self.expires_on.value(),
                       signatories=self.signatories.text().strip(), note=self.note.text().strip(),
                       document_sha256=sha)

    def _show_document(self) -> None:
        if self.document is not None:
            self.document_label.setText(self.tr("{name}（保存時に添付）").format(name=self.document.file_name))
        else:
            self.document_label.setText(self.tr("添付済み") if self._contract.document_sha256 else self.tr("なし"))
        self.open_button.setEnabled(self.document is None and self._contract.document_sha256 is not None)

    def attach(self) -> None:
        path = open_file(self, self.ctx.settings, "pdf", self.tr("署名済みの契約書（PDF）を選択"),
                         self.tr("PDF (*.pdf)"))
        if path is None:
            return
        try:
            data = path.read_bytes()
            check_signed_document(data, path.name)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("署名済みPDF"), self.tr("ファイルを読めません: {name}（{err}）").format(
                name=path.name, err=exc.strerror))
            return
        except InputError as exc:
            QMessageBox.warning(self, self.tr("署名済みPDF"), str(exc))
            return
        self.document = contracts.Document(path.name, data)
        self._show_document()

    def open_document(self) -> Path | None:
        """Show the stored signed PDF through an owner-only temporary copy; the file shown, if any."""
        try:
            shown = private_copy(contracts.document_of(self.ctx.db, self._contract),
                                 contracts.document_name(self._contract))
        except InputError as exc:  # missing or damaged: said, never opened
            QMessageBox.warning(self, self.tr("署名済みPDFを開けません"), str(exc))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(shown)))
        return shown

    def accept(self) -> None:
        """Kept open, naming each field's problem, until the contract can be stored."""
        problems = contract_problems(self.contract(), tokyo_today())
        if problems:
            self.problems.setText("\n".join(problems.values()))
            return
        super().accept()


class ContractsPanel(QWidget):
    """The chosen pair's contracts; `pair()` is the pair chosen on the page (None when none is)."""

    def __init__(self, ctx: AppContext, pair: Callable[[], dict[str, object] | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="contracts_panel")
        self.ctx, self._pair = ctx, pair
        self.rows: list[Contract] = []
        today = tokyo_today
        self.model = RecordTableModel([
            Column(self.tr("種類"), lambda c: c.kind.label),
            Column(self.tr("状態"), lambda c: state_of(c, today()).label),
            Column(self.tr("送付日"), lambda c: _day(c.sent_on)),
            Column(self.tr("締結日"), lambda c: _day(c.signed_on)),
            Column(self.tr("有効期限"), lambda c: _day(c.expires_on)),
            Column(self.tr("署名者"), lambda c: c.signatories),
        ])
        self.table = QTableView(objectName="contracts_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = button(self.tr("契約を追加…"), "contract_add", self.add)
        self.edit_button = button(self.tr("編集…"), "contract_edit", self.edit)
        self.delete_button = button(self.tr("削除"), "contract_delete", self.delete)
        ctx.guard(Area.MATCHING, self.add_button, self.delete_button)
        self.title = QLabel(objectName="contracts_title")
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        for widget in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.show_pair()

    def show_pair(self) -> None:
        """Show the contracts of the pair chosen now."""
        pair = self._pair()
        if pair is None:
            self.rows = []
            self.title.setText(self.tr("契約（ペアを選ぶと表示します）"))
        else:
            pair_id = int(str(pair["id"]))
            self.rows = [c for c in contracts.contracts(self.ctx.db, self._programme_id()) if c.pair_id == pair_id]
            self.title.setText(self.tr("{0} と {1} の契約").format(pair["talent"], pair["company"]))
        self.model.set_rows(self.rows)
        fit_columns(self.table)
        self.update_buttons()

    def _programme_id(self) -> int:
        assert self.ctx.programme_id is not None  # a pair is shown only in a programme
        return self.ctx.programme_id

    def _chosen(self) -> Contract | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        enable(self.add_button, self._pair() is not None, self.tr("ペアを選んでください"))
        chosen = self._chosen() is not None
        enable(self.edit_button, chosen, self.tr("契約を選んでください"))
        enable(self.delete_button, chosen, self.tr("契約を選んでください"))

    def add(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        kinds = {c.kind for c in self.rows}
        kind = next((k for k in ContractKind if k not in kinds), ContractKind.NDA)
        dialog = ContractDialog(self.ctx, Contract(None, int(str(pair["id"])), kind), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            added = dialog.contract()
            self._push(None, added, self.tr("{0}を追加").format(added.kind.label), dialog.document)

    def edit(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        dialog = ContractDialog(self.ctx, chosen, self)
        if self.ctx.refusal(Area.MATCHING) is not None:  # read only for this role
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            dialog.attach_button.setEnabled(False)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.contract() != chosen:
            self._push(chosen, dialog.contract(), self.tr("{0}を変更").format(chosen.kind.label), dialog.document)

    def delete(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(self, self.tr("契約の削除"),
                                      self.tr("{0}を削除しますか？（元に戻せます）").format(chosen.kind.label))
        if answer == QMessageBox.StandardButton.Yes:
            self._push(chosen, None, self.tr("{0}を削除").format(chosen.kind.label))

    def _push(self, before: Contract | None, after: Contract | None, text: str,
              document: contracts.Document | None = None) -> None:
        self.ctx.undo_stack.push(ContractChange(self.ctx, before, after, text, self._changed, self._refused,
                                                document))

    def _changed(self) -> None:
        self.show_pair()
        self.ctx.data_changed.emit()

    def _refused(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"
