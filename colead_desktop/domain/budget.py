"""予算と実績: a programme's budget per region and line, against what its issued statements spend.

One function (`budget_report`) computes the figures the dashboard draws, the payments workbook's 「予算と実績」
sheet lists and `colead budget show` prints, so the three agree to the yen.

Actuals come from issued statements only (approved, in a run, paid), each counted once: a statement adds
what it moves (as `statement_totals.moved`), so a correction adds only the difference to the statement it
corrects. Money earned on a tour day (per diem, travel and lodging, honorarium dated that day) is the tour's
region's; the rest of a statement is its payee's region's (the talent's assigned region, 地域未設定 if none).
旅費 is the travel paid to the payee plus what the secretariat paid directly (tickets): both are the
programme's travel cost. 会場費 and その他 are held by no record of the app yet, so their actuals are unknown
(None) rather than zero.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payments import LineCategory, PaymentResult
from colead_desktop.domain.statements import ISSUED, Statement
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.types import LabelledEnum

MAX_BUDGET_YEN = 2_000_000_000  # ¥20億 per cell: more is a typing mistake, and it fits every database's INTEGER


class BudgetLine(LabelledEnum):
    TRAVEL = "travel"
    PER_DIEM = "per_diem"
    HONORARIUM = "honorarium"
    VENUE = "venue"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"travel": ("旅費", "Travel"), "per_diem": ("日当", "Per diem"), "honorarium": ("謝金", "Honorarium"),
                "venue": ("会場費", "Venue"), "other": ("その他", "Other")}

    @property
    def recorded(self) -> bool:
        """Whether a record of the app holds this line's spending (statements); venue and other have none."""
        return self in RECORDED_LINES


RECORDED_LINES = (BudgetLine.TRAVEL, BudgetLine.PER_DIEM, BudgetLine.HONORARIUM)
BudgetKey = tuple[str, BudgetLine]
"""(region name, line)"""


def no_record_note() -> str:
    return msg("会場費・その他の支出を記録する機能はまだないため、実績は「記録なし」です",
               "Venue and other costs are not recorded in the app yet, so their actuals read 'not recorded'")


def travel_note() -> str:
    return msg("旅費には事務局が直接支払った分（航空券など）を含みます",
               "Travel includes what the secretariat paid directly (tickets and the like)")


def region_label(region: str) -> str:
    return region or msg("地域未設定", "No region")


def budget_line(text: str) -> BudgetLine:
    try:
        return BudgetLine(unicodedata.normalize("NFKC", text).strip().lower())
    except ValueError:
        raise InputError(msg("費目「{v}」はありません（{all}）", "no budget line '{v}' ({all})", v=text,
                             all="|".join(line.value for line in BudgetLine))) from None


