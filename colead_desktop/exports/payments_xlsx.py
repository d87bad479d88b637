"""The accountants' payments workbook: summary, ledger and one sheet per region.

Totals are live =SUM() formulas so the accountant can audit them in Excel, and the test suite
checks that LibreOffice computes the same totals as the domain. Any text that came from a user
(names, descriptions, reasons) is stored as a string cell with a quote prefix, so a name such as
"=HYPERLINK(...)" or "-1" can never become a formula. Written in write-only (streaming) mode.
Each payment adds up once: a correction's amount columns hold the difference it made (negative for a
reclaim, which is a 返金請求額, never a 振込金額), and in the ledger it cancels the lines of the statement it
corrects before adding its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from colead_desktop.domain.budget import (BudgetLine, BudgetReport, Figures, budget_report, no_record_note,
                                          region_label, travel_note)
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import both_dates
from colead_desktop.domain.payments import Line, PaymentResult
from colead_desktop.domain.statement_totals import moved
from colead_desktop.domain.statement_status import settled_label
from colead_desktop.domain.statements import Statement
from colead_desktop.exports.atomic import OWNER_ONLY
from colead_desktop.exports.sheet_print import (WRAP, both_dates_format, both_months_format, fit_height, print_setup,
                                                set_print_area)
from colead_desktop.exports.xlsx_file import save_workbook

YEN_FORMAT = "#,##0"
DATE_WIDTH = 27  # 令和3年11月16日（2021-11-16） in full: a date cell does not wrap (Excel shows ### instead)
PERCENT_FORMAT = "0.0%"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
_RIGHT = Alignment(horizontal="right")

Column = tuple[str, str, int, Callable[[Any], object]]
"""(header ja, header en, width, value getter); int values get the yen format and a total."""

def _moved(value: Callable[[PaymentResult], int]) -> Callable[[Statement], int]:
    """A statement's amount as it adds up: the whole payment, or for a correction only the difference it made."""
    return lambda st: moved(st, value)


def _kind(st: Statement) -> str:
    if st.adjustment is None:
        return msg("通常", "Payment")
    return msg("訂正（返金請求）", "Correction (refund)") if st.payment.is_reclaim else msg("訂正", "Correction")


def _same_transfer(st: Statement) -> str:
    """The other statements its run's transfer pays (domain.payment_runs.one_transfer_per_payee): on the first
    statement, every one joining it; on a joining one, the first. The bank file's customer codes are the first two
    statements' numbers, so a line of the bank statement leads to a row here and on to all its statements."""
    return "、".join((st.joins_transfer_of,) if st.joins_transfer_of else st.joined_by)


SUMMARY: tuple[Column, ...] = (
    ("明細書番号", "Statement", 14, lambda s: s.statement_no),
    ("種別", "Kind", 12, _kind),
    ("受取人ID", "Payee id", 10, lambda s: s.result.payee_id),
    ("氏名", "Name", 18, lambda s: s.result.name),
    ("地域", "Region", 10, lambda s: s.result.region),
    ("状態", "Status", 8, lambda s: settled_label(s.status, s.transfer_yen)),
    ("日当", "Per diem", 11, _moved(lambda r: r.per_diem_yen)),
    ("謝金日数", "Honorarium days", 8, _moved(lambda r: r.honorarium_days)),
    ("謝金", "Honorarium", 11, _moved(lambda r: r.honorarium_yen)),
    ("旅費（支給）", "Travel paid", 11, _moved(lambda r: r.reimbursed_yen)),
    ("事務局直接支払", "Paid directly", 11, _moved(lambda r: r.paid_directly_yen)),
    ("支払総額", "Gross", 12, lambda s: s.payment.gross_yen),
    ("源泉対象額", "Withholding base", 12, _moved(lambda r: r.withholding_base_yen)),
    ("源泉徴収税額", "Withholding", 11, lambda s: s.payment.withholding_yen),
    ("振込手数料", "Bank fee", 9, lambda s: s.payment.fee_yen),
    ("差引支払額", "Net", 12, lambda s: s.payment.net_yen),
    ("振込金額", "Transfer", 12, lambda s: 0 if s.payment.is_reclaim else s.payment.net_yen),
    ("返金請求額", "Refund requested", 12, lambda s: -s.payment.net_yen if s.payment.is_reclaim else 0),
    # none: no transfer
    ("振込予定日", "Transfer date", DATE_WIDTH, lambda s: None if s.payment.net_yen <= 0 else s.transfer_date),
    # the bank's date (a refund's arrival, a ¥0 statement's settlement): the day the month figures count it by
    ("支払日", "Paid on", DATE_WIDTH, lambda s: s.paid_on),
    ("同じ振込の明細書", "Same transfer as", 16, _same_transfer),
    ("振込先（マスク）", "Account (masked)", 22, lambda s: s.bank.masked() if s.bank else ""),
    ("訂正元", "Corrects", 12, lambda s: s.adjustment.previous_no if s.adjustment else ""),
)
LEDGER: tuple[Column, ...] = (
    ("明細書番号", "Statement", 14, lambda r: r[0].statement_no),
    ("受取人ID", "Payee id", 10, lambda r: r[0].result.payee_id),
    ("氏名", "Name", 18, lambda r: r[0].result.name),
    ("地域", "Region", 10, lambda r: r[0].result.region),
    ("日付", "Date", DATE_WIDTH, lambda r: r[1].dates[0]),
    ("全日付", "All dates", DATE_WIDTH, lambda r: msg("、", ", ").join(both_dates(d) for d in r[1].dates)),
    ("区分", "Category", 16, lambda r: r[1].category.label),
    ("内容", "Description", 36, lambda r: r[1].text),
    ("支給額", "Paid", 11, lambda r: r[1].amount_yen if r[1].category.in_gross else 0),
    ("支給対象外（参考）", "Not paid (reference)", 12,
     lambda r: 0 if r[1].category.in_gross else r[1].amount_yen),
    ("料率", "Rates", 10, lambda r: r[1].rates_id),
)


