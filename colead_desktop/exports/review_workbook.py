"""A reviewer's workbook (審査票, xlsx) for a call: one row per application and scoring item with a 1–4 drop-down
and a comment, the declared conflicts of interest on their own sheet, the applicants' answers to read, and a
hidden sheet naming the call and the reviewer so the workbook comes back to the right place (issue 19 item 3).

Every sheet is protected: only the score, comment and conflict cells are unlocked, so the ids, item keys and the
subtotal formulas survive the round trip by e-mail. services/screening.py reads it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from colead_desktop.domain.calls import Question, ScoringItem
from colead_desktop.domain.calls import LEVELS
from colead_desktop.exports.sheet_print import fit_rows, print_setup
from colead_desktop.exports.xlsx_file import save_workbook

REVIEW_SHEET, CONFLICT_SHEET, ANSWER_SHEET, META_SHEET = "審査", "利益相反", "回答", "_meta"
REVIEW_HEADER = ("応募ID", "応募者", "No", "審査項目", "観点", "評点(1〜4)", "コメント", "key")
CONFLICT_HEADER = ("応募ID", "応募者", "利益相反", "内容")
SCORE_COLUMN, COMMENT_COLUMN, KEY_COLUMN = 6, 7, 8
CONFLICT_COLUMN, NOTE_COLUMN = 3, 4
NO, YES = "なし", "あり"
SUBTOTAL = "評点合計"
FORMAT = 1
_FILL = PatternFill("solid", fgColor="E8EEF4")
_INPUT = PatternFill("solid", fgColor="FFF8DC")
_OPEN = Protection(locked=False)


@dataclass(frozen=True)
class ReviewSheetRow:
    application_id: int
    applicant: str
    answers: dict[str, str]
    conflict: bool
    conflict_note: str
    scores: dict[str, int | None]
    comments: dict[str, str]


@dataclass(frozen=True)
class ReviewSheet:
    call_id: int
    call_title: str
    reviewer_id: int
    reviewer: str
    items: tuple[ScoringItem, ...]
    questions: tuple[Question, ...]
    rows: tuple[ReviewSheetRow, ...]


def _put(ws: Worksheet, row: int, column: int, value: Any, *, editable: bool = False) -> None:
    """User text always as a string, never a formula (= + - @ kept as text)."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if editable:
        cell.protection = _OPEN
        cell.fill = _INPUT


def _header(ws: Worksheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    print_setup(ws, ws.title, header_rows=1, widths=widths)  # printed for the committee's file: one page wide
    for column, title in enumerate(titles, start=1):
        _put(ws, 1, column, title)
        ws.cell(row=1, column=column).font = Font(bold=True)
        ws.cell(row=1, column=column).fill = _FILL
    ws.freeze_panes = "A2"
    ws.protection.sheet = True


def _review(ws: Worksheet, sheet: ReviewSheet) -> None:
    _header(ws, REVIEW_HEADER, (8, 16, 5, 48, 24, 11, 40, 6))
    ws.column_dimensions[get_column_letter(KEY_COLUMN)].hidden = True
    scores = DataValidation(type="list", formula1='"' + ",".join(map(str, LEVELS)) + '"', allow_blank=True,
                            showErrorMessage=True, errorTitle="評点", error="1〜4から選んでください")
    ws.add_data_validation(scores)
    row = 2
    for entry in (r for r in sheet.rows if not r.conflict):
        first = row
        for number, item in enumerate(sheet.items, start=1):
            label = f"{item.text}（加点項目）" if item.bonus else item.text
            for column, value in enumerate((entry.application_id, entry.applicant, number, label, item.perspective),
                                           start=1):
                _put(ws, row, column, value)
            _put(ws, row, SCORE_COLUMN, entry.scores.get(item.key), editable=True)
            _put(ws, row, COMMENT_COLUMN, entry.comments.get(item.key, ""), editable=True)
            _put(ws, row, KEY_COLUMN, item.key)
            scores.add(ws.cell(row=row, column=SCORE_COLUMN).coordinate)
            row += 1
        _put(ws, row, 4, SUBTOTAL)
        letter = get_column_letter(SCORE_COLUMN)
        ws.cell(row=row, column=SCORE_COLUMN, value=f"=SUM({letter}{first}:{letter}{row - 1})").font = Font(bold=True)
        row += 1


def _conflicts(ws: Worksheet, sheet: ReviewSheet) -> None:
    _header(ws, CONFLICT_HEADER, (8, 16, 10, 48))
    choice = DataValidation(type="list", formula1=f'"{NO},{YES}"', allow_blank=False)
    ws.add_data_validation(choice)
    for row, entry in enumerate(sheet.rows, start=2):
        _put(ws, row, 1, entry.application_id)
        _put(ws, row, 2, entry.applicant)
        _put(ws, row, CONFLICT_COLUMN, YES if entry.conflict else NO, editable=True)
        _put(ws, row, NOTE_COLUMN, entry.conflict_note, editable=True)
        choice.add(ws.cell(row=row, column=CONFLICT_COLUMN).coordinate)


def _answers(ws: Worksheet, sheet: ReviewSheet) -> None:
    _header(ws, ("応募ID", "応募者", "質問", "回答"), (8, 16, 40, 80))
    row = 2
    for entry in (r for r in sheet.rows if not r.conflict):
        for question in sheet.questions:
            for column, value in enumerate((entry.application_id, entry.applicant, question.text,
                                            entry.answers.get(question.key, "")), start=1):
                _put(ws, row, column, value)
            row += 1


def build(sheet: ReviewSheet) -> Workbook:
    book = Workbook()
    book.remove(book.worksheets[0])
    _review(book.create_sheet(REVIEW_SHEET), sheet)
    _conflicts(book.create_sheet(CONFLICT_SHEET), sheet)
    _answers(book.create_sheet(ANSWER_SHEET), sheet)
    for ws in book.worksheets:
        fit_rows(ws)
    meta = book.create_sheet(META_SHEET)
    for row, (key, value) in enumerate((("call_id", sheet.call_id), ("reviewer_id", sheet.reviewer_id),
                                        ("format", FORMAT), ("reviewer", sheet.reviewer),
                                        ("call", sheet.call_title)), start=1):
        _put(meta, row, 1, key)
        _put(meta, row, 2, value)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    return book


def write_review_workbook(sheet: ReviewSheet, target: Path) -> Path:
    return save_workbook(Path(target), lambda: build(sheet))