def parse_amount(text: str, region: str, line: BudgetLine) -> int:
    """An amount typed or given on the command line: digits, with ¥ and thousands separators allowed."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("¥", "").replace("円", "")
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise InputError(msg("{region}の{line}の予算「{v}」は 0 以上の整数（円）で入力してください",
                             "{region} {line} budget '{v}': enter a whole number of yen, 0 or more",
                             region=region_label(region), line=line.label, v=text))
    return check_amount(int(cleaned), region, line)


def check_amount(amount_yen: int, region: str, line: BudgetLine) -> int:
    if not 0 <= amount_yen <= MAX_BUDGET_YEN:
        raise InputError(msg("{region}の{line}の予算 {v} 円は 0〜{max:,} 円の範囲で入力してください",
                             "{region} {line} budget ¥{v}: enter 0 to ¥{max:,}", region=region_label(region),
                             line=line.label, v=amount_yen, max=MAX_BUDGET_YEN))
    return amount_yen


def _line_amounts(result: PaymentResult) -> dict[BudgetLine, int]:
    return {BudgetLine.TRAVEL: result.reimbursed_yen + result.paid_directly_yen,
            BudgetLine.PER_DIEM: result.per_diem_yen, BudgetLine.HONORARIUM: result.honorarium_yen}


_BUDGET_LINES = {LineCategory.PER_DIEM: BudgetLine.PER_DIEM, LineCategory.HONORARIUM: BudgetLine.HONORARIUM,
                 LineCategory.REIMBURSEMENT: BudgetLine.TRAVEL, LineCategory.TRAVEL_FIXED: BudgetLine.TRAVEL,
                 LineCategory.PAID_DIRECTLY: BudgetLine.TRAVEL}


def _region_amounts(result: PaymentResult, tour_days: Mapping[date, str]) -> dict[BudgetKey, int]:
    """A result's money by (region, line): a line dated on a tour day is the tour's region's (`tour_days`: day →
    region); the rest is the payee's region's, which takes what the lines leave of each total, so a result's
    regions always add up to its totals."""
    spent: dict[BudgetKey, int] = {}
    for item in result.lines:
        line = _BUDGET_LINES.get(item.category)
        region = next((tour_days[day] for day in item.dates if day in tour_days), result.region)
        if line is not None and region != result.region:
            spent[region, line] = spent.get((region, line), 0) + item.amount_yen
    for line, amount in _line_amounts(result).items():
        spent[result.region, line] = amount - sum(v for (_r, other), v in spent.items() if other is line)
    return spent


def statement_spending(st: Statement, tour_days: Mapping[date, str]) -> dict[BudgetKey, int]:
    """What an issued statement spends by region and recorded line, counted once (a correction: the difference
    from the statement it corrects, each side attributed alike)."""
    now = _region_amounts(st.result, tour_days)
    before = _region_amounts(st.adjustment.previous, tour_days) if st.adjustment else {}
    return {key: now.get(key, 0) - before.get(key, 0) for key in now.keys() | before.keys()}


@dataclass(frozen=True)
class Figures:
    budget_yen: int | None  # None: no budget set
    approved_yen: int | None  # every issued statement, paid ones included; None: no record holds the line
    paid_yen: int | None  # the paid ones only

    @property
    def remaining_yen(self) -> int | None:
        if self.budget_yen is None or self.approved_yen is None:
            return None
        return self.budget_yen - self.approved_yen

    @property
    def used_percent(self) -> float | None:
        if not self.budget_yen or self.approved_yen is None:
            return None
        return 100 * self.approved_yen / self.budget_yen


@dataclass(frozen=True)
class RegionFigures:
    region: str  # "" for statements of talents with no region
    lines: tuple[tuple[BudgetLine, Figures], ...]
    total: Figures  # over the lines; its actuals add up the recorded lines only

    def line(self, line: BudgetLine) -> Figures:
        return dict(self.lines)[line]


@dataclass(frozen=True)
class MonthFigures:
    month: date  # the first of the month
    approved_unpaid_yen: int  # issued, not yet paid: by the month of its transfer date
    paid_yen: int  # paid: by the month the bank paid it


@dataclass(frozen=True)
class BudgetReport:
    regions: tuple[RegionFigures, ...]
    total: RegionFigures  # region "" with every region added
    months: tuple[MonthFigures, ...]

    @property
    def has_budget(self) -> bool:
        return any(f.budget_yen is not None for _line, f in self.total.lines)


def _add(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _sum_figures(figures: Iterable[Figures]) -> Figures:
    rows = list(figures)
    return Figures(_add(f.budget_yen for f in rows), _add(f.approved_yen for f in rows),
                   _add(f.paid_yen for f in rows))


def _region(region: str, budgets: Mapping[BudgetKey, int], approved: Mapping[BudgetKey, int],
            paid: Mapping[BudgetKey, int]) -> RegionFigures:
    lines = tuple((line, Figures(budgets.get((region, line)),
                                 approved.get((region, line), 0) if line.recorded else None,
                                 paid.get((region, line), 0) if line.recorded else None)) for line in BudgetLine)
    return RegionFigures(region, lines, _sum_figures(f for _line, f in lines))


def _month(day: date) -> date:
    return day.replace(day=1)


def budget_report(budgets: Mapping[BudgetKey, int], regions: Iterable[str], statements: Iterable[Statement],
                  tour_days: Mapping[str, Mapping[date, str]] | None = None) -> BudgetReport:
    """The budget (by region name and line) against the issued statements. `regions` are the programme's, in
    its order; a region that only statements name (a talent with no region: "") follows them. `tour_days` (by
    payee id, then day: the tour's region) attributes the money of tour days to the tour's region; the rest of
    a statement is its payee's region's."""
    approved: dict[BudgetKey, int] = {}
    paid: dict[BudgetKey, int] = {}
    months: dict[date, list[int]] = {}
    named = list(dict.fromkeys(regions))
    for st in statements:
        if st.status not in ISSUED:
            continue
        is_paid = st.status is StatementStatus.PAID
        spent = statement_spending(st, (tour_days or {}).get(st.result.payee_id, {}))
        for (region, line), amount in sorted(spent.items(), key=lambda kv: kv[0][0] != st.result.region):
            if region not in named and (amount or region == st.result.region):
                named.append(region)
            approved[region, line] = approved.get((region, line), 0) + amount
            if is_paid:
                paid[region, line] = paid.get((region, line), 0) + amount
        when = st.paid_on if is_paid and st.paid_on else st.transfer_date
        month = months.setdefault(_month(when), [0, 0])
        month[1 if is_paid else 0] += sum(spent.values())
    for region, _line in budgets:
        if region not in named:
            named.append(region)
    rows = tuple(_region(region, budgets, approved, paid) for region in named)
    total_lines = tuple((line, _sum_figures(row.line(line) for row in rows)) for line in BudgetLine)
    total = RegionFigures("", total_lines, _sum_figures(f for _line, f in total_lines))
    return BudgetReport(rows, total, tuple(MonthFigures(m, unpaid, done)
                                           for m, (unpaid, done) in sorted(months.items())))


def report_json(report: BudgetReport) -> dict[str, object]:
    """`colead budget show --json`: null where no budget is set or no record holds the line."""
    def figures(f: Figures) -> dict[str, int | None]:
        return {"budget_yen": f.budget_yen, "approved_yen": f.approved_yen, "paid_yen": f.paid_yen,
                "remaining_yen": f.remaining_yen}

    def region(row: RegionFigures) -> dict[str, object]:
        return {"region": row.region, "lines": {line.value: figures(f) for line, f in row.lines},
                "total": figures(row.total)}

    return {"regions": [region(r) for r in report.regions], "total": region(report.total),
            "months": [{"month": m.month.strftime("%Y-%m"), "approved_unpaid_yen": m.approved_unpaid_yen,
                        "paid_yen": m.paid_yen} for m in report.months],
            "notes": [travel_note(), no_record_note()]}
