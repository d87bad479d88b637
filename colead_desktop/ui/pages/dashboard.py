"""Dashboard: what the programme has planned (its events and its tours, domain/planned.py) on a timeline, one lane
per kind of event, and its budget against the approved and paid statements (budget_charts.py), for those who may
read payments."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from colead_desktop.domain.budget import BudgetReport, no_record_note, travel_note
from colead_desktop.domain.planned import Planned, lanes, planned
from colead_desktop.domain.records import EventRecord
from colead_desktop.domain.team import Area
from colead_desktop.domain.types import EventKind
from colead_desktop.domain.validation import date_problem
from colead_desktop.services.contracts import Attention
from colead_desktop.services.lookups import Lookups, load_lookups
from colead_desktop.services.budget import programme_report
from colead_desktop.services.records import list_records
from colead_desktop.services.tours import list_tours
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.empty_state import EmptyState
from colead_desktop.ui.page_load import PageLoad
from colead_desktop.ui.pages.contract_attention import ContractAttention
from colead_desktop.ui import palette
from colead_desktop.ui.pages.budget_charts import BudgetChart, MonthChart
from colead_desktop.ui.payments.tables import StyledTableModel, fit_all_but_last, record_view
from colead_desktop.ui.table_model import Column, Rows


class Timeline(QWidget):
    """Months along the top, a lane per event kind, a bar or dot per event or tour.

    Entries of a kind that overlap (two tours on the same days) get rows of their own in the lane
    (domain/planned.lanes), so each is seen and can be clicked: a click emits the entry (the page selects it in
    the list), pointing at one shows its name and dates."""

    ROW = 26
    LEFT = 150
    TOP = 24
    DOT = 7.0  # the narrowest mark, in pixels: an afternoon's meetup on a year's timeline
    GAP = 0.75  # a mark's inset on each side, in pixels
    chosen = Signal(object)  # Planned

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.entries: list[Planned] = []
        # Each entry's row in its lane, and its mark (what a click or a tooltip finds), for the entries and width
        # now: worked out in every paint (a scroll, a page switch), a thousand tours' lanes and marks cost ~7 ms
        # and their drawing 17-29 ms, although a paint shows a screenful of them (issue 15).
        self.lane_rows: list[int] = []
        self.marks: list[tuple[QRectF, Planned]] = []
        self._kinds: list[tuple[str, int]] = []  # the kinds present, with their rows
        self.setMinimumHeight(self.ROW * 3 + 30)

    def set_entries(self, entries: list[Planned]) -> None:
        """The entries within the dates the programme handles: an event an older `colead set` moved to the year
        9999 would stretch the months past the calendar's end (the list beside still shows it)."""
        self.entries = sorted((e for e in entries if date_problem(e.starts_at.date()) is None
                               and date_problem(e.ends_at.date()) is None), key=lambda e: e.starts_at)
        self._lay_out()
        self.update()

    def _lay_out(self) -> None:
        """The lanes, the marks and the height they need, for the entries and width now."""
        self.lane_rows = self._rows()
        self._kinds = self._kind_rows(self.lane_rows)
        self.marks = self._marks()
        height = self.TOP + self.ROW * max(sum(count for _kind, count in self._kinds), 1) + 10
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def _x(self) -> Callable[[datetime], float]:
        """Where a moment is along the months (there are entries)."""
        first, end = self._span()
        width = self.width() - self.LEFT - 10
        span = (end - first).total_seconds()
        return lambda moment: self.LEFT + width * (moment - first).total_seconds() / span

    def _marks(self) -> list[tuple[QRectF, Planned]]:
        if not self.entries:
            return []
        x, top, marks = self._x(), float(self.TOP), []
        for kind, count in self._kinds:
            for entry, row in zip(self.entries, self.lane_rows, strict=True):
                if entry.kind == kind:
                    left, right = x(entry.starts_at), x(entry.ends_at)
                    marks.append((QRectF(left, top + row * self.ROW + 5, max(right - left, self.DOT), self.ROW - 10),
                                  entry))
            top += count * self.ROW
        return marks

    def _span(self) -> tuple[datetime, datetime]:
        first = self.entries[0].starts_at.replace(day=1, hour=0, minute=0)
        last_end = max(e.ends_at for e in self.entries)
        return first, (last_end.replace(day=1) + timedelta(days=32)).replace(day=1, hour=0, minute=0)

    def _rows(self) -> list[int]:
        """Each entry's row within its kind's lane, keeping apart what the drawing would run together."""
        if not self.entries:
            return []
        first, end = self._span()
        width = max(self.width() - self.LEFT - 10, 1)
        return lanes(self.entries, (end - first) * ((self.DOT + 2) / width))

    def _kind_rows(self, rows: list[int]) -> list[tuple[str, int]]:
        """The kinds present, in EventKind order, with how many rows each needs."""
        count: dict[str, int] = {}
        for entry, row in zip(self.entries, rows, strict=True):
            count[entry.kind] = max(count.get(entry.kind, 0), row + 1)
        return [(k.value, count[k.value]) for k in EventKind if k.value in count]

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._lay_out()  # narrower, marks run together sooner: more rows may be needed

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.CHART_BACKGROUND))
        if not self.entries:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("イベントもツアーもまだありません"))
            return
        first, end = self._span()
        x = self._x()
        month = first
        painter.setPen(QPen(QColor(palette.CHART_RULE)))
        while month < end:
            painter.drawLine(QPointF(x(month), 18), QPointF(x(month), self.height()))
            painter.setPen(QColor(palette.CHART_TEXT))
            painter.drawText(QPointF(x(month) + 4, 14), month.strftime("%Y-%m"))
            painter.setPen(QPen(QColor(palette.CHART_RULE)))
            month = (month + timedelta(days=32)).replace(day=1)
        top = float(self.TOP)
        painter.setPen(QColor(palette.CHART_TEXT))
        for kind, count in self._kinds:
            painter.drawText(QRectF(4, top, self.LEFT - 8, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                             EventKind.label_of(kind))
            top += count * self.ROW
        # A gap parts marks that touch: each is drawn inset by the width a background-coloured rim had, without
        # a pen (stroking the rims took 20 ms of a first paint of 330 marks, filling them 3).
        painter.setPen(Qt.PenStyle.NoPen)
        shown = QRectF(event.rect())
        for mark, entry in self.marks:
            if mark.intersects(shown):  # a scroll or a partial repaint draws what it shows, not a thousand tours
                painter.setBrush(QColor(palette.EVENT_KIND[entry.kind]))
                painter.drawRoundedRect(mark.adjusted(self.GAP, self.GAP, -self.GAP, -self.GAP), 2.5, 2.5)

    def entry_at(self, point: QPointF) -> Planned | None:
        # a margin of a few pixels: a one-day mark is a narrow target
        return next((entry for mark, entry in self.marks if mark.adjusted(-3, -3, 3, 3).contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        entry = self.entry_at(event.position())
        if entry is not None:
            self.chosen.emit(entry)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = self.entry_at(QPointF(event.pos()))
            if entry is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), f"{entry.title}\n{entry.when}", self)
            return True
        return super().event(event)


@dataclass(frozen=True)
class _Programme:
    """What the dashboard reads off the GUI thread for a programme."""
    lookups: Lookups
    planned: list[Planned]
    rows: Rows  # `planned` as the list's rows
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
        self.timeline.chosen.connect(self._select_entry)
        # A model over rows prepared on the page's read: a programme of 1,000 tours filled a QTableWidget item by
        # item for 50-80 ms of the GUI thread (issue 15).
        self.planned_model = StyledTableModel([
            Column(self.tr("日時"), lambda p: p.when), Column(self.tr("種別"), lambda p: EventKind.label_of(p.kind)),
            Column(self.tr("名称"), lambda p: p.title), Column(self.tr("地域"), lambda p: p.region)],
            right_aligned=set(), colours={1: lambda p: palette.EVENT_KIND[p.kind]})
        self.table = record_view("upcoming_table", self.planned_model)
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
            self.planned_model.set_rows([])
            self._show_budget(None)
            return
        self.load.start()

    def _reader(self) -> Callable[[], _Programme]:
        db, programme_id, payments_hidden = self.db, self.ctx.programme_id, self.ctx.hidden(Area.PAYMENTS)
        tours_hidden = self.ctx.hidden(Area.TOURS)
        assert programme_id is not None  # reload() reads only a programme
        attention = self.contracts.reader()
        planned_model = self.planned_model  # its `prepared` reads the columns only: no Qt call

        def read() -> _Programme:
            report = None if payments_hidden else programme_report(db, programme_id)
            lookups = load_lookups(db, programme_id)
            tours = [] if tours_hidden else list_tours(db, programme_id)
            entries = planned(list_records(db, EventRecord, programme_id), tours, lookups.regions)
            return _Programme(lookups, entries, planned_model.prepared(entries), report, attention())

        return read

    def _show(self, data: _Programme) -> Iterator[None]:
        """The lists and charts, then in a turn of its own the timeline, whose marks' layout and first paint take
        25-35 ms for a thousand tours (issue 15)."""
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
        self._show_budget(data.report)
        self.planned_model.set_prepared(data.rows)
        fit_all_but_last(self.table)
        yield
        self.timeline.set_entries(entries)

    def _select_entry(self, entry: Planned) -> None:
        """A mark clicked on the timeline: its row in the list, in view."""
        rows = self.planned_model.rowCount()
        row = next((r for r in range(rows) if self.planned_model.row_record(r) is entry), -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.planned_model.index(row, 0))

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
