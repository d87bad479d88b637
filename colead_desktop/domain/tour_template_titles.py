"""The texts the guideline's model itinerary (tour_templates.py) writes into a new tour, in both languages.

A tour made from the template stores its items' titles and its own title as text, in the language the window had
that day. Printed in the other language (an English itinerary for a talent), that text would stay as it was; so a
title equal to one the template writes, in either language, is the template's and prints in the language of the
document, while a title the planner typed prints as typed. Matching the text is enough: a retitled item no longer
equals any template title, and a planner who types the template's own words means the template's item.
"""

from __future__ import annotations

from colead_desktop.domain.i18n import msg

CIRCLED = "①②③④⑤⑥⑦⑧⑨"
TRAVEL_TO_REGION = ("現地への移動", "Travel to the region")
SIGHTSEEING = ("観光地等地域を理解できる場所の視察", "Visit to places that show the region")
REMOTE_WORK = ("本業のリモートワーク", "Remote work for the day job")
COMPANY_VISITS = tuple((f"企業訪問{c}", f"Company visit {c}") for c in CIRCLED)
_TOUR_TITLE = ("{region} フィールドワークツアー", "{region} fieldwork tour")

_BY_TEXT = {text: pair for pair in (TRAVEL_TO_REGION, SIGHTSEEING, REMOTE_WORK, *COMPANY_VISITS) for text in pair}


def item_title(title: str) -> str:
    """An item's stored title as printed now: the template's own in the current language, any other as typed."""
    pair = _BY_TEXT.get(title)
    return msg(*pair) if pair else title


def item_title_ja(title: str) -> str:
    """An item's stored title in Japanese whatever the language (the B-5 form is Japanese and read back as such)."""
    return _BY_TEXT.get(title, (title,))[0]


def new_tour_title(region: str) -> str:
    """The title the template gives a new tour of `region`, in the current language."""
    return msg(*_TOUR_TITLE, region=region)


def tour_title(title: str, region: str) -> str:
    """A tour's stored title as printed now: the template's own in the current language, another as typed, and
    the region when it has none."""
    if title in (template.format(region=region) for template in _TOUR_TITLE):
        return new_tour_title(region)
    return title or region
