"""Shared A4 page layout, Japanese paragraph styles and table helpers for every PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape

from colead_desktop.domain.line_breaking import wrap_text
from colead_desktop.domain.validation import printed_form
from colead_desktop.exports.atomic import EVERYONE, atomic_file
from colead_desktop.reports.fonts import GOTHIC, register_fonts
from colead_desktop.reports.ruled_grid import GridLook, RuledGrid
from colead_desktop.reports.text_lines import Headed, TextLines

register_fonts()  # styles below name the font; reportlab must know it before any paragraph is measured
MARGIN = 15 * mm
BOTTOM_MARGIN = MARGIN + 4 * mm  # room for the footer
CONTENT_WIDTH = A4[0] - 2 * MARGIN
FRAME_PADDING = 6  # points on each side: platypus Frame's default
TEXT_WIDTH = CONTENT_WIDTH - 2 * FRAME_PADDING
"""What a paragraph gets across the page: the frame inside its padding (a line broken for more is broken again)."""
CONTENT_HEIGHT = A4[1] - MARGIN - BOTTOM_MARGIN - 2 * FRAME_PADDING
"""What one page holds below the top margin and above the footer."""


def _style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=GOTHIC, fontSize=size, leading=leading, alignment=TA_LEFT,
                          wordWrap="CJK", **extra)


TITLE = _style("title", 18, 24, spaceAfter=6 * mm)
HEADING = _style("heading", 13, 18, spaceBefore=4 * mm, spaceAfter=2 * mm)  # kept with what it heads by `headed`
BODY = _style("body", 9.5, 14)
SMALL = _style("small", 8, 11, textColor=colors.HexColor("#444444"))
CELL = _style("cell", 8.5, 12)
CELL_RIGHT = ParagraphStyle("cell_right", parent=CELL, alignment=TA_RIGHT)


CELL_PADDING = 6
"""reportlab's default left and right padding of a table cell, in points."""


class _Paragraph(Paragraph):
    """A paragraph laid out once per width: a table wraps every cell to size its rows and again to draw it, and
    the lines for a given width never change (Paragraph.wrap reads nothing but the width). A split, which drops
    or replaces the lines, makes the next wrap lay it out again."""

    _wrapped: tuple[float, tuple[float, float], object] | None = None  # width, size, the lines laid out for it

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803  # reportlab's names
        done = self._wrapped
        if done is not None and done[0] == availWidth and self.__dict__.get("blPara") is done[2]:
            self.width, self.height = done[1]
            return done[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size, self.__dict__.get("blPara"))
        return size


def para(text: str, style: ParagraphStyle = BODY, width: float = TEXT_WIDTH) -> Paragraph:
    """A paragraph of user text, escaped and broken into lines by the Japanese line-breaking rules
    (domain/line_breaking.py) for a frame `width` points wide; its own line breaks are kept. reportlab's CJK wrap
    would break anywhere, mid-word (「ブレイクア／ウト」); it is kept only as the fallback for a line that still
    does not fit."""
    room = width - style.leftIndent - style.rightIndent - 0.5  # a hair under, so reportlab never re-breaks a line
    return _Paragraph(_markup(printed_form(text), style.fontName, style.fontSize, room), style)


def plain(text: str, style: ParagraphStyle = BODY, width: float = TEXT_WIDTH) -> TextLines:
    """What `para` prints for `text`, drawn without a Paragraph (reports/text_lines.py): for documents made by the
    thousand. Its lines are broken the same way and never need reportlab's fallback (they fit by construction)."""
    room = width - style.leftIndent - style.rightIndent - 0.5
    return TextLines(_lines(printed_form(text), style.fontName, style.fontSize, room), style)


def _markup(text: str, font: str, size: float, room: float) -> str:
    """`text` broken into lines `room` points wide in `font` at `size`, as paragraph markup."""
    return "<br/>".join(escape(line) for line in _lines(text, font, size, room))


@lru_cache(maxsize=8192)  # labels, dates and rates recur in every one of a thousand statements
def _lines(text: str, font: str, size: float, room: float) -> tuple[str, ...]:
    """`text` broken into lines `room` points wide in `font` at `size`, spaces collapsed as a paragraph prints
    them. Callers pass the printed form (validation.printed_form: 〓 for a character the font lacks), outside
    this cache, so that every document notes the characters it marks."""
    def measure(piece: str) -> float:
        return float(stringWidth(piece, font, size))

    return tuple(" ".join(line.split()) for line in wrap_text(text, room, measure))


