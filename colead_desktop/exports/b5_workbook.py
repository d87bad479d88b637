"""The guideline's B-5 worksheet (フィールドワークツアーの実施) as an Excel workbook, both ways.

Lab coordinators fill it offline in Excel; the secretariat imports it. Import is all-or-nothing and
lists every problem by sheet, row and column so one round of corrections is enough. Text is NFKC-
normalised (full-width digits, half-width kana) and, on export, text that Excel could read as a formula
(= + - @) is written as a plain string, so a company name can never run as code in someone's Excel.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook, load_workbook
from openpyxl.utils.cell import coordinate_from_string
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payments import HonorariumScope, TravelRule
from colead_desktop.domain.types import Facility, LabelledEnum, TransportMode, VenueType
from colead_desktop.exports.atomic import write_atomically
from colead_desktop.exports.sheet_print import print_a4_landscape

E = TypeVar("E", bound=LabelledEnum)


class Publicity(LabelledEnum):
    HP_REPORT = "hp_report"
    MUNICIPAL = "municipal"
    SNS = "sns"
    PRESS = "press"
    MEDIA = "media"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"hp_report": ("HPでの開催レポート掲載", "Report on the website"),
                "municipal": ("自治体の広報誌・HPでの開催レポート掲載", "Report in municipal newsletter or site"),
                "sns": ("SNSでの記事掲載", "Social media posts"), "press": ("プレスリリース", "Press release"),
                "media": ("メディアへの取材依頼", "Invite media coverage"), "other": ("その他", "Other")}


class PreMeetingParticipant(LabelledEnum):
    COMPANIES = "companies"
    MUNICIPALITY = "municipality"
    LAB = "lab"
    BANK = "bank"
    SUPPORT = "support"
    PARTNER = "partner"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"companies": ("プログラム参加企業", "Participating companies"), "municipality": ("自治体", "Municipality"),
                "lab": ("地方版IoT推進ラボ/地域DXラボ", "Local IoT/DX lab"), "bank": ("地域金融機関", "Regional bank"),
                "support": ("経営支援機関", "Business support body"), "partner": ("その他連携機関", "Other partner"),
                "other": ("その他", "Other")}


@dataclass(frozen=True)
class VisitTarget:
    is_company: bool  # False: a facility or sightseeing spot that shows the region
    name: str
    address: str = ""
    notes: str = ""


@dataclass(frozen=True)
class B5Worksheet:
    region: str = ""
    days: int | None = None
    candidate_dates: tuple[date, ...] = ()
    talent_count: int | None = None
    publicity: frozenset[Publicity] = frozenset()
    publicity_other: str = ""
    pre_meeting: bool | None = None
    pre_meeting_participants: frozenset[PreMeetingParticipant] = frozenset()
    participants_other: str = ""
    venue_type: VenueType | None = None
    venue_other: str = ""
    venue_name: str = ""
    venue_address: str = ""
    venue_capacity: int | None = None
    venue_access: str = ""
    facilities: frozenset[Facility] = frozenset()
    transport: frozenset[TransportMode] = frozenset()
    transport_other: str = ""
    travel_policy: TravelRule | None = None
    travel_cap_yen: int | None = None
    honorarium_policy: HonorariumScope | None = None
    visits: tuple[VisitTarget, ...] = ()


OVERVIEW, VENUE, TRANSPORT, MONEY, VISITS = "開催概要", "受入環境の整備", "移動手段", "交通費・謝金の方針", "訪問先"
_DAYS = ("2日間", "3日間", "4日間", "5日間")
_YES_NO = ("実施する", "実施しない")
_KINDS = ("企業", "施設・観光地")
_CHECK = "○"
_CHECKED = {"○", "◯", "〇", "✓", "✔", "レ", "x", "X", "TRUE", "true", "1", "はい"}
_UNCHECKED = {"", "FALSE", "false", "0", "いいえ"}
_DATES = 3


def _ja(member: LabelledEnum) -> str:
    return type(member)._labels()[member.value][0]  # the workbook is always in the guideline's Japanese


def _nfkc(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def _options(prefix: str, enum: type[E]) -> list[tuple[str, E]]:
    return [(f"{prefix}: {_ja(m)}", m) for m in enum]


def _layout() -> dict[str, list[tuple[str, str]]]:
    """Per key-value sheet: (label in column A, hint in column C). Import finds rows by these labels."""
    return {
        OVERVIEW: [("地域", "例: 三重県桑名市"), ("実施日数", "何日間で実施しますか？"),
                   *[(f"開催日程候補{n}", "YYYY-MM-DD") for n in range(1, _DATES + 1)],
                   ("高度デジタル人材の募集人数", "名")]
        + [(label, "該当に○") for label, _ in _options("外部発信", Publicity)]
        + [("外部発信（その他の具体的内容）", ""), ("事前の顔合わせ", "実施する / 実施しない")]
        + [(label, "該当に○") for label, _ in _options("顔合わせ参加者", PreMeetingParticipant)]
        + [("顔合わせ参加者（その他の具体的内容）", "")],
        VENUE: [("会場の形態", "活動拠点となる会場はどこを想定していますか？"), ("会場の形態（その他の具体的内容）", ""),
                ("会場名", ""), ("所在地", ""), ("収容人数", "名"), ("公共交通機関でのアクセス", "")]
        + [(label, "該当に○") for label, _ in _options("環境", Facility)],
        TRANSPORT: [(label, "該当に○") for label, _ in _options("移動手段", TransportMode)]
        + [("移動手段（その他の具体的内容）", "")],
        MONEY: [("現地までの交通費", "高度デジタル人材の現地までの交通費支給はどうしますか？"),
                ("交通費の上限額（円）", "上限を決めて実費支給の場合"),
                ("ツアー以降の活動への謝金", "フィールドワークツアー以降の活動への謝金はどうしますか？")],
    }


def _values(sheet: B5Worksheet) -> dict[str, object]:
    """Label -> cell value for the key-value sheets."""
    values: dict[str, object] = {
        "地域": sheet.region, "実施日数": f"{sheet.days}日間" if sheet.days else None,
        "高度デジタル人材の募集人数": sheet.talent_count, "外部発信（その他の具体的内容）": sheet.publicity_other,
        "事前の顔合わせ": None if sheet.pre_meeting is None else _YES_NO[0 if sheet.pre_meeting else 1],
        "顔合わせ参加者（その他の具体的内容）": sheet.participants_other,
        "会場の形態": _ja(sheet.venue_type) if sheet.venue_type else None, "会場の形態（その他の具体的内容）": sheet.venue_other,
        "会場名": sheet.venue_name, "所在地": sheet.venue_address, "収容人数": sheet.venue_capacity,
        "公共交通機関でのアクセス": sheet.venue_access, "移動手段（その他の具体的内容）": sheet.transport_other,
        "現地までの交通費": _ja(sheet.travel_policy) if sheet.travel_policy else None,
        "交通費の上限額（円）": sheet.travel_cap_yen,
        "ツアー以降の活動への謝金": _ja(sheet.honorarium_policy) if sheet.honorarium_policy else None,
    }
    for n, when in enumerate(sheet.candidate_dates[:_DATES], start=1):
        values[f"開催日程候補{n}"] = when
    for prefix, enum, chosen in (("外部発信", Publicity, sheet.publicity),
                                 ("顔合わせ参加者", PreMeetingParticipant, sheet.pre_meeting_participants),
                                 ("環境", Facility, sheet.facilities), ("移動手段", TransportMode, sheet.transport)):
        for label, member in _options(prefix, enum):
            values[label] = _CHECK if member in chosen else None
    return values


def _put(ws: Worksheet, row: int, column: int, value: Any) -> None:
    """Write a cell; user text is always a string, never a formula, even when it starts with = + - @."""
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"


def _choices(ws: Worksheet, cell_range: str, options: Sequence[str]) -> None:
    validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
    ws.add_data_validation(validation)
    validation.add(cell_range)


_HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")


def _header(ws: Worksheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        _put(ws, 1, column, title)
        ws.cell(row=1, column=column).font = Font(bold=True)
        ws.cell(row=1, column=column).fill = _HEADER_FILL
        ws.column_dimensions[chr(64 + column)].width = width
    ws.freeze_panes = "A2"
    print_a4_landscape(ws, header_rows=1)  # printed for sign-off: one page wide


def _build(sheet: B5Worksheet) -> Workbook:
    book = Workbook()
    book.remove(book.worksheets[0])  # the default sheet; every sheet is created by name below
    values = _values(sheet)
    dropdowns = {"実施日数": _DAYS, "事前の顔合わせ": _YES_NO, "会場の形態": [_ja(v) for v in VenueType],
                 "現地までの交通費": [_ja(v) for v in TravelRule], "ツアー以降の活動への謝金": [_ja(v) for v in HonorariumScope]}
    for name, rows in _layout().items():
        ws = book.create_sheet(name)
        _header(ws, ("項目", "回答", "説明"), (44, 36, 48))
        for row, (label, hint) in enumerate(rows, start=2):
            _put(ws, row, 1, label)
            _put(ws, row, 2, values.get(label))
            _put(ws, row, 3, hint)
            if label in dropdowns:
                _choices(ws, f"B{row}", dropdowns[label])
            elif hint == "該当に○":
                _choices(ws, f"B{row}", (_CHECK,))
    ws = book.create_sheet(VISITS)
    _header(ws, ("区分", "名称", "所在地", "備考"), (16, 36, 40, 40))
    for row, visit in enumerate(sheet.visits, start=2):
        for column, value in enumerate((_KINDS[0 if visit.is_company else 1], visit.name, visit.address,
                                        visit.notes), start=1):
            _put(ws, row, column, value)
    _choices(ws, "A2:A200", _KINDS)
    return book


def write_b5_workbook(sheet: B5Worksheet, target: Path) -> Path:
    """Export (a blank `B5Worksheet()` gives the empty form to hand to a lab)."""
    book = _build(sheet)
    return write_atomically(Path(target), lambda tmp: book.save(tmp))



class _Reader:
    """Collects every bad cell as "sheet!B7: message" instead of stopping at the first."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.errors: list[str] = []

    def fail(self, sheet: str, row: int, column: str, ja: str, en: str, **params: object) -> None:
        where = f"{sheet}!{column}{row}" if row else sheet
        self.errors.append(f"{where}: {msg(ja, en, **params)}")

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

    def rows(self, name: str) -> dict[str, tuple[int, Any]]:
        """Label -> (row, answer) for a key-value sheet; missing labels are reported."""
        if name not in self.book.sheetnames:
            self.fail(name, 0, "", "シートがありません", "sheet is missing")
            return {}
        found = {_nfkc(row[0].value): (row[0].row, row[1].value)
                 for row in self.book[name].iter_rows(min_row=2, max_col=2) if row[0].value is not None}
        result: dict[str, tuple[int, Any]] = {}
        for label, _ in _layout()[name]:
            key = _nfkc(label)
            if key in found:
                result[label] = found[key]
            else:
                self.fail(name, 0, "", "項目「{l}」の行がありません", "row {l} is missing", l=label)
        return result

    def parse(self, sheet: str, cells: dict[str, tuple[int, Any]], label: str,
              convert: Callable[[Any], Any]) -> Any:
        if label not in cells:
            return None
        row, value = cells[label]
        if value is None or _nfkc(value) == "":
            return None
        try:
            return convert(value)
        except (ValueError, TypeError, KeyError):
            self.fail(sheet, row, "B", "「{l}」の値「{v}」が読めません", "cannot read {v} for {l}", l=label, v=_nfkc(value))
            return None


