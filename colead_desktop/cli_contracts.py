"""`colead contracts …`: the NDAs and rights agreements of the current programme's pairs (issue 19 item 6)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.contracts import Contract, ContractKind, state_of
from colead_desktop.domain.i18n import msg

if TYPE_CHECKING:
    from colead_desktop.cli import Subparsers


def register(sub: Subparsers) -> None:
    contracts = sub.add_parser("contracts", help="NDAs and rights agreements per talent–SME pair").add_subparsers(
        dest="action", required=True)
    listed = contracts.add_parser("list", help="the programme's contracts with their state")
    listed.add_argument("--json", action="store_true", help="print JSON (always)")
    listed.set_defaults(run=_list)
    waiting = contracts.add_parser("attention", help="what waits: contracts to send or sign, expiring or expired, "
                                   "and agreed pairs without an NDA")
    waiting.add_argument("--json", action="store_true", help="print JSON (always)")
    waiting.set_defaults(run=_attention)
    add = contracts.add_parser("add", help="a contract for pair PAIR_ID")
    add.add_argument("pair_id", type=int, metavar="PAIR_ID")
    add.add_argument("--kind", required=True, choices=[k.value for k in ContractKind])
    _dates(add)
    add.set_defaults(run=_add)
    change = contracts.add_parser("set", help="change contract ID (sent, signed, expiry, signatories, note)")
    change.add_argument("id", type=int, metavar="ID")
    change.add_argument("--version", type=int, help="the version the change was made from (exit 4 when stale)")
    _dates(change)
    change.set_defaults(run=_set)
    uncovered = contracts.add_parser("uncovered", help="business-model work days that no signed NDA covers")
    uncovered.add_argument("--json", action="store_true", help="print JSON (always)")
    uncovered.set_defaults(run=_uncovered)


def _dates(parser: argparse.ArgumentParser) -> None:
    for name in ("sent", "signed", "expires"):
        parser.add_argument(f"--{name}", type=date.fromisoformat, metavar="YYYY-MM-DD")
    parser.add_argument("--signatories", metavar="TEXT")
    parser.add_argument("--note", metavar="TEXT")


def _changed(contract: Contract, args: argparse.Namespace) -> Contract:
    given = {"sent_on": args.sent, "signed_on": args.signed, "expires_on": args.expires,
             "signatories": args.signatories, "note": args.note}
    return replace(contract, **{name: value for name, value in given.items() if value is not None})


def _json(contract: Contract, today: date) -> dict[str, Any]:
    state = state_of(contract, today)
    return {**asdict(contract), "kind": contract.kind.value, "state": state.value, "state_label": state.label}


def _list(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services import contracts

    db = cli._database(args)
    cli._print_json([_json(c, tokyo_today()) for c in contracts.contracts(db, cli._programme(args, db))])
    return 0


def _attention(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services import contracts

    db = cli._database(args)
    cli._print_json([asdict(line) for line in contracts.attention(db, cli._programme(args, db), tokyo_today())])
    return 0


def _add(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services import contracts

    db = cli._database(args)
    saved = contracts.save_contract(db, _changed(Contract(None, args.pair_id, ContractKind(args.kind)), args))
    cli._print_json(_json(saved, tokyo_today()))
    return 0


def _set(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.cli_records import STALE_EXIT
    from colead_desktop.domain.conflicts import StaleRecord
    from colead_desktop.services import contracts

    db = cli._database(args)
    stored = contracts.get_contract(db, args.id)
    mine = replace(stored, version=args.version) if args.version is not None else stored
    try:
        saved = contracts.save_contract(db, _changed(mine, args), None if args.version is not None else stored)
    except StaleRecord as stale:
        print(msg("競合: {text}", "Conflict: {text}", text=str(stale)), file=sys.stderr)
        return STALE_EXIT
    cli._print_json(_json(saved, tokyo_today()))
    return 0


def _uncovered(args: argparse.Namespace) -> int:
    from colead_desktop import cli
    from colead_desktop.services import contracts

    db = cli._database(args)
    programme_id = cli._programme(args, db)
    with db.session() as session:
        days = contracts.uncovered_work_days(session, programme_id)
    cli._print_json([{**asdict(work), "day": work.day.isoformat()} for work in days])
    return 0
