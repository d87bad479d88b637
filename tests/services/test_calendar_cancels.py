"""Re-exporting per-person calendars into the same folder after a person stopped attending: their file becomes
the cancellation of the events it held (same UIDs, METHOD:CANCEL, STATUS:CANCELLED, a higher SEQUENCE), read by
ics-py (a parser independent of the icalendar library the app writes with); other files are left alone."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import ics
import pytest

from colead_desktop import cli
from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.itinerary import Member, Role
from colead_desktop.exports.tour_ics import tour_entries
from colead_desktop.services import calendars
from colead_desktop.services.deleted_tours import deleted_tours_to_cancel
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.services import tours
from tests.programmes import new_programme, talent_in

FIRST = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
SECOND = datetime(2026, 12, 2, 10, 45, tzinfo=UTC)


def events(path: Path) -> tuple[str | None, dict[str, tuple[int, str | None]]]:
    """The calendar's METHOD and UID -> (SEQUENCE, STATUS), as ics-py reads them."""
    calendar = ics.Calendar(path.read_text(encoding="utf-8"))
    return calendar.method, {e.uid: (int(next(line.value for line in e.extra if line.name == "SEQUENCE")), e.status)
                             for e in calendar.events}


def _fresh_tour(db: Database) -> tuple[int, str, list[str]]:
    """A tour of a new programme with a party of three talents; the programme, the tour's key, the members' ids."""
    programme = new_programme(db)
    people = [f"talent-{talent_in(db, programme, f'架空 {n}', f'ｶｸｳ {n}')}" for n in ("一", "二", "三")]
    tour = tours.new_tour(db, programme, "三重県桑名市", date(2026, 11, 9), days=2)
    saved = tours.save_tour(db, programme, replace(tour, members=tuple(Member(p, p, Role.TALENT) for p in people)))
    return programme, saved.id, people


def test_a_member_who_left_the_party_gets_a_cancellation_in_their_file(db: Database, tmp_path: Path) -> None:
    programme, key, people = _fresh_tour(db)
    first = calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: FIRST)
    gone = tmp_path / f"tour-{key}-{people[2]}.ics"
    assert gone in first.files and first.cancelled == []
    method, before = events(gone)
    assert method is None and before and {status for _, status in before.values()} == {None}
    foreign = tmp_path / f"tour-{key}-talent-999.ics"  # named like ours but not written by the app: left alone
    other = b"BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    foreign.write_bytes(other)
    tour = tours.load_tour(db, key)
    tours.save_tour(db, programme, replace(tour, members=tour.members[:2]))

    second = calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    assert second.cancelled == [gone] and gone not in second.files and len(second.files) == 3
    method, after = events(gone)
    assert method == "CANCEL" and after.keys() == before.keys()
    assert all(status == "CANCELLED" and seq > before[uid][0] for uid, (seq, status) in after.items())
    assert "取り消し" in second.summary() and "1" in second.summary()
    assert foreign.read_bytes() == other

    third = calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    assert third.cancelled == [] and events(gone)[1] == after  # already a cancellation: not raised again
    tours.save_tour(db, programme, tour)  # they come back: their events again, newer than the cancellation
    back = calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    method, again = events(gone)
    assert gone in back.files and method is None and all(again[uid][0] > after[uid][0] for uid in again)


