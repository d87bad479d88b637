"""Half-width kana for 全銀 bank files: normalise what people type, then validate strictly.

Banks reject a transfer whose 受取人名 does not match the account, so the software only converts
the *form* of the kana the payee gave (full-width → half-width, small → large, ー → -) and never
derives kana from kanji. Allowed set (payments-japan.md §2.4, the safe subset): digits, A–Z,
ｦ–ﾝ, ﾞ ﾟ, ( ) - . / and space; small kana and 長音 are not allowed; at most 30 bytes for a holder.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg

HOLDER_MAX_BYTES = 30

_ALLOWED = re.compile(r"[0-9A-Z\uff66-\uff9d\uff9e\uff9f()\-./ ]")
"""ｦ (U+FF66) … ﾝ (U+FF9D), ﾞ (U+FF9E), ﾟ (U+FF9F); U+FF67–FF6F (small kana) and ｰ (U+FF70) are
inside that range, so they are removed before validation by the translations below."""
_ALL_ALLOWED = re.compile(f"(?:{_ALLOWED.pattern})*")
_WORD = r"[0-9A-Z()\-./\uff66\uff71-\uff9f]+"
_BANK_KANA = re.compile(f"{_WORD}(?: {_WORD})*")
"""Text already in the form to_zengin_kana gives (a stored account's holder, a snapshot's): the allowed set less
the small kana and ｰ, in words one space apart. Converting it again changes nothing (tests/domain/test_kana.py),
so a run's thousand holders skip the conversion (issue 15)."""

_SMALL_TO_LARGE = str.maketrans("ァィゥェォャュョッヮヵヶヰヱ", "アイウエオヤユヨツワカケイエ")
_DASHES = str.maketrans({"ー": "-", "‐": "-", "－": "-", "―": "-", "−": "-", "‑": "-",
                         "–": "-", "—": "-", "・": " ", "\u3000": " "})
_VOICE_MARKS = {"\u3099": "\uff9e", "\u309a": "\uff9f"}


def _half_width_table() -> dict[str, str]:
    """Full-width katakana → half-width, derived from Unicode's own compatibility mappings."""
    table = {}
    for code in range(0xFF66, 0xFF9E):
        half = chr(code)
        full = unicodedata.normalize("NFKC", half)
        if full not in "ァィゥェォャュョッー":
            table[full] = half
    return table


_FULL_TO_HALF = _half_width_table()


def _hiragana_to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


@lru_cache(maxsize=4096)  # a run's thousand payees share a few banks and branches (their names convert alike)
def to_zengin_kana(text: str) -> str:
    """Best-effort conversion to bank kana; the result may still hold characters banks refuse."""
    return text if _BANK_KANA.fullmatch(text) else converted_to_zengin_kana(text)


def converted_to_zengin_kana(text: str) -> str:
    """to_zengin_kana's conversion itself, for any text."""
    text = unicodedata.normalize("NFKC", text)
    text = _hiragana_to_katakana(text).translate(_SMALL_TO_LARGE).translate(_DASHES)
    out = []
    for char in unicodedata.normalize("NFD", text):
        out.append(_FULL_TO_HALF.get(char) or _VOICE_MARKS.get(char) or char)
    return re.sub(" +", " ", "".join(out).upper()).strip()


def invalid_characters(kana: str) -> list[str]:
    """Characters in already-normalised `kana` that banks do not accept, in order of appearance."""
    return list(_invalid(kana))


@lru_cache(maxsize=4096)  # bank and branch names recur across a run's payees
def _invalid(kana: str) -> tuple[str, ...]:
    if _ALL_ALLOWED.fullmatch(kana):  # the usual case, in one pass
        return ()
    return tuple(dict.fromkeys(c for c in kana if not _ALLOWED.fullmatch(c)))


def zengin_bytes(kana: str) -> int:
    """Length in the file; ﾞ and ﾟ take one byte each."""
    return len(kana.encode("cp932"))


def holder_kana(text: str, who: str, max_bytes: int = HOLDER_MAX_BYTES) -> str:
    """Normalise and validate a name for the bank file, or raise an InputError naming `who`."""
    kana = to_zengin_kana(text)
    if not kana:
        raise InputError(msg("{who}の口座名義（カナ）が空です", "{who}: the account holder kana is empty",
                             who=who))
    bad = invalid_characters(kana)
    if bad:
        raise InputError(msg("{who}の口座名義（カナ）に銀行で使えない文字があります: {chars}"
                             "（使える文字: 半角カナ・英大文字・数字・( ) - . / とスペース）",
                             "{who}: the account holder kana has characters banks refuse: {chars} "
                             "(allowed: half-width kana, A-Z, 0-9, ( ) - . / and space)",
                             who=who, chars=" ".join(bad)))
    if zengin_bytes(kana) > max_bytes:
        raise InputError(msg("{who}の口座名義（カナ）が{n}バイトを超えています。通帳の略称で入力してください",
                             "{who}: the account holder kana is longer than {n} bytes; enter the "
                             "abbreviation printed in the passbook", who=who, n=max_bytes))
    return kana
