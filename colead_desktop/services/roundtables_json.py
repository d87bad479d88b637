"""JSON in, JSON out for `colead roundtables solve INPUT.json`.

Why a separate layer: the CLI and scripts speak JSON, the planner speaks frozen dataclasses. Every
schema error names its field (`talents[3].skill`) so a person editing the file by hand finds it.
"""

from __future__ import annotations

from typing import Any, cast

from colead_desktop.domain.json_input import Node
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


def _unique_ids(nodes: list[Node], ids: list[str]) -> set[str]:
    seen: set[str] = set()
    for node, value in zip(nodes, ids, strict=True):
        if value in seen:
            raise node.field("id").fail("「{v}」が重複しています", "duplicate id '{v}'", v=value)
        seen.add(value)
    return seen


def _ref(node: Node, known: set[str]) -> str:
    name = node.text()
    if name not in known:
        raise node.fail("「{v}」は定義されていません", "unknown id '{v}'", v=name)
    return name


def parse_input(root: Node) -> PlanInput:
    """Turn the JSON document into a PlanInput, naming the first bad field it meets."""
    rounds = root.field("rounds").integer(1, MAX_ROUNDS)
    mode = cast(Mode, root.field("mode").choice(MODES))
    seed = root.field("seed").maybe(lambda n: n.integer(0, 2**31 - 1)) or 0
    table_nodes = root.field("tables").items(MAX_TABLES)
    tables = [Table(_printable_text(n.field("id")), n.field("capacity").integer(1, MAX_TALENTS)) for n in table_nodes]
    table_ids = _unique_ids(table_nodes, [t.id for t in tables])
    talent_nodes = root.field("talents").items(MAX_TALENTS)
    talents = [_talent(n, rounds, table_ids) for n in talent_nodes]
    talent_ids = _unique_ids(talent_nodes, [t.id for t in talents])
    pins = [Pin(_ref(n.field("talent"), talent_ids), n.field("round").integer(1, rounds),
                _ref(n.field("table"), table_ids))
            for n in _optional_items(root.field("pins"))]
    apart = []
    for node in _optional_items(root.field("apart")):
        pair = node.items(2)
        if len(pair) != 2:
            raise node.fail("2名のIDの組で指定してください", "must be a pair of two talent ids")
        apart.append((_ref(pair[0], talent_ids), _ref(pair[1], talent_ids)))
    return PlanInput(rounds, mode, seed, tuple(tables), tuple(talents), tuple(pins), tuple(apart))


def _printable_text(node: Node) -> str:
    """A table's name, refused naming its path when it cannot be printed (it names the table on every sheet)."""
    return printable(node.text(), node.path)


def _optional_items(node: Node) -> list[Node]:
    return node.maybe(lambda n: n.items(MAX_PAIRS)) or []


def _talent(node: Node, rounds: int, table_ids: set[str]) -> Talent:
    prefers = tuple(_ref(n, table_ids) for n in _optional_items(node.field("prefers")))
    attends = node.field("rounds").maybe(lambda r: frozenset(n.integer(1, rounds) for n in r.items(MAX_ROUNDS)))
    return Talent(node.field("id").text(), node.field("skill").text(), prefers, attends)
