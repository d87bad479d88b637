"""Field rules for the core records. Each rule returns {field: localised message}; empty means valid.

The same rules serve the edit dialogs (shown beside the field), the CLI and the demo loader.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import fields, replace
from functools import lru_cache
from datetime import date, time
from typing import Any, TypeVar

from colead_desktop.domain.company_profile import B1_CHECKLIST, B3_PROFILE, VISION_CHOICES
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.font_coverage import printed_characters
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.normalise import (canonical_address, canonical_phone, canonical_postal, canonical_time,
                                             normalise_text)
from colead_desktop.domain.self_intro import INTRO_TEXT_LIMIT, SELF_INTRO_FIELDS, STORED_INTRO_FIELDS
from colead_desktop.domain.records import (AnyRecord, CompanyRecord, EventRecord, RegionRecord, StaffRecord,
                                           TalentRecord, VenueRecord)
from colead_desktop.domain.text_lengths import too_long
from colead_desktop.domain.types import (CareerStage, Employment, EventFormat, EventKind, Facility, LabelledEnum,
                                         Organisation, SkillType, VenueType)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^0\d{1,4}-?\d{1,4}-?\d{3,4}$")
PHONE_DIGITS = (10, 11)  # a Japanese number with its leading 0: 03-1234-5678, 090-1234-5678, 0800-123-4567
POSTAL = re.compile(r"^\d{3}-?\d{4}$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
# A box around Japan's territory, including Okinawa and the Ogasawara islands.
JAPAN_LAT = (20.0, 46.0)
JAPAN_LON = (122.0, 154.0)

# Domain bounds for money and dates: no real line of a payment comes near ¥100 million, and the programme's
# records (tours, work days, expenses, statements) all fall well inside 2000–2100. Anything outside is a typo
# or an attack, and would overflow date arithmetic (9999-12-31 + 1 day) or the database's integer columns.
MAX_YEN_PER_LINE = 100_000_000
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2100, 12, 31)

Errors = dict[str, str]
R = TypeVar("R", bound=AnyRecord)


def yen_problem(value: object, maximum: int = MAX_YEN_PER_LINE) -> str | None:
    """Why `value` is not an amount of one payment line (whole yen, 0..maximum, at most MAX_YEN_PER_LINE)."""
    maximum = min(maximum, MAX_YEN_PER_LINE)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        return msg("0〜{max:,} 円の整数で指定してください", "must be whole yen from 0 to {max:,}", max=maximum)
    return None


def negative_yen_problem() -> str:
    """Why a typed negative amount is refused, rather than taken without its sign: a refund is no negative
    record but a correction of the record it refunds (訂正明細書), which becomes a reclaim (返金請求) when the
    payee was paid too much."""
    return msg("マイナスの金額は入力できません。払い戻し・返金は、元の記録を訂正明細書で直して記録します"
               "（払い過ぎは返金請求になります）",
               "a negative amount cannot be entered; a refund is recorded by correcting the original record with a "
               "correction statement (an overpayment becomes a reclaim)")


def date_problem(value: date) -> str | None:
    """Why `value` is outside the dates the programme handles, or None."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        return msg("{lo}〜{hi} の日付で指定してください", "must be a date from {lo} to {hi}",
                   lo=EARLIEST_DATE.isoformat(), hi=LATEST_DATE.isoformat())
    return None


def refuse_all(problems: Iterable[tuple[str, str | None]]) -> None:
    """One InputError with a line 「field: problem」 for each (field, problem) that has one, in the order given (the
    form's): a form with several problems says all of them at once, not one more after each fix."""
    lines = [f"{field}: {problem}" for field, problem in problems if problem is not None]
    if lines:
        raise InputError("\n".join(lines))


def error_lines(errors: Errors, labels: Mapping[str, str]) -> str:
    """What a dialog shows for `errors` ({field: message}): a line 「label: message」 each, in the order of `labels`
    (field → label, the form's order), fields without a label last under their own names."""
    order = {name: index for index, name in enumerate(labels)}
    ordered = sorted(errors.items(), key=lambda error: order.get(error[0], len(order)))
    return "\n".join(f"{labels.get(name, name)}: {text}" for name, text in ordered)


