"""Full-width numbers, typed through a Japanese input method or pasted, and yen amounts beyond the limit said
rather than cut.

An input method in full-width mode commits １２３４５, and text copied from a Japanese document pastes as
「１２，３４５」 or 「１２３４５円」; Qt's spin boxes (and date and time edits) refuse every such character, so the
field looked dead. `accept_wide_digits` hands each spin box's own validator the text NFKC-normalised: every way
into the field (a key, an input method's commit, Ctrl+V, the context menu's paste, `QLineEdit.insert`) passes
that validator, so typed and pasted text follow the one rule, in spin boxes from a .ui form or from code.

`YenSpin` keeps an amount over the domain's per-line limit as typed (a QSpinBox stops taking digits at its
maximum, so 999999999999 became 99,999,999 without a word) and says why through `problem()`; the dialogs refuse
OK naming the field while it has one.
"""

from __future__ import annotations

from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox,
                               QWidget)

from colead_desktop.domain.normalise import narrow_characters, normalise_text
from colead_desktop.domain.validation import negative_yen_problem, yen_problem

_MAX_DIGITS = 15  # beyond any amount anyone means; longer text is simply not a number
# What starts a negative amount as typed or pasted: the minus (NFKC leaves U+2212 as it is) and the ▲ and △ of
# Japanese accounts.
_MINUS_SIGNS = ("-", "\u2212", "▲", "△")


class _NarrowingValidator(QValidator):
    """The spin box's own validator (which adds the prefix and suffix, then asks the spin box), handed the
    text between prefix and suffix NFKC-normalised, without a unit pasted along with the number."""

    def __init__(self, spin: QAbstractSpinBox, own: QValidator) -> None:
        super().__init__(spin)
        self._spin, self._own = spin, own

    def validate(self, text: str, pos: int) -> object:
        narrow = _narrowed(self._spin, text)
        return self._own.validate(narrow, max(0, min(len(narrow), pos + len(narrow) - len(text))))

    def fixup(self, text: str) -> str:
        return self._own.fixup(text)


def _narrowed(spin: QAbstractSpinBox, text: str) -> str:
    """`text` with what lies between the spin box's prefix and suffix NFKC-normalised; a pasted 「１２３４５円」
    before the suffix " 円" becomes 12345, not 12345円 円."""
    prefix, suffix = (spin.prefix(), spin.suffix()) if isinstance(spin, (QSpinBox, QDoubleSpinBox)) else ("", "")
    head = prefix if prefix and text.startswith(prefix) else ""
    tail = suffix if suffix and text.endswith(suffix) and len(text) >= len(head) + len(suffix) else ""
    body = narrow_characters(text[len(head):len(text) - len(tail)])
    unit = narrow_characters(suffix).strip()
    if unit and body.rstrip().endswith(unit):
        body = body.rstrip().removesuffix(unit).rstrip()
    return head + body + tail


_NARROWING = "wide_digits_accepted"  # dynamic property: this spin box's validator narrows already


def narrow_input(spin: QAbstractSpinBox) -> None:
    """From now on `spin` takes full-width digits and signs, typed or pasted, as their ASCII forms."""
    line = spin.findChild(QLineEdit)
    if line is not None and (own := line.validator()) is not None and not spin.property(_NARROWING):
        line.setValidator(_NarrowingValidator(spin, own))
        spin.setProperty(_NARROWING, True)


def _on_focus(_old: QWidget | None, now: QWidget | None) -> None:
    if isinstance(now, QAbstractSpinBox):
        narrow_input(now)


_WATCHING: list[QApplication] = []  # the application whose focus changes are followed, once


def accept_wide_digits(app: QApplication) -> None:
    """From now on every spin box, date and time edit takes full-width digits as their ASCII forms: the
    narrowing is put on each one as it first gets the focus, so forms and code-made widgets are alike."""
    if app not in _WATCHING:
        _WATCHING.append(app)
        app.focusChanged.connect(_on_focus)


def _typed_number(spin: QSpinBox, text: str) -> int | None:
    """The whole number in `text` without the suffix and group separators, None when there is none."""
    bare = normalise_text(text).removesuffix(normalise_text(spin.suffix())).replace(",", "").strip()
    return int(bare) if bare.isascii() and bare.isdigit() and len(bare) <= _MAX_DIGITS else None


def _typed_negative(spin: QSpinBox, text: str) -> bool:
    """Whether `text` (the suffix aside) starts with a minus sign that the spin box's range has no room for:
    QSpinBox refuses the sign alone, so 「-500」 became 500 without a word."""
    bare = normalise_text(text).removesuffix(normalise_text(spin.suffix())).strip()
    return spin.minimum() >= 0 and bare.startswith(_MINUS_SIGNS)


class YenSpin(QSpinBox):
    """A whole-yen input whose over-limit or negative text stays as typed, marked by `problem()`, instead of being
    cut or losing its sign, and that takes full-width digits typed or pasted from the start."""

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803 (Qt)
        super().__init__(parent, objectName=objectName)
        narrow_input(self)

    def validate(self, text: str, pos: int) -> object:
        typed = _typed_number(self, text)
        if (typed is not None and typed > self.maximum()) or _typed_negative(self, text):
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
        """Why the typed amount is refused (negative, or over this field's limit, in the domain's words), or None."""
        if _typed_negative(self, self.text()):
            return negative_yen_problem()
        typed = _typed_number(self, self.text())
        return None if typed is None else yen_problem(typed, self.maximum())


def refused_amount(host: QWidget) -> str | None:
    """"label: problem" of every amount in `host` holding a number over its limit, a line each (the label is the
    form's, the QLabel whose buddy the field is), or None: what a dialog says instead of saving. All of them, not
    the first: a second one said only after the first is fixed is an error layer the user did not expect."""
    labels = {id(label.buddy()): label.text() for label in host.findChildren(QLabel) if label.buddy() is not None}
    lines = [f"{labels.get(id(spin), spin.objectName()).rstrip(':：')}: {problem}"
             for spin in host.findChildren(YenSpin) if (problem := spin.problem()) is not None]
    return "\n".join(lines) or None
