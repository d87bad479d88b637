"""The tour's own texts have lengths (domain/tour_rules.TOUR_TEXT_LIMITS), said at their field before the save:
a title or region longer than its column passed the settings dialog and the B-5 import's preview, then failed at
the save under the column's name ("title: 200 文字以内…") after the dialog had closed; a pasted hotel name,
transport note or contact printed over pages of the itinerary."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import String

from colead_desktop.db.tour_models import TourRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import Contact, Lodging, Tour, Transport
from colead_desktop.domain.tour_rules import CONTACTS, TITLE, TOUR_TEXT_LIMITS, refuse_unsaveable, text_errors
from colead_desktop.domain.types import TransportMode
from tests.domain.test_tourcheck import GOOD

TITLED = replace(GOOD, title="桑名フィールドワーク")


@pytest.mark.parametrize(("field", "limit"), TOUR_TEXT_LIMITS)
def test_each_text_at_its_limit_passes_and_one_more_is_refused_at_its_field(field: str, limit: int) -> None:
    def with_text(text: str) -> Tour:
        if field in (TITLE, "region"):
            return replace(TITLED, **{field: text})
        if field.startswith("lodging."):
            hotel, address = (text, "") if field == "lodging.hotel" else ("桑名シティホテル", text)
            return replace(TITLED, lodging=Lodging(hotel, address, 2))
        return replace(TITLED, transport=Transport(TransportMode.CHARTERED_BUS, 20, text))

    assert text_errors(with_text("桑" * limit)) == {}
    errors = text_errors(with_text("桑" * (limit + 1)))
    assert list(errors) == [field] and f"{limit} 文字以内" in errors[field]


def test_a_contact_too_long_is_refused_at_the_contacts() -> None:
    assert text_errors(replace(TITLED, contacts=(Contact("桑" * 100, "org", "0594-11-1111"),))) == {}
    errors = text_errors(replace(TITLED, contacts=(Contact("桑名 次郎"), Contact("桑" * 101))))
    assert list(errors) == [CONTACTS] and "100 文字以内" in errors[CONTACTS]


def test_the_save_names_the_field_in_words_and_lets_a_stored_long_text_be() -> None:
    long = replace(TITLED, title="桑" * 201)
    with pytest.raises(InputError, match="^タイトル: 200 文字以内"):
        refuse_unsaveable(long, TITLED)
    refuse_unsaveable(replace(long, days=4), long)  # stored before the rule: a later edit still saves


@pytest.mark.parametrize("field", [TITLE, "region"])
def test_title_and_region_limits_are_their_columns(field: str) -> None:
    column = TourRow.__table__.c[field].type
    assert isinstance(column, String) and dict(TOUR_TEXT_LIMITS)[field] == column.length


def test_the_save_keeps_the_place_dialogs_rules_for_every_place() -> None:
    """A place the save meets (from a B-5 worksheet, not the place dialog) is held to the dialog's rules; the long
    name is shortened where the message names the place."""
    venue = next(p for p in TITLED.places if p.id == TITLED.base_venue_id)
    places = tuple(replace(p, name="会" * 201) if p is venue else p for p in TITLED.places)
    with pytest.raises(InputError, match=f"^拠点会場「{'会' * 20}…」の名称: 200 文字以内"):
        refuse_unsaveable(replace(TITLED, places=places), TITLED)
    places = tuple(replace(p, address="桑名市😀") if p is venue else p for p in TITLED.places)
    with pytest.raises(InputError, match="の住所: 「😀」"):
        refuse_unsaveable(replace(TITLED, places=places), TITLED)


def test_the_save_keeps_the_place_dialogs_capacity_bounds() -> None:
    """A B-5 worksheet's 収容人数 of 10,000,000 (or 0) was saved as the venue's capacity; the dialog takes 1–100,000."""
    venue = next(p for p in TITLED.places if p.id == TITLED.base_venue_id)

    def holding(capacity: int) -> Tour:
        return replace(TITLED, places=tuple(replace(p, capacity=capacity) if p is venue else p for p in TITLED.places))

    refuse_unsaveable(holding(100_000), TITLED)
    for capacity in (0, 100_001, 10_000_000):
        with pytest.raises(InputError, match="の定員: 1〜100000 の整数"):
            refuse_unsaveable(holding(capacity), TITLED)
