"""Dashboard: what the programme has planned (its events and its tours, domain/planned.py) on a timeline, one lane
per kind of event, and its budget against the approved and paid statements (budget_charts.py), for those who may
read payments."""

from __future__ import annotations

from collections.abc import Callable

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from colead_desktop.domain.budget import BudgetReport, no_record_note, travel_note
from colead_desktop.domain.planned import Planned, planned
from colead_desktop.domain.records import EventRecord
from colead_desktop.domain.team import Area
from colead_desktop.domain.types import EventKind
from colead_desktop.services.contracts import Attention
from colead_desktop.services.lookups import Lookups, load_lookups
from colead_desktop.services.budget import programme_report
from colead_desktop.services.records import list_records
from colead_desktop.services.tours import list_tours
from colead_desktop.ui.column_widths import fit_columns
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.empty_state import EmptyState
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.pages.contract_attention import ContractAttention
from colead_desktop.ui import palette
from colead_desktop.ui.pages.budget_charts import BudgetChart, MonthChart


class Timeline(QWidget):
    """Months along the top, a lane per event kind, a bar or dot per event or tour."""

    LANE = 26
    LEFT = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.entries: list[Planned] = []
        self.setMinimumHeight(self.LANE * 3 + 30)

    def set_entries(self, entries: list[Planned]) -> None:
        self.entries = sorted(entries, key=lambda e: e.starts_at)
        self.setMinimumHeight(30 + self.LANE * max(len(self._kinds()), 1) + 10)
        self.update()

    def _kinds(self) -> list[str]:
        present = {e.kind for e in self.entries}
        return [k.value for k in EventKind if k.value in present]

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, self.minimumHeight())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.CHART_BACKGROUND))
        if not self.entries:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("イベントもツアーもまだありません"))
            return
        first = self.entries[0].starts_at.replace(day=1, hour=0, minute=0)
        last_end = max(e.ends_at for e in self.entries)
        end = (last_end.replace(day=1) + timedelta(days=32)).replace(day=1, hour=0, minute=0)
        width = self.width() - self.LEFT - 10
        span = (end - first).total_seconds()

        def x(moment: datetime) -> float:
            return self.LEFT + width * (moment - first).total_seconds() / span

        month = first
        painter.setPen(QPen(QColor(palette.CHART_RULE)))
        while month < end:
            painter.drawLine(QPointF(x(month), 18), QPointF(x(month), self.height()))
            painter.setPen(QColor(palette.CHART_TEXT))
            painter.drawText(QPointF(x(month) + 4, 14), month.strftime("%Y-%m"))
            painter.setPen(QPen(QColor(palette.CHART_RULE)))
            month = (month + timedelta(days=32)).replace(day=1)
        for lane, kind in enumerate(self._kinds()):
            top = 24 + lane * self.LANE
            painter.setPen(QColor(palette.CHART_TEXT))
            painter.drawText(QRectF(4, top, self.LEFT - 8, self.LANE), Qt.AlignmentFlag.AlignVCenter,
                             EventKind(kind).label)
            colour = QColor(palette.EVENT_KIND[kind])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for event in (e for e in self.entries if e.kind == kind):
                left, right = x(event.starts_at), x(event.ends_at)
                painter.drawRoundedRect(QRectF(left, top + 5, max(right - left, 7), self.LANE - 10), 3, 3)


