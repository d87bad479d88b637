"""Valid input documents for the JSON commands, and a way to run a command in-process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.cli.run import colead

COMMANDS = {
    "roundtables": ("roundtables", "solve"),
    "tour": ("tour", "check"),
    "payments": ("payments", "compute"),
    "matching": ("matching", "solve"),
}


def documents() -> dict[str, dict[str, Any]]:
    """A fresh copy of a small valid document per command."""
    return {
        "roundtables": {"rounds": 3, "mode": "mix", "seed": 1,
                        "tables": [{"id": r, "capacity": 4} for r in ("北見", "桑名", "沖縄")],
                        "talents": [{"id": f"t{i}", "skill": "engineer", "prefers": ["桑名"]} for i in range(8)],
                        "pins": [{"talent": "t0", "round": 2, "table": "沖縄"}], "apart": [["t1", "t2"]]},
        "tour": {"tour": {"start_date": "2024-06-04", "days": 3, "party_size": 8, "base_venue": "v",
                          "transport": {"mode": "official_car", "seats": 10}, "lodging_nights": 2,
                          "arrival": {"place": "g", "time": "2024-06-04T12:00"}},
                 "places": [{"id": "v", "name": "会場", "kind": "venue", "lat": 35.0655, "lon": 136.6895,
                             "capacity": 20},
                            {"id": "g", "name": "駅", "kind": "gateway", "lat": 35.0654, "lon": 136.684}],
                 "items": [{"day": 1, "start": "13:00", "end": "14:00", "kind": "orientation", "place": "v"},
                           {"day": 3, "start": "13:00", "end": "15:00", "kind": "presentation", "place": "v"}]},
        "payments": {"policy": {"per_diem_yen": 10000, "honorarium_daily_yen": 30000, "honorarium_cap_yen": 150000,
                                "honorarium_scope": "support_only", "travel": {"rule": "actual"},
                                "withhold_reimbursements": True},
                     "payees": [{"id": "t01", "name": "青木 遥", "tax": "individual",
                                 "tour_days": ["2021-11-16", "2021-11-17"],
                                 "work_days": [{"date": "2021-12-01", "activity": "support"}],
                                 "expenses": [{"date": "2021-11-16", "category": "air", "amount_yen": 91_580,
                                               "paid_directly": False}]}]},
        "matching": {"talents": [{"id": "t01", "skills": ["データサイエンティスト"], "wishes": ["北見精工", "桑名鋳造"]},
                                 {"id": "t02", "skills": ["UI/UXデザイナー"], "wishes": ["桑名鋳造"]},
                                 {"id": "t03", "skills": [], "wishes": []}],
                     "smes": [{"id": "北見精工", "capacity": 1, "wants_skills": ["データサイエンティスト"],
                               "wishes": ["t02", "t01"]},
                              {"id": "桑名鋳造", "capacity": 2, "wants_skills": ["UI/UXデザイナー"], "wishes": ["t03"]}],
                     "fixed": [["t03", "桑名鋳造"]], "forbidden": [["t02", "北見精工"]]},
    }


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


def run(command: str, raw: bytes, folder: Path, *options: str) -> Outcome:
    """`colead [options] <command> FILE` in this process, with `raw` as the file's bytes."""
    source = folder / "input.json"
    source.write_bytes(raw)
    done = colead(*options, *COMMANDS[command], str(source))
    return Outcome(done.returncode, done.stdout, done.stderr)


def encoded(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")
