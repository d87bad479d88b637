"""One talent's self-introduction sheet (自己紹介シート) as an A4 page of the meetup handouts.

Each field prints its own stored answer; a field left blank gets ruled lines to write on by hand (at least
WRITING_LINES lines WRITING_PITCH apart), because the sheet is also handed out on paper to be filled in.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.meetup_docs import TalentSheet
from colead_desktop.domain.self_intro import sheet_title
from colead_desktop.reports.layout import BODY, CELL, CONTENT_WIDTH, TITLE, grid, para

WRITING_LINES = 3
WRITING_PITCH = 8 * mm  # a comfortable line for handwriting in Japanese
_RULE = colors.HexColor("#b0b0b0")
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


def self_intro_page(sheet: TalentSheet, titles: tuple[str, ...]) -> list[Flowable]:
    """The sheet of `sheet`'s talent with the fields `titles` (in the current language when they are the
    declared ones), each followed by its answer or by lines to write on; ends with a page break."""
    person = [[msg("氏名", "Name"), sheet.name], [msg("所属", "Affiliation"), sheet.affiliation],
              [msg("スキル", "Skill"), sheet.skill]]
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for title in titles:
        answer = sheet.answers.get(title, "").strip()
        rows.append([para(sheet_title(title), CELL)])
        rows.append([para(answer, BODY) if answer else WritingLines()])
        title_row = len(rows) - 2
        commands += [("BACKGROUND", (0, title_row), (0, title_row), _TITLE_BACKGROUND),
                     ("LINEABOVE", (0, title_row), (0, title_row), 0.4, colors.HexColor("#888888")),
                     ("BOTTOMPADDING", (0, title_row + 1), (0, title_row + 1), 4)]
    fields = Table(rows, colWidths=[CONTENT_WIDTH])
    fields.setStyle(TableStyle(commands))
    return [para(msg("自己紹介シート", "Self-introduction sheet"), TITLE),
            grid(person, [30 * mm, CONTENT_WIDTH - 30 * mm], header=False), Spacer(1, 4 * mm), fields, PageBreak()]
