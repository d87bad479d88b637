"""An archived talent leaves a tour's party as they leave the meetup's round tables (review 15 item 1), on a fresh
programme: the itinerary, the per-person calendars, the print centre's list and the capacity check leave them out,
the check names them until they are taken off the party, and lifting the archive brings them back."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import Item, ItemKind, Place, PlaceKind
from colead_desktop.domain.records import RegionRecord, TalentRecord
from colead_desktop.services import calendars, tour_exports
from colead_desktop.services.records import save_record
from colead_desktop.services.talent_archive import set_archived
from colead_desktop.services.tour_checks import check_saved_tour
from colead_desktop.services.tours import load_tour, replace_tour, tour_parties
from tests.programmes import new_programme
from tests.services.test_tour_member_delete import tour_with_party

WHO = "事務局 テスト"
HALL = Place("hall", "公民館", PlaceKind.FACILITY, 43.80, 143.89, capacity=2)


def crowded_tour(db: Database) -> tuple[int, str, int]:
    """A fresh programme's tour of three talents with a day-1 item in a hall for two: (programme, key, id of the
    talent who withdraws)."""
    programme = new_programme(db)
    save_record(db, RegionRecord(None, "北見"), programme)
    gone = save_record(db, TalentRecord(None, programme, "辞退 太郎", skills=("engineer",)))
    for name in ("残留 花子", "残留 次郎"):
        save_record(db, TalentRecord(None, programme, name, skills=("engineer",)))
    key = tour_with_party(db, programme, "辞退 太郎", "残留 花子", "残留 次郎")
    tour = load_tour(db, key)
    talk = Item(1, time(19), time(20), ItemKind.EXCHANGE, place_id=HALL.id, title="地域の方との懇談")
    replace_tour(db, tour, replace(tour, places=(*tour.places, HALL), items=(*tour.items, talk)))
    assert gone.id is not None
    return programme, key, gone.id


def codes(db: Database, key: str) -> set[str]:
    return {finding.code for finding in check_saved_tour(db, load_tour(db, key))}


def test_an_archived_talent_leaves_the_tour_checks_and_calendars_until_unarchived(db: Database, tmp_path: Path) -> None:
    programme, key, gone = crowded_tour(db)
    member = f"talent-{gone}"
    assert "venue.capacity" in codes(db, key) and "party.archived" not in codes(db, key)

    set_archived(db, gone, True, WHO)
    findings = check_saved_tour(db, load_tour(db, key))
    archived = [f for f in findings if f.code == "party.archived"]
    assert len(archived) == 1 and "1名" in archived[0].message and archived[0].detail == "辞退 太郎"
    assert "辞退 太郎" not in archived[0].message  # the name only when the finding is pointed at
    assert "venue.capacity" not in {f.code for f in findings}  # two people in a hall for two
    assert member in {m.id for m in load_tour(db, key).members}  # the stored party is kept as listed

    files = calendars.export_tour_calendars(db, key, tmp_path / "ics", per_person=True).files
    assert len(files) == 3 and not any(member in path.name for path in files)
    [(_summary, party)] = tour_parties(db, programme)
    assert [m.name for m in party] == ["残留 花子", "残留 次郎"]
    with pytest.raises(InputError, match=member):  # no itinerary of their own any more
        tour_exports.export_itinerary(db, key, tmp_path / "gone.pdf", member)

    set_archived(db, gone, False, WHO)
    assert "venue.capacity" in codes(db, key) and "party.archived" not in codes(db, key)
    files = calendars.export_tour_calendars(db, key, tmp_path / "back", per_person=True).files
    assert any(member in path.name for path in files)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_itinerary_counts_and_lists_the_party_without_the_archived(db: Database, tmp_path: Path) -> None:
    _programme, key, gone = crowded_tour(db)
    set_archived(db, gone, True, WHO)
    pdf = tour_exports.export_itinerary(db, key, tmp_path / "itinerary.pdf")
    text = "".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                                  text=True).stdout.split())
    assert "人数2名" in text and "残留花子" in text and "辞退" not in text