def test_the_cli_says_how_many_files_are_cancellations(db: Database, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    programme, key, people = _fresh_tour(db)
    out = tmp_path / "tics2"
    assert cli.main(["--db", db.url, "export", "ics", "--tour", key, "--per-person", "--out", str(out)]) == 0
    capsys.readouterr()
    tour = tours.load_tour(db, key)
    tours.save_tour(db, programme, replace(tour, members=tour.members[1:]))
    assert cli.main(["--db", db.url, "export", "ics", "--tour", key, "--per-person", "--out", str(out)]) == 0
    printed, err = capsys.readouterr()
    assert f"tour-{key}-{people[0]}.ics" in printed and "cancelled" in printed
    assert "4 件" in err and "取り消し 1 件を含む" in err
    assert events(out / f"tour-{key}-{people[0]}.ics")[0] == "CANCEL"


def test_a_meetup_talent_absent_from_every_round_gets_a_cancellation(meetup_demo: tuple[Database, int],
                                                                     tmp_path: Path) -> None:
    db, event_id = meetup_demo
    first = calendars.export_talent_ics(db, event_id, tmp_path, clock=lambda: FIRST)
    setup = setups.load_setup(db, event_id)
    assert setup is not None
    away = setup.talents[0]
    path = first.labels[away.label]
    _, before = events(path)
    edit = edits.current_edit(db, event_id)
    edits.apply_setup(db, event_id, replace(edit, talents=tuple(replace(t, rounds=()) if t.talent_id == away.talent_id
                                                                else t for t in edit.talents)))

    second = calendars.export_talent_ics(db, event_id, tmp_path, clock=lambda: SECOND)
    assert second.cancelled == [path] and away.label not in second.labels and len(second.files) == 15
    method, after = events(path)
    assert method == "CANCEL" and after.keys() == before.keys() and len(after) == 3
    assert all(status == "CANCELLED" and seq > before[uid][0] for uid, (seq, status) in after.items())


def test_a_member_who_no_longer_attends_an_item_gets_it_cancelled_in_their_file(db: Database, tmp_path: Path) -> None:
    programme, key, people = _fresh_tour(db)
    calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: FIRST)
    mine = tmp_path / f"tour-{key}-{people[0]}.ics"
    _, before = events(mine)
    tour = tours.load_tour(db, key)
    others = frozenset(people[1:])
    tours.save_tour(db, programme, replace(tour, items=(replace(tour.items[0], attendees=others), *tour.items[1:])))

    second = calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    assert mine in second.files and second.cancelled == []
    method, after = events(mine)
    [gone] = [uid for uid, (_, status) in after.items() if status == "CANCELLED"]
    assert method is None and after.keys() == before.keys() and after[gone][0] > before[gone][0]
    assert events(tmp_path / f"tour-{key}-{people[1]}.ics")[1][gone][1] is None  # still theirs
    calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    assert events(mine)[1] == after  # carried on as it was: not raised again


def test_typed_members_keep_their_file_when_another_leaves(db: Database, tmp_path: Path) -> None:
    """Members typed by hand (no talent or staff record) are named in file names by a digest of their id, not by
    their place in the party (review 16 item 7): the first of three leaving renames nobody else's file, and it is
    their own file that becomes the cancellation. Their names stay out of the file names."""
    programme = new_programme(db)
    tour = tours.new_tour(db, programme, "三重県桑名市", date(2026, 11, 9), days=2)
    typed = tuple(Member(f"guest-{n}", f"来訪 {n}", Role.TALENT) for n in ("a", "b", "c"))
    own = replace(tour.items[0], attendees=frozenset({"guest-a"}))  # an item only the first one attends
    key = tours.save_tour(db, programme, replace(tour, members=typed, items=(own, *tour.items[1:]))).id
    first = calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: FIRST)
    files = {p.name for p in first.files} - {f"tour-{key}.ics"}
    assert len(files) == 3 and all(name.startswith(f"tour-{key}-member-") for name in files)
    assert not any("guest" in name or "来訪" in name for name in files)
    kept = {p.name: events(p) for p in first.files if p.name != f"tour-{key}.ics"}
    firsts = [name for name, (_method, held) in kept.items() if len(held) == max(len(h) for _m, h in kept.values())]
    assert len(firsts) == 1  # the first member's file: the one holding their own item too

    stored = tours.load_tour(db, key)
    tours.save_tour(db, programme, replace(stored, members=stored.members[1:]))  # the first one leaves
    second = calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    assert [p.name for p in second.cancelled] == firsts  # their own file is the one cancelled
    stayed = {p.name for p in second.files} - {f"tour-{key}.ics"}
    assert stayed == files - {second.cancelled[0].name}  # the others' files kept their names
    assert all(events(tmp_path / name) == kept[name] for name in stayed)  # and their events, not cancelled
    assert events(second.cancelled[0])[0] == "CANCEL"


