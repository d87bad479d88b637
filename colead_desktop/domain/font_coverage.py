"""The characters the printed documents can draw: those both bundled IPAex fonts map to a glyph.

Every PDF (letters, statements, handouts, itineraries, talent cards) is set in IPAex Gothic or Mincho; a character
neither font has prints as an empty box (tofu): Arabic, Hebrew, Thai, Hangul, emoji, 𠮷, ™. Input is checked
against the fonts' own character maps, so the rule cannot drift from what prints. The map is read once per
process from each font's format-12 cmap table alone (~17 ms a font; reportlab's parse of the whole font takes
~90 ms, which the first check of a dialog or a CLI command would wait for), with reportlab's parse for a font
without one.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

from colead_desktop.paths import font_path

PDF_FONTS = ("ipaexg.ttf", "ipaexm.ttf")
LAYOUT_CHARACTERS = frozenset(c for c in range(0x3001) if chr(c).isspace())  # U+3000 is the last of them
"""Not glyphs but line breaks and spaces, which the PDFs' layout turns into lines and plain spaces itself (notes and
addresses span lines; a roster cell may hold U+2028)."""


def _cmap_table(path: Path) -> bytes:
    """The font's cmap table alone (the fonts are 4-6 MB of outlines the check does not need)."""
    with path.open("rb") as font:
        head = font.read(12)
        directory = font.read(16 * struct.unpack_from(">H", head, 4)[0])
        for at in range(0, len(directory), 16):
            if directory[at:at + 4] == b"cmap":
                offset, length = struct.unpack_from(">II", directory, at + 8)
                font.seek(offset)
                return font.read(length)
    return b""


def _format12(cmap: bytes) -> frozenset[int] | None:
    """The code points of a Unicode full-repertoire subtable (platform 3, encoding 10), None without one."""
    for at in range(4, 4 + 8 * (struct.unpack_from(">H", cmap, 2)[0] if cmap else 0), 8):
        platform, encoding, start = struct.unpack_from(">HHI", cmap, at)
        if (platform, encoding) == (3, 10) and struct.unpack_from(">H", cmap, start)[0] == 12:
            groups = struct.unpack_from(">I", cmap, start + 12)[0]
            found: set[int] = set()
            for first, last, glyph in struct.iter_unpack(">III", cmap[start + 16:start + 16 + 12 * groups]):
                found.update(range(first + (glyph == 0), last + 1))  # glyph 0 is .notdef: the box itself
            return frozenset(found)
    return None


def font_characters(path: Path) -> frozenset[int]:
    """The code points the TrueType font at `path` draws."""
    found = _format12(_cmap_table(path))
    if found is None:
        from reportlab.pdfbase.ttfonts import TTFontFile  # only for a font without a format-12 table
        found = frozenset(c for c, glyph in TTFontFile(str(path)).charToGlyph.items() if glyph)
    return found


@cache
def printed_characters() -> frozenset[int]:
    """What every PDF font draws, plus the layout's own line breaks and tabs."""
    fonts = [font_characters(font_path(name)) for name in PDF_FONTS]
    return frozenset.intersection(*fonts) | LAYOUT_CHARACTERS
