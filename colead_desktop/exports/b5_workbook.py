"""The guideline's B-5 worksheet (フィールドワークツアーの実施) as an Excel workbook, both ways.

Lab coordinators fill it offline in Excel; the secretariat imports it. Import is all-or-nothing and
lists every problem by sheet, row and column so one round of corrections is enough. Text is NFKC-
normalised (full-width digits, half-width kana) and, on export, text that Excel could read as a formula
(= + - @) is written as a plain string, so a company name can never run as code in someone's Excel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.cell import coordinate_from_string, get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from colead_desktop.domain.b5 import (ANSWER_HEADER, B1_SHEET, B3_SHEET, CHECK, COMPANY_HEADER, DATES, DAYS, HINT_HEADER,
                                      KEY_LABEL, KINDS, LABEL_HEADER, MONEY, OVERVIEW, TRANSPORT, VENUE, VISION_TEXTS,
                                      VISIT_HEADERS, VISITS, YES_NO, YEN, CAPACITY, PEOPLE, B5Worksheet, CompanySheet,
                                      VisitTarget, checked, day, expected, ja, layout, nfkc, one_of, options,
                                      text_limit, values, vision)
from colead_desktop.domain.company_profile import B1_CHECKLIST, B3_PROFILE
from colead_desktop.domain.b5_answers import PreMeetingParticipant, Publicity
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.os_failures import explain_os_error
from colead_desktop.domain.payments import HonorariumScope, TravelRule
from colead_desktop.domain.types import Facility, LabelledEnum, TransportMode, VenueType
from colead_desktop.exports.sheet_print import WRAP, date_format, fit_rows, print_setup, set_print_area
from colead_desktop.exports.xlsx_file import save_workbook

E = TypeVar("E", bound=LabelledEnum)


def _put(ws: Worksheet, row: int, column: int, value: Any) -> None:
    """Write a cell; user text is always a string, never a formula, even when it starts with = + - @."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True
    elif hasattr(value, "isoformat"):
        cell.number_format = date_format()


def _choices(ws: Worksheet, cell_range: str, choices: Sequence[str]) -> None:
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    ws.add_data_validation(validation)
    validation.add(cell_range)


_HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")


