"""Consistency rules a tour must keep before it is saved or checked, each reported at the field it concerns.

They are refusals, not findings: a tour breaking one is not a plan to be warned about but a contradiction
(items after the last day, a bare head count while items name their attendees, seats of no vehicle). The
settings dialog shows them at its fields and refuses OK; `colead tour check` exits 2 naming the JSON path.
Fields are named after the Tour attributes (`transport.seats` for the seats of `Tour.transport`). The dialogs check
the rules of what they edit (tour_errors and text_errors in the settings, item_text_errors in the item dialog); the
save (services/tours.replace_tour, so the B-5 import too) refuses whatever breaks any of them (refuse_unsaveable).
"""

from __future__ import annotations

from datetime import time

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Tour, end_problem
from colead_desktop.domain.text_lengths import too_long
from colead_desktop.domain.validation import Errors, check_printable, check_required, optional_int

DAYS = "days"
PARTY_SIZE = "party_size"
MEMBERS = "members"
SEATS = "transport.seats"
NIGHTS = "lodging.nights"
TITLE = "title"
CONTACTS = "contacts"

# Bounds of a tour, the same in the settings dialog and `colead tour check`: a tour has a handful of days
# (so at most as many nights), at most a coach-load or two of people, venues of at most stadium size.
MAX_DAYS = 31
MAX_PEOPLE = 1_000  # party size, seats
MAX_CAPACITY = 100_000
# An item's texts as typed in its dialog: a title as long as a name (the records' 100 characters), notes of a
# paragraph or two. A pasted e-mail belongs in the tour's files; the itinerary prints every note whole, a long one
# under the day's table (reports/itinerary_pdf.py), and 1,000 characters is about 20 lines there.
ITEM_END = "end"
ITEM_TITLE = "title"
ITEM_NOTES = "notes"
ITEM_TEXT_LIMITS = ((ITEM_TITLE, 100), (ITEM_NOTES, 1_000))
# The tour's own texts as typed in its settings (or read from a B-5 worksheet): the title and region as long as
# their columns (db/tour_models.py; tests/domain/test_tour_text_lengths.py keeps them equal), the hotel as a place
# (PLACE_TEXT_LIMITS), a transport note as an item's, a contact's name and phone as a staff
# record's columns. Longer ones failed at the save under the column's name after the dialog had closed, or printed
# a pasted page several times over the itinerary's first pages.
TOUR_TEXT_LIMITS = ((TITLE, 200), ("region", 100), ("lodging.hotel", 200), ("lodging.address", 300),
                    ("transport.notes", 1_000))
CONTACT_TEXT_LIMITS = (("name", 100), ("organisation", 200), ("phone", 30))
# As long as the venue and company records' name and address (db/models.py) a place is copied from: a place typed
# by hand gets the same room, not a pasted page that crowds every table it is printed in.
PLACE_TEXT_LIMITS = (("name", 200), ("address", 300))


def named_people(tour: Tour) -> frozenset[str]:
    """Member ids that items, arrivals or departures name individually."""
    named = {member for item in tour.items for member in item.attendees or ()}
    named |= {member for move in (*tour.arrivals, *tour.departures) for member in move.members or ()}
    return frozenset(named)


def tour_errors(tour: Tour) -> dict[str, str]:
    """{field: localised message} for each rule the tour breaks; empty when it is consistent."""
    errors: dict[str, str] = {}
    late = sorted({item.day for item in tour.items if item.day > tour.days})
    if not 1 <= tour.days <= MAX_DAYS:
        errors[DAYS] = msg("1〜{max}日にしてください（{n}日になっています）", "A tour lasts 1 to {max} days, not {n}",
                           max=MAX_DAYS, n=tour.days)
    elif late:
        errors[DAYS] = msg("{late}日目に項目があります（{n}日間のツアー）。日数を増やすか、先に項目を移すか削除してください。",
                           "There are items on day {late} of a {n}-day tour; add days, or move or delete "
                           "those items first.", late="・".join(map(str, late)), n=tour.days)
    if tour.party_size is not None and named_people(tour):
        # A head count has no one to name: the items' attendee lists would point at nobody.
        errors[PARTY_SIZE] = msg("項目や到着・出発で個別の参加者が指定されているため、人数だけにはできません。",
                                 "Items or arrivals and departures name individual participants, so the party "
                                 "cannot be a head count only.")
    elif strangers := sorted(named_people(tour) - {member.id for member in tour.members}):
        # Someone named by an item but not in the party: taken off the party without being taken off the items (the
        # party editor does both; `colead tour check` refuses such JSON at the item's path).
        errors[MEMBERS] = msg(
            "項目や到着・出発が参加者にいない人（{ids}）を指定しています。参加者に戻すか、その項目や到着・出発から外してください。",
            "Items or arrivals and departures name people who are not in the party ({ids}); add them back to the "
            "party or take them off those items.", ids=msg("、", ", ").join(strangers))
    if tour.transport is not None and tour.transport.mode is None and tour.transport.seats is not None:
        errors[SEATS] = msg("座席数を入れるときは移動手段も選んでください。",
                            "Choose the transport mode when giving a number of seats.")
    return errors


