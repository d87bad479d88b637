"""Shared A4 page layout, Japanese paragraph styles and table helpers for every PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from xml.sax.saxutils import escape

from colead_desktop.domain.i18n import language
from colead_desktop.exports.atomic import EVERYONE, atomic_path
from colead_desktop.reports.fonts import GOTHIC, register_fonts

register_fonts()  # styles below name the font; reportlab must know it before any paragraph is measured
MARGIN = 15 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN


def _style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=GOTHIC, fontSize=size, leading=leading, alignment=TA_LEFT,
                          wordWrap="CJK", **extra)


TITLE = _style("title", 18, 24, spaceAfter=6 * mm)
HEADING = _style("heading", 13, 18, spaceBefore=4 * mm, spaceAfter=2 * mm, keepWithNext=1)  # never alone at a foot
BODY = _style("body", 9.5, 14)
SMALL = _style("small", 8, 11, textColor=colors.HexColor("#444444"))
CELL = _style("cell", 8.5, 12)


@cache
def _between_words(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_en", parent=style, wordWrap=None)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of user text: escaped, with line breaks kept. Japanese may break between any two characters;
    English breaks between words ("Regional introdu / ction" otherwise)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style if language() == "ja" else _between_words(style))


def grid(rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = True) -> Table:
    """A ruled table of text cells that wrap; the first row is a repeated grey header."""
    data = [[para(cell, CELL) for cell in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")))
    table.setStyle(TableStyle(commands))
    return table


def _footer(footer_text: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(GOTHIC, 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(MARGIN, 8 * mm, footer_text)
        canvas.drawRightString(A4[0] - MARGIN, 8 * mm, f"{doc.page}")
        canvas.restoreState()

    return draw


def build_pdf(target: Path, title: str, story: list[Flowable], footer_text: str = "", mode: int = EVERYONE) -> Path:
    """Lay out `story` on A4 pages with the IPAex font embedded; the file appears only when complete. `mode`:
    exports/atomic.py (OWNER_ONLY for documents with bank data)."""
    with atomic_path(Path(target), mode) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=title,
                                author="Co-LEAD Desktop")
        draw = _footer(footer_text or title)
        doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return Path(target)
