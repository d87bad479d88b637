"""domain/tour_day_events.moved_tour_event: the tour event a moved tour day belongs to, or the refusal saying why."""

from __future__ import annotations

from datetime import date

import pytest

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.tour_day_events import TourSpan, moved_tour_event

KITAMI = TourSpan(1, "北見", date(2021, 11, 16), date(2021, 11, 18))
KUWANA = TourSpan(2, "桑名", date(2021, 11, 25), date(2021, 11, 27))
OKINAWA = TourSpan(3, "沖縄", date(2021, 11, 25), date(2021, 11, 27))
SPANS = (KITAMI, KUWANA, OKINAWA, KUWANA)  # an event and its saved tour give the same span twice


@pytest.mark.parametrize(("current", "day", "attended", "event"), [
    (1, date(2021, 11, 18), None, 1),  # within its own tour
    (1, date(2021, 11, 26), 3, 3),  # to the tour the person attended that day
    (None, date(2021, 11, 17), None, 1),  # a day typed by hand moved into the only tour of the date
    (None, date(2021, 12, 5), None, None),  # ... or to a date of no tour: still of none
])
def test_a_moved_day_belongs_to_the_tour_of_its_new_date(current: int | None, day: date, attended: int | None,
                                                         event: int | None) -> None:
    assert moved_tour_event(current, day, attended, SPANS) == event


def test_a_day_of_several_tours_none_attended_is_refused_naming_each_once() -> None:
    with pytest.raises(InputError, match="複数のツアー") as refused:
        moved_tour_event(1, date(2021, 11, 26), None, SPANS)
    assert str(refused.value).count("「桑名」") == 1 and "「沖縄」" in str(refused.value)


def test_a_tour_day_moved_to_a_date_of_no_tour_is_refused_naming_its_tour() -> None:
    with pytest.raises(InputError, match=r"2021-12-05 はツアー「北見」（2021-11-16〜2021-11-18）の日ではなく"):
        moved_tour_event(1, date(2021, 12, 5), None, SPANS)
