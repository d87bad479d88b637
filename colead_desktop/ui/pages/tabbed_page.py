"""Several list pages under one sidebar entry (Regions & companies): the visible tab reloads when shown."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from colead_desktop.ui.shortcuts import RecordList, current_list


class TabbedPage(QTabWidget):
    def __init__(self, key: str, tabs: list[tuple[str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}_page")
        for title, page in tabs:
            self.addTab(page, title)
        self.currentChanged.connect(lambda _index: self.reload())

    def reload(self) -> None:
        """Names shown in one tab come from the others (a company's region), so reload on every visit."""
        reload = getattr(self.currentWidget(), "reload", None)
        if reload is not None:
            reload()

    def add(self) -> None:
        """Add on the first tab (Regions & companies: a region), for a request "add:<key>" (ui/actions.py)."""
        self.setCurrentIndex(0)
        add = getattr(self.widget(0), "add", None)
        if add is not None:
            add()

    def current_list(self) -> RecordList | None:
        return current_list(self.currentWidget())
