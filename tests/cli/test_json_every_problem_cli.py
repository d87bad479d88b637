"""Review 16 item 5: `roundtables solve` and `matching solve` name every problem of their input at once, each with
its path, as the imports do (the first 20, then 「… and N more」), rather than stopping at the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from colead_desktop.domain.errors import InputProblems
from colead_desktop.domain.json_input import Node
from colead_desktop.services.payments_json import parse_records
from tests.cli.json_commands import documents, encoded, run


def _problem_lines(stderr: str) -> list[str]:
    return [line.removeprefix("Error: ") for line in stderr.splitlines() if line.strip()]


def test_round_tables_name_every_bad_field(tmp_path: Path) -> None:
    data = documents()["roundtables"]
    data["mode"] = "random"
    data["tables"][1]["capacity"] = 0
    data["talents"][2]["skill"] = ""
    data["talents"][5]["prefers"] = ["那覇"]
    data["talents"].append({"id": "t3", "skill": "engineer"})
    data["pins"][0]["round"] = 9
    data["apart"].append(["t1", "t99"])
    outcome = run("roundtables", encoded(data), tmp_path, "--lang", "en")
    assert (outcome.code, outcome.stdout) == (2, "")
    lines = _problem_lines(outcome.stderr)
    assert [line.split(":")[0] for line in lines] == [
        "mode", "tables[1].capacity", "talents[2].skill", "talents[5].prefers[0]", "talents[8].id", "pins[0].round",
        "apart[1][1]"], outcome.stderr


def test_a_broken_table_is_not_reported_again_where_it_is_named(tmp_path: Path) -> None:
    data = documents()["roundtables"]
    data["tables"][1]["capacity"] = "four"  # 桑名 is still a table every talent prefers: one problem, not nine
    outcome = run("roundtables", encoded(data), tmp_path, "--lang", "en")
    assert outcome.code == 2
    assert _problem_lines(outcome.stderr) == ["tables[1].capacity: must be a whole number from 1 to 1000"]


def test_matching_names_every_bad_field(tmp_path: Path) -> None:
    data = documents()["matching"]
    data["talents"][0]["wishes"].append("沖縄商事")
    data["talents"][1]["skills"] = "data"
    data["smes"][0]["capacity"] = -1
    data["smes"][1]["wishes"].append("t99")
    data["fixed"].append(["t01"])
    data["forbiden"] = []
    outcome = run("matching", encoded(data), tmp_path, "--lang", "en")
    assert (outcome.code, outcome.stdout) == (2, "")
    lines = _problem_lines(outcome.stderr)
    assert [line.split(":")[0] for line in lines] == [
        "input", "talents[0].wishes[2]", "talents[1].skills", "smes[0].capacity", "smes[1].wishes[1]", "fixed[1]"], \
        outcome.stderr


def test_past_twenty_problems_the_rest_are_counted(tmp_path: Path) -> None:
    data = documents()["matching"]
    data["talents"] = [{"id": f"t{i}", "skills": [], "wishes": ["どこにもない"]} for i in range(25)]
    data["fixed"], data["forbidden"] = [], []
    for sme in data["smes"]:
        sme["wishes"] = []
    outcome = run("matching", encoded(data), tmp_path, "--lang", "en")
    lines = _problem_lines(outcome.stderr)
    assert lines[:20] == [f"talents[{i}].wishes[0]: unknown SME id 'どこにもない'" for i in range(20)]
    assert lines[20:] == ["… and 5 more"]
    japanese = run("matching", encoded(data), tmp_path)
    assert japanese.stderr.rstrip().endswith("…ほか 5 件")


def test_payments_name_the_policy_and_every_bad_payee(tmp_path: Path) -> None:
    data = documents()["payments"]
    data["policy"]["honorarium_scope"] = "everything"
    payee = data["payees"][0]
    data["payees"] = [payee, {**payee, "id": "t02", "tax": "corporate"},
                      {**payee, "id": "t03", "expenses": [{**payee["expenses"][0], "amount_yen": -5}]}, payee]
    outcome = run("payments", encoded(data), tmp_path, "--lang", "en")
    assert (outcome.code, outcome.stdout) == (2, "")
    assert [line.split(":")[0] for line in _problem_lines(outcome.stderr)] == [
        "policy.honorarium_scope", "payees[1].tax", "payees[2].expenses[0].amount_yen", "payees[3].id"], outcome.stderr


def test_payments_name_every_bad_field_of_one_payee(tmp_path: Path) -> None:
    """Not only the first bad field of each payee: a file with three mistakes in one payee is fixed in one pass."""
    data = documents()["payments"]
    payee = data["payees"][0]
    expense = payee["expenses"][0]
    data["payees"] = [{**payee, "tax": "corporate", "tour_days": ["2021/11/16"],
                       "expenses": [{**expense, "amount_yen": "１２３４"}, {**expense, "paid_directly": "yes"}]}]
    outcome = run("payments", encoded(data), tmp_path, "--lang", "en")
    assert (outcome.code, outcome.stdout) == (2, "")
    assert [line.split(":")[0] for line in _problem_lines(outcome.stderr)] == [
        "payees[0].tax", "payees[0].tour_days[0]", "payees[0].expenses[0].amount_yen",
        "payees[0].expenses[1].paid_directly"], outcome.stderr


def test_a_corrected_records_file_names_every_bad_field() -> None:
    """`payments adjust --records FILE` reads the file with parse_records: every bad field at once."""
    document = {"tour_days": ["2021-11-16", "2021-11-16"], "work_days": [{"date": "2021-11-20", "activity": "golf"}],
                "expenses": [{"date": "2021-11-16", "category": "air", "amount_yen": -1, "paid_directly": False}]}
    with pytest.raises(InputProblems) as raised:
        parse_records(Node(document, "records"))
    assert [line.split(":")[0] for line in raised.value.problems] == [
        "records.work_days[0].activity", "records.tour_days[1]", "records.expenses[0].amount_yen"]
