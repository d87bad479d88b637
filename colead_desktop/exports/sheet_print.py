"""How every workbook sheet prints: A4 landscape, one page wide, its header rows repeated on each page.

Accountants print these lists for sign-off and filing; without print settings Excel splits a wide list over
several pages and prints the header on the first page only.
"""

from __future__ import annotations

from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet


def print_a4_landscape(ws: Worksheet, header_rows: int) -> None:
    """Set before any row is written: a write-only sheet (typed as a Worksheet by openpyxl's create_sheet)
    streams its settings with the first row."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0  # 0: as many pages tall as needed
    ws.print_title_rows = f"1:{header_rows}"