def ledger_lines(st: Statement) -> list[Line]:
    """The lines a statement adds to the ledger: a correction cancels the lines of the statement it corrects
    (negated) and adds its own, so the ledger sums to what was paid, each payment once."""
    if st.adjustment is None:
        return list(st.result.lines)
    cancelled = [replace(line, amount_yen=-line.amount_yen, wording=None,
                         description=msg("（訂正前・取消）{d}", "(cancelled by correction) {d}", d=line.text))
                 for line in st.adjustment.previous.lines]
    return cancelled + list(st.result.lines)


def safe_text(ws: WriteOnlyWorksheet, text: str) -> Cell:
    """A cell that shows `text` literally, even when it looks like a formula."""
    cell = WriteOnlyCell(ws, text)
    cell.alignment = WRAP
    if text.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def value_cell(ws: WriteOnlyWorksheet, value: object) -> Cell:
    if isinstance(value, str):
        return safe_text(ws, value)
    cell = WriteOnlyCell(ws, value)  # type: ignore[arg-type]  # ints, dates, None: the stub leaves out date
    cell.alignment = WRAP  # top-aligned beside the wrapped text of the same row
    if isinstance(value, int):
        cell.number_format = YEN_FORMAT
    elif isinstance(value, date):
        cell.number_format = both_dates_format()
    return cell


def _write_sheet(wb: Workbook, title: str, columns: Sequence[Column], rows: Sequence[Any]) -> None:
    ws = wb.create_sheet(title)
    widths = [column[2] for column in columns]
    print_setup(ws, title, header_rows=1, widths=widths)
    ws.freeze_panes = "A2"
    _header_row(ws, [msg(ja, en) for ja, en, _, _ in columns], widths)
    getters = [column[3] for column in columns]
    numeric = [False] * len(columns)
    for number, row in enumerate(rows, start=2):
        values = [get(row) for get in getters]
        for i, value in enumerate(values):
            numeric[i] = numeric[i] or (isinstance(value, int) and not isinstance(value, bool))
        fit_height(ws, number, values, widths)
        ws.append([value_cell(ws, value) for value in values])
    if not rows:  # a row of its own, so the totals' ranges never reach up into the header or down into themselves
        ws.append([msg("該当なし", "None")])
    last = max(len(rows), 1) + 1
    last_col = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last_col}{last}"
    set_print_area(ws, len(columns), last + 1)
    totals: list[object] = [msg("合計", "Total")]
    for i in range(1, len(columns)):
        letter = get_column_letter(i + 1)
        if numeric[i]:
            cell = WriteOnlyCell(ws, f"=SUM({letter}2:{letter}{last})")
            cell.number_format, cell.font = YEN_FORMAT, _HEADER_FONT
            totals.append(cell)
        else:
            totals.append(None)
    ws.append(totals)


