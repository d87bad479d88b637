"""新しい場所… in the tour item dialog: the place is created, chosen for the item, and saved with it as one edit."""

from __future__ import annotations

from colead_desktop.db.engine import Database
from colead_desktop.domain.itinerary import PlaceKind, Tour
from colead_desktop.services import tours
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.tours.dialogs import ItemDialog
from colead_desktop.ui.tours.places import PlaceDialog
from tests.ui.modal import when_modal
from tests.ui.test_tour_settings import KUWANA, click, ok, text


def load_tour(db: Database) -> Tour:
    return tours.load_tour(db, KUWANA)


def test_a_new_place_from_the_item_dialog_is_chosen_and_saved_with_the_item(tours_page: ToursPage,
                                                                              db: Database) -> None:
    before = load_tour(db)
    seen: list[object] = []

    def fill_place(dialog: PlaceDialog) -> None:
        text(dialog, "place_name", "九華公園")
        text(dialog, "place_lat", "35.0628")
        text(dialog, "place_lon", "136.6977")
        ok(dialog)

    def item(dialog: ItemDialog) -> None:
        when_modal(lambda place: place.reject(), PlaceDialog)
        click(dialog, "item_new_place")  # cancelled: nothing added, the item keeps its place
        seen.append((dialog.added_places(), dialog.place.currentData()))
        when_modal(fill_place, PlaceDialog)
        click(dialog, "item_new_place")
        seen.append(dialog.place.currentText())
        ok(dialog)

    when_modal(item, ItemDialog)
    tours_page.edit_item(3)
    after = load_tour(db)
    assert seen == [((), before.items[3].place_id), f"九華公園（{PlaceKind.FACILITY.label}）"]
    new = [place for place in after.places if place not in before.places]
    assert [(p.name, p.kind, p.lat) for p in new] == [("九華公園", PlaceKind.FACILITY, 35.0628)]
    assert after.items[3].place_id == new[0].id
    tours_page.undo_stack.undo()  # one edit: the item's place and the new place go back together
    assert load_tour(db) == before