def _integer(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(value)
    number = float(_nfkc(value).replace(",", ""))
    if not number.is_integer() or number < 0:
        raise ValueError(value)
    return int(number)


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(_nfkc(value).replace("/", "-"))


def _one_of(options: dict[str, Any]) -> Callable[[Any], Any]:
    normalised = {_nfkc(k): v for k, v in options.items()}
    return lambda value: normalised[_nfkc(value)]


def _checked(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _nfkc(value)
    if text in _CHECKED:
        return True
    if text in _UNCHECKED:
        return False
    raise ValueError(value)


def _chosen(r: _Reader, sheet: str, cells: dict[str, tuple[int, Any]], prefix: str, enum: type[E]) -> frozenset[E]:
    return frozenset(m for label, m in _options(prefix, enum)
                     if r.parse(sheet, cells, label, _checked))


def _visits(r: _Reader) -> tuple[VisitTarget, ...]:
    if VISITS not in r.book.sheetnames:
        r.fail(VISITS, 0, "", "シートがありません", "sheet is missing")
        return ()
    visits = []
    for row_no, row in enumerate(r.book[VISITS].iter_rows(min_row=2, max_col=4), start=2):
        kind, name, address, notes = (_nfkc(cell.value) for cell in row)
        if not any((kind, name, address, notes)):
            continue
        if kind not in _KINDS:
            r.fail(VISITS, row_no, "A", "区分は「企業」か「施設・観光地」です", "kind must be 企業 or 施設・観光地")
        if not name:
            r.fail(VISITS, row_no, "B", "名称がありません", "the name is missing")
        visits.append(VisitTarget(kind == _KINDS[0], name, address, notes))
    return tuple(visits)


def read_b5_workbook(path: Path) -> B5Worksheet:
    """Import a filled worksheet, or raise InputError listing every problem (sheet!cell: message)."""
    try:
        # A formula cell reads as the value Excel or LibreOffice cached when saving; the second load
        # finds formulas that have none (a file written by a program) instead of reading them as blank.
        book = load_workbook(Path(path), data_only=True)
        formulas = load_workbook(Path(path), read_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise InputError(msg("Excelファイルを開けません: {e}", "cannot open the Excel file: {e}", e=exc)) from exc
    r = _Reader(book)
    try:
        r.refuse_uncached_formulas(formulas)
    finally:
        formulas.close()  # a read-only workbook keeps its file open until closed
    o, v, t, m = (r.rows(name) for name in (OVERVIEW, VENUE, TRANSPORT, MONEY))
    days = r.parse(OVERVIEW, o, "実施日数", _one_of({d: n for n, d in enumerate(_DAYS, start=2)}))
    dates = [r.parse(OVERVIEW, o, f"開催日程候補{n}", _date) for n in range(1, _DATES + 1)]
    result = B5Worksheet(
        region=_nfkc(o.get("地域", (0, ""))[1]), days=days, candidate_dates=tuple(d for d in dates if d),
        talent_count=r.parse(OVERVIEW, o, "高度デジタル人材の募集人数", _integer),
        publicity=_chosen(r, OVERVIEW, o, "外部発信", Publicity),
        publicity_other=_nfkc(o.get("外部発信（その他の具体的内容）", (0, ""))[1]),
        pre_meeting=r.parse(OVERVIEW, o, "事前の顔合わせ", _one_of({_YES_NO[0]: True, _YES_NO[1]: False})),
        pre_meeting_participants=_chosen(r, OVERVIEW, o, "顔合わせ参加者", PreMeetingParticipant),
        participants_other=_nfkc(o.get("顔合わせ参加者（その他の具体的内容）", (0, ""))[1]),
        venue_type=r.parse(VENUE, v, "会場の形態", _one_of({_ja(x): x for x in VenueType})),
        venue_other=_nfkc(v.get("会場の形態（その他の具体的内容）", (0, ""))[1]),
        venue_name=_nfkc(v.get("会場名", (0, ""))[1]), venue_address=_nfkc(v.get("所在地", (0, ""))[1]),
        venue_capacity=r.parse(VENUE, v, "収容人数", _integer),
        venue_access=_nfkc(v.get("公共交通機関でのアクセス", (0, ""))[1]),
        facilities=_chosen(r, VENUE, v, "環境", Facility), transport=_chosen(r, TRANSPORT, t, "移動手段", TransportMode),
        transport_other=_nfkc(t.get("移動手段（その他の具体的内容）", (0, ""))[1]),
        travel_policy=r.parse(MONEY, m, "現地までの交通費", _one_of({_ja(x): x for x in TravelRule})),
        travel_cap_yen=r.parse(MONEY, m, "交通費の上限額（円）", _integer),
        honorarium_policy=r.parse(MONEY, m, "ツアー以降の活動への謝金", _one_of({_ja(x): x for x in HonorariumScope})),
        visits=_visits(r))
    if r.errors:
        raise InputError("\n".join(r.errors))
    return result
