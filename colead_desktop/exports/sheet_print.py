"""How every workbook sheet prints: A4, one page wide, header rows repeated, titled and numbered pages, and rows
tall enough for their wrapped text.

Accountants and lab staff print these sheets for sign-off and filing. Without print settings Excel and
LibreOffice split a wide list over several pages, print the header on the first page only, and give no page
numbers. LibreOffice prints a row at the height stored in the file, and openpyxl stores none, so a cell wrapped
over three lines printed over the rows below it: every row with wrapped text gets a height computed here from
its lines at the column's width (a wide East Asian character counting two units, lines broken by the rules of
domain/line_breaking.py as spreadsheet programs apply them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.header_footer import HeaderFooter, HeaderFooterItem, _HeaderFooterPart
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.line_breaking import cell_units, wrap_text

WRAP = Alignment(wrap_text=True, vertical="top")
PORTRAIT_MAX_UNITS = 100
"""Sheets whose columns add up to at most this many width units print portrait; wider ones landscape. A4
portrait holds about 95 units of the default font at 100%, landscape about 140; fit-to-width shrinks the rest."""
LINE_POINTS = 15.0
"""Height of one printed line of the default 11 pt font (Japanese glyphs included), in points."""
DEFAULT_WIDTH = 8.43
"""Excel's width of a column without its own width."""
_MARGINS = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7, header=0.3, footer=0.3)  # inches


def date_format() -> str:
    """The number format of a date cell in the workbook's language, as its texts print dates (2021年11月25日,
    25 Nov 2021): the cell stays a date for sorting and for reading the workbook back."""
    return msg('yyyy"年"m"月"d"日"', "d mmm yyyy")


def both_dates_format() -> str:
    """The number format of a date cell a person reads in the payments workbook, as its statements print dates
    (jp_calendar.both_dates): 令和3年11月16日（2021-11-16）, 16 Nov 2021. The cell stays a date, so sorting and
    filtering work; Excel and LibreOffice both show the era from the Japanese locale ([$-411], whose first year
    reads 1年, not 元年: the gannen locale tag is Excel's alone)."""
    return msg('[$-411]ggge"年"m"月"d"日"（yyyy-mm-dd）', "d mmm yyyy")


def both_months_format() -> str:
    """As both_dates_format, for a month (a date cell holding its first day): 令和3年11月（2021-11）, Nov 2021."""
    return msg('[$-411]ggge"年"m"月"（yyyy-mm）', "mmm yyyy")


def print_setup(ws: Worksheet, title: str, header_rows: int, widths: Sequence[float]) -> None:
    """Column widths and the A4 page of a sheet: orientation by its total width, one page wide and as many tall as
    needed, the `header_rows` repeated on every page, `title` in the page header and "page / pages" in the footer.

    Call before any row is written: a write-only sheet (typed as a Worksheet by openpyxl's create_sheet) streams its
    columns with the first row."""
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = (Worksheet.ORIENTATION_PORTRAIT if sum(widths) <= PORTRAIT_MAX_UNITS
                                 else Worksheet.ORIENTATION_LANDSCAPE)
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0  # 0: as many pages tall as needed
    ws.print_title_rows = f"1:{header_rows}"
    ws.page_margins = _MARGINS
    ws.HeaderFooter = HeaderFooter(
        oddHeader=HeaderFooterItem(center=_HeaderFooterPart(title.replace("&", "&&"))),  # & starts a code (&P)
        oddFooter=HeaderFooterItem(center=_HeaderFooterPart("&P / &N")))


def set_print_area(ws: Worksheet, columns: int, last_row: int) -> None:
    """Print the sheet's columns down to `last_row`, nothing beside or below (a hidden key row, stray cells)."""
    ws.print_area = f"A1:{get_column_letter(max(1, columns))}{max(1, last_row)}"


def lines_in(text: str, width: float) -> int:
    """Lines `text` wraps to in a column `width` units wide (one unit of a cell's width is taken by its padding), broken
    where Excel and LibreOffice break it: between Latin words, and anywhere in Japanese (kinsoku kept)."""
    room = max(1.0, (width or DEFAULT_WIDTH) - 1)
    return len(wrap_text(text, room, lambda piece: float(cell_units(piece)), keep_katakana=False))


def row_height(values: Iterable[object], widths: Sequence[float]) -> float | None:
    """The height a row of `values` (by column, from A) needs to show every line, or None when one line does."""
    lines = max((lines_in(str(value), widths[i] if i < len(widths) else DEFAULT_WIDTH)
                 for i, value in enumerate(values) if value is not None and not isinstance(value, (int, float))),
                default=1)
    return lines * LINE_POINTS if lines > 1 else None


def fit_height(ws: Worksheet, row: int, values: Iterable[object], widths: Sequence[float]) -> None:
    """Give row `row` the height its `values` need; on a write-only sheet call it before the row is appended."""
    height = row_height(values, widths)
    if height is not None:
        ws.row_dimensions[row].height = height


def fit_rows(ws: Worksheet) -> None:
    """Fit every written row of a (not write-only) sheet to its text."""
    widths = [ws.column_dimensions[get_column_letter(c)].width or DEFAULT_WIDTH for c in range(1, ws.max_column + 1)]
    for number, row in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
        fit_height(ws, number, row, widths)