def test_exported_into_another_folder_the_cancellation_goes_there_and_over_the_earlier_file(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The member who left had their file in the folder of the last export; the user now exports into a new one
    (review 16 item 2). Their cancellation is written into the new folder, where the user sends the files from, and
    over their earlier file, so that the old folder keeps no live calendar of theirs; the CLI names both places."""
    programme, key, people = _fresh_tour(db)
    first, second = tmp_path / "first", tmp_path / "second"
    assert cli.main(["--db", db.url, "export", "ics", "--tour", key, "--per-person", "--out", str(first)]) == 0
    tour = tours.load_tour(db, key)
    tours.save_tour(db, programme, replace(tour, members=tour.members[:2]))
    capsys.readouterr()

    assert cli.main(["--db", db.url, "export", "ics", "--tour", key, "--per-person", "--out", str(second)]) == 0
    out, err = capsys.readouterr()
    name = f"tour-{key}-{people[2]}.ics"
    printed = json.loads(out)
    assert printed["cancelled"] == [str(second / name)] and printed["earlier_cancelled"] == [str(first / name)]
    for path in (second / name, first / name):
        method, held = events(path)
        assert method == "CANCEL" and held and all(status == "CANCELLED" for _seq, status in held.values())
    assert events(first / f"tour-{key}-{people[0]}.ics")[0] is None  # who still attends: left as it was there
    assert f"前回の書き出し先 {first.resolve()} の 1 件も取り消しに書き換えました" in err
    assert str(second / name) in err and str(first / name) in err

    again = calendars.export_tour_calendars(db, key, tmp_path / "third", per_person=True, clock=lambda: SECOND)
    assert again.earlier_cancelled == [] and again.cancelled == []  # already cancelled: not again


def test_a_cancellation_raises_no_number_in_the_files_of_those_who_still_attend(db: Database, tmp_path: Path) -> None:
    """Only what changed gets a new SEQUENCE (RFC 5546): one member's cancellation leaves the others' entries, the
    same UIDs with the same content, at the number they had; a member who comes back still gets theirs above the
    cancellation they were sent, and a real change later goes above every number written."""
    programme, key, people = _fresh_tour(db)
    calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: FIRST)
    stays = tmp_path / f"tour-{key}-{people[0]}.ics"
    gone = tmp_path / f"tour-{key}-{people[2]}.ics"
    _, before = events(stays)
    tour = tours.load_tour(db, key)
    tours.save_tour(db, programme, replace(tour, members=tour.members[:2]))

    calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    _, cancelled = events(gone)
    for _round in range(2):
        calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
        assert events(stays)[1] == before  # nothing of theirs changed: the numbers they hold
        assert events(tmp_path / f"tour-{key}.ics")[1] == before

    tours.save_tour(db, programme, replace(tours.load_tour(db, key), members=tour.members))  # they come back
    calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    method, back = events(gone)
    assert method is None and all(back[uid][0] > cancelled[uid][0] for uid in back)
    _, held = events(stays)
    stored = tours.load_tour(db, key)
    moved = replace(stored.items[0], notes="集合は 10 分前")
    tours.save_tour(db, programme, replace(stored, items=(moved, *stored.items[1:])))
    calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    changed = {uid for uid, (seq, _status) in events(stays)[1].items() if seq != held[uid][0]}
    assert len(changed) == 1
    [uid] = changed
    assert events(stays)[1][uid][0] > back[uid][0] and events(gone)[1][uid][0] > back[uid][0]


def parsed(path: Path) -> tuple[str, dict[str, tuple[int, str]]]:
    """METHOD and UID -> (SEQUENCE, STATUS) as the icalendar package reads the file."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return str(calendar.get("method", "")), {str(e["uid"]): (int(e.get("sequence", 0)), str(e.get("status", "")))
                                             for e in calendar.walk("VEVENT")}


