"""Which tour event (and so which budget region, 予算と実績) a tour day (日当) belongs to when it moves to another
date, whether in the window's tour day dialog, an undo step, or `colead payments adjust --records`.

A tour day moved within its tour keeps its event. Moved to a date of another tour, it becomes a day of that tour's
event: the one the talent attended that day, else the only tour event covering the date. A date several tours
cover (none attended) or no tour covers is refused, saying why: paying it under the old tour would count its money
in the old tour's region. A day of no event (typed by hand) stays one when no tour covers its new date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg


@dataclass(frozen=True)
class TourSpan:
    """A fieldwork tour event's days (its own dates, or a saved tour's linked to it)."""

    event_id: int
    title: str
    first: date
    last: date

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    def shown(self) -> str:
        return msg("「{t}」（{a}〜{b}）", "“{t}” ({a} to {b})", t=self.title, a=self.first.isoformat(),
                   b=self.last.isoformat())


def moved_tour_event(current: int | None, day: date, attended: int | None, spans: Sequence[TourSpan]) -> int | None:
    """The event of a tour day of event `current` moved to `day`; `attended`: the event of the tour the talent
    attended on `day` (None if none); `spans`: the programme's tour events' days. InputError saying why when the
    new date belongs to no tour, or to several."""
    covering = [s for s in spans if s.covers(day)]
    if current is not None and any(s.event_id == current for s in covering):
        return current
    if attended is not None:
        return attended
    events = sorted({s.event_id for s in covering})
    if len(events) == 1:
        return events[0]
    if events:
        raise InputError(msg(
            "{day} は複数のツアー（{tours}）の日です。どのツアーの日当か決められないため、変更しませんでした。"
            "ツアーの参加者にこの人を入れてから変更してください",
            "{day} is a day of several tours ({tours}). Which tour's per diem it is cannot be told, so nothing was "
            "changed. Add the person to the tour's party first", day=day.isoformat(),
            tours=msg("、", "; ").join(dict.fromkeys(s.shown() for s in covering))))  # an event and its saved tour: once
    if current is None:
        return None
    was = next((s.shown() for s in spans if s.event_id == current), "")
    raise InputError(msg(
        "{day} はツアー{tour}の日ではなく、ほかのツアーの日でもありません。日当の予算の地域が決められないため、"
        "変更しませんでした。ツアーの日程を確かめるか、この参加日を削除して正しい日を追加してください",
        "{day} is not a day of the tour {tour} nor of any other tour. The per diem's budget region cannot be told, "
        "so nothing was changed. Check the tour's dates, or delete this tour day and add the right one",
        day=day.isoformat(), tour=was))
