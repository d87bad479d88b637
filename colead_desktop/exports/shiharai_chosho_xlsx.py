"""Annual 報酬、料金、契約金及び賞金の支払調書 list (payments-japan.md §1.6) as a workbook.

One row per recipient whose payments in the calendar year total more than ¥50,000 (講演料等). The
支払金額 includes cash travel and per diem (NTA 質疑: travel paid in cash is part of the fee) and
excludes what the secretariat paid directly to carriers and hotels. Fees paid to a talent's employer
company are listed under the company's name and address (never the individual's), with tax 0, because
the 調書 is required even when nothing was withheld. Only statements marked paid in that year count; an
adjusting statement counts with the difference it paid. 細目（支払回数） counts the payments that paid the
recipient something (tax_scope.payments_made): a statement and a correction paid in one transfer are one payment,
and neither a ¥0 statement settled without a transfer nor a reclaim is a payment. The statements
are the payer's, from every programme it ran (domain/tax_scope.py); the title names those programmes. 個人番号 is
never stored by this app, so its column is left for the accountant to fill in on the filed copy.
"""

from __future__ import annotations

import re

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.normalise import canonical_address
from colead_desktop.domain.statements import Statement
from colead_desktop.domain.tax_scope import paid_something, payments_made, titled
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.exports.atomic import OWNER_ONLY
from colead_desktop.exports.payments_xlsx import YEN_FORMAT, safe_text, value_cell
from colead_desktop.exports.sheet_print import WRAP, fit_height, print_setup, set_print_area
from colead_desktop.exports.xlsx_file import save_workbook

THRESHOLD_YEN = 50_000
"""講演料等: a 支払調書 is due when the year's total to one person is more than this."""


@dataclass(frozen=True)
class ChoshoRow:
    payee_id: str
    name: str
    address: str
    payments: int
    paid_yen: int
    withheld_yen: int
    note: str


def _recipient(st: Statement) -> tuple[str, str, str]:
    """(payee id, name, address) of whoever was actually paid: a payee paid through their employer is listed
    under the company (payments-japan.md §1.6), with no payee id, so the individual never appears. The address
    in its stored form, also for details saved before addresses were normalised where typed (「北区１－２」)."""
    if st.employer is not None:
        return "", st.employer.name, canonical_address(st.employer.address)
    return st.result.payee_id, st.result.name, canonical_address(st.payee_address)


def chosho_rows(statements: Sequence[Statement], year: int) -> list[ChoshoRow]:
    """Per-recipient totals of the statements paid in `year`, above the threshold: people by payee id,
    then companies by name."""
    grouped: dict[tuple[str, str], list[Statement]] = {}  # (payee id, "") for a person, ("", name) for a company
    for st in statements:
        if (st.status is StatementStatus.PAID and st.paid_on is not None and st.paid_on.year == year
                and paid_something(st)):
            payee_id, name, _ = _recipient(st)
            grouped.setdefault((payee_id, "" if payee_id else name), []).append(st)
    rows = []
    for (payee_id, _), items in sorted(grouped.items(), key=lambda item: (item[0][0] == "", _natural(item[0][0]),
                                                                          item[0][1])):
        paid = sum(st.payable_gross_yen for st in items)
        if paid <= THRESHOLD_YEN:
            continue
        latest = max(items, key=lambda st: st.paid_on or st.transfer_date)
        _, name, address = _recipient(latest)
        notes = {st.result.withholding_text for st in items if st.result.withholding_yen == 0}
        rows.append(ChoshoRow(payee_id, name, address, payments_made(items), paid,
                              sum(st.payable_withholding_yen for st in items), " / ".join(sorted(notes))))
    return rows


def _natural(payee_id: str) -> tuple[tuple[int, str], ...]:
    """Numbers inside ids sort as numbers: 2 before 10, t2 before t10."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"(\d+)", payee_id))


HEADERS = (("受取人ID", "Payee id", 10), ("氏名", "Name", 18), ("住所（居所）", "Address", 30),
           ("個人番号（提出用のみ記入）", "My Number (filed copy only)", 16),
           ("区分", "Kind", 28), ("細目（支払回数）", "Detail (payments)", 10),
           ("支払金額", "Amount paid", 13), ("源泉徴収税額", "Tax withheld", 13), ("摘要", "Note", 36))


def write_chosho_workbook(statements: Sequence[Statement], year: int, payer_name: str,
                          target: Path, covers: str = "") -> Path:
    """`covers`: the programmes the statements come from (tax_scope.covered_text), said in the title."""
    # names, addresses and yearly fees
    return save_workbook(Path(target), lambda: _workbook(statements, year, payer_name, covers), OWNER_ONLY)


def _workbook(statements: Sequence[Statement], year: int, payer_name: str, covers: str) -> Workbook:
    rows = chosho_rows(statements, year)
    wb = Workbook(write_only=True)
    title = msg("支払調書 {y}年分", "Payment records {y}", y=year)
    ws = wb.create_sheet(title)
    widths = [width for _, _, width in HEADERS]
    print_setup(ws, title, header_rows=2, widths=widths)
    ws.freeze_panes = "A3"
    heading = msg("報酬、料金、契約金及び賞金の支払調書 一覧　{y}年分　支払者: {p}", "Annual payment records {y}; payer: {p}",
                  y=year, p=payer_name)
    heading = titled(heading, covers)
    fit_height(ws, 1, [heading], [sum(widths)])  # the title spans the columns; a long one wraps above the header
    ws.append([safe_text(ws, heading)])
    ws.merged_cells.add(f"A1:{get_column_letter(len(HEADERS))}1")  # the title spans the list, not column A
    headings = [msg(ja, en) for ja, en, _ in HEADERS]
    bold = []
    for heading in headings:
        cell = WriteOnlyCell(ws, heading)
        cell.font, cell.alignment = Font(bold=True), WRAP
        bold.append(cell)
    fit_height(ws, 2, headings, widths)
    ws.append(bold)
    kind = msg("講演料等（謝金・日当・旅費）", "Lecture-type fees (honorarium, per diem, travel)")
    for number, row in enumerate(rows, start=3):
        paid, withheld = value_cell(ws, row.paid_yen), value_cell(ws, row.withheld_yen)
        fit_height(ws, number, [row.payee_id, row.name, row.address, None, kind, row.payments, 0, 0, row.note],
                   widths)
        ws.append([safe_text(ws, row.payee_id), safe_text(ws, row.name), safe_text(ws, row.address),
                   None, safe_text(ws, kind), value_cell(ws, row.payments), paid, withheld, safe_text(ws, row.note)])
    if not rows:  # a row of its own, so the totals' ranges never reach up into the header or down into themselves
        ws.append([None, msg("該当なし（{y}年中の支払で5万円を超える受取人はありません）",
                             "None (no payee was paid more than ¥50,000 in {y})", y=year)])
    last = max(len(rows), 1) + 2
    ws.auto_filter.ref = f"A2:I{last}"
    totals: list[object] = [msg("合計", "Total")] + [None] * 5
    for letter in "GH":
        cell = WriteOnlyCell(ws, f"=SUM({letter}3:{letter}{last})")
        cell.number_format = YEN_FORMAT
        totals.append(cell)
    ws.append(totals)
    set_print_area(ws, len(HEADERS), last + 1)
    return wb
