"""`colead checkout | checkin | holds`: taking a region's tours or one meetup offline (持ち出し) and back.

checkin exits 4 when records were changed in the shared database meanwhile (they are listed and kept as
they are), like `colead set` on a stale version, and when a reference-only row was changed in the copy behind
its triggers (listed under "not_written_back").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from colead_desktop.cli_records import STALE_EXIT

if TYPE_CHECKING:
    from colead_desktop.cli import Subparsers
    from colead_desktop.domain.offline import Step
    from colead_desktop.services.offline_checkin import CheckedIn


def _step_json(report: CheckedIn, step: Step) -> dict[str, object]:
    key = (step.taken.table, step.taken.record_id)
    return {"table": step.taken.table, "id": step.taken.record_id, "name": report.names.get(key, ""),
            "version": step.taken.version, **({"reason": step.reason} if step.reason else {})}


def cmd_checkout(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _database, _day, _print_json, _programme
    from colead_desktop.domain.clock import tokyo_today
    from colead_desktop.domain.offline import Scope
    from colead_desktop.domain.i18n import msg
    from colead_desktop.services.offline_checkout import check_out, region_id_named

    db = _database(args)
    until = _day(args.until, "--until")
    if args.region is not None:
        scope, scope_id = Scope.REGION, region_id_named(db, args.region)
    else:
        scope, scope_id = Scope.EVENT, args.event
    done = check_out(db, _programme(args, db), scope, scope_id, until, Path(args.out), tokyo_today())
    _print_json({"hold": done.hold_id, "login": done.login, "label": done.label, "until": done.until,
                 "file": str(done.file), "held": done.held, "copied": done.copied})
    print(msg("{out} に持ち出しました（{until} まで）", "Checked out to {out} (until {until})", out=done.file,
              until=done.until.isoformat()), file=sys.stderr)
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _database, _print_json
    from colead_desktop.domain.i18n import msg
    from colead_desktop.domain.offline import Outcome
    from colead_desktop.services.offline_checkin import check_in

    report = check_in(_database(args), Path(args.file), dry_run=args.dry_run)
    conflicts, references = report.of(Outcome.CONFLICT), report.of(Outcome.REFERENCE)
    _print_json({"hold": report.hold_id, "login": report.login, "label": report.label, "dry_run": report.dry_run,
                 "hold_was_open": report.hold_was_open,
                 **{key: [_step_json(report, s) for s in report.of(outcome)]
                    for key, outcome in (("written", Outcome.WRITE), ("deleted", Outcome.DELETE),
                                         ("added", Outcome.ADD), ("conflicts", Outcome.CONFLICT),
                                         ("not_written_back", Outcome.REFERENCE))}})
    if conflicts:
        print(msg("{n} 件は持ち出し中に共有データベースで変更されたため書き戻していません",
                  "{n} records were changed in the shared database meanwhile and were not written back",
                  n=len(conflicts)), file=sys.stderr)
    if references:
        print(msg("{n} 件は参照用の記録が持ち出し先で変更されていたため書き戻していません",
                  "{n} reference-only records were changed in the offline copy and were not written back",
                  n=len(references)), file=sys.stderr)
    return STALE_EXIT if conflicts or references else 0


def cmd_holds(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _database, _print_json
    from colead_desktop.domain.clock import tokyo_today
    from colead_desktop.services.offline_holds import list_holds, release

    db = _database(args)
    today = tokyo_today()
    holds = [release(db, args.release, today)] if args.release is not None else list_holds(db, today)
    _print_json([{"id": h.id, "login": h.login, "label": h.label, "scope": h.scope_kind, "scope_id": h.scope_id,
                  "until": h.until, "expired": h.expired, "text": h.text, "outcome": h.outcome,
                  "ended_by": h.ended_by} for h in holds])
    return 0


def register(sub: Subparsers) -> None:
    out = sub.add_parser("checkout", help="持ち出し: copy a region's tours or one meetup to an offline SQLite file "
                                          "and hold them until a date")
    what = out.add_mutually_exclusive_group(required=True)
    what.add_argument("--region", metavar="NAME", help="the region's tours, companies and venues")
    what.add_argument("--event", type=int, metavar="ID", help="one meetup: the event, its agenda, tables and "
                                                              "participations")
    out.add_argument("--until", required=True, metavar="YYYY-MM-DD", help="the last day of the hold")
    out.add_argument("--out", required=True, metavar="FILE.sqlite", help="the offline copy (must not exist)")
    out.set_defaults(run=cmd_checkout)
    back = sub.add_parser("checkin", help="持ち帰り: write an offline copy's changes back (exit 4 on conflicts)")
    back.add_argument("file", metavar="FILE.sqlite")
    back.add_argument("--dry-run", action="store_true", help="print what would be written and the conflicts only")
    back.set_defaults(run=cmd_checkin)
    holds = sub.add_parser("holds", help="the open offline holds as JSON, or release one (管理者, once expired)")
    holds.add_argument("--release", type=int, metavar="ID")
    holds.set_defaults(run=cmd_holds)
