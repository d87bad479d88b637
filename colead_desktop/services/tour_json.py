"""JSON in, findings out: the engine behind `colead tour check INPUT.json`.

The input is whatever a script or another tool hands us, so every field is validated and every problem
is reported with its path (`items[4].start`) in one InputError, letting the user fix them all at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TypeVar

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Item, ItemKind, Lodging, Movement, Place, PlaceKind, Tour, Transport
from colead_desktop.domain.tourcheck import check_tour
from colead_desktop.domain.types import Facility, TransportMode

T = TypeVar("T")
_MISSING = object()


class _Reader:
    """Pulls typed values out of nested dicts, recording a localised error per bad field."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def fail(self, path: str, ja: str, en: str, **params: object) -> None:
        self.errors.append(f"{path}: {msg(ja, en, **params)}")

    def get(self, data: dict[str, Any], key: str, path: str, convert: Callable[[Any], T],
            required: bool = False) -> T | None:
        value = data.get(key, _MISSING) if isinstance(data, dict) else _MISSING
        if value is _MISSING or value is None:
            if required:
                self.fail(path, "必須項目がありません", "required field is missing")
            return None
        try:
            return convert(value)
        except (TypeError, ValueError, KeyError) as exc:
            detail = str(exc.args[0]) if isinstance(exc, InputError) else repr(value)
            self.fail(path, "値が正しくありません: {v}", "invalid value: {v}", v=detail)
            return None


def _int(low: int, high: int | None = None) -> Callable[[Any], int]:
    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < low or (high and value > high):
            raise ValueError(value)
        return value
    return convert


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(value)
    return float(value)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(value)
    return value


def _hhmm(value: Any) -> time:
    if not isinstance(value, str) or len(value) != 5:
        raise ValueError(value)
    return time.fromisoformat(value)


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str) or len(value) != 16:
        raise ValueError(value)
    return datetime.fromisoformat(value)


def _list_of(convert: Callable[[Any], T]) -> Callable[[Any], frozenset[T]]:
    def inner(value: Any) -> frozenset[T]:
        if not isinstance(value, list):
            raise ValueError(value)
        return frozenset(convert(v) for v in value)
    return inner


def _place(r: _Reader, data: Any, path: str) -> Place | None:
    if not isinstance(data, dict):
        r.fail(path, "オブジェクトが必要です", "an object is expected")
        return None
    fields: dict[str, Any] = {
        "id": r.get(data, "id", f"{path}.id", _text, True), "name": r.get(data, "name", f"{path}.name", _text, True),
        "kind": r.get(data, "kind", f"{path}.kind", PlaceKind, True),
        "lat": r.get(data, "lat", f"{path}.lat", _number, True), "lon": r.get(data, "lon", f"{path}.lon", _number, True),
    }
    optional = {
        "address": r.get(data, "address", f"{path}.address", str) or "",
        "capacity": r.get(data, "capacity", f"{path}.capacity", _int(0)),
        "facilities": r.get(data, "facilities", f"{path}.facilities", _list_of(Facility)),
        "opens": r.get(data, "open", f"{path}.open", _hhmm), "closes": r.get(data, "close", f"{path}.close", _hhmm),
        "closed_weekdays": r.get(data, "closed_weekdays", f"{path}.closed_weekdays", _list_of(_int(0, 6)))
        or frozenset(),
    }
    if fields["lat"] is not None and not -90 <= fields["lat"] <= 90:
        r.fail(f"{path}.lat", "緯度は-90〜90です", "latitude must be -90 to 90")
        return None
    if fields["lon"] is not None and not -180 <= fields["lon"] <= 180:
        r.fail(f"{path}.lon", "経度は-180〜180です", "longitude must be -180 to 180")
        return None
    if any(value is None for value in fields.values()):
        return None
    return Place(**fields, **optional)  # type: ignore[arg-type]  # each value was converted by its reader above


