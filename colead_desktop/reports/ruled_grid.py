"""A ruled table of pre-broken text lines, laid out and drawn straight on the canvas.

It prints what reportlab's Table printed for `layout.grid` (the same rules, shading, padding, baselines and row
splits with the header repeated), at a fraction of the cost: a Table measures every cell flowable several times and
draws each one inside its own saved graphics state, which was most of the cost of a thousand statement PDFs
(issue 15). A table splits between rows, as the Table did; only a row taller than a whole page (a pasted e-mail in
a note) splits between its lines, since it could be placed no other way and reportlab would stop with LayoutError.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from colead_desktop.reports.text_lines import Lines, draw_lines, lines_height, pen_text, set_pen

RULE = colors.HexColor("#888888")
RULE_WIDTH = 0.4
HEADER_SHADE = colors.HexColor("#e8eef4")
LABEL_SHADE = colors.HexColor("#f2f2f2")
PAD_X, PAD_Y = 6, 2
"""A cell's left/right and top/bottom padding in points (reportlab's default sides; 2 above and below)."""


@dataclass(frozen=True)
class GridLook:
    widths: tuple[float, ...]
    styles: tuple[ParagraphStyle, ...]  # per column: font, size, leading, colour, alignment
    header: bool  # the first row is shaded and repeated on every page the table runs on to
    label_column: bool  # the first column is shaded
    page_height: float  # the most a page holds: a row taller than this (under the header) splits between its lines


def _pen(style: ParagraphStyle) -> tuple[object, ...]:
    return style.fontName, style.fontSize, style.leading, style.textColor


class RuledGrid(Flowable):
    def __init__(self, rows: Sequence[Sequence[Lines]], look: GridLook) -> None:
        super().__init__()
        self.rows, self.look = list(rows), look
        self.hAlign = "CENTER"  # as a Table: a grid narrower than the frame is centred
        self.heights = [PAD_Y * 2 + max((lines_height(cell, style) for cell, style in zip(row, look.styles, strict=True)),
                                        default=0.0)
                        for row in self.rows]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803  # reportlab's names
        self.width, self.height = sum(self.look.widths), sum(self.heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """The rows that fit, then the rest under the header again; nothing when not one row beyond the header
        fits (the grid moves to the next page). A row that no page could hold leaves the lines that fit here."""
        used, fit = 0.0, 0
        for height in self.heights:
            if used + height > availHeight:
                break
            used, fit = used + height, fit + 1
        repeated = 1 if self.look.header else 0
        if fit < len(self.rows) and fit >= repeated and self._too_tall(fit) and (
                inside := self._split_row(fit, availHeight - used)):
            return inside
        if fit <= repeated or fit >= len(self.rows):
            return []
        return [RuledGrid(self.rows[:fit], self.look), RuledGrid(self.rows[:repeated] + self.rows[fit:], self.look)]

    def _too_tall(self, index: int) -> bool:
        """Whether row `index` is taller than a page holds below the repeated header."""
        header = self.heights[0] if self.look.header else 0.0
        return self.heights[index] > self.look.page_height - header

    def _split_row(self, index: int, room: float) -> list[Flowable]:
        """Rows up to `index`, with the lines of row `index` that fit in `room` points; then the header, the rest
        of its lines and the rows after it. Nothing when no line fits (the rows before it may still stay here)."""
        counts = [int((room - 2 * PAD_Y) // style.leading) for style in self.look.styles]
        if min(counts) < 1:
            return []
        row = self.rows[index]
        head = [cell[:n] for cell, n in zip(row, counts, strict=True)]
        tail = [cell[n:] for cell, n in zip(row, counts, strict=True)]
        repeated = self.rows[:1] if self.look.header else []
        return [RuledGrid([*self.rows[:index], head], self.look),
                RuledGrid([*repeated, tail, *self.rows[index + 1:]], self.look)]

    def draw(self) -> None:
        canvas, look = self.canv, self.look
        lefts = [sum(look.widths[:i]) for i in range(len(look.widths) + 1)]
        tops = [self.height - sum(self.heights[:i]) for i in range(len(self.heights) + 1)]
        # drawOn saves the canvas's state around this method: the colours and line settings made here end with it.
        if look.header:
            canvas.setFillColor(HEADER_SHADE)
            canvas.rect(0, tops[0], self.width, tops[1] - tops[0], stroke=0, fill=1)
        if look.label_column:
            canvas.setFillColor(LABEL_SHADE)
            canvas.rect(0, tops[0], lefts[1], -self.height, stroke=0, fill=1)
        text = pen_text(canvas, look.styles[0])
        pen = look.styles[0]
        for row, top in zip(self.rows, tops, strict=False):
            for cell, style, left, right in zip(row, look.styles, lefts, lefts[1:], strict=False):
                if style is not pen and _pen(style) != _pen(pen):  # most columns differ only in their alignment
                    set_pen(text, style)
                pen = style
                draw_lines(text, cell, style, left + PAD_X, right - PAD_X, top - PAD_Y)
        canvas.drawText(text)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(RULE_WIDTH)
        for y in (tops[0], tops[-1], *tops[1:-1]):  # the box's top and bottom, then the rules between rows
            canvas.line(0, y, self.width, y)
        for x in (lefts[0], lefts[-1], *lefts[1:-1]):
            canvas.line(x, tops[-1], x, tops[0])
