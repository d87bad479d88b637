"""The application's one stylesheet (resources/style.qss) and the dynamic properties its rules select.

Widgets carry no colours of their own: they say what they are (`role`, set once) or what they show now
(`state`), and the stylesheet decides how that looks. Colours that are data are in ui/palette.py.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QApplication, QWidget

from colead_desktop.paths import resources_dir

Role = Literal["hint", "note", "error", "page_title", "status", "chip", "table_header", "round_title", "count",
               "finding", "empty_state", "loading"]
State = Literal["", "invalid", "error", "ok", "warning", "hover"]


def stylesheet() -> str:
    """The sheet with its images' urls made absolute: Qt reads a relative url from the working directory,
    which is not the application's."""
    sheet = (resources_dir() / "style.qss").read_text(encoding="utf-8")
    return sheet.replace('url("icons/', f'url("{(resources_dir() / "icons").as_posix()}/')  # quoted: spaces


def install_stylesheet(app: QApplication) -> None:
    app.setStyleSheet(stylesheet())


def set_role(widget: QWidget, role: Role) -> None:
    _restyle(widget, "role", role)


def set_state(widget: QWidget, state: State) -> None:
    """Show `state` ("" for none); a no-op when it is shown already (validation sets it on every key)."""
    if widget.property("state") != state:
        _restyle(widget, "state", state)


def _restyle(widget: QWidget, name: str, value: str) -> None:
    # Qt matches property selectors when it polishes a widget, so a changed property needs a re-polish
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
