"""An empty roster workbook (名簿のひな形): the header row the importer reads, ready to be filled in Excel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from colead_desktop.exports.xlsx_file import save_workbook

_HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
_MIN_WIDTH, _MAX_WIDTH = 12, 40  # characters: long headers (the self-introduction's) wrap instead


def build_template(title: str, headers: Sequence[str]) -> Workbook:
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has its sheet
    sheet.title = title
    sheet.append(list(headers))
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column)
        cell.font, cell.fill = Font(bold=True), _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        # a full-width character takes about two columns of Excel's width unit
        width = sum(2 if ord(ch) > 0x2E7F else 1 for ch in header) + 2
        sheet.column_dimensions[get_column_letter(column)].width = max(_MIN_WIDTH, min(_MAX_WIDTH, width))
    sheet.freeze_panes = "A2"
    return book


def write_template(target: Path, title: str, headers: Sequence[str]) -> Path:
    return save_workbook(Path(target), lambda: build_template(title, headers))
