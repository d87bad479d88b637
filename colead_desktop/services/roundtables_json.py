"""JSON in, JSON out for `colead roundtables solve INPUT.json`.

Why a separate layer: the CLI and scripts speak JSON, the planner speaks frozen dataclasses. Every
schema error names its field (`talents[3].skill`) so a person editing the file by hand finds it.
"""

from __future__ import annotations

from typing import Any

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roundtables import MODES, Pin, Plan, PlanInput, Table, Talent
from colead_desktop.domain.roundtables import solve as solve_plan


def solve(data: dict[str, Any]) -> dict[str, Any]:
    """Parse `data`, plan the rounds and return the plan with its metrics as plain JSON types."""
    return plan_to_json(parse_input(data))


def plan_to_json(inp: PlanInput) -> dict[str, Any]:
    plan: Plan = solve_plan(inp)
    return {
        "rounds": [{"round": r, "tables": {k: list(v) for k, v in seating.items()}}
                   for r, seating in enumerate(plan.rounds, start=1)],
        "metrics": {"repeat_pairs": plan.metrics.repeat_pairs, "revisits": plan.metrics.revisits,
                    "table_size_spread": plan.metrics.table_size_spread,
                    "unmet_preferences": plan.metrics.unmet_preferences},
    }


def _bad(field: str, expected: str) -> InputError:
    return InputError(msg("{f}: {e}を指定してください", "{f}: expected {e}", f=field, e=expected))


def _get(obj: dict[str, Any], key: str, field: str, required: bool = True) -> Any:
    if key not in obj:
        if required:
            raise InputError(msg("{f} がありません", "{f} is missing", f=field))
        return None
    return obj[key]


def _int(value: Any, field: str, minimum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(field, msg("整数", "an integer"))
    if minimum is not None and value < minimum:
        raise _bad(field, msg("{n}以上の整数", "an integer >= {n}", n=minimum))
    return value


def _str(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _bad(field, msg("空でない文字列", "a non-empty string"))
    return value


def _list(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise _bad(field, msg("配列", "a list"))
    return value


def _obj(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _bad(field, msg("オブジェクト", "an object"))
    return value


def _unique(ids: list[str], field: str) -> None:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            raise InputError(msg("{f}[{i}].id: 「{v}」が重複しています", "{f}[{i}].id: duplicate id '{v}'",
                                 f=field, i=i, v=item))
        seen.add(item)


def parse_input(data: Any) -> PlanInput:
    """Turn the JSON document into a PlanInput, naming the first bad field it meets."""
    root = _obj(data, "$")
    rounds = _int(_get(root, "rounds", "rounds"), "rounds", 1)
    mode = _get(root, "mode", "mode")
    if mode not in MODES:
        raise _bad("mode", "fixed_groups / mix")
    seed_value = _get(root, "seed", "seed", required=False)
    seed = 0 if seed_value is None else _int(seed_value, "seed")
    tables = []
    for i, raw in enumerate(_list(_get(root, "tables", "tables"), "tables")):
        where = f"tables[{i}]"
        item = _obj(raw, where)
        tables.append(Table(_str(_get(item, "id", f"{where}.id"), f"{where}.id"),
                            _int(_get(item, "capacity", f"{where}.capacity"), f"{where}.capacity", 1)))
    _unique([t.id for t in tables], "tables")
    table_ids = {t.id for t in tables}
    talents = [_talent(raw, i, rounds, table_ids) for i, raw in enumerate(_list(_get(root, "talents", "talents"),
                                                                                   "talents"))]
    _unique([t.id for t in talents], "talents")
    talent_ids = {t.id for t in talents}
    pins = []
    for i, raw in enumerate(_list(_get(root, "pins", "pins", required=False) or [], "pins")):
        where = f"pins[{i}]"
        item = _obj(raw, where)
        talent = _ref(_get(item, "talent", f"{where}.talent"), f"{where}.talent", talent_ids)
        round_no = _int(_get(item, "round", f"{where}.round"), f"{where}.round", 1)
        if round_no > rounds:
            raise _bad(f"{where}.round", msg("1〜{n}", "1-{n}", n=rounds))
        pins.append(Pin(talent, round_no, _ref(_get(item, "table", f"{where}.table"), f"{where}.table", table_ids)))
    apart = []
    for i, raw in enumerate(_list(_get(root, "apart", "apart", required=False) or [], "apart")):
        pair = _list(raw, f"apart[{i}]")
        if len(pair) != 2:
            raise _bad(f"apart[{i}]", msg("2名のIDの組", "a pair of two talent ids"))
        a, b = (_ref(pair[j], f"apart[{i}][{j}]", talent_ids) for j in range(2))
        apart.append((a, b))
    return PlanInput(rounds, mode, seed, tuple(tables), tuple(talents), tuple(pins), tuple(apart))


def _ref(value: Any, field: str, known: set[str]) -> str:
    name = _str(value, field)
    if name not in known:
        raise InputError(msg("{f}: 「{v}」は定義されていません", "{f}: unknown id '{v}'", f=field, v=name))
    return name


def _talent(raw: Any, i: int, rounds: int, table_ids: set[str]) -> Talent:
    where = f"talents[{i}]"
    item = _obj(raw, where)
    prefers = tuple(_ref(p, f"{where}.prefers[{j}]", table_ids)
                    for j, p in enumerate(_list(_get(item, "prefers", where, required=False) or [],
                                                f"{where}.prefers")))
    raw_rounds = _get(item, "rounds", where, required=False)
    attends = None
    if raw_rounds is not None:
        numbers = [_int(r, f"{where}.rounds[{j}]", 1) for j, r in enumerate(_list(raw_rounds, f"{where}.rounds"))]
        for j, r in enumerate(numbers):
            if r > rounds:
                raise _bad(f"{where}.rounds[{j}]", msg("1〜{n}", "1-{n}", n=rounds))
        attends = frozenset(numbers)
    return Talent(_str(_get(item, "id", f"{where}.id"), f"{where}.id"),
                  _str(_get(item, "skill", f"{where}.skill"), f"{where}.skill"), prefers, attends)
