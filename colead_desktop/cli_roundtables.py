"""`colead roundtables absent --event ID --talent ID [--rounds 2,3] [--from-round N]`: mark a talent absent on
the day, as the window's 出欠・希望 page does by taking a round's tick away; `colead roundtables present` with the
same options takes an absence back, as ticking the round again does.

The re-plan keeps the saved seating but for the fewest moves and never changes a round before --from-round
(the rounds under way); without --rounds the talent misses (or attends) the rounds from --from-round on and the
held ones stay as they were (domain: roundtables_repair.changed_rounds). Who moved is printed as JSON on stdout
(names are shown, never logged).

`colead roundtables replan --event ID [--from-round N]` is the window's 「再計画」, one rule
(meetup_setup_edit.replan): an out-of-date seating (the fix the exports ask for) takes new talents in every round
and lets archived and deleted ones go, moving as few people as that needs; an up-to-date one is improved by the
search from its seats, pins kept. Rounds before --from-round are not changed; who moved is printed the same way.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg

if TYPE_CHECKING:
    from collections.abc import Sequence

    from colead_desktop.cli import Subparsers
    from colead_desktop.domain.roundtables_repair import Move


def _rounds(text: str | None, count: int) -> set[int] | None:
    if text is None:
        return None
    chosen = set()
    for part in (x.strip() for x in text.split(",") if x.strip()):
        if not part.isdigit() or not 1 <= int(part) <= count:
            raise InputError(msg("--rounds: 「{p}」は1〜{n}のラウンド番号ではありません",
                                 "--rounds: {p} is not a round number 1-{n}", p=part, n=count))
        chosen.add(int(part))
    return chosen


def _first_round(first: int, count: int) -> int:
    if not 1 <= first <= count:
        raise InputError(msg("--from-round: 「{p}」は1〜{n}のラウンド番号ではありません",
                             "--from-round: {p} is not a round number 1-{n}", p=first, n=count))
    return first


def cmd_absent(args: argparse.Namespace) -> int:
    return _attendance(args, present=False)


def cmd_present(args: argparse.Namespace) -> int:
    return _attendance(args, present=True)


def _attendance(args: argparse.Namespace, *, present: bool) -> int:
    """The talent's rounds without (absent) or with (present) the rounds changed, saved and re-planned through
    the window's own path (meetup_setup_edit.apply_setup with its first round that may change)."""
    from colead_desktop.cli import _database, _programme
    from colead_desktop.domain import roundtables_repair as repair
    from colead_desktop.services import meetup_setup as setups
    from colead_desktop.services import meetup_setup_edit as edits
    from colead_desktop.services.calendars import event_in_programme

    db = _database(args)
    with db.session() as session:
        event_in_programme(session, args.event, _programme(args, db))
        count = setups.require_setup_in(session, args.event).rounds
    edit = edits.current_edit(db, args.event)
    if args.talent not in {t.talent_id for t in edit.talents}:
        raise InputError(msg("--talent {t}: このミートアップの人材ではありません",
                             "--talent {t}: not a talent of this meetup", t=args.talent))
    changed = repair.changed_rounds(_rounds(args.rounds, count), count, _first_round(args.from_round, count))

    def rounds(had: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(sorted({*had, *changed})) if present else tuple(r for r in had if r not in changed)

    talents = tuple(replace(t, rounds=rounds(t.rounds)) if t.talent_id == args.talent else t for t in edit.talents)
    applied = edits.apply_setup(db, args.event, replace(edit, talents=talents), first_round=args.from_round)
    _print_moves(applied.moves)
    if present:
        print(msg("出席に戻して再計画しました（席の移動 {n}件）", "Marked present again and re-planned ({n} seats moved)",
                  n=len(applied.moves)), file=sys.stderr)
    else:
        print(msg("欠席を記録して再計画しました（席の移動 {n}件）", "Absence recorded and re-planned ({n} seats moved)",
                  n=len(applied.moves)), file=sys.stderr)
    return 0


def cmd_replan(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _database, _programme
    from colead_desktop.services import meetup_setup as setups
    from colead_desktop.services import meetup_setup_edit as edits
    from colead_desktop.services.calendars import event_in_programme

    db = _database(args)
    with db.session() as session:
        event_in_programme(session, args.event, _programme(args, db))
        first = _first_round(args.from_round, setups.require_setup_in(session, args.event).rounds)
    applied = edits.replan(db, args.event, first_round=first)
    _print_moves(applied.moves)
    print(msg("再計画して保存しました（席の移動 {n}件）", "Re-planned and saved ({n} seats moved)",
              n=len(applied.moves)), file=sys.stderr)
    return 0


def _print_moves(moves: Sequence[Move]) -> None:
    """Who sits elsewhere now, by name, on stdout only: the log never sees a name."""
    from colead_desktop.cli import _print_json

    _print_json({"moves": [{"round": m.round, "talent": m.talent, "from": m.from_table, "to": m.to_table}
                           for m in moves]})


def register(roundtables: Subparsers) -> None:
    """Add `absent` and `replan` to the `roundtables` subcommands."""
    absent = roundtables.add_parser("absent", help="mark a talent absent from a meetup's rounds and re-plan, "
                                    "moving as few people as the even tables need")
    absent.add_argument("--event", required=True, type=int, metavar="ID", help="event ID (colead list events)")
    absent.add_argument("--talent", required=True, type=int, metavar="ID", help="talent ID (colead list talents)")
    absent.add_argument("--rounds", metavar="N,...", help="the rounds missed (default: every round from --from-round on)")
    absent.add_argument("--from-round", type=int, default=1, metavar="N",
                        help="change no seat before round N: the rounds that have started (default 1)")
    absent.set_defaults(run=cmd_absent)
    present = roundtables.add_parser("present", help="take a talent's absence back (present again in a meetup's "
                                     "rounds) and re-plan, moving as few people as the even tables need")
    present.add_argument("--event", required=True, type=int, metavar="ID", help="event ID (colead list events)")
    present.add_argument("--talent", required=True, type=int, metavar="ID", help="talent ID (colead list talents)")
    present.add_argument("--rounds", metavar="N,...",
                         help="the rounds attended again (default: every round from --from-round on)")
    present.add_argument("--from-round", type=int, default=1, metavar="N",
                         help="change no seat before round N: the rounds that have started (default 1)")
    present.set_defaults(run=cmd_present)
    replan = roundtables.add_parser("replan", help="the window's 「再計画」: an out-of-date seating takes new "
                                    "talents in and lets archived and deleted ones go, an up-to-date one is improved")
    replan.add_argument("--event", required=True, type=int, metavar="ID", help="event ID (colead list events)")
    replan.add_argument("--from-round", type=int, default=1, metavar="N",
                        help="change no seat before round N: the rounds that have started (default 1)")
    replan.set_defaults(run=cmd_replan)
