"""Calendar files on the demo, read by two independent parsers (icalendar and ics-py): DTSTAMP is the export
time, UIDs come from record identity, SEQUENCE goes up only for an entry that changed, file names carry ids."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import ics
import icalendar
import pytest

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.types import EventKind
from colead_desktop.services import calendars
from colead_desktop.services import tours as tour_service
from colead_desktop.services.meetup import meetup_event_id
from tests.programmes import demo_programme
from tests.services.demo_file import demo_copy

KITAMI = "demo-kitami-2021"
FIRST = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
SECOND = datetime(2026, 12, 2, 10, 45, tzinfo=UTC)
Seen = dict[str, tuple[int, datetime, datetime]]  # UID -> (SEQUENCE, DTSTAMP, DTSTART)


@pytest.fixture
def demo_db(tmp_path: Path, data_dir: Path) -> Iterator[Database]:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def by_icalendar(path: Path) -> Seen:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): (int(e.decoded("SEQUENCE")), e.decoded("DTSTAMP"), e.decoded("DTSTART"))
            for e in calendar.walk("VEVENT")}


def by_ics_py(path: Path) -> Seen:
    """ics-py reads DTSTAMP as `created` and keeps SEQUENCE among the lines it has no attribute for."""
    events = ics.Calendar(path.read_text(encoding="utf-8")).events
    return {e.uid: (int(next(line.value for line in e.extra if line.name == "SEQUENCE")), e.created.datetime,
                    e.begin.datetime) for e in events}


def read(path: Path) -> Seen:
    """What both parsers agree the file says (they must agree)."""
    first, second = by_icalendar(path), by_ics_py(path)
    assert first == second
    return first


def test_a_re_export_after_a_change_keeps_the_uid_and_raises_only_that_sequence(demo_db: Database,
                                                                               tmp_path: Path) -> None:
    target = calendars.export_tour_ics(demo_db, KITAMI, tmp_path / "one.ics", clock=lambda: FIRST)
    before = read(target)
    assert len(before) == 13 and {seq for seq, _, _ in before.values()} == {0}
    assert {stamp for _, stamp, _ in before.values()} == {FIRST}
    assert all(re.fullmatch(r"[0-9a-f]{20}@colead-desktop", uid) for uid in before)

    tour = tour_service.load_tour(demo_db, KITAMI)
    moved = tour.items[2]
    def shifted(moment: time) -> time:
        return (datetime.combine(tour.start_date, moment) + timedelta(minutes=5)).time()

    later = replace(moved, start=shifted(moved.start), end=shifted(moved.end))
    tour_service.save_tour(demo_db, demo_programme(demo_db), replace(tour, items=tour.items[:2] + (later,) + tour.items[3:]))
    after = read(calendars.export_tour_ics(demo_db, KITAMI, tmp_path / "two.ics", clock=lambda: SECOND))
    assert after.keys() == before.keys()  # the same UIDs: calendars update, never duplicate
    changed = [uid for uid in after if after[uid][2] != before[uid][2]]
    assert len(changed) == 1 and after[changed[0]][2] - before[changed[0]][2] == timedelta(minutes=5)
    assert {uid: seq for uid, (seq, _, _) in after.items()} == {uid: int(uid in changed) for uid in after}
    assert {stamp for _, stamp, _ in after.values()} == {SECOND}

    again = read(calendars.export_tour_ics(demo_db, KITAMI, tmp_path / "three.ics", clock=lambda: SECOND))
    assert again == after  # nothing changed since: no number goes up


def test_a_member_calendar_has_their_items_with_the_tours_uids_and_numbers(demo_db: Database, tmp_path: Path) -> None:
    tour = tour_service.load_tour(demo_db, KITAMI)
    member = tour.members[0].id
    only_some = replace(tour, items=tuple(replace(item, attendees=frozenset({tour.members[1].id})) if i < 3 else item
                                          for i, item in enumerate(tour.items)))
    tour_service.save_tour(demo_db, demo_programme(demo_db), only_some)
    files = calendars.export_tour_calendars(demo_db, KITAMI, tmp_path, per_person=True, clock=lambda: FIRST).files
    whole, mine = read(files[0]), read(tmp_path / f"tour-{KITAMI}-{member}.ics")
    assert len(files) == 1 + len(tour.members) and len(mine) == len(whole) - 3
    assert all(whole[uid] == seen for uid, seen in mine.items())
    assert len(read(tmp_path / f"tour-{KITAMI}-{tour.members[1].id}.ics")) == len(whole)


def test_file_names_carry_ids_never_names(demo_db: Database, tmp_path: Path) -> None:
    programme_id = demo_programme(demo_db)
    event_id = meetup_event_id(demo_db, programme_id)
    assert event_id is not None
    written = calendars.export_event_calendars(demo_db, event_id, tmp_path, per_person=True, clock=lambda: FIRST).files
    for summary in tour_service.list_tours(demo_db, programme_id):
        written += calendars.export_tour_calendars(demo_db, summary.key, tmp_path, per_person=True,
                                                  clock=lambda: FIRST).files
    written.append(calendars.export_programme_ics(demo_db, programme_id, tmp_path / calendars.programme_file_name(
        programme_id), clock=lambda: FIRST))
    with demo_db.session() as session:
        names = [n for n, in session.query(models.Talent.name)] + [n for n, in session.query(models.Staff.name)]
    assert len(names) > 20 and len(written) > 40
    pattern = r"(event-\d+(-(talent|staff)-\d+)?|tour-demo-[a-z]+-2021(-(talent|staff)-\d+)?|programme-\d+)\.ics"
    for path in written:
        assert re.fullmatch(pattern, path.name), path.name
        assert not any(name in path.name or name.replace(" ", "") in path.name for name in names)
    talents = sorted(p.name for p in written if p.name.startswith(f"event-{event_id}-talent-"))
    assert len(talents) == 16


def test_a_renamed_talent_keeps_their_file_and_uids(demo_db: Database, tmp_path: Path) -> None:
    event_id = meetup_event_id(demo_db, demo_programme(demo_db))
    assert event_id is not None
    first = calendars.export_talent_ics(demo_db, event_id, tmp_path / "a", clock=lambda: FIRST).labels
    label, path = next(iter(first.items()))
    talent_id = int(path.stem.rsplit("-", 1)[1])
    with demo_db.session() as session:
        talent = session.get(models.Talent, talent_id)
        assert talent is not None and talent.name in label
        talent.name = "改名 後子"
    second = calendars.export_talent_ics(demo_db, event_id, tmp_path / "b", clock=lambda: SECOND).labels
    renamed = next(p for p in second.values() if p.name == path.name)
    before, after = read(path), read(renamed)
    assert after.keys() == before.keys() and len(after) == 3
    assert {seq for seq, _, _ in after.values()} == {0}  # the rounds did not change
    assert all(re.fullmatch(r"event-[0-9a-f-]{36}-talent-[0-9a-f-]{36}-round-[123]@colead-desktop", uid) for uid in after)


def test_the_programme_calendar_holds_every_event_and_tour_item_once(demo_db: Database, tmp_path: Path) -> None:
    programme_id = demo_programme(demo_db)
    target = calendars.export_programme_ics(demo_db, programme_id, tmp_path / "p.ics", clock=lambda: FIRST)
    seen = read(target)
    tours = {s.key: read(calendars.export_tour_calendars(demo_db, s.key, tmp_path / s.key, clock=lambda: FIRST).files[0])
             for s in tour_service.list_tours(demo_db, programme_id)}
    for items in tours.values():
        assert items.items() <= seen.items()  # the same UIDs and numbers as in the tour's own file
    with demo_db.session() as session:
        events = session.query(models.Event).filter_by(programme_id=programme_id).all()
        uids = {e.uuid: e.kind for e in events}
    event_uids = {uid for uid in seen if uid.startswith("event-")}
    assert len(event_uids) + sum(len(items) for items in tours.values()) == len(seen)
    shown = {uid.removeprefix("event-").removesuffix("@colead-desktop") for uid in event_uids}
    assert EventKind.MEETUP.value in {uids[u] for u in shown}
    assert EventKind.FIELDWORK_TOUR.value not in {uids[u] for u in shown}  # shown by the tours' items instead
    assert len(shown) == sum(1 for kind in uids.values() if kind != EventKind.FIELDWORK_TOUR.value)


def test_unknown_or_foreign_records_are_named(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="999"):
        calendars.export_event_calendars(demo_db, 999, tmp_path)
    with pytest.raises(InputError, match="nope"):
        calendars.export_tour_calendars(demo_db, "nope", tmp_path)
    with pytest.raises(InputError, match="このプログラムにありません"):
        calendars.export_tour_calendars(demo_db, KITAMI, tmp_path, programme_id=demo_programme(demo_db) + 1)
    assert not list(tmp_path.glob("*.ics"))


def test_a_failure_halfway_leaves_no_calendar_and_no_number_raised(demo_db: Database, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk at the third member's file: none of the tour's calendars appear (not a partial set), nothing
    half-written is left, nor the folder it made, and the numbers are not raised, so the next export starts where
    the last one left off."""
    import errno

    folder = tmp_path / "calendars"
    written = calendars.calendar_bytes
    made: list[int] = []

    def full_at_the_third(*args: object, **kwargs: object) -> bytes:
        made.append(1)
        if len(made) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return written(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(calendars, "calendar_bytes", full_at_the_third)
    with pytest.raises(OSError):
        calendars.export_tour_calendars(demo_db, KITAMI, folder, per_person=True, clock=lambda: FIRST)
    assert len(made) == 3 and not folder.exists()  # not even the folder the export made
    monkeypatch.setattr(calendars, "calendar_bytes", written)
    files = calendars.export_tour_calendars(demo_db, KITAMI, folder, per_person=True, clock=lambda: SECOND).files
    assert sorted(folder.iterdir()) == sorted(files) and len(files) > 3
    assert {seq for seq, _, _ in read(files[0]).values()} == {0}