def headed(heading: str, body: Flowable) -> Headed:
    """`heading` (plain text in the heading style) kept with `body`, never alone at a page's foot
    (reports/text_lines.Headed): every report's headings go through it."""
    return Headed(plain(heading, HEADING), body, CONTENT_HEIGHT)


def grid(rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = True,
         right_cols: Sequence[int] = (), label_column: bool = False) -> RuledGrid:
    """A ruled table of text cells that wrap; the first row is a repeated grey header. `right_cols` are
    right-aligned (amounts); `label_column` shades the first column of a table without a header (labels)."""
    styles = tuple(CELL_RIGHT if column in right_cols else CELL for column in range(len(widths)))
    rooms = [width - 2 * CELL_PADDING - 0.5 for width in widths]  # the room para() gives a line
    cells = [[_lines(printed_form(cell), style.fontName, style.fontSize, room)
              for cell, room, style in zip(row, rooms, styles, strict=True)] for row in rows]
    return RuledGrid(cells, GridLook(tuple(widths), styles, header, label_column, CONTENT_HEIGHT))


@lru_cache(maxsize=8192)  # the same dates and kinds in every statement
def _cell_width(line: str) -> float:
    return float(stringWidth(line, CELL.fontName, CELL.fontSize))


def label_width(labels: Sequence[str], at_least: float, at_most: float) -> float:
    """A table column just wide enough for the longest line of `labels` (plus the cell padding), within
    [`at_least`, `at_most`]: each label prints unbroken, and the rest of the page goes to the columns beside it."""
    widest = max((_cell_width(line) for label in labels for line in label.split("\n")), default=0.0)
    return min(at_most, max(at_least, widest + 2 * CELL_PADDING + 1))


def clipped(text: str, font: str, size: float, room: float) -> str:
    """`text` on one line at most `room` points wide, ending in … when cut: a line that cannot wrap (a footer, a
    legend beside a map) must not run off the page or push a fixed block past its height."""
    text = printed_form(text)
    if stringWidth(text, font, size) <= room:
        return text
    ellipsis = stringWidth("…", font, size)
    kept, used = 0, 0.0
    for character in text:
        used += stringWidth(character, font, size)
        if used + ellipsis > room:
            break
        kept += 1
    return text[:kept] + "…"


FOOTER_SIZE = 7.5
FOOTER_ROOM = CONTENT_WIDTH - 30  # left of the page number


WARNING_SIZE = 9


def _footer(footer_text: str, warning_text: str = "") -> Callable[[Canvas, SimpleDocTemplate], None]:
    footer_text = clipped(" ".join(footer_text.split()), GOTHIC, FOOTER_SIZE, FOOTER_ROOM)
    warning_text = clipped(" ".join(warning_text.split()), GOTHIC, WARNING_SIZE, CONTENT_WIDTH)

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        if warning_text:  # in the top margin, above the frame: on every page, whatever the page holds
            canvas.setFont(GOTHIC, WARNING_SIZE)
            canvas.setFillColor(colors.HexColor("#C00000"))
            canvas.drawString(MARGIN, A4[1] - MARGIN + 2.5 * mm, warning_text)
        canvas.setFont(GOTHIC, FOOTER_SIZE)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(MARGIN, 8 * mm, footer_text)
        canvas.drawRightString(A4[0] - MARGIN, 8 * mm, f"{doc.page}")
        canvas.restoreState()

    return draw


def build_pdf(target: Path, title: str, story: list[Flowable], footer_text: str = "", mode: int = EVERYONE,
              folder_ready: bool = False, warning_text: str = "") -> Path:
    """Lay out `story` on A4 pages with the IPAex font embedded; the file appears only when complete. `mode` and
    `folder_ready`: exports/atomic.py (OWNER_ONLY for documents with bank data). `warning_text`: a line in red
    above every page's content (a document printed although its checks found errors)."""
    with atomic_file(Path(target), mode, folder_ready) as out:
        doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=BOTTOM_MARGIN, title=title,
                                author="Co-LEAD Desktop")
        draw = _footer(footer_text or title, warning_text)
        doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return Path(target)