def check_yen(value: object, field: str) -> int:
    """`value` as an amount of one payment line, or InputError naming `field`."""
    refuse_all([(field, yen_problem(value))])
    assert isinstance(value, int)
    return value


def check_date(value: date, field: str) -> date:
    """`value` if inside the programme's date range, else InputError naming `field`."""
    refuse_all([(field, date_problem(value))])
    return value


# The identifiers and addresses among the records' text fields, each stored in one form however it is typed
# (full-width, with 「ー」 for a hyphen, 9:00 for 09:00). Every other text (names, titles, notes) is kept as the user
# typed it, only trimmed: 「（Bが改名）」 keeps its full-width brackets. The record dialog and `colead set FIELD=VALUE` (text a
# user types either way) both save through this rule. Text from outside (files: Excel, CSV, JSON) is
# NFKC-normalised where it is read (domain/roster_cells.py, domain/json_input.py), before it gets here.
# A フリガナ is stored as a file's would be, full-width: NFKC turns half-width ﾀﾅｶ into タナカ (review 14c item 8);
# only the 全銀 file narrows kana, and only a bank account's (domain/kana.py).
IDENTIFIERS: dict[str, Callable[[str], str]] = {
    "phone": canonical_phone, "contact_phone": canonical_phone, "opens": canonical_time, "closes": canonical_time,
    "postal_code": canonical_postal, "email": normalise_text, "contact_email": normalise_text, "join_url": normalise_text,
    "address": canonical_address,
    "kana": normalise_text,
}


def normalised(record: R) -> R:
    """The record as it is stored: identifiers in their canonical form, every other text field trimmed."""
    changes: dict[str, Any] = {f.name: IDENTIFIERS.get(f.name, str.strip)(value) for f in fields(record)
                               if isinstance(value := getattr(record, f.name), str)}
    return replace(record, **changes)


def check_required(errors: Errors, name: str, value: object) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors[name] = msg("入力してください。", "This field is required.")


def optional_int(errors: Errors, name: str, text: str, minimum: int, maximum: int) -> int | None:
    """A whole number typed into a field (full-width digits too: NFKC), None when left blank ("not known");
    a message naming the bounds when it is not one of minimum..maximum."""
    text = normalise_text(text)
    if not text:
        return None
    try:
        value = int(text) if len(text) <= len(str(maximum)) else maximum + 1  # no 10**4300-digit conversions
    except ValueError:
        value = minimum - 1
    if not minimum <= value <= maximum:
        errors[name] = msg("{m}〜{x} の整数を入力してください（空欄は未定）。",
                           "Enter a whole number from {m} to {x} (blank: not known).", m=minimum, x=maximum)
        return None
    return value


def optional_float(errors: Errors, name: str, text: str) -> float | None:
    text = normalise_text(text)
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        errors[name] = msg("数値を入力してください。", "Enter a number.")
        return None


def _pattern(errors: Errors, name: str, value: str, pattern: re.Pattern[str], ja: str, en: str) -> None:
    if value and not pattern.match(value):
        errors[name] = msg(ja, en)


def _contact(errors: Errors, email_field: str, email: str, phone_field: str, phone: str) -> None:
    _pattern(errors, email_field, email, EMAIL, "メールアドレスの形式が正しくありません（例: name@example.jp）。",
             "Not a valid e-mail address (e.g. name@example.jp).")
    if phone and not (PHONE.match(phone) and sum(ch.isdigit() for ch in phone) in PHONE_DIGITS):
        errors[phone_field] = msg("電話番号の形式が正しくありません（例: 03-1234-5678）。",
                                  "Not a valid phone number (e.g. 03-1234-5678).")


