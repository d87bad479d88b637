"""One add/edit dialog controller for every record kind.

A form in forms/<kind>_dialog.ui names each editor after the record field it edits (a dict field's
entries as `<field>__<key>`). The controller reads and writes fields by the editor's type, validates
on every change with the domain's rules and shows each message at its field.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QSpinBox, QWidget)

from colead_desktop.domain import records as rec
from colead_desktop.domain.types import not_a_choice
from colead_desktop.domain.validation import Errors, error_lines, normalised, validate
from colead_desktop.domain.normalise import normalise_text
from colead_desktop.services.records import text_limits
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.style import set_state
from colead_desktop.ui.unsaved import DiscardGuard

R = TypeVar("R", bound=rec.AnyRecord)
Choices = dict[str, list[tuple[str, Any]]]


def _text(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]  # the other text editors are QLineEdits


class RecordDialog(QDialog, Generic[R]):
    def __init__(self, form: str, record: R, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record = record
        adopt_form(form, self)
        self._editors: dict[str, QWidget] = {}
        for f in fields(record):
            if f.name == "id":
                continue
            if f.type.startswith("dict") and f.name != "b1_checklist":
                for editor in self.findChildren(QWidget):
                    if editor.objectName().startswith(f"{f.name}__") and not isinstance(editor, QLabel):
                        self._editors[editor.objectName()] = editor
            else:
                found = self.findChild(QWidget, f.name)
                if found is not None:
                    self._editors[f.name] = found
        for name, options in choices.items():
            self._fill(name, options)
        for name in self._editors:
            self._load(name)
        self._errors_label = child(self, QLabel, "validation_label")
        buttons = child(self, QDialogButtonBox, "button_box")
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for editor in self._editors.values():
            self._watch(editor)
        self._order = self._form_order()
        self.refresh_validation()
        self._focus_first_field()
        self._guard = DiscardGuard(self, lambda: self.record()[0])

    def _form_order(self) -> list[str]:
        """The editors' names in the form's tab order (not the record's attribute order)."""
        names = {editor: name for name, editor in self._editors.items()}
        order: list[str] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if widget in names and names[widget] not in order:
                order.append(names[widget])
            widget = widget.nextInFocusChain()
        return order + [name for name in self._editors if name not in order]

    def _focus_first_field(self) -> None:
        """Typing starts in the form's first field (氏名, 名称: the first editor in its tab order, not the
        record's first attribute): a tabbed form otherwise opens on its tab bar and the first characters typed
        are lost (review 14c item 7)."""
        if self._order:
            self._editors[self._order[0]].setFocus()

    # ---- widgets <-> values -------------------------------------------------------------------
    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def _fill(self, name: str, options: list[tuple[str, Any]]) -> None:
        editor = self._editors.get(name)
        if isinstance(editor, QComboBox):
            for label, value in options:
                editor.addItem(label, value)
        elif isinstance(editor, QListWidget):
            for label, value in options:
                item = QListWidgetItem(label, editor)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)

    def _current(self, name: str) -> Any:
        field_name, _, key = name.partition("__")
        value = getattr(self._record, field_name)
        return value.get(key, "") if key else value

    def _load(self, name: str) -> None:
        editor, value = self._editors[name], self._current(name)
        if isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QDateTimeEdit):
            editor.setDateTime(QDateTime(value))
        elif isinstance(editor, QComboBox):
            if editor.findData(value) < 0 and value is not None:  # stored before the choices were held
                editor.insertItem(0, not_a_choice(value), value)
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QListWidget):
            chosen = {k for k, v in value.items() if v} if isinstance(value, dict) else set(value)
            offered = {editor.item(row).data(Qt.ItemDataRole.UserRole) for row in range(editor.count())}
            for unknown in [v for v in chosen if v not in offered]:
                self._fill(name, [(not_a_choice(unknown), unknown)])
            for row in range(editor.count()):
                item = editor.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _read(self, name: str, annotation: str) -> Any:
        """The editor's value as the field's type; raises ValueError with the problem for bad numbers."""
        editor = self._editors[name]
        if isinstance(editor, (QLineEdit, QPlainTextEdit)):
            text = _text(editor)
            if annotation.startswith("float"):
                text = normalise_text(text)
                return float(text) if text else None
            return text
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QDateTimeEdit):
            return editor.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[attr-defined]  # a datetime; the stub says object
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QListWidget):
            states = [(editor.item(r).data(Qt.ItemDataRole.UserRole), editor.item(r).checkState() == Qt.CheckState.Checked)
                      for r in range(editor.count())]
            if annotation.startswith("dict"):
                return {value: checked for value, checked in states}
            checked_values = [value for value, checked in states if checked]
            kept = [value for value in self._current(name) if value in checked_values]  # keeps the user's order
            return tuple(kept + [value for value in checked_values if value not in kept])
        raise TypeError(f"unsupported editor for {name}: {type(editor).__name__}")

    def record(self) -> tuple[R, Errors]:
        """The record as edited, and the field errors (parse errors and the domain's rules)."""
        values: dict[str, Any] = {}
        errors: Errors = {}
        for f in fields(self._record):
            if f.name in self._editors:
                try:
                    values[f.name] = self._read(f.name, str(f.type))  # a string: annotations are postponed
                except ValueError:
                    errors[f.name] = self.tr("数値を入力してください。")
            elif f.type.startswith("dict"):
                values[f.name] = {**getattr(self._record, f.name), **{
                    name.partition("__")[2]: self._read(name, "str")
                    for name in self._editors if name.startswith(f"{f.name}__")}}
        edited = normalised(replace(self._record, **values))
        return edited, {**validate(edited, text_limits(edited), self._record), **errors}

    # ---- validation feedback ------------------------------------------------------------------
    def _watch(self, editor: QWidget) -> None:
        for signal in ("textChanged", "valueChanged", "toggled", "dateTimeChanged", "currentIndexChanged", "itemChanged"):
            if hasattr(editor, signal):
                getattr(editor, signal).connect(self.refresh_validation)
                return

    def _label_for(self, name: str) -> str:
        label = self.findChild(QLabel, f"{name}_label")
        return label.text().rstrip(" *") if label else name

    def refresh_validation(self) -> Errors:
        _, errors = self.record()
        for name, editor in self._editors.items():
            set_state(editor, "invalid" if name in errors else "")
            editor.setToolTip(errors.get(name, ""))
        # every problem at once, in the form's order
        labels = {name: self._label_for(name) for name in [*self._order, *errors]}
        self._errors_label.setText(error_lines(errors, labels))
        self._ok.setEnabled(not errors)
        return errors

    def accept(self) -> None:
        errors = self.refresh_validation()
        if errors:
            first = next((name for name in self._order if name in errors), None)
            if first is not None:
                self._editors[first].setFocus()
            return
        self._record = self.record()[0]
        super().accept()

    def reject(self) -> None:
        if self._guard.may_close():
            super().reject()

    def result_record(self) -> R:
        return self._record


def edit_record(form: str, record: R, choices: Choices, parent: QWidget | None) -> R | None:
    dialog: RecordDialog[R] = RecordDialog(form, record, choices, parent)
    return dialog.result_record() if dialog.exec() == QDialog.DialogCode.Accepted else None
