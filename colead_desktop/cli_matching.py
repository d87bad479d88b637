"""`colead matching …`: talent–SME matching from the command line (issue 19).

`solve` works on a JSON document alone; `propose`, `pairs` and `move` work on the current programme's
stored matching (services/matching.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from colead_desktop.domain.matching import PairStatus

if TYPE_CHECKING:
    from colead_desktop.cli import Subparsers
    from colead_desktop.db.engine import Database
    from colead_desktop.domain.json_input import Node

JsonCommand = Callable[[Callable[["Node"], object]], Callable[[argparse.Namespace], int]]


def register(sub: Subparsers, json_command: JsonCommand) -> None:
    """Add the `matching` commands to the CLI's subparsers; `json_command` is cli's reader-and-printer wrapper."""
    matching = sub.add_parser("matching", help="talent–SME matching").add_subparsers(dest="action", required=True)
    solve = matching.add_parser("solve", help="the optimal talent–SME matching for INPUT.json ('-' for stdin)")
    solve.add_argument("input")
    solve.set_defaults(run=json_command(_solve))
    propose = matching.add_parser("propose", help="solve the programme's matching and store it as 候補 pairs "
                                  "(pairs past 候補 are kept)")
    propose.add_argument("--by", required=True, metavar="NAME", help="who proposes (kept in each pair's log)")
    propose.set_defaults(run=_propose)
    listed = matching.add_parser("pairs", help="the programme's pairs with ranks, skills, status and log")
    listed.add_argument("--json", action="store_true", help="print JSON (always)")
    listed.set_defaults(run=_pairs)
    stored = matching.add_parser("input", help="the programme's stored matching as `solve` reads it (ids are "
                                 "database ids as text)")
    stored.add_argument("--json", action="store_true", help="print JSON (always)")
    stored.set_defaults(run=_input)
    load = matching.add_parser("load", help="replace the programme's stored matching with FILE.json (the shape "
                               "`input` prints; '-' for stdin)")
    load.add_argument("input", metavar="FILE.json")
    load.set_defaults(run=_load)
    add = matching.add_parser("add", help="pair talent TALENT_ID with company COMPANY_ID by hand (as 候補), checked "
                              "against the constraints")
    add.add_argument("talent_id", type=int, metavar="TALENT_ID")
    add.add_argument("company_id", type=int, metavar="COMPANY_ID")
    add.add_argument("--replaces", type=int, metavar="PAIR_ID", help="a re-match: dissolve this pair (needs --reason)")
    add.add_argument("--reason", default="", metavar="TEXT")
    add.add_argument("--by", required=True, metavar="NAME", help="who pairs them (kept in the pair's log)")
    add.set_defaults(run=_add)
    move = matching.add_parser("move", help="move pair ID to STATUS (forward, or dissolved with --reason)")
    move.add_argument("id", type=int, metavar="ID")
    move.add_argument("status", choices=[s.value for s in PairStatus], metavar="STATUS",
                      help=" | ".join(s.value for s in PairStatus))
    move.add_argument("--reason", default="", metavar="TEXT")
    move.add_argument("--by", required=True, metavar="NAME", help="who moves it (kept in the pair's log)")
    move.set_defaults(run=_move)


def _solve(document: Node) -> dict[str, object]:
    from colead_desktop.services.matching_json import solve

    return solve(document)


def _propose(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services import matching

    db = cli._database(args)
    programme_id = cli._programme(args, db)
    matching.propose(db, programme_id, args.by)
    cli._print_json(matching.pairs(db, programme_id))
    return 0


def _pairs(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services import matching

    db = cli._database(args)
    cli._print_json(matching.pairs(db, cli._programme(args, db)))
    return 0


def _input(args: argparse.Namespace) -> int:
    from colead_desktop import cli

    db = cli._database(args)
    _print_stored(db, cli._programme(args, db))
    return 0


def _print_stored(db: Database, programme_id: int) -> None:
    from colead_desktop import cli
    from colead_desktop.services import matching
    from colead_desktop.services.matching_json import input_to_json

    with db.session() as session:
        cli._print_json(input_to_json(matching.matching_input(session, programme_id)))


def _load(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services import matching
    from colead_desktop.services.matching_json import parse_input

    inp = parse_input(cli._read_json(args.input))  # before the database is opened: a bad file touches nothing
    db = cli._database(args)
    programme_id = cli._programme(args, db)
    matching.load(db, programme_id, inp)
    _print_stored(db, programme_id)
    return 0


def _add(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services import matching

    db = cli._database(args)
    pair = matching.add_pair(db, cli._programme(args, db), args.talent_id, args.company_id, args.by, args.reason,
                             args.replaces)
    cli._print_json({"pair": pair, "status": "candidate"})
    return 0


def _move(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services import matching

    matching.move_pair(cli._database(args), args.id, PairStatus(args.status), args.by, args.reason)
    cli._print_json({"pair": args.id, "status": args.status})
    return 0