def sheet_title(region: str) -> str:
    """Excel sheet names: ≤ 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in region) or msg("地域未設定", "No region")
    return msg("地域_{r}", "Region_{r}", r=cleaned)[:31]


def _header_row(ws: Worksheet, titles: Sequence[str], widths: Sequence[float], row: int = 1) -> None:
    """A header row (bold, shaded, wrapped) as row `row`, as tall as its titles need."""
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, title)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = WRAP
        cells.append(cell)
    fit_height(ws, row, titles, widths)
    ws.append(cells)


def _figure_cells(ws: WriteOnlyWorksheet, figures: Figures, recorded: bool, bold: bool) -> list[Cell]:
    """Budget, approved, paid, remaining and the share used; words where a figure is unknown, never a 0."""
    unset, unrecorded = msg("未設定", "Not set"), msg("記録なし", "Not recorded")
    values: list[object] = [
        unset if figures.budget_yen is None else figures.budget_yen,
        figures.approved_yen if recorded and figures.approved_yen is not None else unrecorded,
        figures.paid_yen if recorded and figures.paid_yen is not None else unrecorded,
        "" if figures.remaining_yen is None else figures.remaining_yen]
    cells = [value_cell(ws, value) for value in values]
    for cell in cells:
        cell.alignment = _RIGHT  # the words stand where the figures would
    share = WriteOnlyCell(ws, None if figures.used_percent is None else figures.used_percent / 100)
    share.number_format = PERCENT_FORMAT
    cells.append(share)
    if bold:
        for cell in cells:
            cell.font = _HEADER_FONT
    return cells


def _write_budget_sheet(wb: Workbook, report: BudgetReport) -> None:
    """予算と実績: per region and line, a subtotal per region, the programme's totals, then the months."""
    title = msg("予算と実績", "Budget and actuals")
    ws = wb.create_sheet(title)
    widths = (22, 16, 14, 22, 14, 22, 9)  # the first column also holds the months: 令和3年11月（2021-11）
    print_setup(ws, title, header_rows=1, widths=widths)
    ws.freeze_panes = "A2"
    _header_row(ws, [msg("地域", "Region"), msg("費目", "Line"), msg("予算", "Budget"),
                     msg("承認済（支払済を含む）", "Approved (incl. paid)"), msg("支払済", "Paid"),
                     msg("残額（予算−承認済）", "Budget − approved"), msg("執行率", "Used")], widths)
    for row in (*report.regions, report.total):
        name = region_label(row.region) if row is not report.total else msg("合計", "Total")
        for line, figures in row.lines:
            ws.append([safe_text(ws, name), line.label, *_figure_cells(ws, figures, line.recorded, False)])
        ws.append([safe_text(ws, name), msg("計", "Total"), *_figure_cells(ws, row.total, True, True)])
    written = 1 + (len(report.regions) + 1) * (len(BudgetLine) + 1)
    ws.auto_filter.ref = f"A1:G{written}"
    ws.append([])
    _header_row(ws, [msg("月", "Month"), msg("承認済・未払", "Approved, unpaid"), msg("支払済", "Paid"),
                     msg("計", "Total")], widths, row=written + 2)
    for month in report.months:
        first = value_cell(ws, month.month)
        first.number_format = both_months_format()
        ws.append([first, *(value_cell(ws, v) for v in (
            month.approved_unpaid_yen, month.paid_yen, month.approved_unpaid_yen + month.paid_yen))])
    if not report.months:
        ws.append([msg("該当なし", "None")])
    ws.append([])
    for note in (travel_note(), no_record_note(), msg(
            "「計」の実績は旅費・日当・謝金の合計です。月別は、支払済を支払った月に、承認済・未払を振込予定日の月に数えます",
            "The actuals of 'Total' add travel, per diem and honorarium. By month, paid amounts count in the month "
            "paid, approved unpaid ones in the month of their transfer date")):
        ws.append([note])


def write_payments_workbook(statements: Sequence[Statement], target: Path, budget: BudgetReport | None = None) -> Path:
    """Summary (one row per statement), ledger (one row per line), budget and actuals (`budget`, or the actuals
    alone against no budget), then one sheet per region."""
    # names, amounts and masked accounts: not for the shared folder
    return save_workbook(Path(target), lambda: _workbook(statements, budget), OWNER_ONLY)


def _workbook(statements: Sequence[Statement], budget: BudgetReport | None) -> Workbook:
    wb = Workbook(write_only=True)
    _write_sheet(wb, msg("集計", "Summary"), SUMMARY, statements)
    _write_sheet(wb, msg("明細", "Ledger"), LEDGER,
                 [(st, line) for st in statements for line in ledger_lines(st)])
    _write_budget_sheet(wb, budget or budget_report({}, (), statements))
    for region in sorted({st.result.region for st in statements}):
        _write_sheet(wb, sheet_title(region), SUMMARY,
                     [st for st in statements if st.result.region == region])
    return wb
