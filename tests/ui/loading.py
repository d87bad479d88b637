"""Waiting for pages that read their data off the GUI thread (ui/page_load.py) in tests with the real runner."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.page_load import PageLoad

LOAD_TIMEOUT_MS = 30_000


def loading(widget: QWidget) -> bool:
    """Whether a page in `widget` (a page, or a window and all its pages) is still reading."""
    return any(load.loading for load in widget.findChildren(PageLoad))


def wait_loaded(qtbot: QtBot, widget: QWidget) -> None:
    """Until every page in `widget` has filled in what its last visit read (a window: every built page)."""
    qtbot.waitUntil(lambda: not loading(widget), timeout=LOAD_TIMEOUT_MS)


def shown_page(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    """Show page `key` of the main window and wait until it is loaded; the page."""
    window.show_page(key)
    wait_loaded(qtbot, window)
    return window.page(key)
