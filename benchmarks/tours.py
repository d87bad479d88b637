"""Timing of the two tour operations users wait for: checking on every edit and printing the itinerary.

Targets: checking a 5-day, 60-item tour in < 20 ms (median); printing a 3-day itinerary PDF in < 1 s.
Run: .venv/bin/python benchmarks/tours.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date, time as clock
from pathlib import Path

from colead_desktop.domain.demo_tours import kuwana
from colead_desktop.domain.jp_calendar import holiday_name
from colead_desktop.domain.itinerary import Item, ItemKind, Member, Place, PlaceKind, Role, Tour
from colead_desktop.domain.tour_places import bookings_for, tour_occupations
from colead_desktop.domain.tourcheck import check_tour
from colead_desktop.domain.travel import _geodesic_km
from colead_desktop.reports.itinerary_pdf import write_itinerary_pdf

KINDS = (ItemKind.COMPANY_VISIT, ItemKind.FACILITY_VISIT, ItemKind.EXCHANGE, ItemKind.TALENT_DISCUSSION)


def big_tour() -> Tour:
    """5 days × 12 items of 40 minutes at 20 places around 桑名, a party of 16 with some sub-groups."""
    base = kuwana()
    places = tuple(Place(f"p{n}", f"場所{n}", PlaceKind.COMPANY, 35.0 + n * 0.01, 136.6 + (n % 5) * 0.02,
                         capacity=30) for n in range(20))
    members = tuple(Member(f"m{n}", f"人材{n}", Role.TALENT) for n in range(16))
    items = []
    for day in range(1, 6):
        for slot in range(12):
            minute = 7 * 60 + slot * 60
            attendees = frozenset({"m1", "m2", "m3"}) if slot % 4 == 3 else None
            items.append(Item(day, clock(minute // 60, minute % 60), clock(minute // 60, minute % 60 + 40),
                              KINDS[slot % 4], f"p{(day * 7 + slot) % 20}", attendees))
    return replace(base, days=5, members=members, party_size=None, places=base.places + places,
                   items=tuple(items), base_venue_id="city-hotel", start_date=date(2024, 6, 3))


def median_ms(run, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    tour = big_tour()
    assert len(tour.items) == 60
    holiday_name(tour.start_date)  # loading the holiday table is a one-off per process, not per check
    _geodesic_km.cache_clear()
    cold = median_ms(lambda: check_tour(tour), 1)
    warm = median_ms(lambda: check_tour(tour), 200)
    print(f"check 5-day tour, 60 items: first run (empty distance cache) {cold:.2f} ms, "
          f"median of 200 runs {warm:.2f} ms (target < 20 ms)")
    # Two other tours in the same places the same week: every item meets 60 other tours' items' bookings.
    others = [replace(tour, id=f"other{n}", title=f"別のツアー{n}") for n in range(2)]
    occupations = [held for other in others for held in tour_occupations(other)]
    bookings = bookings_for(tour, occupations)
    matching = median_ms(lambda: bookings_for(tour, occupations), 50)
    booked = median_ms(lambda: check_tour(tour, bookings=bookings), 200)
    print(f"with {len(bookings)} bookings from 2 other tours: matching places {matching:.2f} ms (once per tour "
          f"or place change), check median of 200 runs {booked:.2f} ms (target < 20 ms)")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "itinerary.pdf"
        write_itinerary_pdf(kuwana(), target)  # font registration happens once per process
        pdf = median_ms(lambda: write_itinerary_pdf(kuwana(), target), 10)
    print(f"print 3-day itinerary PDF (桑名 2021): median of 10 runs {pdf:.0f} ms (target < 1000 ms)")


if __name__ == "__main__":
    main()