def check_coordinates(errors: Errors, lat_field: str, lat: float | None, lon_field: str, lon: float | None) -> None:
    if (lat is None) != (lon is None):
        missing = lat_field if lat is None else lon_field
        errors[missing] = msg("緯度と経度は両方入力してください。", "Enter both latitude and longitude.")
        return
    if lat is not None and not JAPAN_LAT[0] <= lat <= JAPAN_LAT[1]:
        errors[lat_field] = msg("緯度が日本の範囲外です（20〜46度）。", "Latitude is outside Japan (20–46°).")
    if lon is not None and not JAPAN_LON[0] <= lon <= JAPAN_LON[1]:
        errors[lon_field] = msg("経度が日本の範囲外です（122〜154度）。", "Longitude is outside Japan (122–154°).")


def in_japan(lat: float | None, lon: float | None) -> bool:
    """Whether a record's stored coordinates are a place check_coordinates takes: an older `colead set` stored any
    number (lat=99), which a tour must not take over (distances cannot be measured to it)."""
    errors: Errors = {}
    check_coordinates(errors, "lat", lat, "lon", lon)
    return lat is not None and lon is not None and not errors


def check_hours(errors: Errors, opens: str, closes: str) -> None:
    for name, value in (("opens", opens), ("closes", closes)):
        _pattern(errors, name, value, HHMM, "時刻は HH:MM 形式で入力してください。", "Enter the time as HH:MM.")
    if (opens and closes and "opens" not in errors and "closes" not in errors
            and time.fromisoformat(closes) <= time.fromisoformat(opens)):
        errors["closes"] = msg("終了時刻は開始時刻より後にしてください。", "Closing must be after opening.")


def _postal(errors: Errors, value: str) -> None:
    _pattern(errors, "postal_code", value, POSTAL, "郵便番号は 123-4567 の形式で入力してください。",
             "Enter the postal code as 123-4567.")


def _intro_lengths(errors: Errors, record: TalentRecord) -> None:
    """The self-introduction's answers fit their columns: said at the field, before the database refuses them."""
    for name in (f.name for f in SELF_INTRO_FIELDS if f.name in STORED_INTRO_FIELDS):  # in the dialog's order
        if len(value := getattr(record, name)) > INTRO_TEXT_LIMIT:
            errors[name] = msg("{n} 文字以内にしてください（{m} 文字あります）。", "Must be at most {n} characters (it has {m}).",
                               n=INTRO_TEXT_LIMIT, m=len(value))


SHOWN_CHARACTERS = 5
"""Characters named in one message: enough to find them in a name, not a wall of code points for a pasted page."""


def unprintable(text: str) -> tuple[str, ...]:
    """The characters of `text` the printed documents cannot draw, each once, in order (empty: all print). The
    rule is the PDFs' fonts' own character map (domain/font_coverage.py): emoji and their joiners, Arabic,
    Hebrew, Thai, Hangul, 𠮷… print as empty boxes, and a name would disagree with the workbook."""
    printed = printed_characters()
    return tuple(dict.fromkeys(c for c in text if ord(c) not in printed))


MISSING_MARK = "〓"
"""What prints in place of a character the fonts lack (stored before the rule, or read from outside): the geta
mark, Japanese typesetting's sign for a character that could not be set, where the font would draw an empty box
nobody notices."""


_noted: ContextVar[set[str] | None] = ContextVar("unprintable_noted", default=None)


@contextmanager
def noting_unprintable() -> Iterator[set[str]]:
    """The characters `printed_form` marks while the body runs (in this thread or task), for a warning beside the
    document: a mark on paper alone does not tell the user which record to correct."""
    found: set[str] = set()
    token = _noted.set(found)
    try:
        yield found
    finally:
        _noted.reset(token)


def marked_warning(marked: Collection[str]) -> str:
    """What the command line says after writing a document that printed `marked` (noting_unprintable) as 〓."""
    shown = sorted(marked)
    return msg("注意: 書体にない文字「{c}」（{codes}）は〓で印刷されています。元の記録を直してください。",
               "Note: the font has no “{c}” ({codes}): printed as 〓. Correct the record they come from.",
               c="".join(shown), codes=msg("、", ", ").join(f"U+{ord(c):04X}" for c in shown))


def printed_form(text: str) -> str:
    """`text` as the PDFs print it: each character the fonts lack as MISSING_MARK, and format characters (joiners,
    variation selectors), which have no width of their own, left out. Noted while noting_unprintable runs."""
    form, marked = _printed_form(text)
    if marked and (noted := _noted.get()) is not None:
        noted.update(marked)
    return form