def test_a_deleted_tour_s_calendars_are_cancelled_with_their_uids_and_higher_numbers(db: Database,
                                                                                     tmp_path: Path) -> None:
    """Members who were sent a tour's calendars get its cancellation after the tour is deleted: every file the export
    wrote, the tour's and each member's, again with METHOD:CANCEL, the same UIDs, STATUS:CANCELLED and a higher
    SEQUENCE; the tour put back (undo) and exported again goes above the cancellation."""
    programme, key, people = _fresh_tour(db)
    sent = calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: FIRST)
    before = {path.name: parsed(path)[1] for path in sent.files}
    tour = tours.load_tour(db, key)
    assert calendars.tour_calendars_sent(db, tour)
    with pytest.raises(InputError):  # still there: nothing to cancel yet
        calendars.cancel_tour_calendars(db, tour.id, tmp_path, clock=lambda: SECOND)
    links = tours.delete_tour(db, tour)

    done = calendars.cancel_tour_calendars(db, tour.id, tmp_path, clock=lambda: SECOND)
    assert sorted(path.name for path in done.cancelled) == sorted(before) and done.files == []
    for path in done.cancelled:
        method, held = parsed(path)
        assert method == "CANCEL" and held.keys() == before[path.name].keys()
        assert all(status == "CANCELLED" and seq > before[path.name][uid][0] for uid, (seq, status) in held.items())
    assert "取り消し" in done.summary() and str(done.cancelled[0]) in done.cancellations()
    cancelled_numbers = parsed(tmp_path / f"tour-{key}.ics")[1]

    tours.undelete_tour(db, tour, links)
    again = calendars.export_tour_calendars(db, key, tmp_path, per_person=True, clock=lambda: SECOND)
    mine = tmp_path / f"tour-{key}-{people[0]}.ics"
    assert again.cancelled == [] and parsed(mine)[0] == ""
    assert all(seq > cancelled_numbers[uid][0] for uid, (seq, _s) in parsed(tmp_path / f"tour-{key}.ics")[1].items())


def test_a_tour_never_exported_has_nothing_to_cancel(db: Database, tmp_path: Path) -> None:
    _programme, key, _people = _fresh_tour(db)
    tour = tours.load_tour(db, key)
    tours.delete_tour(db, tour)
    assert not calendars.tour_calendars_sent(db, tour)
    assert deleted_tours_to_cancel(db, _programme) == []
    with pytest.raises(InputError, match=key):
        calendars.cancel_tour_calendars(db, tour.id, tmp_path / "out", clock=lambda: SECOND)
    assert not (tmp_path / "out").exists()


