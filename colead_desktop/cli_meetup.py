"""`colead export handouts|rotation --event ID --out FILE`: a meetup's handouts PDF and rotation workbook.

Like every export command they take `--lang ja|en` (cli_languages), so an English handout can be made from a
Japanese session: the same output-language parameter the window's export dialogs pass.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import LANGUAGES, msg

if TYPE_CHECKING:
    from colead_desktop.cli import Subparsers
    from colead_desktop.db.engine import Database
    from colead_desktop.reports.meetup_pdf import HandoutPart


def _parts(text: str | None) -> tuple[HandoutPart, ...]:
    from colead_desktop.reports.meetup_pdf import HandoutPart

    if text is None:
        return tuple(HandoutPart)
    chosen = []
    for name in (x.strip() for x in text.split(",") if x.strip()):
        try:
            chosen.append(HandoutPart(name))
        except ValueError:
            raise InputError(msg("--parts: 「{n}」は配布資料の部分ではありません（{all}）",
                                 "--parts: {n} is not a part of the handouts ({all})",
                                 n=name, all=", ".join(HandoutPart))) from None
    return tuple(chosen)


def refused_as_stale(db: Database, event_id: int, despite: bool) -> bool:
    """The reasons the event's saved seating is out of date on stderr (as the window's round-table tab shows
    them); True when they stop the export: there are some and --despite-warnings was not given."""
    from colead_desktop.cli import _warn
    from colead_desktop.services.meetup_stale import stale_plan

    lines = stale_plan(db, event_id)
    _warn(lines)
    if lines and not despite:
        print(msg("書き出していません。警告を確かめ、それでも書き出すときは --despite-warnings を付けてもう一度実行してください",
                  "Nothing was written. Check the warnings; to export anyway, run again with --despite-warnings"),
              file=sys.stderr)
        return True
    return False


def cmd_export_meetup(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _database, _programme
    from colead_desktop.domain.validation import marked_warning, noting_unprintable
    from colead_desktop.reports.meetup_pdf import HandoutPart
    from colead_desktop.services import meetup_exports
    from colead_desktop.services.calendars import event_in_programme

    db = _database(args)
    with db.session() as session:  # an event of another programme is not this one's (exit 2 naming it)
        event_in_programme(session, args.event, _programme(args, db))
    parts = _parts(args.parts) if args.action == "handouts" else ()
    seating = args.action == "rotation" or set(parts) != {HandoutPart.AGENDA}  # the agenda prints no seats
    if seating and refused_as_stale(db, args.event, args.despite_warnings):
        return 2
    with noting_unprintable() as marked:
        if args.action == "handouts":
            meetup_exports.export_handouts(db, args.event, Path(args.out), parts)
        else:
            meetup_exports.export_rotation(db, args.event, Path(args.out))
    print(msg("{out} を書き出しました", "Wrote {out}", out=args.out), file=sys.stderr)
    if marked:
        print(marked_warning(marked), file=sys.stderr)
    return 0


def register(export: Subparsers) -> None:
    """Add `handouts` and `rotation` to the `export` subcommands."""
    for action, text in (("handouts", "a meetup's handouts PDF (agenda, rotation, table sheets, talent cards, "
                                      "pre-reading, self-introduction sheets)"),
                         ("rotation", "a meetup's rotation workbook (xlsx)")):
        command = export.add_parser(action, help=text)
        command.add_argument("--event", required=True, type=int, metavar="ID", help="event ID (colead list events)")
        command.add_argument("--out", required=True, metavar="FILE")
        command.add_argument("--despite-warnings", action="store_true",
                             help="write it although the saved seating is out of date (archived or deleted "
                                  "talents, uneven tables); the warnings are printed either way")
        if action == "handouts":
            command.add_argument("--parts", metavar="PART,...", help="only these parts, in this order: "
                                 "agenda, rotation, table_sheets, talent_cards, region_pack, self_intro")
        command.set_defaults(run=cmd_export_meetup)


def add_language_options(export: Subparsers) -> None:
    """`--lang ja|en` on every export command: the language of the file written (and of the command's
    messages). Left unset it keeps the global --lang; B-5 and 支払調書 are government forms, always Japanese."""
    fixed = {"b5": "messages only: this government form is always written in Japanese",
             "chosho": "messages only: this tax form is always written in Japanese",
             "zengin": "messages only: a bank file has no language",
             "audit": "messages only: the log's records are written as stored"}
    for name, command in export.choices.items():
        command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                             help=fixed.get(name, "language of the file (default: the global --lang, ja)"))
