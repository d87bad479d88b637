"""What a tour item edited on both sides holds in one version and not the other, for the conflict dialog's 予定 row
(review 15 item 5): two instances saving different notes on one item showed the same 「1日目 09:00–12:00 現地への移動」
in both columns, so nobody could tell which note they would keep."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from colead_desktop.domain.itinerary import Item, Tour
from colead_desktop.ui.conflict_dialog import shortened


def _tr(text: str) -> str:
    return QCoreApplication.translate("TourConflict", text)


def item_changes(*tours: Tour) -> Callable[[Any, tuple[Any, ...]], str]:
    """conflict_dialog.list_difference's `detail` for items: the fields of an item that differ from its version
    (same key) among the other side's items, each with this side's value, shortened. The day, times and title are
    in the item's name already; the attendees are said by number (names are not shown in conflicts); places are
    named from either side's `tours`."""
    places = {place.id: place.name for tour in tours for place in tour.places}

    def detail(item: Any, others: tuple[Any, ...]) -> str:
        twin = next((o for o in others if isinstance(o, Item) and item.key and o.key == item.key), None)
        if not isinstance(item, Item) or twin is None:
            return ""
        parts = []
        if item.kind != twin.kind and item.title:  # without a title the kind is the item's name
            parts.append(_tr("種類: {0}").format(item.kind.label))
        if item.place_id != twin.place_id:
            parts.append(_tr("場所: {0}").format(shortened(places.get(item.place_id or "", "")) or "—"))
        if item.attendees != twin.attendees:
            parts.append(_tr("参加者: 全員") if item.attendees is None
                         else _tr("参加者: {0}名").format(len(item.attendees)))
        if item.notes != twin.notes:
            parts.append(_tr("メモ: {0}").format(f"「{shortened(item.notes)}」" if item.notes.strip() else "—"))
        return _tr("／").join(parts)

    return detail
