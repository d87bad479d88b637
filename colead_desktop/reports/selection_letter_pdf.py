"""選定のご連絡: the letter telling an applicant the decision (issue 19 item 4), or confirming their withdrawal;
one A4 PDF each, IPAex embedded.

The text comes from the domain (domain/selection.py letter_paragraphs) in the current language; the date is
printed in 和暦 with the western date beside it, like every document the secretariat sends.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.selection import Letter, letter_paragraphs, letter_title
from colead_desktop.exports.atomic import OWNER_ONLY
from colead_desktop.reports.fonts import register_fonts
from colead_desktop.reports.layout import BODY, TITLE, build_pdf, para
from colead_desktop.reports.statement_pdf import both_dates

_RIGHT = ParagraphStyle("letter_right", parent=BODY, alignment=TA_RIGHT)
_LETTER = ParagraphStyle("letter_body", parent=BODY, fontSize=11, leading=19, spaceAfter=4 * mm)


def letter_story(letter: Letter) -> list[Flowable]:
    first, *rest = letter_paragraphs(letter)
    return [para(both_dates(letter.issued.date()), _RIGHT), para(letter.sender, _RIGHT), Spacer(1, 8 * mm),
            para(letter_title(letter), TITLE), para(first, _LETTER),
            *(para(text, _LETTER) for text in rest)]


def write_letter(letter: Letter, target: Path) -> Path:
    """The letter as a PDF at `target` (owner-only: it names the applicant and their result)."""
    register_fonts()
    return build_pdf(target, letter_title(letter), letter_story(letter),
                     msg("{title}（応募 {id}）", "{title} (application {id})", title=letter_title(letter),
                         id=letter.application_id),
                     OWNER_ONLY)
