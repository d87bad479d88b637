"""One roster cell (from Excel or CSV) as the value of a record field, or a localised reason why not.

Cells arrive as openpyxl gives them (str, int, float, bool, time, None) or as CSV text. Text is
NFKC-normalised; list fields take several entries separated by `;` or `、` (lists of choices also `,` `/` `・`
or spaces); choice fields (skill types,
venue types, regions, weekdays…) accept the stored value or its Japanese or English label.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time
from enum import Enum
from typing import Any

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import WEEKDAYS
from colead_desktop.domain.types import LabelledEnum
from colead_desktop.domain.normalise import folded, normalise_text

LIST_SEPARATORS = re.compile(r"[;、]")  # a full-width ； is already ; after NFKC
CHOICE_SEPARATORS = re.compile(r"[;、,/・\s]+")
"""What else people put between several choices (土,日 土・日 土/日 土 日; full-width ，／ and spaces are these after
NFKC): tried on an entry that is no choice itself, so a choice whose name holds one of them still matches whole."""
TRUE_WORDS = frozenset({"1", "true", "yes", "y", "はい", "○", "◯", "有", "あり", "可"})
FALSE_WORDS = frozenset({"", "0", "false", "no", "n", "いいえ", "×", "無", "なし", "不可", "-"})
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Fields holding a time of day (HH:MM). Excel gives such a cell as a time, or, when the cell is formatted as a
# number or a date, as the fraction of a day (0.375 for 9:00) or a datetime on Excel's day zero.
TIME_FIELDS = frozenset({"opens", "closes"})
# Fields holding a phone number: Excel stores 090-1234-5678 typed without dashes as the number 9012345678.
PHONE_FIELDS = frozenset({"phone", "contact_phone"})
EXCEL_DAY_ZERO = (datetime(1899, 12, 30), datetime(1899, 12, 31))  # openpyxl's day 0 (and the 1900 system's)
MINUTES_PER_DAY = 24 * 60
SHOWN_CHOICES = 12  # a message about a bad choice lists at most this many, so it stays readable


@dataclass(frozen=True)
class Choices:
    """A choice field's accepted spellings (folded with `choice_key`) → the stored value, and the choices by name
    (Japanese, English), listed in the message about a spelling that is none of them."""

    spellings: Mapping[str, Any]
    names: tuple[tuple[str, str], ...]

    def accepted(self) -> str:
        """The choices' names in the current language, the first SHOWN_CHOICES of them."""
        shown = [msg(ja, en) for ja, en in self.names[:SHOWN_CHOICES]]
        more = len(self.names) > SHOWN_CHOICES
        return msg("、", ", ").join(shown) + (msg(" ほか", ", …") if more else "")


class CellError(ValueError):
    """The cell cannot become the field's value; the message is localised and names no personal data."""


def choice_key(text: str) -> str:
    """How a choice is compared: NFKC, trimmed, case-folded."""
    return folded(text)


def enum_choices(enum: type[LabelledEnum]) -> Choices:
    """An enum's values and both labels → its value."""
    spellings: dict[str, str] = {}
    for member in enum:
        ja, en = enum._labels()[member.value]
        for spelling in (member.value, ja, en):
            spellings[choice_key(spelling)] = member.value
    return Choices(spellings, tuple(enum._labels()[member.value] for member in enum))


def weekday_choices() -> Choices:
    """月, 月曜, 月曜日, Mon, Monday and 0–6 (date.weekday(), as `colead list --json` prints) → 0–6."""
    spellings: dict[str, int] = {}
    for index, (ja, en) in enumerate(zip(WEEKDAYS, ENGLISH_WEEKDAYS, strict=True)):
        for spelling in (ja, f"{ja}曜", f"{ja}曜日", en[:3], en, str(index)):
            spellings[choice_key(spelling)] = index
    return Choices(spellings, tuple(zip(WEEKDAYS, ENGLISH_WEEKDAYS, strict=True)))


def named_ids(names: Mapping[int, str]) -> Choices:
    """Rows named by their name or, as `colead list --json` prints them, by their id."""
    spellings = {choice_key(str(row_id)): row_id for row_id in names}
    spellings.update({choice_key(name): row_id for row_id, name in names.items()})
    return Choices(spellings, tuple((name, name) for name in names.values()))