def text_errors(tour: Tour) -> Errors:
    """{field: message} for the tour's own printed texts: a title is required (it heads the itinerary and names
    the tour in every list and question), and none may hold a character the PDFs cannot draw."""
    errors: Errors = {}
    check_required(errors, TITLE, tour.title)
    lodging, transport = tour.lodging, tour.transport
    texts = {TITLE: tour.title, "region": tour.region, "lodging.hotel": lodging.hotel if lodging else "",
             "lodging.address": lodging.address if lodging else "",
             "transport.notes": transport.notes if transport else ""}
    errors.update({name: text for name, text in too_long(texts, TOUR_TEXT_LIMITS).items() if name not in errors})
    for contact in tour.contacts:  # the first too long, said as the others are: the field's message alone
        if CONTACTS not in errors and (long := too_long(vars(contact), CONTACT_TEXT_LIMITS)):
            errors[CONTACTS] = next(iter(long.values()))
    texts[CONTACTS] = " ".join(f"{c.name} {c.organisation} {c.phone}" for c in tour.contacts)
    check_printable(errors, {name: text for name, text in texts.items() if name not in errors})
    return errors


def item_errors(start: time, end: time, title: str, notes: str) -> Errors:
    """{field: message} for an item as typed in its dialog, every problem at once: an end not after its start,
    texts too long (ITEM_TEXT_LIMITS) or not printable."""
    texts = {ITEM_TITLE: title, ITEM_NOTES: notes}
    errors = too_long(texts, ITEM_TEXT_LIMITS)
    check_printable(errors, {name: text for name, text in texts.items() if name not in errors})
    if (problem := end_problem(start, end)) is not None:
        errors[ITEM_END] = problem
    return errors


def place_text_errors(name: str, address: str) -> Errors:
    """{field: message} for a place's printed texts (fields name, address): PLACE_TEXT_LIMITS, and printable. The
    place dialog's rule, and the save's for every place (a B-5 worksheet's venue and visits come in as places)."""
    texts = {"name": name, "address": address}
    errors = too_long(texts, PLACE_TEXT_LIMITS)
    check_printable(errors, {field: text for field, text in texts.items() if field not in errors})
    return {field: errors[field] for field in texts if field in errors}  # the name's first, as in the dialog


# How the save names a field (the dialogs outline their own widgets instead).
_LABELS = {TITLE: ("タイトル", "Title"), "region": ("地域", "Region"), DAYS: ("日数", "Days"),
           CONTACTS: ("連絡先", "Contacts"), "lodging.hotel": ("宿泊先", "Hotel"),
           "lodging.address": ("宿泊先住所", "Hotel address"), NIGHTS: ("泊数", "Nights"),
           "transport.notes": ("移動の備考", "Transport notes"), SEATS: ("座席数", "Seats"),
           PARTY_SIZE: ("参加者", "Participants"), MEMBERS: ("参加者", "Participants")}
_ITEM_LABELS = {ITEM_TITLE: ("タイトル", "title"), ITEM_NOTES: ("メモ", "notes"), ITEM_END: ("終了時刻", "end time")}
_PLACE_LABELS = {"name": ("名称", "name"), "address": ("住所", "address"), "capacity": ("定員", "capacity")}
SHOWN_PLACE_NAME = 20  # characters of a place's name in a message about it (the name itself may be the problem)


def saving_errors(tour: Tour) -> dict[str, str]:
    """{field: message} for every rule above the tour breaks; an item's texts as `items[<index>].title`, a place's
    as `places[<index>].name`."""
    errors = text_errors(tour) | tour_errors(tour)
    for index, item in enumerate(tour.items):
        for name, text in item_errors(item.start, item.end, item.title, item.notes).items():
            errors[f"items[{index}].{name}"] = text
    for index, place in enumerate(tour.places):
        found = place_text_errors(place.name, place.address)
        if place.capacity is not None:  # the place dialog's bounds (a B-5 worksheet's 収容人数 comes in as a number)
            optional_int(found, "capacity", str(place.capacity), 1, MAX_CAPACITY)
        for name, text in found.items():
            errors[f"places[{index}].{name}"] = text
    return errors


def _label(tour: Tour, field: str) -> str:
    if field.startswith("items["):
        index, _, name = field.removeprefix("items[").partition("].")
        item = tour.items[int(index)]
        return msg("{d}日目 {start}の項目の{f}", "The {f} of the item on day {d} at {start}", d=item.day,
                   start=item.start.strftime("%H:%M"), f=msg(*_ITEM_LABELS[name]))
    if field.startswith("places["):
        index, _, name = field.removeprefix("places[").partition("].")
        place = tour.places[int(index)]
        shown = place.name if len(place.name) <= SHOWN_PLACE_NAME else place.name[:SHOWN_PLACE_NAME] + "…"
        return msg("{k}「{p}」の{f}", "The {f} of {k} {p}", k=place.kind.label, p=shown, f=msg(*_PLACE_LABELS[name]))
    return msg(*_LABELS[field])


def refuse_unsaveable(tour: Tour, before: Tour | None = None) -> None:
    """InputError naming each field the tour breaks a rule at, with its message, one per line. A field breaking one
    the same way in `before` (the tour as stored, perhaps before the rule) is let be: the rules are at input, and an
    old tour with an emoji in its title still takes a moved item."""
    kept = saving_errors(before) if before is not None else {}
    errors = {name: text for name, text in saving_errors(tour).items() if kept.get(name) != text}
    if errors:
        raise InputError("\n".join(f"{_label(tour, name)}: {text}" for name, text in errors.items()))
