"""The rotation as an Excel workbook: one row per talent, one column per round, plus a per-table view.

Why: secretariats pass the rotation to lab staff who filter it for their own table. Names and table
names are user text, so a value such as "=HYPERLINK(...)" or "-1" must stay text: such cells are typed
as strings and marked quotePrefix, exactly what Excel does when a person types a leading apostrophe.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from colead_desktop.domain.agenda import round_slots
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.meetup_docs import MeetupPack, absent_text
from colead_desktop.exports.sheet_print import WRAP, fit_rows, print_setup, set_print_area
from colead_desktop.exports.xlsx_file import save_workbook

_HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")


def _put(ws: Worksheet, row: int, column: int, value: Any) -> None:
    """Write a cell; text is always a string, never a formula, even when it starts with = + - @."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
            cell.quotePrefix = True
    cell.alignment = WRAP


def _header(ws: Worksheet, title: str, titles: list[str], widths: list[int]) -> None:
    print_setup(ws, title, header_rows=1, widths=widths)
    for column, heading in enumerate(titles, start=1):
        _put(ws, 1, column, heading)
        ws.cell(row=1, column=column).font = Font(bold=True)
        ws.cell(row=1, column=column).fill = _HEADER_FILL
    ws.freeze_panes = "A2"


def _finish(ws: Worksheet, columns: int, rows: int) -> None:
    """Filter, print area and row heights once every row is written."""
    last_row = max(2, rows + 1)
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{last_row}"
    set_print_area(ws, columns, last_row)
    fit_rows(ws)


def _round_titles(pack: MeetupPack) -> list[str]:
    slots = round_slots(pack.agenda)
    titles = []
    for r in range(len(pack.plan.rounds)):
        time = f" {slots[r].start:%H:%M}-{slots[r].end:%H:%M}" if r < len(slots) else ""
        titles.append(msg("第{r}ラウンド{t}", "Round {r}{t}", r=r + 1, t=time))
    return titles


def build_workbook(pack: MeetupPack) -> Workbook:
    """Sheet ローテーション (per talent, filterable) and sheet テーブル別 (per table and round); Rotation and
    By table in English."""
    book = Workbook()
    book.remove(book.worksheets[0])  # the default sheet; both sheets are created by name
    ws = book.create_sheet(msg("ローテーション", "Rotation"))
    rounds = _round_titles(pack)
    _header(ws, f"{pack.agenda.title}　{msg('ローテーション', 'Rotation')}",
            [msg("人材ID", "Talent ID"), msg("氏名", "Name"), msg("所属", "Affiliation"), msg("スキル", "Skill"), *rounds],
            [10, 14, 30, 36, *[16] * len(rounds)])  # 36: two skills in two lines, the sheet on one landscape page
    for row, sheet in enumerate(pack.talents, start=2):
        for column, value in enumerate([sheet.record_id or sheet.talent_id, sheet.name, sheet.affiliation,
                                        sheet.skill], start=1):
            _put(ws, row, column, value)
        for r in range(len(pack.plan.rounds)):
            _put(ws, row, 5 + r, pack.seat_text(sheet.talent_id, r))
    _finish(ws, 4 + len(rounds), len(pack.talents))
    by_table = book.create_sheet(msg("テーブル別", "By table"))
    _header(by_table, f"{pack.agenda.title}　{msg('テーブル別', 'By table')}",
            [msg("テーブル", "Table"), msg("ルーム", "Room"), "URL", *rounds], [16, 16, 30, *[24] * len(rounds)])
    table_ids = list(pack.plan.rounds[0]) if pack.plan.rounds else []
    for row, table_id in enumerate(table_ids, start=2):
        brief = pack.brief(table_id)
        for column, value in enumerate([brief.region, brief.room, brief.join_url], start=1):
            _put(by_table, row, column, value)
        for r, seating in enumerate(pack.plan.rounds):
            _put(by_table, row, 4 + r, "\n".join(pack.name(p) for p in seating.get(table_id, ())))
    absent_row = len(table_ids) + 2
    if any(pack.absent(r) for r in range(len(pack.plan.rounds))):  # the PDF's rotation has the same row
        _put(by_table, absent_row, 1, absent_text())
        for r in range(len(pack.plan.rounds)):
            _put(by_table, absent_row, 4 + r, "\n".join(pack.absent(r)))
    _finish(by_table, 3 + len(rounds), by_table.max_row - 1)
    return book


def write_rotation(target: Path, pack: MeetupPack) -> Path:
    return save_workbook(Path(target), lambda: build_workbook(pack))