def test_after_delete_only_the_cancellation_can_be_written_later(db: Database, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """Review 19 item 2: a tour deleted with 「削除のみ」 after its calendars were sent is offered, with no undo, as a
    deleted tour whose cancellation is still to write; the command line writes it (the same service call as the
    window) and the tour is offered no more. Put back (undo), it is not offered either."""
    programme, key, _people = _fresh_tour(db)
    out = tmp_path / "sent"
    sent = calendars.export_tour_calendars(db, key, out, per_person=True, clock=lambda: FIRST)
    before = {path.name: parsed(path)[1] for path in sent.files}
    tour = tours.load_tour(db, key)
    links = tours.delete_tour(db, tour)
    assert [(t.key, t.title) for t in deleted_tours_to_cancel(db, programme)] == [(key, tour.display_title)]
    tours.undelete_tour(db, tour, links)
    assert deleted_tours_to_cancel(db, programme) == []
    tours.delete_tour(db, tours.load_tour(db, key))  # 削除のみ, and the window closed: no undo left
    assert [t.key for t in deleted_tours_to_cancel(db, programme)] == [key]

    later = tmp_path / "later"
    assert cli.main(["--db", db.url, "export", "ics", "--deleted-tour", key, "--out", str(later)]) == 0
    printed, err = capsys.readouterr()
    assert sorted(Path(path).name for path in json.loads(printed)["cancelled"]) == sorted(before)
    assert "取り消し" in err
    for name, held_before in before.items():
        method, held = parsed(later / name)
        assert method == "CANCEL" and held.keys() == held_before.keys()
        assert all(status == "CANCELLED" and seq > held_before[uid][0] for uid, (seq, status) in held.items())
        zones = {str(event[field].params.get("TZID")) for event in icalendar.Calendar.from_ical(
            (later / name).read_bytes()).walk("VEVENT") for field in ("DTSTART", "DTEND")}
        assert zones == {"Asia/Tokyo"}, zones  # the file's VTIMEZONE, not TZID="UTC+09:00"
    assert deleted_tours_to_cancel(db, programme) == []
    assert cli.main(["--db", db.url, "export", "ics", "--deleted-tour", key, "--out", str(later)]) == 2
    assert key in capsys.readouterr().err


def test_the_programme_calendar_carries_a_deleted_tour_s_sent_items_as_cancelled(db: Database, tmp_path: Path) -> None:
    """Review 19 item 1: the programme's calendar exported again after a tour was deleted holds that tour's items,
    which it held before, as STATUS:CANCELLED with their UIDs and a higher SEQUENCE (a calendar importing the file
    again merges it by UID: an item left out would stay live there); the other tour's items keep their numbers.
    Written to another path, it still carries them (the earlier file is remembered); the tour put back goes above."""
    programme, key, _people = _fresh_tour(db)
    other = tours.new_tour(db, programme, "三重県桑名市", date(2026, 11, 20), days=2).id
    first = calendars.export_programme_ics(db, programme, tmp_path / "programme.ics", clock=lambda: FIRST)
    sent = parsed(first)[1]
    gone_tour = tours.load_tour(db, key)
    gone = {entry.uid for entry in tour_entries(gone_tour)}
    kept = {entry.uid for entry in tour_entries(tours.load_tour(db, other))}
    assert gone <= sent.keys() and kept <= sent.keys()
    links = tours.delete_tour(db, gone_tour)

    for _round in range(2):
        method, held = parsed(calendars.export_programme_ics(db, programme, first, clock=lambda: SECOND))
        assert method == "" and held.keys() == sent.keys()
        assert all(held[uid][1] == "CANCELLED" and held[uid][0] > sent[uid][0] for uid in gone)
        assert all(held[uid] == sent[uid] for uid in kept)
    elsewhere = parsed(calendars.export_programme_ics(db, programme, tmp_path / "new" / "p.ics", clock=lambda: SECOND))
    assert elsewhere[1] == held

    tours.undelete_tour(db, gone_tour, links)
    _, back = parsed(calendars.export_programme_ics(db, programme, first, clock=lambda: SECOND))
    assert all(back[uid][1] == "" and back[uid][0] > held[uid][0] for uid in gone)


def test_a_first_export_into_another_folder_keeps_the_numbers_of_what_did_not_change(db: Database,
                                                                                      tmp_path: Path) -> None:
    """Review 19 item 3: after one member's cancellation, the files written into a new folder (the tour's, a
    member's who still attends, the programme's) hold the numbers they had; only the member who comes back gets
    theirs above the cancellation they were sent, whatever folder their file is written into."""
    programme, key, people = _fresh_tour(db)
    first, second, third = tmp_path / "first", tmp_path / "second", tmp_path / "third"
    calendars.export_tour_calendars(db, key, first, per_person=True, clock=lambda: FIRST)
    programme_before = parsed(calendars.export_programme_ics(db, programme, first / "p.ics", clock=lambda: FIRST))[1]
    tour = tours.load_tour(db, key)
    tours.save_tour(db, programme, replace(tour, members=tour.members[:2]))
    calendars.export_tour_calendars(db, key, first, per_person=True, clock=lambda: SECOND)
    stays, whole, gone = f"tour-{key}-{people[0]}.ics", f"tour-{key}.ics", f"tour-{key}-{people[2]}.ics"
    before = {name: parsed(first / name)[1] for name in (stays, whole)}
    cancelled = parsed(first / gone)[1]

    calendars.export_tour_calendars(db, key, second, per_person=True, clock=lambda: SECOND)
    assert {name: parsed(second / name)[1] for name in (stays, whole)} == before
    assert parsed(calendars.export_programme_ics(db, programme, second / "p.ics", clock=lambda: SECOND))[1] == \
        programme_before

    tours.save_tour(db, programme, replace(tours.load_tour(db, key), members=tour.members))  # they come back
    calendars.export_tour_calendars(db, key, third, per_person=True, clock=lambda: SECOND)
    method, back = parsed(third / gone)
    assert method == "" and all(back[uid][0] > cancelled[uid][0] for uid in back)
