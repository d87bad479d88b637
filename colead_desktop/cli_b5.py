"""`colead import b5 FILE [--dry-run]` and `colead list tours [--json]`: the B-5 worksheet round trip from the
command line (`colead export b5 --tour ID --out FILE` writes the file).

They are kinds of the existing `import` and `list` commands, so `register` adds them to those commands' KIND
choices and runs them for that kind only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.i18n import msg


def cmd_import_b5(args: argparse.Namespace) -> int:
    """Print what the import changes (JSON), then write it unless --dry-run; exit 2 naming sheet and cell."""
    from colead_desktop.cli import _database, _print_json, _programme
    from colead_desktop.services.b5_import import apply_b5_import, plan_b5_import

    db = _database(args)
    programme_id = _programme(args, db)
    plan = plan_b5_import(db, programme_id, Path(args.file), tokyo_today())
    report = plan.as_json()
    if args.dry_run:
        print(msg("確認のみ（--dry-run）: 何も書き込んでいません", "Dry run: nothing was written"), file=sys.stderr)
    elif plan.action != "unchanged":
        report["tour"] = apply_b5_import(db, programme_id, plan).id
    report["dry_run"] = bool(args.dry_run)
    _print_json(report)
    return 0


def cmd_list_tours(args: argparse.Namespace) -> int:
    from dataclasses import asdict  # here: `list talents` registers this module but must not import dataclasses

    from colead_desktop.cli import _database, _print_json, _programme
    from colead_desktop.services.tours import list_tours

    db = _database(args)
    tours = list_tours(db, _programme(args, db))
    if args.json:
        _print_json([asdict(tour) for tour in tours])
    else:
        for tour in tours:
            print(f"{tour.key}  {tour.start_date.isoformat()}  {tour.days}d  {tour.region}  {tour.title}")
    return 0


def _add_kind(parser: argparse.ArgumentParser, kind: str, run: Callable[[argparse.Namespace], int]) -> None:
    argument = next(action for action in parser._actions if action.dest == "kind")
    argument.choices = (*(argument.choices or ()), kind)
    others: Callable[[argparse.Namespace], int] = parser.get_default("run")
    parser.set_defaults(run=lambda args: run(args) if args.kind == kind else others(args))


def register(listing: argparse.ArgumentParser | None = None, importing: argparse.ArgumentParser | None = None) -> None:
    """Add `tours` to `colead list` and `b5` to `colead import` (whose --dry-run it honours), to those given
    (the parser of a run builds only the command it runs)."""
    if listing is not None:
        _add_kind(listing, "tours", cmd_list_tours)
    if importing is not None:
        _add_kind(importing, "b5", cmd_import_b5)
