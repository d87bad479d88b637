"""Text already broken into lines (layout._lines: the Japanese line breaker), drawn as a Paragraph of the same style
draws plain text: the first baseline one font size below the top, one leading per line, left or right aligned, in
the style's colour. A Paragraph parses markup and breaks its lines again, which a thousand statements cannot afford
(issue 15); their texts need neither.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

Lines = tuple[str, ...]


def lines_height(lines: Lines, style: ParagraphStyle) -> float:
    """As a paragraph measures itself: nothing for no text."""
    return len(lines) * style.leading if any(lines) else 0.0


def pen_text(canvas: Canvas, style: ParagraphStyle) -> PDFTextObject:
    """A text object writing in `style`'s font, size, leading and colour. Lines go into one text object per
    paragraph or table rather than one per `drawString` (a text object, its font setting and a BT/ET pair each), which
    a thousand statements' tens of thousands of lines cannot afford (issue 15)."""
    text = canvas.beginText()
    set_pen(text, style)
    return text


def set_pen(text: PDFTextObject, style: ParagraphStyle) -> None:
    text.setFont(style.fontName, style.fontSize, style.leading)
    text.setFillColor(style.textColor)


def draw_lines(text: PDFTextObject, lines: Lines, style: ParagraphStyle, left: float, right: float,
               top: float) -> None:
    """`lines` between `left` and `right` from `top` down, onto `text`, which writes in `style`'s pen already."""
    y = top - style.fontSize
    for line in lines:
        if style.alignment == TA_RIGHT:
            text.setTextOrigin(right - stringWidth(line, style.fontName, style.fontSize), y)
        else:
            text.setTextOrigin(left, y)
        text.textLine(line)
        y -= style.leading


class TextLines(Flowable):
    """A paragraph of plain text: its space before and after and keep-with-next come from `style` (Flowable reads
    them there), and it splits between lines as a Paragraph does (no orphan first line alone at a page's foot)."""

    def __init__(self, lines: Lines, style: ParagraphStyle) -> None:
        super().__init__()
        self.lines, self.style = lines, style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803  # reportlab's names
        self.width, self.height = availWidth, lines_height(self.lines, self.style)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        fit = int(availHeight / self.style.leading)
        if not any(self.lines) or fit == 0 or (fit <= 1 and not self.style.allowOrphans):
            return []
        if len(self.lines) <= fit:
            return [self]
        if not self.style.allowWidows and len(self.lines) == fit + 1:
            if not (len(self.lines) > 3 or (self.style.allowOrphans and len(self.lines) == 3)):
                return []
            fit -= 1  # the widow's line takes one more with it
        return [TextLines(self.lines[:fit], self.style), TextLines(self.lines[fit:], self.style)]

    def draw(self) -> None:
        text = pen_text(self.canv, self.style)
        draw_lines(text, self.lines, self.style, 0, self.width, self.height)
        self.canv.drawText(text)


class Headed(Flowable):
    """A heading and the flowable under it, never parted by a page's foot. A body that a page holds whole moves on with
    its heading rather than split (a short summary table stays in one piece); a longer one starts under its heading
    here and runs on. It does what a style's keepWithNext did without platypus's KeepTogether, which measures its
    content on a deep copy of the frame and then makes the frame measure it again: half the layout cost of a thousand
    statements (issue 15). KeepTogether also moved a body longer than a page to the next page, leaving this one empty.
    """

    def __init__(self, heading: TextLines, body: Flowable, page_height: float) -> None:
        super().__init__()
        self.heading, self.body, self.page_height = heading, body, page_height

    def _gap(self) -> float:
        """The space between them, as a frame merges one flowable's space after with the next one's space before."""
        return float(max(self.heading.getSpaceAfter(), self.body.getSpaceBefore()))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803  # reportlab's names
        _, heading = self.heading.wrap(availWidth, availHeight)
        _, body = self.body.wrap(availWidth, availHeight - heading - self._gap())
        self.width, self.height = availWidth, heading + self._gap() + body
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self.wrap(availWidth, availHeight)[1] <= self.page_height:
            return []
        parts = self.body.split(availWidth, availHeight - self.heading.height - self._gap())
        return [Headed(self.heading, parts[0], self.page_height), *parts[1:]] if parts else []

    def getSpaceBefore(self) -> float:  # noqa: N802  # reportlab's names
        return float(self.heading.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.body.getSpaceAfter())

    def draw(self) -> None:
        """The body keeps its own alignment within the frame's width (a grid wider than the frame is centred on it)."""
        self.heading.drawOn(self.canv, 0, self.height - self.heading.height)
        self.body.drawOn(self.canv, 0, 0, _sW=self.width - self.body.width)  # type: ignore[call-arg]  # the stubs omit it
