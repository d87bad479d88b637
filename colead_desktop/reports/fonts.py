"""Embed the bundled IPAex fonts in every PDF (built-in CID fonts print blank without Japanese fonts)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from colead_desktop.paths import font_path

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"


def register_fonts() -> None:
    """Register the fonts once; safe to call again (reportlab keeps a process-wide registry)."""
    registered = pdfmetrics.getRegisteredFontNames()
    if GOTHIC not in registered:
        pdfmetrics.registerFont(TTFont(GOTHIC, str(font_path("ipaexg.ttf"))))
    if MINCHO not in registered:
        pdfmetrics.registerFont(TTFont(MINCHO, str(font_path("ipaexm.ttf"))))