@lru_cache(maxsize=8192)  # every cell of a thousand statements passes here; the same labels and dates recur
def _printed_form(text: str) -> tuple[str, tuple[str, ...]]:
    marked = unprintable(text)
    if not marked:
        return text, ()
    return "".join(c if c not in marked else "" if unicodedata.category(c) == "Cf" else MISSING_MARK
                   for c in text), marked


def printable_problem(text: str) -> str | None:
    """Why `text` cannot be printed, or None: the one message for every text that reaches a PDF or the timeline
    (records, tours and their items, programme setup, expenses, applications), whichever way it is typed in.
    It shows the characters and their code points (a joiner or a variation selector shows nothing by itself).
    Only input is refused: text already stored with such a character is still read and exported as it is."""
    found = unprintable(text)
    if not found:
        return None
    shown = found[:SHOWN_CHARACTERS]
    codes = msg("、", ", ").join(f"U+{ord(c):04X}" for c in shown)
    if len(found) > len(shown):
        codes += msg(" ほか{n}字", " and {n} more", n=len(found) - len(shown))
    return msg("「{c}」（{codes}）は印刷できないため使えません（PDFの書体にない文字です）。",
               "“{c}” ({codes}) cannot be printed: the PDFs' font has no such character.", c="".join(shown),
               codes=codes)


def check_printable(errors: Errors, texts: dict[str, str]) -> None:
    """Add the message of each field of `texts` ({field: text}) that cannot be printed."""
    for name, text in texts.items():
        if (problem := printable_problem(text)) is not None:
            errors[name] = problem


def printable(text: str, field: str) -> str:
    """`text` when it can be printed, else InputError naming `field` (a CSV row, a JSON path)."""
    refuse_all([(field, printable_problem(text))])
    return text


# The fields holding a fixed choice (its stored value): a dialog offers only these, the roster import converts
# labels to them, and a save from anywhere else (`colead set`) is held to them here, as a stored value outside
# them would break every list that shows its label.
CHOICE_FIELDS: dict[type, dict[str, type[LabelledEnum]]] = {
    TalentRecord: {"skills": SkillType, "career_stage": CareerStage, "employment": Employment},
    StaffRecord: {"organisation": Organisation},
    VenueRecord: {"venue_type": VenueType, "facilities": Facility},
    EventRecord: {"kind": EventKind, "event_format": EventFormat},
}
WEEKDAY_FIELDS = ("closed_weekdays",)


def _choices(errors: Errors, record: AnyRecord, stored: AnyRecord | None) -> None:
    for name, choice in CHOICE_FIELDS.get(type(record), {}).items():
        value = getattr(record, name)
        wrong = [v for v in (value if isinstance(value, tuple) else (value,)) if v not in set(choice)]
        if wrong:
            comma = msg("、", ", ")
            errors.setdefault(name, msg("「{v}」は選択肢にありません（選べるもの: {all}）。",
                                        "“{v}” is not one of the choices ({all}).", v=comma.join(map(str, wrong)),
                                        all=comma.join(msg("{v}（{label}）", "{v} ({label})", v=c.value,
                                                           label=c.label) for c in choice)))
    for name in WEEKDAY_FIELDS:
        if any(not 0 <= day <= 6 for day in getattr(record, name, ())):
            errors.setdefault(name, msg("曜日は0（月）〜6（日）で指定してください。",
                                        "Weekdays are 0 (Monday) to 6 (Sunday)."))
    if isinstance(record, CompanyRecord):
        _worksheet_choices(errors, record, stored if isinstance(stored, CompanyRecord) else None)


