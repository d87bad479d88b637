"""Find text that does not fit its widget: labels, buttons, check boxes, group-box titles, tabs and table headers.

Each kind is measured the way Qt draws it: the text's fontMetrics width plus what the style puts around it
(frame, margins, icon, indicator), against the room the widget has now. A widget that shortens its text on
purpose (elides it and shows the whole text in its tooltip) says so with the dynamic property `elide_ok`; it
and its children are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QGroupBox, QHeaderView, QLabel, QPushButton, QRadioButton,
                               QStyle, QStyleOptionButton, QStyleOptionGroupBox, QTabBar, QToolButton, QWidget)

ELIDE_OK = "elide_ok"
SLACK = 1  # pixels: fontMetrics rounds each glyph advance, a 1 px overhang is not a cut-off character


@dataclass(frozen=True)
class Clipped:
    """`what` (a widget's path of class names and objectNames) shows `text` `needed` px wide in `room` px."""

    what: str
    text: str
    needed: int
    room: int

    def __str__(self) -> str:
        return f"{self.what}: {self.text!r} needs {self.needed} px, has {self.room}"


def clipped(root: QWidget) -> list[Clipped]:
    """Every visible text under `root` (itself included) that its widget cuts off."""
    found: list[Clipped] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and not _opted_out(widget, root):
            found.extend(_check(widget))
    return found


def _opted_out(widget: QWidget, root: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if current.property(ELIDE_OK):
            return True
        if current is root:
            return False
        current = current.parentWidget()
    return False


def _check(widget: QWidget) -> list[Clipped]:
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QPushButton):
        return _push_button(widget)
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return _check_box(widget)
    if isinstance(widget, QToolButton):
        return _tool_button(widget)
    if isinstance(widget, QGroupBox):
        return _group_box(widget)
    if isinstance(widget, QTabBar):
        return _tab_bar(widget)
    if isinstance(widget, QHeaderView):
        return _header(widget)
    return []


def path(widget: QWidget) -> str:
    """Where `widget` is: its class and objectName, and those of its named ancestors (up to the window)."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName()
        if current is widget or name:
            parts.append(f"{type(current).__name__}#{name}" if name else type(current).__name__)
        if current.isWindow():
            break
        current = current.parentWidget()
    return " < ".join(parts)


def _plain(text: str) -> str:
    """The text as drawn: a mnemonic's & is not shown, && shows one &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label(label: QLabel) -> list[Clipped]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if label.wordWrap():
        # wrapped text fits when the lines it needs at this width fit the height, and no word is wider than a line
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + SLACK:
            return [Clipped(path(label), text, needed_height, label.height())]
        longest = _longest_word(label)
        return [Clipped(path(label), text, longest, room)] if longest > room + SLACK else []
    needed = _label_text_width(label)
    return [Clipped(path(label), text, needed, room)] if needed > room + SLACK else []


def _label_text_width(label: QLabel) -> int:
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        return int(document.idealWidth() + 0.999)
    return _text_width(label.fontMetrics(), label.text())


def _longest_word(label: QLabel) -> int:
    if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(label.text()):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(label.text())
        words = document.toPlainText().split()
    else:
        words = label.text().split()
    # Japanese wraps between any two characters, so only unbroken Latin runs (URLs, file names) can stick out
    ascii_words = [word for word in words if word.isascii()]
    return max((label.fontMetrics().horizontalAdvance(word) for word in ascii_words), default=0)


def _push_button(button: QPushButton) -> list[Clipped]:
    text = _plain(button.text())
    if not text:
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    needed = _text_width(button.fontMetrics(), text) + _icon_width(button)
    if button.menu() is not None:
        needed += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    return [Clipped(path(button), text, needed, room)] if needed > room + SLACK else []


def _check_box(button: QCheckBox | QRadioButton) -> list[Clipped]:
    text = _plain(button.text())
    if not text:
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonContents)
    contents = button.style().subElementRect(element, option, button)
    # the style draws the text 2 px in from its contents rect (QCommonStyle's CE_CheckBoxLabel), up to the edge
    room = min(contents.right(), button.width() - 1) - contents.left() + 1
    needed = _text_width(button.fontMetrics(), text) + _icon_width(button)
    return [Clipped(path(button), text, needed, room)] if needed > room + SLACK else []


def _tool_button(button: QToolButton) -> list[Clipped]:
    text = _plain(button.text())
    if not text or button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return []
    needed = button.sizeHint().width()
    return [Clipped(path(button), text, needed, button.width())] if needed > button.width() + SLACK else []


def _icon_width(button: QAbstractButton) -> int:
    return 0 if button.icon().isNull() else button.iconSize().width() + 4


def _group_box(box: QGroupBox) -> list[Clipped]:
    if not box.title():
        return []
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                       QStyle.SubControl.SC_GroupBoxLabel, box)
    room = box.width() - label.left()
    needed = label.width()
    if box.isCheckable():
        check = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                           QStyle.SubControl.SC_GroupBoxCheckBox, box)
        room = box.width() - check.left()
        needed = label.right() - check.left() + 1
    return [Clipped(path(box), _plain(box.title()), needed, room)] if needed > room + SLACK else []


def _tab_bar(bar: QTabBar) -> list[Clipped]:
    found: list[Clipped] = []
    metrics = bar.fontMetrics()
    padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = _text_width(metrics, text) + padding + (0 if bar.tabIcon(index).isNull() else
                                                         bar.iconSize().width() + 4)
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            side_button = bar.tabButton(index, side)
            if side_button is not None and side_button.isVisible():
                needed += side_button.width()
        room = rect.width()
        if rect.right() >= bar.width():  # off the end of the bar: behind the scroll arrows
            room = max(bar.width() - rect.left(), 0)
        if needed > room + SLACK:
            found.append(Clipped(f"{path(bar)} tab {index}", text, needed, room))
    return found


def _header(header: QHeaderView) -> list[Clipped]:
    model = header.model()
    if model is None or header.orientation() == Qt.Orientation.Vertical:
        return []
    found: list[Clipped] = []
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    sort_mark = (header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
                 if header.isSortIndicatorShown() else 0)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        needed = _text_width(metrics, text) + 2 * margin + (sort_mark if header.sortIndicatorSection() == logical
                                                            else 0)
        room = header.sectionSize(logical)
        if needed > room + SLACK:
            found.append(Clipped(f"{path(header)} section {logical}", text, needed, room))
    return found