def _item(r: _Reader, data: Any, path: str, place_ids: set[str], days: int | None) -> Item | None:
    if not isinstance(data, dict):
        r.fail(path, "オブジェクトが必要です", "an object is expected")
        return None
    day = r.get(data, "day", f"{path}.day", _int(1, days), True)
    start = r.get(data, "start", f"{path}.start", _hhmm, True)
    end = r.get(data, "end", f"{path}.end", _hhmm, True)
    kind = r.get(data, "kind", f"{path}.kind", ItemKind, True)
    place = r.get(data, "place", f"{path}.place", _text)
    if place is not None and place not in place_ids:
        r.fail(f"{path}.place", "場所「{p}」が places にありません", "place {p} is not in places", p=place)
    if start is not None and end is not None and end <= start:
        r.fail(f"{path}.end", "終了は開始より後にしてください", "the end must be after the start")
        return None
    if day is None or start is None or end is None or kind is None:
        return None
    return Item(day, start, end, kind, place)


def _movement(r: _Reader, tour: dict[str, Any], key: str, place_ids: set[str]) -> tuple[Movement, ...]:
    data = tour.get(key)
    if data is None:
        return ()
    place = r.get(data, "place", f"tour.{key}.place", _text, True)
    at = r.get(data, "time", f"tour.{key}.time", _datetime, True)
    if place is not None and place not in place_ids:
        r.fail(f"tour.{key}.place", "場所「{p}」が places にありません", "place {p} is not in places", p=place)
    return (Movement(place, at),) if place is not None and at is not None else ()


def parse_tour(data: Any) -> Tour:
    """Build a Tour from the documented JSON shape, or raise InputError naming every bad field."""
    r = _Reader()
    if not isinstance(data, dict) or not isinstance(data.get("tour"), dict):
        raise InputError(msg("tour: オブジェクトが必要です", "tour: an object is expected"))
    raw_places = data.get("places", [])
    raw_items = data.get("items", [])
    for key, value in (("places", raw_places), ("items", raw_items)):
        if not isinstance(value, list):
            r.fail(key, "配列が必要です", "a list is expected")
    places = [p for i, raw in enumerate(raw_places if isinstance(raw_places, list) else [])
              if (p := _place(r, raw, f"places[{i}]")) is not None]
    ids = [p.id for p in places]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        r.fail("places", "id「{i}」が重複しています", "duplicate id {i}", i=duplicate)
    place_ids = set(ids)
    tour = data["tour"]
    start = r.get(tour, "start_date", "tour.start_date", date.fromisoformat, True)
    days = r.get(tour, "days", "tour.days", _int(1, 31)) or 3
    items = [it for i, raw in enumerate(raw_items if isinstance(raw_items, list) else [])
             if (it := _item(r, raw, f"items[{i}]", place_ids, days)) is not None]
    venue = r.get(tour, "base_venue", "tour.base_venue", _text)
    if venue is not None and venue not in place_ids:
        r.fail("tour.base_venue", "場所「{p}」が places にありません", "place {p} is not in places", p=venue)
    transport = None
    if tour.get("transport") is not None:
        mode = r.get(tour["transport"], "mode", "tour.transport.mode", TransportMode, True)
        seats = r.get(tour["transport"], "seats", "tour.transport.seats", _int(0))
        transport = Transport(mode, seats) if mode is not None else None
    nights = r.get(tour, "lodging_nights", "tour.lodging_nights", _int(0))
    party = r.get(tour, "party_size", "tour.party_size", _int(0))
    arrivals = _movement(r, tour, "arrival", place_ids)
    departures = _movement(r, tour, "departure", place_ids)
    if r.errors or start is None:
        raise InputError("\n".join(r.errors))
    return Tour(region=str(tour.get("region", "")), start_date=start, days=days, party_size=party,
                base_venue_id=venue, transport=transport, arrivals=arrivals, departures=departures,
                lodging=Lodging("", nights=nights) if nights is not None else None,
                places=tuple(places), items=tuple(items))


def check(data: dict[str, Any]) -> dict[str, Any]:
    """Findings for the CLI as plain JSON-ready data; item indexes refer to the input's `items` list."""
    return {"findings": [
        {"code": f.code, "severity": f.severity.value, "day": f.day, "items": list(f.items), "message": f.message}
        for f in check_tour(parse_tour(data))]}