def cell_text(value: object) -> str:
    """The cell as normalised text: whole numbers without `.0`, Excel times as HH:MM."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return normalise_text(str(value))


def clock_cell(value: object) -> object:
    """A time field's cell with Excel's other spellings of a time of day as a time: the fraction of a day (to the
    nearest minute) and a datetime on Excel's day zero. Any other cell is left as it is, text for the validation."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * MINUTES_PER_DAY)
        return time(*divmod(minutes, 60)) if minutes < MINUTES_PER_DAY else value
    if isinstance(value, datetime) and value.replace(hour=0, minute=0, second=0, microsecond=0) in EXCEL_DAY_ZERO:
        return value.time()
    return value


def phone_cell(value: object) -> object:
    """A phone field's cell; CellError for a number cell, whose leading 0 Excel has dropped (9012345678), saying
    so: the number alone is refused as not a phone number, which leaves the user puzzled at a right-looking cell."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise CellError(msg("数値のセルのため先頭の0が消えています（{v}）。セルの書式を「文字列」にして 090-1234-5678 "
                            "のように入力してください", "The cell is a number, so its leading 0 is gone ({v}). Format "
                            "the cell as text and type the number as 090-1234-5678", v=cell_text(value)))
    return value


def _choice(text: str, choices: Choices, several: bool = False) -> Any:
    try:
        value = choices.spellings[choice_key(text)]
    except KeyError:
        if not choices.names:  # e.g. a region before any region is set up
            raise CellError(msg("「{value}」は選択肢にありません（選べるものがまだ登録されていません）",
                                "“{value}” is not one of the choices (none are set up yet)", value=text)) from None
        if several:  # a list field: say how to give several, with the first two choices as the example
            first, second = (msg(ja, en) for ja, en in (choices.names * 2)[:2])
            raise CellError(msg("「{value}」は選択肢にありません（選べるもの: {accepted}。複数は「{a}、{b}」のように"
                                "「、」で区切ります）",
                                "“{value}” is not one of the choices ({accepted}); separate several with commas, as in "
                                "“{a}, {b}”", value=text, accepted=choices.accepted(), a=first, b=second)) from None
        raise CellError(msg("「{value}」は選択肢にありません（選べるもの: {accepted}）",
                            "“{value}” is not one of the choices ({accepted})",
                            value=text, accepted=choices.accepted())) from None
    return value.value if isinstance(value, Enum) else value


def _choice_entries(entries: list[str], choices: Choices) -> list[str]:
    """`entries` with each that is no choice split at the other usual separators, when all its parts are choices."""
    out: list[str] = []
    for entry in entries:
        parts = [part for part in CHOICE_SEPARATORS.split(entry) if part]
        whole = choice_key(entry) in choices.spellings
        out += [entry] if whole or not all(choice_key(part) in choices.spellings for part in parts) else parts
    return out


def _number(text: str, kind: type[int] | type[float]) -> int | float:
    try:
        return kind(text)
    except ValueError:
        if kind is int:
            raise CellError(msg("整数を入力してください", "Enter a whole number")) from None
        raise CellError(msg("数値を入力してください", "Enter a number")) from None


def _flag(text: str) -> bool:
    folded = choice_key(text)
    if folded in TRUE_WORDS or folded in FALSE_WORDS:
        return folded in TRUE_WORDS
    raise CellError(msg("「はい」か「いいえ」（1 か 0）を入力してください", "Enter yes or no (1 or 0)"))


def convert(value: object, annotation: str, choices: Choices | None) -> Any:
    """The cell as a value of a field annotated `annotation` (a string: the records postpone annotations).

    A blank cell in an optional field is None; in any other field it is left to the caller (the field keeps
    its default). `choices` restricts the field, or each entry of a list field, to known spellings.
    """
    text = cell_text(value)  # a time field's cell has been through clock_cell
    if annotation.startswith("tuple"):
        entries = [entry.strip() for entry in LIST_SEPARATORS.split(text) if entry.strip()]
        if choices is not None:  # once each, in order
            return tuple(dict.fromkeys(_choice(entry, choices, True) for entry in _choice_entries(entries, choices)))
        return tuple(entries)
    if not text and annotation.endswith("| None"):
        return None
    if choices is not None:
        return _choice(text, choices)
    if annotation.startswith("int"):
        return _number(text, int)
    if annotation.startswith("float"):
        return _number(text, float)
    if annotation == "bool":
        return _flag(text)
    return text
