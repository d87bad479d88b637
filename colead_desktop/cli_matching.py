"""`colead matching …`: talent–SME matching from the command line (issue 19)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from colead_desktop.domain.json_input import Node

JsonCommand = Callable[[Callable[["Node"], Any]], Callable[[argparse.Namespace], int]]


def register(sub: Any, json_command: JsonCommand) -> None:
    """Add the `matching` commands to the CLI's subparsers; `json_command` is cli's reader-and-printer wrapper."""
    matching = sub.add_parser("matching", help="talent–SME matching").add_subparsers(dest="action", required=True)
    solve = matching.add_parser("solve", help="the optimal talent–SME matching for INPUT.json ('-' for stdin)")
    solve.add_argument("input")
    solve.set_defaults(run=json_command(_solve))


def _solve(document: Node) -> Any:
    from colead_desktop.services.matching_json import solve

    return solve(document)
