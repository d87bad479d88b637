"""The tour timeline repaints from its last paint only while what it shows is unchanged (issue 15)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from colead_desktop.domain.demo_tours import demo_tours
from colead_desktop.ui.tours.timeline import TourTimeline


def _image(timeline: TourTimeline) -> QImage:
    return timeline.grab().toImage()


def test_a_change_of_tour_highlight_or_selection_is_painted_and_the_same_view_is_painted_alike(
        qtbot: QtBot) -> None:
    first, second = demo_tours()[:2]
    timeline = TourTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(900, timeline.height())
    timeline.set_tour(first)
    shown_first = _image(timeline)
    timeline.set_tour(second)
    assert _image(timeline) != shown_first
    timeline.set_tour(replace(first, items=first.items[:-1]))  # one item fewer, the rest alike
    assert _image(timeline) != shown_first
    timeline.set_tour(first)
    assert _image(timeline) == shown_first
    timeline.set_highlighted({0})
    assert _image(timeline) != shown_first
    timeline.set_highlighted(set())
    timeline.selected = 1
    assert _image(timeline) != shown_first


def test_a_language_change_paints_again(qtbot: QtBot) -> None:
    timeline = TourTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(900, timeline.height())
    timeline.set_tour(demo_tours()[0])
    _image(timeline)
    painted = timeline._painted  # noqa: SLF001 (the paint kept is what this test is about)
    QApplication.sendEvent(timeline, QEvent(QEvent.Type.LanguageChange))
    _image(timeline)
    assert timeline._painted is not painted  # noqa: SLF001
