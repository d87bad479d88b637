"""`colead matching solve`: the answer for a small document, and exit 2 with nothing on stdout for ids and
pairs that cannot be, each message naming the culprit; `propose`, `pairs` and `move` on a stored matching."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from colead_desktop import cli
from colead_desktop.db.engine import Database
from tests.cli.json_commands import documents, encoded, run
from tests.services.matching_fixtures import make_world


def test_solves_the_document(tmp_path: Path) -> None:
    outcome = run("matching", encoded(documents()["matching"]), tmp_path)
    assert outcome.code == 0, outcome.stderr
    # t03 is fixed at 桑名鋳造; t02 is forbidden at 北見精工 and lists only 桑名鋳造 (room for one more);
    # t01 then gets 北見精工, its first wish: (1 + 2) + (1 + 2) + (1 + 1) = 8.
    assert json.loads(outcome.stdout) == {
        "pairs": [["t01", "北見精工"], ["t02", "桑名鋳造"], ["t03", "桑名鋳造"]],
        "unmatched": [],
        "metrics": {"matched": 3, "rank_cost": 8, "skill_fit": 2, "blocking_pairs": 0},
    }


def _broken(change: str) -> dict[str, Any]:
    data = documents()["matching"]
    talents, smes = data["talents"], data["smes"]
    if change == "unknown_wish":
        smes[0]["wishes"].append("t99")
    elif change == "unknown_fixed":
        data["fixed"].append(["t01", "沖縄商事"])
    elif change == "duplicate_talent":
        talents.append({"id": "t02", "skills": [], "wishes": []})
    elif change == "duplicate_sme":
        smes.append({"id": "北見精工", "capacity": 1, "wants_skills": [], "wishes": []})
    elif change == "fixed_and_forbidden":
        data["forbidden"].append(["t03", "桑名鋳造"])
    elif change == "over_capacity":
        smes[1]["capacity"] = 0
    elif change == "fixed_twice":
        data["fixed"].append(["t03", "北見精工"])
    elif change == "wish_twice":
        talents[0]["wishes"].append("北見精工")
    elif change == "unknown_key":
        data["forbiden"] = data.pop("forbidden")
    return data


@pytest.mark.parametrize("change,named", [
    ("unknown_wish", "smes[0].wishes[2]: unknown talent id 't99'"),
    ("unknown_fixed", "fixed[1][1]: unknown SME id '沖縄商事'"),
    ("duplicate_talent", "talents[3].id: duplicate id 't02'"),
    ("duplicate_sme", "smes[2].id: duplicate id '北見精工'"),
    ("fixed_and_forbidden", "The fixed pair (t03, 桑名鋳造) is also forbidden"),
    ("over_capacity", "SME '桑名鋳造' has more fixed pairs (1) than its capacity (0)"),
    ("fixed_twice", "Talent 't03' is fixed to two SMEs (桑名鋳造, 北見精工)"),
    ("wish_twice", "talents[0].wishes[2]: '北見精工' is listed twice"),
    ("unknown_key", "has unknown keys: forbiden"),
])
def test_impossible_input_exits_2_naming_it_and_prints_nothing(tmp_path: Path, change: str, named: str) -> None:
    outcome = run("matching", encoded(_broken(change)), tmp_path, "--lang", "en")
    assert (outcome.code, outcome.stdout) == (2, "")
    assert named in outcome.stderr and "Traceback" not in outcome.stderr


def test_japanese_message_names_the_pair(tmp_path: Path) -> None:
    outcome = run("matching", encoded(_broken("fixed_and_forbidden")), tmp_path)
    assert (outcome.code, outcome.stdout) == (2, "")
    assert "固定ペア（t03, 桑名鋳造）は禁止ペアにも指定されています" in outcome.stderr


def test_reads_stdin_in_a_real_process() -> None:
    raw = encoded(documents()["matching"])
    result = subprocess.run([sys.executable, "-m", "colead_desktop.cli", "matching", "solve", "-"], input=raw,
                            capture_output=True, env=os.environ.copy(), timeout=60, check=False)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["metrics"]["matched"] == 3


def _colead(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_propose_pairs_and_move_on_the_stored_matching(db: Database, tmp_path: Path) -> None:
    world = make_world(db)
    db.dispose()  # the commands open the same file (the default in the data folder) themselves
    code, stored, err = _colead("matching", "input", "--json")
    assert code == 0, err
    # What `input` prints, `solve` reads: the same answer as the stored proposal below.
    solved = json.loads(run("matching", stored.encode("utf-8"), tmp_path).stdout)
    code, out, err = _colead("matching", "propose", "--by", "事務局A")
    assert code == 0, err
    proposed = json.loads(out)
    assert {(p["talent"], p["company"], p["status"]) for p in proposed} == {
        ("佐藤 花子", "北見精工", "candidate"), ("高橋 三郎", "北見観光", "candidate"), ("鈴木 一郎", "北見農産", "candidate")}
    assert solved["pairs"] == sorted([str(p["talent_id"]), str(p["company_id"])] for p in proposed)
    pair = next(p["id"] for p in proposed if p["talent_id"] == world.talents[0])
    assert _colead("matching", "move", str(pair), "dissolved", "--by", "事務局A")[:2] == (2, "")  # no reason
    code, out, _ = _colead("matching", "move", str(pair), "dissolved", "--reason", "辞退", "--by", "事務局A")
    assert (code, json.loads(out)) == (0, {"pair": pair, "status": "dissolved"})
    code, out, _ = _colead("matching", "pairs", "--json")
    log = next(p["log"] for p in json.loads(out) if p["id"] == pair)
    assert [(e["to"], e["reason"], e["who"]) for e in log] == [("candidate", "マッチング提案", "事務局A"),
                                                              ("dissolved", "辞退", "事務局A")]

    # `load` replaces the stored matching with a document in the shape `input` prints; a bad one changes nothing.
    document = json.loads(stored)
    document["forbidden"] = [[str(world.talents[0]), str(world.companies[2])]]
    document["smes"][1]["capacity"] = 2
    source = tmp_path / "matching.json"
    talents, smes = document["talents"], document["smes"]
    for bad, named in (({"talents": [*talents, {"id": "999", "skills": [], "wishes": []}]}, "Talent 999 is not in"),
                       ({"talents": [{**talents[0], "skills": ["ux_designer"]}, *talents[1:]]}, "change them there"),
                       ({"smes": [{**smes[0], "wants_skills": ["juggler"]}, *smes[1:]]}, "'juggler' must be one of")):
        source.write_text(json.dumps({**document, **bad}), encoding="utf-8")
        code, out, err = _colead("--lang", "en", "matching", "load", str(source))
        assert (code, out) == (2, "") and named in err, err
    assert _colead("matching", "input")[1] == stored
    source.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = _colead("matching", "load", str(source))
    assert (code, json.loads(out)) == (0, document), err

    # `add` pairs by hand, checked by the solver's rules; a refused re-match leaves the old pair as it was.
    t0, t1, c1 = world.talents[0], world.talents[1], world.companies[1]
    other = next(p["id"] for p in proposed if p["talent_id"] == t1)
    code, out, err = _colead("--lang", "en", "matching", "add", str(t1), str(c1), "--by", "事務局A",
                             "--reason", "意見交換会で再マッチング", "--replaces", str(other))
    assert (code, out) == (2, "") and f"The pair ({t1}, {c1}) is in neither side's wishes" in err
    code, out, err = _colead("matching", "add", str(t0), str(c1), "--by", "事務局A")
    assert code == 0, err
    statuses = {p["id"]: p["status"] for p in json.loads(_colead("matching", "pairs")[1])}
    assert statuses[other] == "candidate" and statuses[json.loads(out)["pair"]] == "candidate"
