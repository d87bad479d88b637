"""Numbers typed through a Japanese input method, and yen amounts beyond the limit said rather than cut.

An input method in full-width mode commits １２３４５; Qt's spin boxes (and date and time edits) refuse every
such character, so the field looked dead. `accept_wide_digits` makes the application hand each spin box its
typed text NFKC-normalised (１２３４５ → 12345, ： → :), whether the spin box comes from a .ui form or code.

`YenSpin` keeps an amount over the domain's per-line limit as typed (a QSpinBox stops taking digits at its
maximum, so 999999999999 became 99,999,999 without a word) and says why through `problem()`; the dialogs refuse
OK naming the field while it has one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QSpinBox, QWidget

from colead_desktop.domain.normalise import normalise_text
from colead_desktop.domain.validation import yen_problem

_WIDE_DIGITS = "wide_digits_accepted"  # dynamic property: the filter is on this spin box already
_MAX_DIGITS = 15  # beyond any amount anyone means; longer text is simply not a number


class _WideDigits(QObject):
    """Re-sends a spin box's typed or committed text NFKC-normalised when normalising changes it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if isinstance(event, QInputMethodEvent) and event.commitString():
            narrow = normalise_text(event.commitString())
            if narrow != event.commitString():
                again = QInputMethodEvent(event.preeditString(), event.attributes())
                again.setCommitString(narrow, event.replacementStart(), event.replacementLength())
                QApplication.sendEvent(watched, again)
                return True
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.text():
            narrow = normalise_text(event.text())
            if narrow and narrow != event.text():
                QApplication.sendEvent(watched, QKeyEvent(event.type(), event.key(), event.modifiers(), narrow))
                return True
        return False


_FILTER: list[_WideDigits] = []  # the one filter, made with the application's first spin box focus


def _on_focus(_old: QWidget | None, now: QWidget | None) -> None:
    if isinstance(now, QAbstractSpinBox) and not now.property(_WIDE_DIGITS):
        now.installEventFilter(_FILTER[0])
        now.setProperty(_WIDE_DIGITS, True)


def accept_wide_digits(app: QApplication) -> None:
    """From now on every spin box, date and time edit takes full-width digits as their ASCII forms: the filter
    is put on each one as it first gets the focus, so forms and code-made widgets are alike."""
    if not _FILTER:
        _FILTER.append(_WideDigits(app))
        app.focusChanged.connect(_on_focus)


def _typed_number(spin: QSpinBox, text: str) -> int | None:
    """The whole number in `text` without the suffix and group separators, None when there is none."""
    bare = normalise_text(text).removesuffix(normalise_text(spin.suffix())).replace(",", "").strip()
    return int(bare) if bare.isascii() and bare.isdigit() and len(bare) <= _MAX_DIGITS else None


class YenSpin(QSpinBox):
    """A whole-yen input whose over-limit text stays as typed, marked by `problem()`, instead of being cut."""

    def validate(self, text: str, pos: int) -> object:
        typed = _typed_number(self, text)
        if typed is not None and typed > self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QSpinBox.validate(self, normalise_text(text), pos)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt)
        typed = _typed_number(self, text)
        return min(typed, self.maximum()) if typed is not None else super().valueFromText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt)
        if self.problem() is None:
            super().focusOutEvent(event)
        else:  # keep the text: the spin box would put back the last value it accepted, silently
            QWidget.focusOutEvent(self, event)

    def problem(self) -> str | None:
        """Why the typed amount is refused (over this field's limit, in the domain's words), or None."""
        typed = _typed_number(self, self.text())
        return None if typed is None else yen_problem(typed, self.maximum())


def refused_amount(host: QWidget) -> str | None:
    """"label: problem" of the first amount in `host` holding a number over its limit (the label is the form's,
    the QLabel whose buddy the field is), or None: what a dialog says instead of saving."""
    labels = {id(label.buddy()): label.text() for label in host.findChildren(QLabel) if label.buddy() is not None}
    for spin in host.findChildren(YenSpin):
        if (problem := spin.problem()) is not None:
            return f"{labels.get(id(spin), spin.objectName()).rstrip(':：')}: {problem}"
    return None
