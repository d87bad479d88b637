"""JSON in, JSON out for `colead roundtables solve INPUT.json`.

Why a separate layer: the CLI and scripts speak JSON, the planner speaks frozen dataclasses. Every
schema error names its field (`talents[3].skill`) so a person editing the file by hand finds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any, cast

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.json_input import Node, Problems
from colead_desktop.domain.roundtables import MODES, Mode, Pin, Plan, PlanInput, Table, Talent
from colead_desktop.domain.roundtables import solve as solve_plan
from colead_desktop.domain.validation import printable


def solve(document: Node) -> dict[str, Any]:
    """Parse the document, plan the rounds and return the plan with its metrics as plain JSON types."""
    return plan_to_json(parse_input(document))


def plan_to_json(inp: PlanInput) -> dict[str, Any]:
    plan: Plan = solve_plan(inp)
    return {
        "rounds": [{"round": r, "tables": {k: list(v) for k, v in seating.items()}}
                   for r, seating in enumerate(plan.rounds, start=1)],
        "metrics": {"repeat_pairs": plan.metrics.repeat_pairs, "revisits": plan.metrics.revisits,
                    "table_size_spread": plan.metrics.table_size_spread,
                    "unmet_preferences": plan.metrics.unmet_preferences,
                    "repeat_pairs_bound": plan.metrics.repeat_pairs_bound, "optimal": plan.metrics.optimal,
                    "limit_reached": plan.metrics.limit_reached},
    }


# Bounds that keep any input to seconds and megabytes. The mix planner builds each round in time quadratic in
# the talents: 1,000 talents x 20 rounds took 7 s on a 2-core machine, 5,000 took over two minutes.
MAX_ROUNDS = 20
MAX_TALENTS = 1_000
MAX_TABLES = 200
MAX_PAIRS = 10_000  # pins and keep-apart pairs, each


def _unique_ids(nodes: list[Node], problems: Problems) -> set[str]:
    """The ids of `nodes` that can be read (a row broken elsewhere is still known by its id, so references to it
    are not reported as well); each id given twice is a problem."""
    seen: set[str] = set()
    for node in nodes:
        value = _id_of(node)
        if value in seen:
            problems.messages.append(str(node.field("id").fail("「{v}」が重複しています", "duplicate id '{v}'", v=value)))
        elif value is not None:
            seen.add(value)
    return seen


def _id_of(node: Node) -> str | None:
    try:
        return node.field("id").text()
    except InputError:
        return None


def _an_object(node: Node, problems: Problems) -> bool:
    """Whether `node` is an object, noted once if not (rather than once per field read from it)."""
    return problems.attempt(lambda: node.field("id")) is not None


def _ref(node: Node, known: set[str]) -> str:
    name = node.text()
    if name not in known:
        raise node.fail("「{v}」は定義されていません", "unknown id '{v}'", v=name)
    return name


def parse_input(root: Node) -> PlanInput:
    """Turn the JSON document into a PlanInput, or InputProblems naming every bad field (json_input.Problems):
    each table, talent, pin and pair is read on its own, and an id whose row is broken still counts as defined."""
    problems = Problems()
    root.field("rounds")  # a document that is not an object is the one problem: fails naming it
    rounds = problems.attempt(lambda: root.field("rounds").integer(1, MAX_ROUNDS))
    most = rounds or MAX_ROUNDS  # rounds named elsewhere are checked against the bound when the count is bad
    mode = problems.attempt(lambda: cast(Mode, root.field("mode").choice(MODES)))
    seed = problems.attempt(lambda: root.field("seed").maybe(lambda n: n.integer(0, 2**31 - 1))) or 0
    table_nodes = problems.attempt(lambda: root.field("tables").items(MAX_TABLES)) or []
    tables = [t for n in table_nodes if (t := _table(n, problems)) is not None]
    table_ids = _unique_ids(table_nodes, problems)
    talent_nodes = problems.attempt(lambda: root.field("talents").items(MAX_TALENTS)) or []
    talents = [one for n in talent_nodes if (one := _talent(n, most, table_ids, problems)) is not None]
    talent_ids = _unique_ids(talent_nodes, problems)
    pins = [p for n in _optional_items(root.field("pins"), problems)
            if (p := _pin(n, Known(most, table_ids, talent_ids), problems)) is not None]
    apart = [pair for n in _optional_items(root.field("apart"), problems)
             if (pair := problems.attempt(partial(_pair, n, talent_ids))) is not None]
    problems.raise_any()
    assert rounds is not None and mode is not None  # else a problem was raised above
    return PlanInput(rounds, mode, seed, tuple(tables), tuple(talents), tuple(pins), tuple(apart))


@dataclass(frozen=True)
class Known:
    """What a pin may name: a round up to `rounds`, the tables and talents defined."""

    rounds: int
    tables: set[str]
    talents: set[str]


def _table(node: Node, problems: Problems) -> Table | None:
    if not _an_object(node, problems):
        return None
    read = problems.each(lambda: _printable_text(node.field("id")), lambda: node.field("capacity").integer(1, MAX_TALENTS))
    return None if read is None else Table(*read)


def _pin(node: Node, known: Known, problems: Problems) -> Pin | None:
    if not _an_object(node, problems):
        return None
    read = problems.each(lambda: _ref(node.field("talent"), known.talents),
                         lambda: node.field("round").integer(1, known.rounds),
                         lambda: _ref(node.field("table"), known.tables))
    return None if read is None else Pin(*read)


def _pair(node: Node, talent_ids: set[str]) -> tuple[str, str]:
    pair = node.items(2)
    if len(pair) != 2:
        raise node.fail("2名のIDの組で指定してください", "must be a pair of two talent ids")
    return _ref(pair[0], talent_ids), _ref(pair[1], talent_ids)


def _printable_text(node: Node) -> str:
    """A table's name, refused naming its path when it cannot be printed (it names the table on every sheet)."""
    return printable(node.text(), node.path)


def _optional_items(node: Node, problems: Problems) -> list[Node]:
    return problems.attempt(lambda: node.maybe(lambda n: n.items(MAX_PAIRS))) or []


def _talent(node: Node, rounds: int, table_ids: set[str], problems: Problems) -> Talent | None:
    """The talent in `node`, or None with each of its bad fields noted in `problems`."""
    if not _an_object(node, problems):
        return None
    read = problems.each(
        lambda: node.field("id").text(), lambda: node.field("skill").text(),
        lambda: tuple(_ref(n, table_ids) for n in node.field("prefers").maybe(lambda p: p.items(MAX_PAIRS)) or []),
        lambda: node.field("rounds").maybe(lambda r: frozenset(n.integer(1, rounds) for n in r.items(MAX_ROUNDS))))
    return None if read is None else Talent(*read)
