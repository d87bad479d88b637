"""What text becomes before it is stored: text from outside (Excel, CSV, JSON) NFKC-normalised and trimmed;
identifiers (phone numbers, times, e-mail, postal codes) and addresses in one canonical form however they are typed.

A module of its own, light to import: the 全銀 file's 再作成 checks accounts with it without loading the record
rules of domain/validation.py (issue 15)."""

from __future__ import annotations

import re
import unicodedata

# Every character people separate a phone number's groups with, as NFKC leaves them: the katakana 長音 「ー」 (what
# a Japanese keyboard gives for "-" in full-width mode; ｰ becomes it under NFKC), the Unicode hyphens and dashes
# (‐ ‑ ‒ – — ― −, none of which NFKC turns into "-"), spaces, dots and the parentheses around an area code.
_PHONE_SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc .()"
_PHONE_SHAPE = re.compile(rf"^[\d{re.escape(_PHONE_SEPARATORS)}]+$")
_POSTAL_SHAPE = re.compile(rf"^(\d{{3}})[{re.escape(_PHONE_SEPARATORS)}](\d{{4}})$")
_PHONE_GROUP = re.compile(r"\d+")
# H:MM or HH:MM, seconds allowed when they are zero (a spreadsheet's h:mm:ss written to CSV).
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::00)?$")
_DAY_AND_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::00)?)$")


def narrow_characters(value: str) -> str:
    """NFKC, not trimmed: full-width digits and signs as their ASCII forms (１２，３４５ → 12,345) in text still
    being typed, where a space may be part of it."""
    return unicodedata.normalize("NFKC", value)


def normalise_text(value: str) -> str:
    """NFKC and trimmed: what text from outside (Excel, CSV, JSON) becomes before it is stored."""
    return narrow_characters(value).strip()


def folded(value: str) -> str:
    """NFKC, trimmed, case-folded: how a choice or a list search compares texts, so that half-width ﾃｽﾄ is
    テスト, ＡＢＣ is abc and a space typed after the word does not count."""
    return normalise_text(value).casefold()


def canonical_phone(value: str) -> str:
    """A phone number as stored: half-width digits, its groups joined by "-" as the person grouped them
    (「０８０ー３３３３ー４４４４」, 「080 3333 4444」, 「080(3333)4444」 → 080-3333-4444), digits typed without
    separators left ungrouped. The groups are kept, not recomputed, because where the area code ends (03-1234-5678,
    0123-45-6789) cannot be told from the digits without the numbering plan. Text that is no phone number (letters,
    other signs) is only NFKC-normalised and trimmed, for the validation to refuse."""
    text = normalise_text(value)
    groups = _PHONE_GROUP.findall(text)
    if not groups or not _PHONE_SHAPE.match(text):
        return text
    return "-".join(groups)


def canonical_postal(value: str) -> str:
    """A postal code as stored: 123-4567 whichever dash or space separates its groups (「１２３ー４５６７」); seven digits
    typed together stay together (1234567, which the rules accept too), so a record saved again is unchanged."""
    text = normalise_text(value)
    found = _POSTAL_SHAPE.match(text)
    return f"{found.group(1)}-{found.group(2)}" if found else text


# A dash between two digits of an address (a 番地 「１ー２」, 「〒０６０－０００１」) is the hyphen whichever was typed;
# elsewhere 「ー」 is the 長音 of a katakana word (センター) and stays.
_ADDRESS_DASH = re.compile(r"(?<=\d)[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc](?=\d)")


def canonical_address(value: str) -> str:
    """An address as stored and printed (the 支払調書 among others): NFKC and trimmed, so full-width digits and
    letters are half-width (「北区１－２」 → 北区1-2), and a dash between two digits is "-" (「１ー２」 → 1-2)."""
    return _ADDRESS_DASH.sub("-", normalise_text(value))


def canonical_day(value: str) -> str:
    """A date typed as text (a command's argument), as ISO reads it: 「２０２１ー１２ー１０」 → 2021-12-10, by the
    address's rule (any dash between digits is "-")."""
    return canonical_address(value)


def canonical_time(value: str) -> str:
    """A time of day as stored, HH:MM: 「9:00」, 「０９：００」 and 「9:00:00」 → 09:00. Text that is no time of day
    is only NFKC-normalised and trimmed, for the validation to refuse."""
    text = normalise_text(value)
    found = _CLOCK.match(text)
    if found is None or int(found.group(1)) > 23 or int(found.group(2)) > 59:
        return text
    return f"{int(found.group(1)):02d}:{found.group(2)}"


def canonical_datetime(value: str) -> str:
    """A date and time of day as ISO text, YYYY-MM-DDTHH:MM, its time spelt any way canonical_time takes
    (2021-10-10 9:00 → 2021-10-10T09:00). Other text (an offset, seconds) is only NFKC-normalised and trimmed."""
    text = normalise_text(value)
    found = _DAY_AND_CLOCK.match(text)
    return f"{found.group(1)}T{canonical_time(found.group(2))}" if found else text
