"""The monthly withholding summary (domain/withholding_monthly.py) as a workbook for the accountant."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.tax_scope import titled
from colead_desktop.domain.withholding_monthly import WithholdingMonth
from colead_desktop.exports.payments_xlsx import YEN_FORMAT, safe_text, value_cell
from colead_desktop.exports.sheet_print import WRAP, fit_height, print_setup, set_print_area
from colead_desktop.exports.xlsx_file import save_workbook

HEADERS = (("支払年月", "Month paid", 10), ("納期限", "Tax due", 12), ("人員", "People", 8),
           ("支払金額", "Amount paid", 14), ("源泉徴収税額", "Tax withheld", 14), ("明細書番号", "Statements", 40))


def write_withholding_monthly(months: Sequence[WithholdingMonth], payer_name: str, target: Path,
                              covers: str = "") -> Path:
    """`covers`: the programmes the months add up (tax_scope.covered_text), said in the title."""
    return save_workbook(Path(target), lambda: _workbook(months, payer_name, covers))


def _workbook(months: Sequence[WithholdingMonth], payer_name: str, covers: str) -> Workbook:
    wb = Workbook(write_only=True)
    title = msg("源泉所得税 月別", "Withholding by month")
    ws = wb.create_sheet(title)
    widths = [width for _, _, width in HEADERS]
    print_setup(ws, title, header_rows=2, widths=widths)
    ws.freeze_panes = "A3"
    heading = msg("所得税徴収高計算書（報酬・料金等）の集計　支払者: {p}", "Withholding tax to pay by month (fees); payer: {p}",
                  p=payer_name)
    heading = titled(heading, covers)
    fit_height(ws, 1, [heading], [sum(widths)])  # the title spans the columns; a long one wraps above the header
    ws.append([safe_text(ws, heading)])
    ws.merged_cells.add(f"A1:{get_column_letter(len(HEADERS))}1")  # the title spans the list, not column A
    headings = [msg(ja, en) for ja, en, _ in HEADERS]
    header = []
    for heading in headings:
        cell = WriteOnlyCell(ws, heading)
        cell.font, cell.alignment = Font(bold=True), WRAP
        header.append(cell)
    fit_height(ws, 2, headings, widths)
    ws.append(header)
    for number, month in enumerate(months, start=3):
        statements = " ".join(month.statements)
        fit_height(ws, number, [None] * 5 + [statements], widths)
        ws.append([value_cell(ws, f"{month.month:%Y-%m}"), value_cell(ws, month.due), value_cell(ws, month.people),
                   value_cell(ws, month.paid_yen), value_cell(ws, month.withheld_yen), safe_text(ws, statements)])
    if not months:  # a row of its own, so the totals' ranges never reach up into the header or down into themselves
        ws.append([msg("該当なし", "None")])
    last = max(len(months), 1) + 2
    totals: list[object] = [msg("合計", "Total"), None, None]
    for letter in "DE":
        cell = WriteOnlyCell(ws, f"=SUM({letter}3:{letter}{last})")
        cell.number_format = YEN_FORMAT
        totals.append(cell)
    ws.append(totals)
    set_print_area(ws, len(HEADERS), last + 1)
    return wb
