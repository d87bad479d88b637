"""The rounds × tables grid of talent chips: drag a chip to another table of the same round to move the
talent; a click chooses it (the tab explains it); double-click (or the context menu) pins or unpins it.
The grid only reports the user's intent through signals; the round-table tab applies it through the
service and redraws the grid.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel, QMenu, QSizePolicy, QVBoxLayout,
                               QWidget)

from colead_desktop.ui.style import set_role, set_state

MIME = "application/x-colead-talent"


def chip_look(label: QLabel, skill: str | None, pinned: bool) -> None:
    """Style `label` as a talent chip: its skill's colour (None: no colour, "" for an unknown skill), a thick
    border when pinned."""
    if skill is not None:
        label.setProperty("skill", skill)
    label.setProperty("pinned", pinned)
    set_role(label, "chip")  # last: it re-polishes, so the stylesheet sees all three properties


def encode(label: str, round_no: int) -> QByteArray:
    return QByteArray(f"{round_no}\t{label}".encode())


def decode(data: QByteArray) -> tuple[str, int]:
    round_text, label = bytes(data.data()).decode().split("\t", 1)
    return label, int(round_text)


class Chip(QLabel):
    """One talent in one round; pinned chips have a dark border and a pin mark."""

    pin_toggled = Signal(str, int)
    chosen = Signal(str, int)

    def __init__(self, label: str, round_no: int, skill: str, skill_label: str, pinned: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(("◆ " if pinned else "") + label, parent)
        self.label, self.round_no, self.pinned = label, round_no, pinned
        self.setObjectName(f"chip_{round_no}_{label}")
        self.setToolTip(f"{label}\n{skill_label}" + ("\n" + self.tr("固定中（ダブルクリックで解除）") if pinned else
                                                     "\n" + self.tr("ダブルクリックで固定")))
        chip_look(self, skill, pinned)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(MIME, encode(self.label, self.round_no))
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None and event.button() == Qt.MouseButton.LeftButton:  # a click, not a drag
            self.chosen.emit(self.label, self.round_no)
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.pin_toggled.emit(self.label, self.round_no)

    def contextMenuEvent(self, event) -> None:  # noqa: N802, ANN001
        menu = QMenu(self)
        action = menu.addAction(self.tr("固定を解除") if self.pinned else self.tr("このテーブルに固定"))
        if menu.exec(event.globalPos()) is action:
            self.pin_toggled.emit(self.label, self.round_no)


class Cell(QFrame):
    """One table in one round; accepts chips from the same round only. Red when a hard rule is broken."""

    dropped = Signal(str, int, str)

    def __init__(self, round_no: int, table: str, capacity: int, problems: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round_no, self.table, self.problems = round_no, table, problems
        self.setObjectName(f"cell_{round_no}_{table}")
        self.setAcceptDrops(True)
        self.capacity = capacity
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.layout_.setSpacing(4)
        self.count_label = QLabel()
        set_role(self.count_label, "count")
        self.chips: list[Chip] = []
        self._style(False)
        if problems:
            self.setToolTip("\n".join(problems))

    @property
    def bad(self) -> bool:
        return bool(self.problems)

    def _style(self, hover: bool) -> None:
        set_state(self, "error" if self.problems else "hover" if hover else "")

    def add_chip(self, chip: Chip) -> None:
        self.chips.append(chip)

    def finish(self, columns: int = 2) -> None:
        """Lay the chips out `columns` to a row, the count under them (again when the grid changes columns)."""
        for widget in (*self.chips, self.count_label):
            self.layout_.removeWidget(widget)
        for row in range(self.layout_.rowCount()):
            self.layout_.setRowStretch(row, 0)
        for n, chip in enumerate(self.chips):
            self.layout_.addWidget(chip, n // columns, n % columns)
        rows = (len(self.chips) + columns - 1) // columns
        self.count_label.setText(f"{len(self.chips)} / {self.capacity}")
        self.layout_.addWidget(self.count_label, rows, 0, 1, columns, Qt.AlignmentFlag.AlignRight)
        self.layout_.setRowStretch(rows + 1, 1)
        self.layout_.invalidate()
        self.updateGeometry()  # the grid's layout caches the cell's minimum size until told

    def _accepts(self, mime: QMimeData) -> bool:
        if not mime.hasFormat(MIME):
            return False
        _label, round_no = decode(mime.data(MIME))
        return round_no == self.round_no

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self._style(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802, ANN001
        self._style(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._style(False)
        if not self._accepts(event.mimeData()):
            event.ignore()
            return
        label, round_no = decode(event.mimeData().data(MIME))
        event.acceptProposedAction()
        self.dropped.emit(label, round_no, self.table)


class RoundGrid(QWidget):
    """Header row of tables (with their staff), one row per round (with its time from the agenda)."""

    moved = Signal(str, int, str)
    pin_toggled = Signal(str, int)
    chosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("round_grid")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.body: QWidget | None = None
        self.cells: dict[tuple[int, str], Cell] = {}
        self.columns = 2
        """Chips to a row in each cell: 2, or 1 when the window is too narrow for 2 (review 15, item 11: a 1366 px
        screen cut the third table off behind a horizontal scroll bar)."""
        self._two_columns_width = 0

    def show_plan(self, tables: list[tuple[str, str]], rounds: list[dict[str, list[tuple[str, str, str, bool]]]],
                  round_titles: list[str], problems: dict[tuple[int, str | None], list[str]]) -> None:
        """tables: (name, header text with staff); rounds[i][table] = [(label, skill, skill label, pinned)];
        problems: messages by (round, table), or by (round, None) for the round as a whole (its header)."""
        if self.body is not None:
            self.body.setParent(None)
            self.body.deleteLater()
        self.body = QWidget()
        grid = QGridLayout(self.body)
        grid.setSpacing(6)
        self.cells = {}
        for col, (_name, header) in enumerate(tables, start=1):
            title = QLabel(header)
            title.setWordWrap(True)
            set_role(title, "table_header")
            grid.addWidget(title, 0, col)
            grid.setColumnStretch(col, 1)
        capacities = {name: cap for name, cap in getattr(self, "_capacities", {}).items()}
        for r, seating in enumerate(rounds, start=1):
            label = QLabel(round_titles[r - 1] if r - 1 < len(round_titles) else f"R{r}")
            label.setObjectName(f"round_{r}")
            set_role(label, "round_title")
            round_problems = problems.get((r, None), [])
            set_state(label, "error" if round_problems else "")
            label.setToolTip("\n".join(round_problems))
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)  # as wide as its text
            grid.addWidget(label, r, 0)
            for col, (name, _header) in enumerate(tables, start=1):
                cell = Cell(r, name, capacities.get(name, 0), problems.get((r, name), []))
                for person, skill, skill_label, pinned in seating.get(name, []):
                    chip = Chip(person, r, skill, skill_label, pinned)
                    chip.pin_toggled.connect(self.pin_toggled)
                    chip.chosen.connect(self.chosen)
                    cell.add_chip(chip)
                cell.dropped.connect(self.moved)
                grid.addWidget(cell, r, col)
                self.cells[(r, name)] = cell
        grid.setRowStretch(len(rounds) + 1, 1)
        self.outer.addWidget(self.body)
        # The scroll area around the grid sizes it by height-for-width (the table headers wrap) and so squeezed the
        # cells below their chips' width, cutting names off; an explicit minimum brings the scroll bar instead.
        # That minimum is the one-chip-a-row layout's: two chips a row only where they fit.
        self._two_columns_width = self._relayout(2)
        self.setMinimumWidth(self._relayout(1))
        self._fit()

    def _relayout(self, columns: int) -> int:
        """Lay every cell out `columns` chips to a row; the grid's minimum width so."""
        self.columns = columns
        for cell in self.cells.values():
            cell.finish(columns)
        layout = self.body.layout() if self.body is not None else None
        if layout is None:
            return 0
        layout.invalidate()
        return layout.totalMinimumSize().width()

    def _fit(self) -> None:
        wanted = 2 if self.width() >= self._two_columns_width else 1
        if wanted != self.columns:
            self._relayout(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def set_chosen(self, chosen: tuple[str, int] | None) -> None:
        """Outline the chip the feedback panel explains (None: no chip)."""
        for cell in self.cells.values():
            for chip in cell.chips:
                on = (chip.label, chip.round_no) == chosen
                if bool(chip.property("chosen")) != on:
                    chip.setProperty("chosen", on)
                    chip.style().unpolish(chip)
                    chip.style().polish(chip)

    def set_capacities(self, capacities: dict[str, int]) -> None:
        self._capacities = capacities

    def chip(self, label: str, round_no: int) -> Chip | None:
        for (r, _t), cell in self.cells.items():
            if r == round_no:
                for chip in cell.chips:
                    if chip.label == label:
                        return chip
        return None
