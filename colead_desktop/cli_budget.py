"""`colead budget ...`: a programme's budget per region and line, and the budget against the actuals."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from colead_desktop.domain.budget import BudgetLine

if TYPE_CHECKING:
    from colead_desktop.cli import Subparsers


def _budget(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _database, _print_json, _programme
    from colead_desktop.domain.budget import budget_line, parse_amount, report_json
    from colead_desktop.domain.i18n import msg
    from colead_desktop.services import budget

    db = _database(args)
    programme_id = _programme(args, db)
    if args.action == "set":
        line = budget_line(args.line)
        budget.set_budget(db, programme_id, args.region, line, parse_amount(args.amount, args.region, line))
        print(msg("{region}の{line}の予算を設定しました", "Set the {region} {line} budget", region=args.region,
                  line=line.label), file=sys.stderr)
    _print_json(report_json(budget.programme_report(db, programme_id)))
    return 0


def register(sub: Subparsers) -> None:
    group = sub.add_parser("budget", help="予算: the budget per region and line against approved and paid "
                                          "statements").add_subparsers(dest="action", required=True)
    setting = group.add_parser("set", help="set one region's budget for one line (integer yen), then print the "
                                           "report as JSON")
    setting.add_argument("--region", required=True, metavar="NAME", help="a region of the programme (北見, 桑名…)")
    setting.add_argument("--line", required=True, choices=[line.value for line in BudgetLine],
                         help="旅費 travel, 日当 per_diem, 謝金 honorarium, 会場費 venue, その他 other")
    setting.add_argument("amount", metavar="AMOUNT", help="yen, e.g. 1200000 or 1,200,000")
    setting.set_defaults(run=_budget)
    show = group.add_parser("show", help="the budget against the actuals per region, line and month, as JSON")
    show.add_argument("--json", action="store_true", help="print JSON (always)")
    show.set_defaults(run=_budget)
