"""The dashboard's 予算と実績 charts, drawn with QPainter (the bundle leaves QtCharts out).

Both draw a BudgetReport (domain/budget.py), the figures the payments workbook and `colead budget show` give.
Colours are the Okabe–Ito set, told apart by people with any common colour-vision deficiency, and the bars
are told apart by position and pattern too: budget (grey outline), approved (orange), paid (blue, solid).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from colead_desktop.domain.budget import BudgetLine, BudgetReport, Figures, region_label
from colead_desktop.ui import palette


def yen(amount: int) -> str:
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def _legend(painter: QPainter, left: float, top: float, entries: Sequence[tuple[str, QColor, bool, bool]]) -> None:
    """Swatches with their names in a row, drawn as the bars are (outlined, hatched)."""
    metrics = QFontMetrics(painter.font())
    x = left
    for text, colour, outlined, hatched in entries:
        _bar(painter, QRectF(x, top + 2, 14, 10), colour, outlined, hatched)
        painter.setPen(QColor(palette.CHART_TEXT))
        painter.drawText(QPointF(x + 18, top + 11), text)
        x += 18 + metrics.horizontalAdvance(text) + 16


def _bar(painter: QPainter, rect: QRectF, colour: QColor, outlined: bool, hatched: bool = False) -> None:
    if outlined:
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(QBrush(colour.lighter(160)))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
    painter.drawRect(rect)
    if hatched:
        painter.setBrush(QBrush(QColor(palette.CHART_BACKGROUND), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(rect)


class BudgetChart(QWidget):
    """One panel per region (and the total), a row per line, three bars per row: budget, approved, paid.
    The scale is shared by the regions' panels so their bars compare; the total panel has its own."""

    ROW = 50
    SLOT = 15  # a bar and its figure
    VALUE = 92

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budget_chart")
        self.report: BudgetReport | None = None
        self.setMinimumHeight(self._height())

    def set_report(self, report: BudgetReport | None) -> None:
        self.report = report
        self.setMinimumHeight(self._height())
        self.update()

    def _height(self) -> int:
        return 48 + self.ROW * len(BudgetLine) + 10

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, self._height())

    def _colours(self) -> tuple[QColor, QColor, QColor]:
        return (QColor(palette.BUDGET_COLOUR), QColor(palette.APPROVED_COLOUR), QColor(palette.PAID_COLOUR))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.CHART_BACKGROUND))
        report = self.report
        if report is None:
            return
        budget, approved, paid = self._colours()
        _legend(painter, 8, 4, [(self.tr("予算"), budget, True, False),
                                (self.tr("承認済（支払済を含む）"), approved, False, False),
                                (self.tr("支払済"), paid, False, False)])
        panels = [(region_label(row.region), row.lines) for row in report.regions]
        panels.append((self.tr("合計"), report.total.lines))
        width = (self.width() - 8) / len(panels)
        regional = _largest(figures for row in report.regions for _line, figures in row.lines)
        for index, (title, lines) in enumerate(panels):
            scale = regional if index < len(panels) - 1 else _largest(f for _l, f in lines)
            self._panel(painter, QRectF(4 + index * width, 24, width - 8, self.height() - 28), title, lines, scale)

    def _panel(self, painter: QPainter, area: QRectF, title: str, lines: Sequence[tuple[BudgetLine, Figures]],
               scale: int) -> None:
        budget, approved, paid = self._colours()
        painter.setPen(QColor(palette.CHART_TEXT))
        bold = painter.font()
        bold.setBold(True)
        plain = painter.font()
        painter.setFont(bold)
        painter.drawText(QRectF(area.left(), area.top(), area.width(), 18), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(plain)
        label_width = max(QFontMetrics(plain).horizontalAdvance(line.label) for line, _f in lines) + 8
        bar_left = area.left() + label_width
        bar_room = max(area.width() - label_width - self.VALUE, 10)
        for row, (line, figures) in enumerate(lines):
            top = area.top() + 22 + row * self.ROW
            painter.setPen(QColor(palette.CHART_TEXT))
            painter.drawText(QRectF(area.left(), top, label_width - 4, 3 * self.SLOT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, line.label)
            painter.setPen(QPen(QColor(palette.CHART_RULE)))
            painter.drawLine(QPointF(bar_left, top), QPointF(bar_left, top + 3 * self.SLOT))
            bars = ((figures.budget_yen, budget, True, self.tr("未設定")),
                    (figures.approved_yen, approved, False, self.tr("記録なし")),
                    (figures.paid_yen, paid, False, self.tr("記録なし")))
            for slot, (amount, colour, outlined, missing) in enumerate(bars):
                y = top + slot * self.SLOT
                if amount is None:
                    painter.setPen(QColor(palette.MUTED_TEXT))
                    painter.drawText(QPointF(bar_left + 4, y + 11), missing)
                    continue
                length = bar_room * max(amount, 0) / scale if scale else 0
                _bar(painter, QRectF(bar_left, y + 1, max(length, 1), 11), colour, outlined)
                painter.setPen(QColor(palette.CHART_TEXT))
                over = slot == 1 and figures.remaining_yen is not None and figures.remaining_yen < 0
                text = self.tr("{0}（予算超過）").format(yen(amount)) if over else yen(amount)
                painter.drawText(QPointF(bar_left + length + 4, y + 11), text)


def _largest(figures: Iterable[Figures]) -> int:
    return max([v for f in figures for v in (f.budget_yen, f.approved_yen, f.paid_yen) if v is not None] + [0])


class MonthChart(QWidget):
    """Payments per month: a column per month, paid (blue, by the month paid) under approved but not yet paid
    (orange, hatched, by the month of its transfer date), the total above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_chart")
        self.report: BudgetReport | None = None
        self.setMinimumHeight(220)

    def set_report(self, report: BudgetReport | None) -> None:
        self.report = report
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 220)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.CHART_BACKGROUND))
        months = self.report.months if self.report else ()
        approved, paid = QColor(palette.APPROVED_COLOUR), QColor(palette.PAID_COLOUR)
        _legend(painter, 8, 4, [(self.tr("支払済"), paid, False, False),
                                (self.tr("承認済・未払"), approved, False, True)])
        if not months:
            painter.setPen(QColor(palette.MUTED_TEXT))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("承認済の支払はまだありません"))
            return
        top, bottom = 42.0, self.height() - 22.0
        largest = max(max(m.paid_yen, 0) + max(m.approved_unpaid_yen, 0) for m in months) or 1
        step = (self.width() - 16) / len(months)
        width = min(step * 0.6, 60)
        painter.setPen(QPen(QColor(palette.CHART_RULE)))
        painter.drawLine(QPointF(8, bottom), QPointF(self.width() - 8, bottom))
        for index, month in enumerate(months):
            centre = 8 + step * (index + 0.5)
            paid_height = (bottom - top) * max(month.paid_yen, 0) / largest
            unpaid_height = (bottom - top) * max(month.approved_unpaid_yen, 0) / largest
            _bar(painter, QRectF(centre - width / 2, bottom - paid_height, width, paid_height), paid, False)
            _bar(painter, QRectF(centre - width / 2, bottom - paid_height - unpaid_height, width, unpaid_height),
                 approved, False, hatched=True)
            painter.setPen(QColor(palette.CHART_TEXT))
            total = month.paid_yen + month.approved_unpaid_yen
            painter.drawText(QRectF(centre - step / 2, bottom - paid_height - unpaid_height - 16, step, 14),
                             Qt.AlignmentFlag.AlignHCenter, yen(total))
            painter.drawText(QRectF(centre - step / 2, bottom + 3, step, 16), Qt.AlignmentFlag.AlignHCenter,
                             month.month.strftime("%Y-%m"))
