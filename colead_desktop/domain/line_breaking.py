"""Where a line of mixed Japanese and Latin text may break, and the greedy wrap that uses it.

Printed handouts and workbooks wrap text in narrow columns. Breaking between any two characters (what
reportlab's CJK wrap and spreadsheet estimates do) cuts 「ブレイクアウト/4」 after 「ブレイクア」 and can start a
line with 」 or 。. The rules follow JIS X 4051 in a small form:
- katakana runs (with ー), Latin words, numbers and URLs stay whole, also when they touch (ルーム4, APIエンジニア);
  so do a number and its unit (30分, ¥10,000);
- kinsoku: closing brackets, 、。, small kana and ー never start a line; opening brackets never end one;
- between kanji and hiragana a line may break anywhere, and always after a space.
A piece wider than a whole line (a long URL) is cut after / . - _ ? & = or between katakana and Latin when it can,
else between characters.
Widths come from a `measure` function, so the same rule serves PDF fonts (points) and spreadsheet columns.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

Measure = Callable[[str], float]

CANNOT_START = frozenset("、。，．,.:;!?！？）)］]｝}〕〉》」』】〙〗〟’”»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ"
                         "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～・：；/%％")
"""Characters that never begin a line (行頭禁則), plus separators that belong to the word before them."""
CANNOT_END = frozenset("（(［[｛{〔〈《「『【〘〖〝‘“«¥￥$＄#＃")
"""Characters that never end a line (行末禁則): opening brackets and prefixes of a number."""
_JOINERS = frozenset("/.-_:@&=?+#%~'’,")
"""Inside a Latin word or URL these bind both neighbours: ブレイクアウト/4, 12:30, 10,000, t-01."""
UNITS = frozenset("円名人分秒時日月年件回社歳才枚台個本部室階号番点割泊週度ヶか")
"""Counters and units that stay with the number before them: 30分, 4名, 2泊."""
_SOFT_CUTS = frozenset("/.-_?&=")
"""Where an over-long piece (a URL) is cut before falling back to single characters."""


def _kind(ch: str) -> str:
    """'L' Latin letters and digits, 'K' katakana, 'S' space, 'O' anything else (kanji, hiragana, symbols)."""
    if ch.isspace():
        return "S"
    if ch == "・":
        return "O"  # 中黒 separates the katakana words around it: a line may break after it
    if ch.isascii() and ch.isalnum():
        return "L"
    name = unicodedata.name(ch, "")
    if name.startswith(("KATAKANA", "HALFWIDTH KATAKANA")) or ch == "ー":
        return "K"
    if ch.isalnum() and unicodedata.east_asian_width(ch) not in "WF":  # é, ß: letters of a Latin word
        return "L"
    return "O"


def may_break(before: str, after: str, keep_katakana: bool = True) -> bool:
    """Whether a line may end after `before` when `after` follows it. Spreadsheet programs break katakana words
    anywhere; `keep_katakana=False` follows them, to count the lines they will print."""
    a, b = _kind(before), _kind(after)
    if b == "S":
        return False  # the space stays on the line that ends (and is dropped there)
    if a == "S":
        return True
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if a == b and (a == "L" or (a == "K" and keep_katakana)):
        return False
    if {a, b} == {"K", "L"} and keep_katakana:
        return False  # ルーム4, APIエンジニア: one name
    if (before in _JOINERS and b in "LK") or (after in _JOINERS and a in "LK"):
        return False
    if before.isdigit() and after in UNITS:
        return False
    return not (before in "第約計全" and after.isdigit())


def pieces(text: str, keep_katakana: bool = True) -> list[str]:
    """`text` (one line, no newline) cut at every point where a line may break."""
    out: list[str] = []
    for i, ch in enumerate(text):
        if out and not may_break(text[i - 1], ch, keep_katakana):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _cut_long(piece: str, width: float, measure: Measure) -> list[str]:
    """A piece wider than `width` as parts that fit: cut after a soft point when one fits, else by character
    (never before a character that cannot start a line)."""
    parts: list[str] = []
    rest = piece
    while rest and measure(rest) > width:
        fit = 1
        while fit < len(rest) and measure(rest[:fit + 1]) <= width:
            fit += 1
        soft = max((i + 1 for i in range(fit) if i + 1 < len(rest) and (
            rest[i] in _SOFT_CUTS or {_kind(rest[i]), _kind(rest[i + 1])} == {"K", "L"})), default=0)
        cut = soft or fit
        while 1 < cut < len(rest) and rest[cut] in CANNOT_START:
            cut -= 1
        parts.append(rest[:cut])
        rest = rest[cut:]
    return parts + ([rest] if rest else [])


def wrap_line(text: str, width: float, measure: Measure, keep_katakana: bool = True) -> list[str]:
    """One paragraph (no newline) as lines no wider than `width`, broken only where `may_break` allows."""
    lines: list[str] = []
    current, used = "", 0.0  # the open line and the width of its text (without its trailing spaces)
    for piece in pieces(text, keep_katakana):
        if current and used + measure(current[len(current.rstrip()):] + piece.rstrip()) > width:
            lines.append(current.rstrip())
            current, used = "", 0.0
            piece = piece.lstrip()
        used += measure(current[len(current.rstrip()):] + piece.rstrip())
        current += piece
        if used > width:  # one piece wider than the line: cut it, keep its tail open
            text_part = current.rstrip()
            *full, last = _cut_long(text_part, width, measure)
            lines.extend(full)
            current, used = last + current[len(text_part):], measure(last)
    lines.append(current.rstrip())
    return lines


def wrap_text(text: str, width: float, measure: Measure, keep_katakana: bool = True) -> list[str]:
    """`text` as lines no wider than `width`; its own line breaks are kept."""
    return [line for paragraph in text.split("\n") for line in wrap_line(paragraph, width, measure, keep_katakana)]


def cell_units(text: str) -> int:
    """Width of `text` in spreadsheet column units: a wide (East Asian) character counts 2, others 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