def _header(ws: Worksheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    print_setup(ws, f"B-5 {ws.title}", header_rows=1, widths=widths)  # printed for sign-off: one page wide
    for column, title in enumerate(titles, start=1):
        _put(ws, 1, column, title)
        ws.cell(row=1, column=column).font = Font(bold=True)
        ws.cell(row=1, column=column).fill = _HEADER_FILL
        ws.cell(row=1, column=column).alignment = WRAP
    ws.freeze_panes = "A2"


def _finish(ws: Worksheet, columns: int, last_row: int) -> None:
    """Print area and row heights once every row is written; every cell wraps, top-aligned."""
    for row in ws.iter_rows(min_row=2, max_row=last_row, max_col=columns):
        for cell in row:
            cell.alignment = WRAP
    set_print_area(ws, columns, last_row)
    fit_rows(ws)


def _build(sheet: B5Worksheet) -> Workbook:
    book = Workbook()
    book.remove(book.worksheets[0])  # the default sheet; every sheet is created by name below
    cells = values(sheet)
    dropdowns = {"実施日数": DAYS, "事前の顔合わせ": YES_NO, "会場の形態": [ja(v) for v in VenueType],
                 "現地までの交通費": [ja(v) for v in TravelRule], "ツアー以降の活動への謝金": [ja(v) for v in HonorariumScope]}
    for name, rows in layout().items():
        ws = book.create_sheet(name)
        _header(ws, (LABEL_HEADER, ANSWER_HEADER, HINT_HEADER), (36, 36, 28))
        for row, (label, hint) in enumerate(rows, start=2):
            _put(ws, row, 1, label)
            _put(ws, row, 2, cells.get(label))
            _put(ws, row, 3, hint)
            if label in dropdowns:
                _choices(ws, f"B{row}", dropdowns[label])
            elif hint == "該当に○":
                _choices(ws, f"B{row}", (CHECK,))
        _finish(ws, 3, len(rows) + 1)
        if name == OVERVIEW and sheet.tour_key:
            # Which tour the file came from, so importing it again updates that tour: hidden, and below the
            # print area (_finish) so it is not printed.
            key_row = len(rows) + 2
            _put(ws, key_row, 1, KEY_LABEL)
            _put(ws, key_row, 2, sheet.tour_key)
            ws.row_dimensions[key_row].hidden = True
    ws = book.create_sheet(VISITS)
    _header(ws, VISIT_HEADERS, (14, 30, 34, 34))
    for row, visit in enumerate(sheet.visits, start=2):
        for column, value in enumerate((KINDS[0 if visit.is_company else 1], visit.name, visit.address,
                                        visit.notes), start=1):
            _put(ws, row, column, value)
    _choices(ws, "A2:A200", KINDS)
    _finish(ws, len(VISIT_HEADERS), max(2, len(sheet.visits) + 1))
    _company_sheets(book, sheet.companies)
    return book


def _company_sheets(book: Workbook, companies: Sequence[CompanySheet]) -> None:
    """B-1 (a ○ per box) and B-3 (text per answer), a row per company visited."""
    ws = book.create_sheet(B1_SHEET)
    _header(ws, (COMPANY_HEADER, *(item.ja for item in B1_CHECKLIST)), (32, *(14,) * len(B1_CHECKLIST)))
    for row, company in enumerate(companies, start=2):
        _put(ws, row, 1, company.name)
        for column, item in enumerate(B1_CHECKLIST, start=2):
            _put(ws, row, column, CHECK if item.code in company.b1 else None)
    _choices(ws, f"B2:{get_column_letter(len(B1_CHECKLIST) + 1)}200", (CHECK,))
    _finish(ws, len(B1_CHECKLIST) + 1, max(2, len(companies) + 1))
    ws = book.create_sheet(B3_SHEET)
    _header(ws, (COMPANY_HEADER, *(f.ja for f in B3_PROFILE)), (24, *(26,) * len(B3_PROFILE)))
    for row, company in enumerate(companies, start=2):
        answers = dict(company.b3)
        for column, value in enumerate((company.name, *(answers.get(f.code) for f in B3_PROFILE)), start=1):
            _put(ws, row, column, value)
    vision_column = get_column_letter(2 + [f.code for f in B3_PROFILE].index("vision_choice"))
    _choices(ws, f"{vision_column}2:{vision_column}200", VISION_TEXTS)
    _finish(ws, len(B3_PROFILE) + 1, max(2, len(companies) + 1))


def write_b5_workbook(sheet: B5Worksheet, target: Path) -> Path:
    """Export (a blank `B5Worksheet()` gives the empty form to hand to a lab)."""
    return save_workbook(Path(target), lambda: _build(sheet))


@dataclass(frozen=True)
class B5Import:
    sheet: B5Worksheet
    ignored: tuple[str, ...]  # parts of the file the import did not read, as "sheet!cell: what"


class _Reader:
    """Collects every bad cell as "sheet!B7: message" instead of stopping at the first."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.errors: list[str] = []
        self.ignored: list[str] = []
        self.answer_columns: dict[str, str] = {}  # sheet -> the letter of its 回答 column, for messages

    def fail(self, sheet: str, row: int, column: str, ja_text: str, en: str, **params: object) -> None:
        where = f"{sheet}!{column}{row}" if row else sheet
        self.errors.append(f"{where}: {msg(ja_text, en, **params)}")

    def refuse_uncached_formulas(self, formulas: Workbook) -> None:
        """Report each formula cell of `formulas` whose calculated value was not saved in the file."""
        for ws in formulas.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type == "f" and self.book[ws.title][cell.coordinate].value is None:
                        column, row_number = coordinate_from_string(cell.coordinate)
                        self.fail(ws.title, row_number, column, "数式の計算結果が保存されていません。"
                                  "値を入力するか、Excel か LibreOffice で開いて保存し直してください",
                                  "a formula without its calculated value; type the value, or open and save the "
                                  "file in Excel or LibreOffice")

    def columns(self, name: str, wanted: Sequence[str]) -> dict[str, int] | None:
        """Header -> column number of sheet `name`, found by the header's text (a moved column still reads).

        A missing sheet or column is one error naming it (and where the column was expected), and the sheet
        is not read further: its cells would be read from the wrong column. Columns with other headers are
        reported as ignored when they hold anything.
        """
        if name not in self.book.sheetnames:
            self.fail(name, 0, "", "シートがありません", "sheet is missing")
            return None
        ws = self.book[name]
        found: dict[str, int] = {}
        for cell in next(ws.iter_rows(min_row=1, max_row=1), ()):
            if nfkc(cell.value) and cell.column is not None:
                found.setdefault(nfkc(cell.value), cell.column)
        missing = [title for title in wanted if nfkc(title) not in found]
        for title in missing:
            where = get_column_letter(list(wanted).index(title) + 1)
            self.fail(name, 1, where, "列「{c}」がありません（見出しを元に戻してください）",
                      "the column {c} is missing (restore its heading)", c=title)
        known = {found[nfkc(t)] for t in wanted if nfkc(t) in found} | (
            {found[HINT_HEADER]} if HINT_HEADER in found else set())
        for column in set(range(1, ws.max_column + 1)) - known:
            filled = next((r for r in range(1, ws.max_row + 1) if nfkc(ws.cell(r, column).value)), None)
            if filled is not None:
                heading = nfkc(ws.cell(1, column).value) or msg("（見出しなし）", "(no heading)")
                self.ignored.append(msg("{s}!{c}{r}: 列「{h}」は読み込んでいません", "{s}!{c}{r}: column {h} was not read",
                                        s=name, c=get_column_letter(column), r=filled, h=heading))
        return None if missing else {title: found[nfkc(title)] for title in wanted}

    def rows(self, name: str) -> dict[str, tuple[int, Any]]:
        """Label -> (row, answer) for a key-value sheet; missing labels and unknown rows are reported."""
        columns = self.columns(name, (LABEL_HEADER, ANSWER_HEADER))
        if columns is None:
            return {}
        ws = self.book[name]
        label_col, answer_col = columns[LABEL_HEADER], columns[ANSWER_HEADER]
        known = {nfkc(label) for label, _ in layout()[name]} | {nfkc(KEY_LABEL)}
        found: dict[str, tuple[int, Any]] = {}
        for row in range(2, ws.max_row + 1):
            label, answer = nfkc(ws.cell(row, label_col).value), ws.cell(row, answer_col).value
            if label in known:
                found.setdefault(label, (row, answer))
            elif nfkc(answer):
                self.ignored.append(msg("{s}!{c}{r}: 項目「{l}」の回答は読み込んでいません",
                                        "{s}!{c}{r}: the answer to {l} was not read", s=name,
                                        c=get_column_letter(answer_col), r=row, l=label or "（空欄）"))
        result: dict[str, tuple[int, Any]] = {}
        for label, _ in layout()[name]:
            if nfkc(label) in found:
                result[label] = found[nfkc(label)]
            else:
                self.fail(name, 0, "", "項目「{l}」の行がありません", "row {l} is missing", l=label)
        if nfkc(KEY_LABEL) in found:
            result[KEY_LABEL] = found[nfkc(KEY_LABEL)]
        self.answer_columns[name] = get_column_letter(answer_col)
        return result

    def parse(self, sheet: str, cells: dict[str, tuple[int, Any]], label: str,
              convert: Callable[[Any], Any]) -> Any:
        if label not in cells:
            return None
        row, value = cells[label]
        if value is None or nfkc(value) == "":
            return None
        try:
            return convert(value)
        except (ValueError, TypeError, KeyError):
            hint = expected(convert)
            self.fail(sheet, row, self.answer_columns.get(sheet, "B"),
                      "「{l}」の値「{v}」が読めません（{h}）" if hint else "「{l}」の値「{v}」が読めません",
                      "cannot read {v} for {l} ({h})" if hint else "cannot read {v} for {l}", l=label, v=nfkc(value),
                      h=hint)
            return None

    def text(self, sheet: str, cells: dict[str, tuple[int, Any]], label: str) -> str:
        row, value = cells.get(label, (0, ""))
        return self.bounded(sheet, row, self.answer_columns.get(sheet, "B"), label, nfkc(value))

    def bounded(self, sheet: str, row: int, column: str, label: str, text: str) -> str:
        """`text`, or "" and an error naming the cell when it is longer than the answer takes (b5.text_limit)."""
        if len(text) <= (limit := text_limit(label)):
            return text
        self.fail(sheet, row, column, "「{l}」は {n} 文字以内にしてください（{m} 文字あります）",
                  "{l} must be at most {n} characters (it has {m})", l=label, n=limit, m=len(text))
        return ""


def _chosen(r: _Reader, sheet: str, cells: dict[str, tuple[int, Any]], prefix: str, enum: type[E]) -> frozenset[E]:
    return frozenset(m for label, m in options(prefix, enum) if r.parse(sheet, cells, label, checked))


def _visits(r: _Reader) -> tuple[VisitTarget, ...]:
    columns = r.columns(VISITS, VISIT_HEADERS)
    if columns is None:
        return ()
    ws = r.book[VISITS]
    letter = {title: get_column_letter(column) for title, column in columns.items()}
    visits = []
    for row_no in range(2, ws.max_row + 1):
        kind, name, address, notes = (nfkc(ws.cell(row_no, columns[title]).value) for title in VISIT_HEADERS)
        if not any((kind, name, address, notes)):
            continue
        if kind not in KINDS:
            r.fail(VISITS, row_no, letter["区分"], "区分は「企業」か「施設・観光地」です", "kind must be 企業 or 施設・観光地")
        if not name:
            r.fail(VISITS, row_no, letter["名称"], "名称がありません", "the name is missing")
        name, address, notes = (r.bounded(VISITS, row_no, letter[title], title, text)
                                for title, text in zip(VISIT_HEADERS[1:], (name, address, notes), strict=True))
        visits.append(VisitTarget(kind == KINDS[0], name, address, notes))
    return tuple(visits)


def _companies(r: _Reader) -> tuple[CompanySheet, ...]:
    """The B-1 and B-3 sheets' rows merged by company name, in order of appearance. The sheets are optional (a
    worksheet from before they existed has neither), but a sheet that is there must have all its columns."""
    b1: dict[str, set[str]] = {}
    b3: dict[str, dict[str, str]] = {}
    names: dict[str, str] = {}
    for sheet, fields_ in ((B1_SHEET, B1_CHECKLIST), (B3_SHEET, B3_PROFILE)):
        if sheet not in r.book.sheetnames:
            continue
        columns = r.columns(sheet, (COMPANY_HEADER, *(f.ja for f in fields_)))
        if columns is None:
            continue
        ws = r.book[sheet]
        for row in range(2, ws.max_row + 1):
            name = nfkc(ws.cell(row, columns[COMPANY_HEADER]).value)
            cells = [(f, ws.cell(row, columns[f.ja])) for f in fields_]
            if not name:
                if any(nfkc(cell.value) for _f, cell in cells):
                    r.fail(sheet, row, get_column_letter(columns[COMPANY_HEADER]), "企業名がありません",
                           "the company name is missing")
                continue
            names.setdefault(name, name)
            for f, cell in cells:
                if not nfkc(cell.value):
                    continue
                where = f"{get_column_letter(cell.column or 1)}"
                try:
                    if sheet == B1_SHEET:
                        if checked(cell.value):
                            b1.setdefault(name, set()).add(f.code)
                    else:
                        b3.setdefault(name, {})[f.code] = vision(cell.value) if f.code == "vision_choice" \
                            else r.bounded(sheet, row, where, f.ja, nfkc(cell.value))
                except (ValueError, KeyError):
                    r.fail(sheet, row, where, "「{l}」の値「{v}」が読めません", "cannot read {v} for {l}",
                           l=f.ja, v=nfkc(cell.value))
    return tuple(CompanySheet(name, frozenset(b1.get(name, ())),
                              tuple((f.code, b3[name][f.code]) for f in B3_PROFILE if b3.get(name, {}).get(f.code)))
                 for name in names)


def _other_sheets(r: _Reader) -> None:
    for ws in r.book.worksheets:
        if ws.title not in (*layout(), VISITS, B1_SHEET, B3_SHEET) and any(nfkc(c.value) for row in ws.iter_rows() for c in row):
            r.ignored.append(msg("{s}: このシートは読み込んでいません", "{s}: this sheet was not read", s=ws.title))


def read_b5_workbook(path: Path) -> B5Import:
    """Import a filled worksheet, or raise InputError listing every problem (sheet!cell: message).

    A missing sheet or column is named once and its cells are not read; cells the import does not read (other
    sheets, columns, rows) are listed in the result's `ignored`.
    """
    try:
        # A formula cell reads as the value Excel or LibreOffice cached when saving; the second load
        # finds formulas that have none (a file written by a program) instead of reading them as blank.
        book = load_workbook(Path(path), data_only=True)
        formulas = load_workbook(Path(path), read_only=True)
    except OSError as exc:  # missing, a folder, unreadable: the path and the reason
        raise explain_os_error(exc) or InputError(msg("Excelファイルを開けません: {e}", "cannot open the Excel file: {e}",
                                                      e=exc.strerror or type(exc).__name__)) from exc
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file, each in its own English
        raise InputError(msg("Excelファイルを開けません: Excel ブック (.xlsx) ではないか、壊れています",
                             "cannot open the Excel file: it is not an Excel workbook (.xlsx), or it is damaged")) from exc
    r = _Reader(book)
    try:
        r.refuse_uncached_formulas(formulas)
    finally:
        formulas.close()  # a read-only workbook keeps its file open until closed
    o, v, t, m = (r.rows(name) for name in (OVERVIEW, VENUE, TRANSPORT, MONEY))
    days = r.parse(OVERVIEW, o, "実施日数", one_of({d: n for n, d in enumerate(DAYS, start=2)}))
    dates = [r.parse(OVERVIEW, o, f"開催日程候補{n}", day) for n in range(1, DATES + 1)]
    sheet = B5Worksheet(
        region=r.text(OVERVIEW, o, "地域"), days=days, candidate_dates=tuple(d for d in dates if d),
        talent_count=r.parse(OVERVIEW, o, "高度デジタル人材の募集人数", PEOPLE),
        publicity=_chosen(r, OVERVIEW, o, "外部発信", Publicity),
        publicity_other=r.text(OVERVIEW, o, "外部発信（その他の具体的内容）"),
        pre_meeting=r.parse(OVERVIEW, o, "事前の顔合わせ", one_of({YES_NO[0]: True, YES_NO[1]: False})),
        pre_meeting_participants=_chosen(r, OVERVIEW, o, "顔合わせ参加者", PreMeetingParticipant),
        participants_other=r.text(OVERVIEW, o, "顔合わせ参加者（その他の具体的内容）"),
        venue_type=r.parse(VENUE, v, "会場の形態", one_of({ja(x): x for x in VenueType})),
        venue_other=r.text(VENUE, v, "会場の形態（その他の具体的内容）"), venue_name=r.text(VENUE, v, "会場名"),
        venue_address=r.text(VENUE, v, "所在地"), venue_capacity=r.parse(VENUE, v, "収容人数", CAPACITY),
        venue_access=r.text(VENUE, v, "公共交通機関でのアクセス"), facilities=_chosen(r, VENUE, v, "環境", Facility),
        transport=_chosen(r, TRANSPORT, t, "移動手段", TransportMode),
        transport_other=r.text(TRANSPORT, t, "移動手段（その他の具体的内容）"),
        travel_policy=r.parse(MONEY, m, "現地までの交通費", one_of({ja(x): x for x in TravelRule})),
        travel_cap_yen=r.parse(MONEY, m, "交通費の上限額（円）", YEN),
        honorarium_policy=r.parse(MONEY, m, "ツアー以降の活動への謝金", one_of({ja(x): x for x in HonorariumScope})),
        visits=_visits(r), tour_key=r.text(OVERVIEW, o, KEY_LABEL), companies=_companies(r))
    _other_sheets(r)
    if r.errors:
        raise InputError("\n".join(r.errors))
    return B5Import(sheet, tuple(r.ignored))
