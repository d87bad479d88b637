"""`colead team ...`: set up a shared PostgreSQL database for a team and manage its logins (services/team.py)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from colead_desktop.domain.team import Role

if TYPE_CHECKING:
    from colead_desktop.cli import Subparsers


def _team(args: argparse.Namespace) -> int:
    from colead_desktop.cli import _database, _print_json
    from colead_desktop.domain.team import role_named
    from colead_desktop.services import team

    db = _database(args)
    if args.action == "init":
        _print_json({"tables": team.init_team(db), "roles": [role.value for role in Role]})
    elif args.action == "add-user":
        role = role_named(args.role)
        password = team.add_user(db, args.login, role, args.region or [])
        shown: dict[str, Any] = {"login": args.login, "role": role.value, "regions": args.region or []}
        if password is not None:  # printed this once: the database keeps only its hash
            shown["password"] = password
        _print_json(shown)
    elif args.action == "list":
        _print_json([{"login": m.login, "roles": [r.value for r in m.roles], "regions": list(m.regions)}
                     for m in team.list_members(db)])
    elif args.action == "remove":
        _print_json({"login": args.login, "dropped": team.remove_user(db, args.login)})
    return 0


def register(sub: Subparsers) -> None:
    team = sub.add_parser("team", help="a team on one shared PostgreSQL database: roles and logins (run by "
                                       "the database owner)").add_subparsers(dest="action", required=True)
    team.add_parser("init", help="create or refresh the schema, group roles, grants and policies (safe to "
                                 "run again)").set_defaults(run=_team)
    add = team.add_parser("add-user", help="create LOGIN with a generated password (printed once), or give an "
                                           "existing login a role")
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", required=True, choices=[role.value for role in Role],
                     help="管理者 admin, 事務局 secretariat, ラボ担当 lab, 経理 accounting, 閲覧 viewer")
    add.add_argument("--region", action="append", metavar="NAME", help="a lab coordinator's region (repeat)")
    add.set_defaults(run=_team)
    team.add_parser("list", help="the team's logins with their roles and regions, as JSON").set_defaults(run=_team)
    remove = team.add_parser("remove", help="take the team roles from LOGIN and drop it")
    remove.add_argument("login", metavar="LOGIN")
    remove.set_defaults(run=_team)
