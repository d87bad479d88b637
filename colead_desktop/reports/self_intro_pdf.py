"""One talent's self-introduction sheet (自己紹介シート) as an A4 page of the meetup handouts.

Each field prints its own stored answer; a field left blank gets ruled lines to write on by hand (at least
WRITING_LINES lines WRITING_PITCH apart, more when the page has room), because the sheet is also handed out
on paper to be filled in.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.meetup_docs import TalentSheet
from colead_desktop.domain.self_intro import sheet_title
from colead_desktop.reports.layout import BODY, CELL, CONTENT_HEIGHT, CONTENT_WIDTH, TITLE, grid, para

WRITING_LINES = 3
WRITING_PITCH = 8 * mm  # a comfortable line for handwriting in Japanese
_SAFETY = 3 * mm  # rounding in the layout's own measurements must not push the last line onto a new page
_RULE = colors.HexColor("#b0b0b0")
_BORDER = colors.HexColor("#888888")
_TITLE_BACKGROUND = colors.HexColor("#e8eef4")


class WritingLines(Flowable):
    """`lines` dotted rules `pitch` apart across the frame's width: room to write by hand."""

    def __init__(self, lines: int = WRITING_LINES, pitch: float = WRITING_PITCH) -> None:
        super().__init__()
        self.lines = lines
        self.pitch = pitch

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.lines * self.pitch

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.5)
        canvas.setDash(1, 2)
        for line in range(self.lines):
            canvas.line(0, line * self.pitch, self.width, line * self.pitch)  # the bottom of each writing line
        canvas.restoreState()


def _fields(sheet: TalentSheet, titles: tuple[str, ...], extra_lines: int = 0) -> Table:
    """One column: each field's title on a tinted row, then its answer or lines to write on: WRITING_LINES
    each, and `extra_lines` more shared among the blank fields from the first down."""
    blanks = sum(1 for title in titles if not sheet.answers.get(title, "").strip())
    rows: list[list[Any]] = []
    blank = 0
    commands: list[tuple[Any, ...]] = [("BOX", (0, 0), (-1, -1), 0.4, _BORDER), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for title in titles:
        answer = sheet.answers.get(title, "").strip()
        if answer:
            rows += [[para(sheet_title(title), CELL)], [para(answer, BODY)]]
        else:
            more = extra_lines // blanks + (1 if blank < extra_lines % blanks else 0)
            rows += [[para(sheet_title(title), CELL)], [WritingLines(WRITING_LINES + more)]]
            blank += 1
        title_row = len(rows) - 2
        commands += [("BACKGROUND", (0, title_row), (0, title_row), _TITLE_BACKGROUND),
                     ("LINEABOVE", (0, title_row), (0, title_row), 0.4, _BORDER),
                     ("BOTTOMPADDING", (0, title_row + 1), (0, title_row + 1), 4)]
    table = Table(rows, colWidths=[CONTENT_WIDTH], splitInRow=1)  # an answer longer than a page runs on
    table.setStyle(TableStyle(commands))
    return table


def _height(flowables: list[Flowable]) -> float:
    return sum(f.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def self_intro_page(sheet: TalentSheet, titles: tuple[str, ...]) -> list[Flowable]:
    """The sheet of `sheet`'s talent with the fields `titles` (in the current language when they are the
    declared ones), each followed by its answer or by lines to write on; ends with a page break.

    When the sheet fits on its page, the blank fields share the rest of the page as further lines: paper
    handed out to be filled in should leave no space unused."""
    person = [[msg("氏名", "Name"), sheet.name], [msg("所属", "Affiliation"), sheet.affiliation],
              [msg("スキル", "Skill"), sheet.skill]]
    head: list[Flowable] = [para(msg("自己紹介シート", "Self-introduction sheet"), TITLE),
                            grid(person, [30 * mm, CONTENT_WIDTH - 30 * mm], header=False), Spacer(1, 4 * mm)]
    fields = _fields(sheet, titles)
    spare = CONTENT_HEIGHT - _SAFETY - _height([*head, fields])
    if spare >= WRITING_PITCH and any(not sheet.answers.get(title, "").strip() for title in titles):
        fields = _fields(sheet, titles, int(spare // WRITING_PITCH))
    return [*head, fields, PageBreak()]
