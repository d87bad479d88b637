"""`colead export ics`: calendar files of an event, a tour (optionally one per person) or the whole programme.

File names carry record ids (`event-3.ics`, `event-3-talent-12.ics`, `tour-<key>-talent-7.ics`,
`programme-1.ics`), never people's names; the written paths are printed as JSON, `cancelled` naming the files of
people no longer attending, rewritten as cancellations of their events (in --out, also when their earlier file was
in the folder of the last export), and `earlier_cancelled` those earlier files, rewritten too; stderr says where.
`--deleted-tour KEY` writes the cancellation of a deleted tour's calendars (chosen 「削除のみ」 at its deletion); an
unknown KEY is refused with the list of the programme's deleted tours whose cancellation is still to write.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg

if TYPE_CHECKING:
    from colead_desktop.cli import Subparsers
    from colead_desktop.db.engine import Database
    from colead_desktop.services.calendars import CalendarsWritten


def cmd_export_ics(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _database, _print_json, _programme, programme_tours_refused, tour_export_refused
    from colead_desktop.services import calendars

    if args.per_person and (args.whole_programme or args.deleted_tour is not None):
        raise InputError(msg("--per-person は --event か --tour と一緒に指定してください",
                             "Give --per-person with --event or --tour"))
    folder = Path(args.out)
    if folder.suffix.lower() == ".ics":  # a file name where a folder is meant: it would become a folder of that name
        raise InputError(msg("--out {out}: 書き出し先のフォルダを指定してください（ファイル名は自動で付きます）",
                             "--out {out}: give the folder to write into (the files are named automatically)",
                             out=args.out))
    db = _database(args)
    programme_id = _programme(args, db)
    if args.event is not None:
        from colead_desktop.cli_meetup import refused_as_stale

        with db.session() as session:  # a foreign event is named before any warning about its seats
            calendars.event_in_programme(session, args.event, programme_id)
        if args.per_person and refused_as_stale(db, args.event, args.despite_warnings):  # seats per talent
            return 2
        written = calendars.export_event_calendars(db, args.event, folder, args.per_person, programme_id)
    elif args.deleted_tour is not None:
        written = _deleted_tour_cancelled(db, args.deleted_tour, folder, programme_id)
    elif args.tour is not None:
        if tour_export_refused(args, db):
            return 2
        written = calendars.export_tour_calendars(db, args.tour, folder, args.per_person, programme_id)
    else:
        if programme_tours_refused(args, db, programme_id):  # every tour's items are in it: asked as for a tour
            return 2
        written = calendars.CalendarsWritten(folder, [calendars.export_programme_ics(
            db, programme_id, folder / calendars.programme_file_name(programme_id))], [])
    _print_json({"files": [str(path) for path in written.files], "cancelled": [str(path) for path in written.cancelled],
                 "earlier_cancelled": [str(path) for path in written.earlier_cancelled]})
    print(written.summary(), file=sys.stderr)
    if written.cancelled:  # where they went: the people who left must be sent them
        print(written.cancellations(), file=sys.stderr)
    return 0


def _deleted_tour_cancelled(db: Database, key: str, folder: Path, programme_id: int) -> CalendarsWritten:
    """calendars.cancel_tour_calendars, as the Tours page's 「削除したツアーの取り消し」 calls it; refused with the
    deleted tours it can write (key and title) when `key` is not one of them."""
    from colead_desktop.services import calendars
    from colead_desktop.services.deleted_tours import deleted_tours_to_cancel

    offered = deleted_tours_to_cancel(db, programme_id)
    if key not in {tour.key for tour in offered}:
        listed = "\n".join(f"  {tour.key}  {tour.title}" for tour in offered) or msg("  （なし）", "  (none)")
        raise InputError(msg("--deleted-tour {k}: 取り消しを書き出せる削除済みツアーではありません。書き出せるもの:\n{listed}",
                             "--deleted-tour {k}: not a deleted tour whose cancellation can be written. Those that "
                             "can be:\n{listed}", k=key, listed=listed))
    return calendars.cancel_tour_calendars(db, key, folder, programme_id=programme_id)


def register(export: Subparsers) -> None:
    """Add `ics` to the `export` subcommands."""
    from colead_desktop.cli import add_despite_errors

    ics = export.add_parser("ics", help="calendar files (.ics) of an event, a tour or the whole programme into DIR")
    which = ics.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", type=int, metavar="ID", help="event ID (see `colead list events`)")
    which.add_argument("--tour", metavar="KEY", help="the tour's key (as for `export itinerary --tour`)")
    which.add_argument("--deleted-tour", metavar="KEY",
                       help="the cancellation of a deleted tour's calendars, to send to those who received them "
                            "(a tour deleted without writing it; an unknown KEY lists those that can be written)")
    which.add_argument("--programme", dest="whole_programme", action="store_true",
                       help="every event and tour item of the programme (the global --programme ID chooses which)")
    ics.add_argument("--per-person", action="store_true",
                     help="also one file per person: a meetup's talents with their rounds, a tour's members with "
                          "their items, an event's participants")
    ics.add_argument("--despite-warnings", action="store_true",
                     help="write a meetup's per-talent files although its saved seating is out of date")
    ics.add_argument("--out", required=True, metavar="DIR")
    add_despite_errors(ics)
    ics.set_defaults(run=cmd_export_ics)