def _worksheet_choices(errors: Errors, company: CompanyRecord, stored: CompanyRecord | None) -> None:
    """A company's B-1 and B-3 hold only the worksheets' items (B-1 ticked or not, B-3 answered in text), and its 5-year
    vision (B-3) is one of the worksheet's four choices, or none yet, as the dialog and the B-5 import offer them:
    `colead set` takes both as JSON, where a typo (`"visoin"`) was stored as an answer no sheet shows, and a vision
    no choice has made the company's exported B-5 worksheet one that could not be read back. An answer `stored` already
    holds as it is is let be: an older `colead set` took any key, and the dialog, which shows only the worksheets'
    items, could otherwise never save that company again."""
    comma = msg("、", ", ")
    for name, sheet, items, answers, kind in (
            ("b1_checklist", "B-1", B1_CHECKLIST, company.b1_checklist, bool),
            ("b3_profile", "B-3", B3_PROFILE, company.b3_profile, str)):
        codes = [item.code for item in items]
        kept = getattr(stored, name) if stored is not None else {}
        for key, value in answers.items():
            if key in kept and kept[key] == value:
                continue
            if key not in codes:
                errors.setdefault(f"{name}__{key}", msg(
                    "「{k}」は{sheet}の項目にありません（項目: {all}）。", "“{k}” is not an item of {sheet} (items: {all}).",
                    k=key, sheet=sheet, all=comma.join(codes)))
            elif not isinstance(value, kind):
                errors.setdefault(f"{name}__{key}", msg("true か false にしてください。", "Use true or false.")
                                  if kind is bool else msg("文字列にしてください。", "Use a string of text."))
    vision = company.b3_profile.get("vision_choice", "")
    if isinstance(vision, str) and vision and vision not in {ja for ja, _en in VISION_CHOICES}:
        errors.setdefault("b3_profile__vision_choice", msg(
            "「{v}」は選択肢にありません（選べるもの: {all}）。", "“{v}” is not one of the choices ({all}).", v=vision,
            all=comma.join(msg("「{t}」", "“{t}”", t=ja) for ja, _en in VISION_CHOICES)))


def validate(record: AnyRecord, limits: Iterable[tuple[str, int]] = (), stored: AnyRecord | None = None) -> Errors:
    """Check a record before it is saved; `limits` are the (field, length) its stored columns allow
    (services.records.text_limits), so that a text too long is said at its field, as an emoji is, not by the
    database's check under the column's name. `stored`: the record as it is stored, for an edit (see
    _worksheet_choices)."""
    errors: Errors = {}
    for f in fields(record):
        if f.name in ("name", "title"):
            check_required(errors, f.name, getattr(record, f.name))
        if isinstance(value := getattr(record, f.name), str):
            check_printable(errors, {f.name: value})
    for name, text in too_long({f.name: getattr(record, f.name) for f in fields(record)}, limits).items():
        errors.setdefault(name, text)
    _choices(errors, record, stored)
    match record:
        case TalentRecord():
            _contact(errors, "email", record.email, "phone", record.phone)
            if not record.skills:
                errors["skills"] = msg("スキルタイプを1つ以上選んでください。", "Choose at least one skill type.")
            _intro_lengths(errors, record)
        case CompanyRecord():
            _contact(errors, "contact_email", record.contact_email, "contact_phone", record.contact_phone)
            _postal(errors, record.postal_code)
            check_coordinates(errors, "lat", record.lat, "lon", record.lon)
            check_hours(errors, record.opens, record.closes)
        case VenueRecord():
            _postal(errors, record.postal_code)
            check_coordinates(errors, "lat", record.lat, "lon", record.lon)
            check_hours(errors, record.opens, record.closes)
            if record.capacity < 1:
                errors["capacity"] = msg("定員は1以上にしてください。", "Capacity must be at least 1.")
        case RegionRecord():
            check_coordinates(errors, "gateway_lat", record.gateway_lat, "gateway_lon", record.gateway_lon)
        case StaffRecord():
            _contact(errors, "email", record.email, "phone", record.phone)
        case EventRecord():
            for name in ("starts_at", "ends_at"):  # as JSON input's dates: a year 9999 broke the dashboard
                if (problem := date_problem(getattr(record, name).date())) is not None:
                    errors.setdefault(name, problem)
            if record.ends_at <= record.starts_at:
                errors["ends_at"] = msg("終了日時は開始日時より後にしてください。", "The end must be after the start.")
    return errors