@dataclass(frozen=True)
class _Programme:
    """What the dashboard reads off the GUI thread for a programme."""
    lookups: Lookups
    planned: list[Planned]
    report: BudgetReport | None  # None: the role may not see payments
    attention: list[Attention]


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self.ctx, self.db = ctx, ctx.db
        self.heading = QLabel(objectName="dashboard_heading")
        self.empty = EmptyState("dashboard")
        self.timeline = Timeline()
        self.table = QTableWidget(0, 4, objectName="upcoming_table")
        self.table.setHorizontalHeaderLabels([self.tr("日時"), self.tr("種別"), self.tr("名称"), self.tr("地域")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(160)  # in the scroll area it would otherwise shrink to its header
        content = QWidget(objectName="dashboard_content")
        scroll = QScrollArea(objectName="dashboard_scroll")  # the charts never make the window taller
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        self.contracts = ContractAttention(ctx)
        layout.addWidget(self.contracts)
        layout.addWidget(QLabel(self.tr("<b>タイムライン</b>")))
        layout.addWidget(self.timeline)
        layout.addWidget(QLabel(self.tr("<b>予算と実績</b>")))
        self.budget_empty = EmptyState("budget")
        self.budget_note = QLabel(objectName="budget_note")
        self.budget_note.setWordWrap(True)
        self.budget_chart = BudgetChart()
        self.month_chart = MonthChart()
        charts = QHBoxLayout()
        charts.addWidget(self.budget_chart, 3)
        month_column = QVBoxLayout()
        month_column.addWidget(QLabel(self.tr("月別の支払")))
        month_column.addWidget(self.month_chart, 1)
        charts.addLayout(month_column, 1)
        layout.addWidget(self.budget_empty)
        layout.addLayout(charts)
        layout.addWidget(self.budget_note)
        layout.addWidget(QLabel(self.tr("<b>イベント・ツアー一覧</b>")))
        layout.addWidget(self.table)
        self.load = PageLoad(self, ctx, self._reader, self._show)
        self.reload()

    def reload(self) -> None:
        if self.ctx.programme_id is None:
            self.contracts.show_lines([])
            self.heading.setText(self.tr("<h2>プログラムがありません</h2>"))
            self.empty.no_programme(self.ctx)
            self.timeline.set_entries([])
            self.table.setRowCount(0)
            self._show_budget(None)
            return
        self.load.start()

    def _reader(self) -> Callable[[], _Programme]:
        db, programme_id, payments_hidden = self.db, self.ctx.programme_id, self.ctx.hidden(Area.PAYMENTS)
        tours_hidden = self.ctx.hidden(Area.TOURS)
        assert programme_id is not None  # reload() reads only a programme
        attention = self.contracts.reader()

        def read() -> _Programme:
            report = None if payments_hidden else programme_report(db, programme_id)
            lookups = load_lookups(db, programme_id)
            tours = [] if tours_hidden else list_tours(db, programme_id)
            return _Programme(lookups, planned(list_records(db, EventRecord, programme_id), tours, lookups.regions),
                              report, attention())

        return read

    def _show(self, data: _Programme) -> None:
        entries = data.planned
        self.contracts.show_lines(data.attention)
        self.heading.setText(f"<h2>{data.lookups.programme_name}</h2>")
        if not entries:
            self.empty.show_state(
                self.tr("イベントもツアーもまだありません。ミートアップ・報告会などのイベントや、「ツアー」ページで"
                        "フィールドワークツアーを登録すると、ここにタイムラインが表示されます。"),
                [(self.tr("イベントを追加…"), "empty_add_event", lambda: self.ctx.request("add:events")),
                 (self.tr("プログラム設定…"), "empty_programme_settings",
                  lambda: self.ctx.request("programme_settings"))])
        else:
            self.empty.hide()
        self.timeline.set_entries(entries)
        self._show_budget(data.report)
        self.table.setRowCount(len(entries))
        bold = QFont()
        bold.setBold(True)
        for row, entry in enumerate(entries):
            for column, text in enumerate((entry.when, EventKind(entry.kind).label, entry.title, entry.region)):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setForeground(QColor(palette.EVENT_KIND[entry.kind]))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        fit_columns(self.table)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _show_budget(self, report: BudgetReport | None) -> None:
        """The budget charts, or why there are none: no programme, a role that may not see payments, no budget."""
        why_hidden = self.ctx.hidden(Area.PAYMENTS)
        self.budget_chart.set_report(report if report is not None and report.has_budget else None)
        self.month_chart.set_report(report)
        self.budget_chart.setVisible(report is not None and report.has_budget)
        self.month_chart.setVisible(report is not None)
        self.budget_note.setText(f"{travel_note()}\n{no_record_note()}" if report is not None else "")
        if why_hidden is not None:
            self.budget_empty.show_state(why_hidden, [])
        elif report is not None and not report.has_budget:
            self.budget_empty.show_state(
                self.tr("予算が設定されていません。プログラム設定の「予算」タブで地域・費目ごとに予算を入力すると、"
                        "ここに予算と実績（承認済・支払済）が表示されます。"),
                [(self.tr("予算を設定…"), "empty_set_budget", lambda: self.ctx.request("programme_settings"))])
        else:
            self.budget_empty.hide()
