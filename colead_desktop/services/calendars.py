"""Every calendar file (.ics) the app writes: an event, a meetup's talents, a tour, its members, a programme.

All of them go through `write_calendars`: one transaction reads and raises the SEQUENCE of each UID whose
content changed since its last export (db/calendar_models.py), the files are written with DTSTAMP = the
export time (`clock`, pinned by tests), and the new numbers are kept only when every file was written.
The same UID written into several files (an item in the tour's, a member's and the programme's calendar)
carries the same content and so the same SEQUENCE.

A per-person export rewrites the earlier file of each person no longer attending (left the party, absent from
every round) as the cancellation of their events (exports/ics_cancel.py), so the calendar that imported it removes
them, and the file of a person who still attends carries the events they no longer attend as cancelled; other files
in the folder are not touched. The earlier files are those in the folder exported into, and those in the folder of
the set's last export when that was another (calendar_folders.py): a cancellation read from there is written both
into the folder exported into, whose files the user sends now, and over the earlier file, so that neither folder
keeps a live calendar of someone who left (review 16 item 2). The summary names both folders.

File names carry record ids (event id, tour key, talent/staff id), never a person's name: the files go to
shared folders and mail attachments.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.calendar_folders import last_folder, remember_folder
from colead_desktop.db import models
from colead_desktop.db.calendar_models import DeletedTourCalendars, IcsSequence
from colead_desktop.db.engine import Database
from colead_desktop.db.tour_models import TourRow
from colead_desktop.db.tour_store import row_to_tour
from colead_desktop.domain.clock import stored_now, utc_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.itinerary import Tour
from colead_desktop.domain.jp_calendar import TOKYO
from colead_desktop.domain.progress import Progress, report
from colead_desktop.domain.types import EventKind
from colead_desktop.exports.atomic import atomic_paths
from colead_desktop.exports.ics import CalendarEntry, calendar_bytes
from colead_desktop.exports.ics_cancel import OldEvent, cancel_bytes, cancelled_event, cancelled_uids, events_to_cancel
from colead_desktop.exports.meetup_ics import event_entry, talent_entries
from colead_desktop.exports.tour_ics import member_file_part, tour_entries
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.meetup import agenda_in
from colead_desktop.services.meetup_exports import pack_in
from colead_desktop.services.meetup_setup import require_setup_in
from colead_desktop.services.tour_members import tour_taking_part

Clock = Callable[[], datetime]
_LOOKUP_CHUNK = 500  # UIDs per IN (...) query: well under every database's bound-parameter limit


@dataclass(frozen=True)
class CalendarFile:
    target: Path
    product: str  # PRODID's product part: "Meetup", "Fieldwork tour", "Programme"
    name: str  # the calendar's display name (X-WR-CALNAME)
    entries: tuple[CalendarEntry, ...]
    dropped: tuple[OldEvent, ...] = ()  # what the file held before and no longer does: written as cancelled
    before: Path | None = None  # where its earlier version is when not at `target` (the set's last folder)
    personal: bool = False  # one person's: with no earlier version found, they may be back after a cancellation


def _stored_rows(session: Session, uids: Sequence[str]) -> dict[str, IcsSequence]:
    """The stored number rows of those of `uids` an export wrote, by UID, read a chunk of UIDs per query."""
    rows: dict[str, IcsSequence] = {}
    for start in range(0, len(uids), _LOOKUP_CHUNK):
        chunk = list(uids[start:start + _LOOKUP_CHUNK])
        rows.update((row.uid, row) for row in session.scalars(select(IcsSequence).where(IcsSequence.uid.in_(chunk))))
    return rows


def sequences_in(session: Session, entries: Sequence[CalendarEntry], now: datetime,
                 fresh: frozenset[str] = frozenset()) -> dict[str, int]:
    """SEQUENCE per UID: 0 for a UID never exported, the stored number when the content is unchanged, one
    more when it changed (the stored hash and number are updated in `session`). A cancellation sent to someone
    is no change for the others: only a UID in `fresh` (written into a file whose earlier version held it cancelled,
    such as the file of a person back in the party) goes above the cancellation's number, as a change does; a file
    written anew (another folder) keeps the numbers its entries have (review 19 item 3)."""
    hashes: dict[str, str] = {}
    for entry in entries:
        hashes.setdefault(entry.uid, entry.content_hash)
    uids = list(hashes)
    stored = _stored_rows(session, uids)
    when = now.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    for uid, content in hashes.items():
        row = stored.get(uid)
        if row is None:
            stored[uid] = row = IcsSequence(uid=uid, content_hash=content, sequence=0, changed_at=when)
            session.add(row)
        elif row.content_hash != content or (uid in fresh and row.cancelled > row.sequence):
            row.sequence = max(row.sequence, row.cancelled) + 1
            row.content_hash, row.changed_at = content, when
    return {uid: stored[uid].sequence for uid in uids}


@dataclass(frozen=True)
class StaleFile:
    """A per-person file of an earlier export whose person no longer attends: it becomes their cancellation."""
    target: Path
    product: str
    name: str
    events: tuple[OldEvent, ...]


@dataclass(frozen=True)
class CalendarsWritten:
    """What a per-person export wrote: `files` (the shared calendar and everyone's) and `cancelled` (the files of
    people no longer attending, now cancellations, in `folder`); `labels` maps a meetup plan's label to the
    talent's file. `earlier`: the folder of the set's last export when it was another, and `earlier_cancelled` the
    files there rewritten as cancellations."""
    folder: Path
    files: list[Path]
    cancelled: list[Path]
    labels: dict[str, Path] = field(default_factory=dict)
    earlier: Path | None = None
    earlier_cancelled: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        """The message after the export: how many files, how many of them cancellations (said first: the
        window's status line elides the folder), and where the cancellations are."""
        folder = self.folder
        if not self.cancelled:
            return msg("{n} 件のカレンダーを {out} に書き出しました", "Calendars written to {out}: {n}",
                       n=len(self.files), out=folder)
        said = msg("{n} 件のカレンダー（取り消し {c} 件を含む）を {out} に書き出しました",
                   "{n} calendars ({c} cancellations) written to {out}",
                   n=len(self.files) + len(self.cancelled), c=len(self.cancelled), out=folder)
        if self.earlier_cancelled:
            said += msg("。前回の書き出し先 {earlier} の {e} 件も取り消しに書き換えました",
                        "; earlier files rewritten as cancellations in {earlier} (the last export's folder): {e}",
                        e=len(self.earlier_cancelled), earlier=self.earlier)
        return said

    def cancellations(self) -> str:
        """Where the cancellations went, one file a line (names carry record ids only), for the window's message
        and the command line: the people no longer attending must be sent them (everyone who received the calendars
        when nothing but cancellations was written: a deleted tour's)."""
        lines = [msg("参加しなくなった人の取り消し（この人たちに送ってください）:", "Cancellations for people no longer "
                     "attending (send them these):") if self.files else
                 msg("取り消し（カレンダーを受け取った人に送ってください）:", "Cancellations (send them to those who "
                     "received the calendars):")]
        lines += [f"  {path}" for path in self.cancelled]
        if self.earlier_cancelled:
            lines.append(msg("前回の書き出し先で取り消しに書き換えたファイル:", "Rewritten as cancellations in the last "
                             "export's folder:"))
            lines += [f"  {path}" for path in self.earlier_cancelled]
        return "\n".join(lines)


def _cancel_sequences(session: Session, olds: Sequence[OldEvent], everyone: bool = False) -> dict[str, int]:
    """One more than the highest SEQUENCE each cancelled UID had (the number it has when the file already held it
    cancelled), kept as the UID's `cancelled` mark: the entry's own number and content stay, so the files of those
    still attending keep their numbers (RFC 5546: nothing of theirs changed), while a person who comes back, and
    the entry's next change, get a yet higher number (newer than the cancellation; sequences_in). `everyone`: the
    cancellation goes to all who hold the entry (a deleted tour's): its next export is a change for all of them,
    whichever file it is written into."""
    new: dict[str, int] = {}
    for old in olds:
        if not old.cancelled:
            new[old.uid] = max(new.get(old.uid, 0), old.sequence)
    rows = _stored_rows(session, list(new))
    numbers = {old.uid: old.sequence for old in olds if old.cancelled}
    for uid, seen in new.items():
        row = rows.get(uid)
        numbers[uid] = max(seen, row.sequence if row else 0, row.cancelled if row else 0) + 1
        if row is not None:
            row.cancelled = numbers[uid]
            if everyone:
                row.content_hash = ""  # no entry hashes to "": the tour put back is newer than its cancellation
    return numbers


def _held_live(path: Path, product: str) -> set[str]:
    """The UIDs the app's file at `path` holds as live events (none when it is missing, another's or a
    cancellation)."""
    return {old.uid for old in _old_events(path, product) or () if not old.cancelled}


def _held_cancelled(path: Path, product: str) -> set[str]:
    """The UIDs the app's file at `path` holds cancelled (all of a cancellation's; none when it is missing or
    another's): whoever imported it was told those events are gone."""
    if not path.is_file() or path.is_symlink():
        return set()
    return cancelled_uids(path.read_bytes(), product)


def _fresh(file: CalendarFile) -> set[str]:
    """The UIDs of `file` whose holder was sent their cancellation: those its earlier version holds cancelled; for a
    person's file with no earlier version found (a cancellation left in a folder of an export before the last), all
    of them, which sequences_in raises only when the UID's last cancellation is above its number."""
    before = file.before or file.target
    uids = {entry.uid for entry in file.entries}
    if file.personal and not before.is_file():
        return uids
    return uids & _held_cancelled(before, file.product)


def write_calendars(db: Database, files: Sequence[CalendarFile], clock: Clock = utc_now,
                    progress: Progress | None = None, stale: Sequence[StaleFile] = (), everyone: bool = False
                    ) -> list[Path]:
    """Write `files` with DTSTAMP = clock() and the SEQUENCE each UID has after this export, and turn each
    `stale` file into the cancellation of its events (`everyone`: sent to all who hold them, _cancel_sequences)."""
    stamp = clock()
    targets = [file.target for file in files] + [file.target for file in stale]
    # The files appear together once the numbers are committed: a failure on any of them (a full disk) leaves no
    # file and no number raised. immediate: two exports at once must not both raise one number.
    with atomic_paths(targets) as parts, db.session(immediate=True) as session:
        fresh = frozenset(uid for file in files for uid in _fresh(file))
        sequences = sequences_in(session, [entry for f in files for entry in f.entries], stamp, fresh)
        olds = [old for file in stale for old in file.events] + [old for file in files for old in file.dropped]
        cancels = _cancel_sequences(session, olds, everyone) if olds else {}
        for done, (file, part) in enumerate(zip(files, parts, strict=False)):
            report(progress, done, len(targets))
            part.write_bytes(calendar_bytes(file.product, file.name, file.entries, stamp, sequences,
                                            [cancelled_event(old, stamp, cancels[old.uid]) for old in file.dropped]))
        for old, part in zip(stale, parts[len(files):], strict=True):
            part.write_bytes(cancel_bytes(old.product, old.name, list(old.events), stamp, cancels))
    report(progress, len(targets), len(targets))
    return targets


@dataclass(frozen=True)
class PersonFiles:
    """Where an export's per-person files are: `folder`, their names (`pattern`), their PRODID's `product`; `key`
    names the set ("tour-<key>", "event-<id>") whose last folder is remembered (calendar_folders.py)."""
    folder: Path
    pattern: str
    product: str
    name: str  # the calendar's display name, kept in a cancellation
    key: str


def stale_files(where: PersonFiles, written: Sequence[CalendarFile]) -> list[StaleFile]:
    """The per-person files in the folder that this app wrote and that this export does not write again: their
    people no longer attend."""
    folder, pattern, product, name = where.folder, where.pattern, where.product, where.name
    if not folder.is_dir():
        return []
    kept = {file.target.name for file in written}
    found = []
    for path in sorted(folder.iterdir()):
        if path.name in kept or not re.fullmatch(pattern, path.name):
            continue
        events = _old_events(path, product)
        if events:
            found.append(StaleFile(path, product, name, tuple(events)))
    return found


def _old_events(path: Path, product: str) -> list[OldEvent] | None:
    """The events of the per-person file at `path` when the app wrote it (see events_to_cancel), else None."""
    if not path.is_file() or path.is_symlink():
        return None
    return events_to_cancel(path.read_bytes(), product)


def _with_dropped(file: CalendarFile, earlier: Path | None) -> CalendarFile:
    """`file` with the events its earlier version (at its target, else the `earlier` file) held and it no longer
    does (a round the talent is now absent from, an item the member no longer attends, a deleted tour's item), as
    cancelled."""
    kept = {entry.uid for entry in file.entries}
    before = file.target if file.target.exists() or earlier is None else earlier
    dropped = tuple(old for old in _old_events(before, file.product) or () if old.uid not in kept)
    return replace(file, dropped=dropped, before=before)


def _found_before(file: CalendarFile, earlier: Path | None) -> CalendarFile:
    """`file` with its earlier version in the `earlier` folder when there is none at its target."""
    if file.target.exists() or earlier is None:
        return file
    return replace(file, before=earlier / file.target.name)


def _earlier_folder(db: Database, where: PersonFiles) -> Path | None:
    """The folder of the set's last export when it is another one, still there and writable (its files of people
    no longer attending are rewritten as cancellations), else None."""
    earlier = last_folder(db.url, where.key)
    if earlier is None or not earlier.is_dir() or earlier.resolve() == where.folder.resolve():
        return None
    return earlier if os.access(earlier, os.W_OK) else None


def _written(db: Database, shared: list[CalendarFile], people: list[CalendarFile], where: PersonFiles,
             clock: Clock, progress: Progress | None = None) -> CalendarsWritten:
    """Write the `shared` files and the `people`'s files, except those with no event (that person no longer
    attends), and cancel the earlier files of people no longer attending: those in the folder, and those in the
    set's last folder if another, there and in this folder."""
    earlier = _earlier_folder(db, where)
    attending = [_with_dropped(replace(file, personal=True), earlier and earlier / file.target.name)
                 for file in people if file.entries]
    shared = [_found_before(file, earlier) for file in shared]
    stale = stale_files(where, attending)
    left_earlier = stale_files(replace(where, folder=earlier), attending) if earlier is not None else []
    here = {file.target.name for file in stale}
    stale += [replace(file, target=where.folder / file.target.name) for file in left_earlier
              if file.target.name not in here]
    paths = write_calendars(db, shared + attending, clock, progress, stale + left_earlier)
    remember_folder(db.url, where.key, where.folder)
    split, moved = len(shared) + len(attending), len(paths) - len(left_earlier)
    return CalendarsWritten(where.folder, paths[:split], paths[split:moved],
                            earlier=earlier if left_earlier else None, earlier_cancelled=paths[moved:])


def _file_part(text: str) -> str:
    """A record key made safe for a file name (keys are ASCII ids; anything else becomes "_")."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


# --- events and meetups ----------------------------------------------------------------------------------

def _event_entry(session: Session, event: models.Event) -> CalendarEntry:
    return event_entry(agenda_in(session, event.id), event.uuid)


def event_in_programme(session: Session, event_id: int, programme_id: int | None) -> models.Event:
    event = row_by_id(session, models.Event, event_id)
    if programme_id is not None and event.programme_id != programme_id:
        raise InputError(msg("イベント {id} はこのプログラムにありません（--programme で選んでください）",
                             "Event {id} is not in this programme (choose it with --programme)", id=event_id))
    return event


def _meetup_talent_files(session: Session, event: models.Event, folder: Path) -> dict[str, CalendarFile]:
    """Per seated talent (by the plan's label): their rounds, in `event-<id>-talent-<talent id>.ics`."""
    pack = pack_in(session, event.id)
    files = {}
    for member in require_setup_in(session, event.id).talents:
        talent = row_by_id(session, models.Talent, member.talent_id)
        entries = talent_entries(pack, member.label, event.uuid, talent.uuid)
        files[member.label] = CalendarFile(folder / f"event-{event.id}-talent-{talent.id}.ics", "Meetup",
                                           event.title, tuple(entries))
    return files


def _participant_files(session: Session, event: models.Event, folder: Path) -> list[CalendarFile]:
    """Per participant (talent or staff, not marked absent) of an event without round tables: the event."""
    entry = _event_entry(session, event)
    rows = session.execute(select(models.Participation.talent_id, models.Participation.staff_id)
                           .where(models.Participation.event_id == event.id,
                                  models.Participation.attendance != "absent")
                           .order_by(models.Participation.id)).all()
    people = dict.fromkeys(f"talent-{t}" if t is not None else f"staff-{s}" for t, s in rows)
    return [CalendarFile(folder / f"event-{event.id}-{who}.ics", "Event", event.title, (entry,)) for who in people]


def export_event_ics(db: Database, event_id: int, target: Path, progress: Progress | None = None,
                     clock: Clock = utc_now) -> Path:
    """The event as one entry (a meetup's timetable in its description) in `target`."""
    with db.session() as session:
        event = row_by_id(session, models.Event, event_id)
        file = CalendarFile(Path(target), "Meetup", event.title, (_event_entry(session, event),))
    return write_calendars(db, [file], clock, progress)[0]


def _talents_where(event: models.Event, folder: Path) -> PersonFiles:
    return PersonFiles(folder, rf"event-{event.id}-talent-\d+\.ics", "Meetup", event.title, f"event-{event.id}")


def export_talent_ics(db: Database, event_id: int, folder: Path, progress: Progress | None = None,
                      clock: Clock = utc_now) -> CalendarsWritten:
    """A meetup's round-table calendar per talent seated in a round into `folder` (`labels`: the plan's label ->
    path), and a cancellation for those who were and no longer are."""
    with db.session() as session:
        event = row_by_id(session, models.Event, event_id)
        files, where = _meetup_talent_files(session, event, Path(folder)), _talents_where(event, Path(folder))
    written = _written(db, [], list(files.values()), where, clock, progress)
    return replace(written, labels={label: file.target for label, file in files.items() if file.entries})


def export_event_calendars(db: Database, event_id: int, folder: Path, per_person: bool = False,
                            programme_id: int | None = None, clock: Clock = utc_now) -> CalendarsWritten:
    """`event-<id>.ics` into `folder`; with `per_person` also one file per person: a meetup's talents with
    their rounds, or for another event each participant with the event; and a cancellation for each person
    whose earlier file is there and who no longer attends."""
    folder = Path(folder)
    with db.session() as session:
        event = event_in_programme(session, event_id, programme_id)
        files = [CalendarFile(folder / f"event-{event.id}.ics", "Event", event.title, (_event_entry(session, event),))]
        if not per_person:
            return CalendarsWritten(folder, write_calendars(db, files, clock), [])
        if event.kind == EventKind.MEETUP.value:
            people, where = list(_meetup_talent_files(session, event, folder).values()), _talents_where(event, folder)
        else:
            people = _participant_files(session, event, folder)
            where = PersonFiles(folder, rf"event-{event.id}-(talent|staff)-\d+\.ics", "Event", event.title,
                                f"event-{event.id}")
    return _written(db, files, people, where, clock)


# --- tours ---------------------------------------------------------------------------------------------------

def _tour_in(session: Session, key: str, programme_id: int | None) -> Tour:
    row = session.scalar(select(TourRow).where(TourRow.key == key))
    if row is None:
        raise InputError(msg("ツアー「{k}」が見つかりません", "Tour {k} was not found", k=key))
    if programme_id is not None and row.programme_id != programme_id:
        raise InputError(msg("ツアー「{k}」はこのプログラムにありません（--programme で選んでください）",
                             "Tour {k} is not in this programme (choose it with --programme)", k=key))
    return row_to_tour(row)


def _member_files(tour: Tour, folder: Path) -> list[CalendarFile]:
    """Per member taking part (`tour`: the party less its archived talents): the items they attend, in
    `tour-<key>-<member record id>.ics` (a typed member: `member-<digest of their id>`, tour_ics.member_file_part)."""
    base = f"tour-{_file_part(tour.id)}"
    return [CalendarFile(folder / f"{base}-{member_file_part(member)}.ics", "Fieldwork tour",
                         tour.display_title, tuple(tour_entries(tour, member.id))) for member in tour.members]


def _members_where(folder: Path, base: str, title: str) -> PersonFiles:
    """The tour's per-member files in `folder` (`base`: "tour-<key>"). A typed member's file of before review 16
    (member-<place in the party>) is not one of them: left alone, as its number may now be someone else's place."""
    return PersonFiles(folder, rf"{re.escape(base)}-((talent|staff)-\d+|member-[0-9a-f]{{12}})\.ics",
                       "Fieldwork tour", title, base)


def export_tour_ics(db: Database, tour_key: str, target: Path, progress: Progress | None = None,
                    clock: Clock = utc_now) -> Path:
    """The whole tour, one entry per item, in `target`."""
    with db.session() as session:
        tour = _tour_in(session, tour_key, None)
    return write_calendars(db, [CalendarFile(Path(target), "Fieldwork tour", tour.display_title,
                                             tuple(tour_entries(tour)))], clock, progress)[0]


def export_tour_calendars(db: Database, tour_key: str, folder: Path, per_person: bool = False,
                          programme_id: int | None = None, progress: Progress | None = None,
                          clock: Clock = utc_now) -> CalendarsWritten:
    """`tour-<key>.ics` into `folder`; with `per_person` also one file per party member with their items (not for
    the party's archived talents), and a cancellation for each earlier member's file there whose member left the
    party, was archived or attends no item."""
    folder = Path(folder)
    with db.session() as session:
        tour = tour_taking_part(session, _tour_in(session, tour_key, programme_id))
    base = f"tour-{_file_part(tour.id)}"
    files = [CalendarFile(folder / f"{base}.ics", "Fieldwork tour", tour.display_title, tuple(tour_entries(tour)))]
    where = _members_where(folder, base, tour.display_title)
    if not per_person:
        files = [_found_before(file, _earlier_folder(db, where)) for file in files]
        return CalendarsWritten(folder, write_calendars(db, files, clock, progress), [])
    return _written(db, files, _member_files(tour, folder), where, clock, progress)


def _exported_numbers(session: Session, uids: Sequence[str]) -> dict[str, int]:
    """The stored SEQUENCE of each of `uids` that an export wrote."""
    return {uid: row.sequence for uid, row in _stored_rows(session, uids).items()}


def _tour_sent(session: Session, tour: Tour) -> bool:
    """Whether any calendar holding the tour's items was exported (the tour's, a member's, the programme's)."""
    return bool(_exported_numbers(session, [entry.uid for entry in tour_entries(tour)]))


def tour_calendars_sent(db: Database, tour: Tour) -> bool:
    """Whether any calendar holding the tour's items was exported (the tour's, a member's, the programme's): then
    deleting the tour leaves events in the calendars of those who imported them, until they are sent its
    cancellation (cancel_tour_calendars)."""
    with db.session() as session:
        return _tour_sent(session, tour)


def keep_deleted_tour_in(session: Session, programme_id: int, tour: Tour) -> None:
    """Called as `tour` is deleted (services/tours.py): when its calendars were exported, keep what their
    cancellation repeats, so that it can be written then or later (cancel_tour_calendars): the files a per-person
    export writes (the tour's and each member's, the party less its archived talents), each with its events."""
    if not _tour_sent(session, tour):
        return
    party, base = tour_taking_part(session, tour), f"tour-{_file_part(tour.id)}"
    held = {f"{base}.ics": tour_entries(party)}
    held |= {f"{base}-{member_file_part(member)}.ics": tour_entries(party, member.id) for member in party.members}
    files = {name: [[e.uid, e.summary, e.start.isoformat(), e.end.isoformat()] for e in entries]
             for name, entries in held.items() if entries}
    kept = session.get(DeletedTourCalendars, tour.id)
    if kept is not None:  # deleted before under the same key and put back: this deletion's files
        session.delete(kept)
        session.flush()
    session.add(DeletedTourCalendars(key=tour.id, programme_id=programme_id, title=tour.display_title, files=files,
                                     deleted_at=stored_now()))


def _in_tokyo(stamp: str) -> datetime:
    """A time kept as ISO text (keep_deleted_tour_in) in Asia/Tokyo again: the fixed offset it was kept with (+09:00)
    is no zone a calendar names, and a cancellation written with it said TZID="UTC+09:00", which its VTIMEZONE
    (Asia/Tokyo) does not define."""
    moment = datetime.fromisoformat(stamp)
    return moment.replace(tzinfo=TOKYO) if moment.tzinfo is None else moment.astimezone(TOKYO)


def forget_deleted_tour_in(session: Session, key: str) -> None:
    """The tour put back (undo): its calendars are exported again, no longer cancelled from what was kept."""
    kept = session.get(DeletedTourCalendars, key)
    if kept is not None:
        session.delete(kept)


def cancel_tour_calendars(db: Database, key: str, folder: Path, progress: Progress | None = None,
                          clock: Clock = utc_now, programme_id: int | None = None) -> CalendarsWritten:
    """The cancellation of the deleted tour `key`'s calendars into `folder`, at its deletion or any time after
    (「削除のみ」 chosen then; review 19 item 2): the tour's calendar and each member's, as kept when it was deleted,
    with the exported ones of their events, METHOD:CANCEL, the same UIDs and a higher SEQUENCE, so the calendars
    that imported them remove the events; and any other live member's file of the tour the app wrote there
    (someone who left since the last export). The set's last folder, when another, gets the same files over its
    live ones, so that neither keeps a live calendar of the tour. Written, the tour is no longer offered
    (deleted_tours.deleted_tours_to_cancel). Refused while the tour is still in the database (its calendars are exported then)
    and for a tour with nothing to cancel."""
    folder, base = Path(folder), f"tour-{_file_part(key)}"
    with db.session() as session:
        if session.scalar(select(TourRow.id).where(TourRow.key == key)) is not None:
            raise InputError(msg("ツアー「{k}」はまだ削除されていません", "Tour {k} has not been deleted", k=key))
        kept = session.get(DeletedTourCalendars, key)
        if kept is None or (programme_id is not None and kept.programme_id != programme_id):
            raise InputError(msg("ツアー「{k}」には書き出していないカレンダーの取り消しがありません",
                                 "Deleted tour {k} has no calendar cancellation left to write", k=key))
        title, held = kept.title, dict(kept.files)
        numbers = _exported_numbers(session, [event[0] for events in held.values() for event in events])

    def cancelled(name: str, events: list[list[str]]) -> StaleFile | None:
        olds = tuple(OldEvent(uid, numbers[uid], summary, _in_tokyo(start), _in_tokyo(end))
                     for uid, summary, start, end in events if uid in numbers)
        return StaleFile(folder / name, "Fieldwork tour", title, olds) if olds else None

    files = [file for file in (cancelled(name, events) for name, events in held.items()) if file is not None]
    where = _members_where(folder, base, title)
    files += stale_files(where, [CalendarFile(file.target, file.product, file.name, ()) for file in files])
    earlier = _earlier_folder(db, where)
    there = [replace(file, target=earlier / file.target.name) for file in files
             if earlier is not None and _held_live(earlier / file.target.name, file.product)]
    paths = write_calendars(db, [], clock, progress, files + there, everyone=True)
    with db.session() as session:  # written: nothing left to offer (a failure above keeps it offered)
        forget_deleted_tour_in(session, key)
    return CalendarsWritten(folder, [], paths[:len(files)], earlier=earlier if there else None,
                            earlier_cancelled=paths[len(files):])


# --- the whole programme -------------------------------------------------------------------------------------

def programme_entries(session: Session, programme_id: int) -> list[CalendarEntry]:
    """Every event of the programme, and every item of its tours. An event with a tour is shown by the tour's
    items rather than as one block over the tour's days."""
    tours = session.scalars(select(TourRow).where(TourRow.programme_id == programme_id)
                            .order_by(TourRow.start_date, TourRow.id)).all()
    toured = {row.event_id for row in tours if row.event_id is not None}
    events = session.scalars(select(models.Event).where(models.Event.programme_id == programme_id)
                             .order_by(models.Event.starts_at, models.Event.id)).all()
    entries = [_event_entry(session, event) for event in events if event.id not in toured]
    for row in tours:
        entries += tour_entries(row_to_tour(row))
    return entries


def export_programme_ics(db: Database, programme_id: int, target: Path, progress: Progress | None = None,
                         clock: Clock = utc_now) -> Path:
    """The programme's calendar (all its events and tour items) in `target`. The events its earlier version held
    (the file at `target`, else the programme's last calendar file) and it no longer does, such as a deleted tour's
    items, are carried as STATUS:CANCELLED with the same UIDs and a higher SEQUENCE: a calendar that imports the
    file again merges it by UID and keeps an event the file leaves out, but takes a cancelled one as its removal,
    and a subscribed calendar drops it as well (review 19 item 1)."""
    target, where = Path(target), f"programme-{programme_id}"
    with db.session() as session:
        programme = row_by_id(session, models.Programme, programme_id)
        file = CalendarFile(target, "Programme", programme.name, tuple(programme_entries(session, programme_id)))
    written = write_calendars(db, [_with_dropped(file, last_folder(db.url, where))], clock, progress)[0]
    remember_folder(db.url, where, target)  # a file, not a folder: the user names the programme's calendar
    return written


def programme_file_name(programme_id: int) -> str:
    return f"programme-{programme_id}.ics"
