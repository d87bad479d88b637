"""The application's one stylesheet (resources/style.qss) and the dynamic properties its rules select.

Widgets carry no colours of their own: they say what they are (`role`, set once) or what they show now
(`state`), and the stylesheet decides how that looks. Colours that are data are in ui/palette.py.

The sheet is not the application's: with one, Qt draws every widget through its stylesheet style, which made
building a page take twice as long and painting a table a third longer (issue 15). Each widget the sheet names
(by its role or state, its objectName, or its class alone) gets the sheet's rules that name it, as a sheet of its
own; every other widget is drawn by the native style. A rule that styles the children of a widget it names
(`QFrame[role="empty_state"] QLabel`) reaches them through that widget's sheet.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, NamedTuple

from PySide6.QtWidgets import QWidget

from colead_desktop.paths import resources_dir

Role = Literal["hint", "note", "error", "page_title", "status", "chip", "table_header", "round_title", "count",
               "finding", "empty_state", "loading"]
State = Literal["", "invalid", "error", "ok", "warning", "hover"]
_NAMING = ("role", "state")  # the properties whose values choose a widget's rules (others only refine them)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_PROPERTY = re.compile(r'\[(\w+)="([^"]*)"\]')
_ID = re.compile(r"#(\w+)")
_CLASS_ALONE = re.compile(r"[A-Za-z]\w*")


def stylesheet() -> str:
    """The sheet with its images' urls made absolute: Qt reads a relative url from the working directory,
    which is not the application's."""
    sheet = (resources_dir() / "style.qss").read_text(encoding="utf-8")
    return sheet.replace('url("icons/', f'url("{(resources_dir() / "icons").as_posix()}/')  # quoted: spaces


class _Rule(NamedTuple):
    """One selector of the sheet with its declarations, and what in it can name a widget."""

    text: str  # `selector { declarations }`
    naming: tuple[tuple[str, str], ...]  # its role and state values
    ids: tuple[str, ...]
    class_alone: str | None  # the selector when it is a class and nothing else

    def names(self, widget: QWidget) -> bool:
        """Whether it names `widget`: by one of its role and state, its objectName, or its class alone."""
        return (any(widget.property(name) == value for name, value in self.naming) or widget.objectName() in self.ids
                or (self.class_alone is not None and widget.inherits(self.class_alone)))


@cache
def _rules() -> tuple[_Rule, ...]:
    """The sheet's rules in its order, one selector each, read once (set_role runs for every label a page makes)."""
    return tuple(_Rule(f"{selector} {{ {declarations.strip()} }}",
                       tuple((name, value) for name, value in _PROPERTY.findall(selector) if name in _NAMING),
                       tuple(_ID.findall(selector)), selector if _CLASS_ALONE.fullmatch(selector) else None)
                 for selectors, declarations in _RULE.findall(_COMMENT.sub("", stylesheet()))
                 for selector in map(str.strip, selectors.split(",")))


def styled(widget: QWidget) -> None:
    """Give `widget` the rules that name it (none: the native style's look). For a widget named by its
    objectName or class (the navigation list, a round table's cell); set_role and set_state call it."""
    sheet = "\n".join(rule.text for rule in _rules() if rule.names(widget))
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)  # polishes the widget again
    elif sheet:  # Qt matches property selectors when it polishes a widget: a changed property needs a re-polish
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def set_role(widget: QWidget, role: Role) -> None:
    _restyle(widget, "role", role)


def set_state(widget: QWidget, state: State) -> None:
    """Show `state` ("" for none); a no-op when it is shown already (validation sets it on every key)."""
    if widget.property("state") != state:
        _restyle(widget, "state", state)


def _restyle(widget: QWidget, name: str, value: str) -> None:
    widget.setProperty(name, value)
    styled(widget)
