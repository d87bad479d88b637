"""`colead payments compute`: the per-payee fee_yen, prior_honorarium_yen and original (a correction)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli.json_commands import documents, encoded, run

# The document of json_commands: 2 tour days (10,000 each), 1 support day (30,000/day, cap 150,000),
# air 91,580 at actual cost, withheld on everything.
TAXI = {"date": "2021-11-17", "category": "taxi", "amount_yen": 10_000, "paid_directly": False}


def payee(data: dict[str, Any]) -> dict[str, Any]:
    first: dict[str, Any] = data["payees"][0]
    return first


def records(data: dict[str, Any]) -> dict[str, Any]:
    return {key: json.loads(json.dumps(payee(data)[key])) for key in ("tour_days", "work_days", "expenses")}


def computed(data: dict[str, Any], folder: Path) -> dict[str, Any]:
    outcome = run("payments", encoded(data), folder)
    assert outcome.code == 0, outcome.stderr
    result: dict[str, Any] = json.loads(outcome.stdout)
    return result


def test_without_the_new_fields_the_row_keeps_its_keys_and_adds_a_zero_fee(tmp_path: Path) -> None:
    out = computed(documents()["payments"], tmp_path)
    [row] = out["payees"]
    assert set(row) == {"id", "honorarium_days", "per_diem_yen", "honorarium_yen", "reimbursed_yen",
                        "paid_directly_yen", "gross_yen", "withholding_base_yen", "withholding_yen", "fee_yen",
                        "net_yen"}
    assert row["fee_yen"] == out["totals"]["fee_yen"] == 0
    assert row["net_yen"] == row["gross_yen"] - row["withholding_yen"] == 141_580 - 14_455


def test_fee_and_prior_honorarium(tmp_path: Path) -> None:
    """Prior 130,000 leaves 20,000 of the cap: gross 20,000 + 20,000 + 91,580 = 131,580, tax floor(× 10.21%)."""
    data = documents()["payments"]
    payee(data).update(fee_yen=330, prior_honorarium_yen=130_000)
    out = computed(data, tmp_path)
    [row] = out["payees"]
    assert (row["honorarium_yen"], row["honorarium_days"], row["gross_yen"]) == (20_000, 1, 131_580)
    assert (row["withholding_yen"], row["fee_yen"], row["net_yen"]) == (13_434, 330, 131_580 - 13_434 - 330)
    assert out["totals"]["fee_yen"] == 330 and "adjustment" not in row


def test_a_correction_that_removes_travel_is_a_reclaim_without_fee(tmp_path: Path) -> None:
    """Issue 14's case: ¥10,000 less travel for a payee bearing a ¥330 fee reclaims 10,000 − 1,021."""
    data = documents()["payments"]
    original = records(data)
    original["expenses"].append(TAXI)
    payee(data).update(fee_yen=330, original=original)
    [row] = computed(data, tmp_path)["payees"]
    assert row["adjustment"] == {"gross_yen": -10_000, "withholding_yen": -1_021, "fee_yen": 0, "net_yen": -8_979}
    assert (row["gross_yen"], row["fee_yen"]) == (141_580, 330)  # the corrected payment as a whole


def test_a_correction_that_adds_a_day_pays_the_difference_less_the_fee_within_the_prior(tmp_path: Path) -> None:
    data = documents()["payments"]
    payee(data)["work_days"].append({"date": "2021-12-08", "activity": "support"})
    original = records(data)
    original["work_days"] = original["work_days"][:1]
    payee(data).update(fee_yen=330, prior_honorarium_yen=100_000, original=original)
    [row] = computed(data, tmp_path)["payees"]
    # Cap 150,000 − prior 100,000: the original paid 30,000, the corrected 50,000 (the second day in part).
    assert row["honorarium_yen"] == 50_000
    tax = (161_580 * 1021 // 10000) - (141_580 * 1021 // 10000)
    assert row["adjustment"] == {"gross_yen": 20_000, "withholding_yen": tax, "fee_yen": 330,
                                 "net_yen": 20_000 - tax - 330}


def test_a_correction_without_change_is_all_zeros(tmp_path: Path) -> None:
    data = documents()["payments"]
    payee(data).update(fee_yen=330, prior_honorarium_yen=30_000, original=records(data))
    [row] = computed(data, tmp_path)["payees"]
    assert row["adjustment"] == {"gross_yen": 0, "withholding_yen": 0, "fee_yen": 0, "net_yen": 0}


def _small_extra(data: dict[str, Any]) -> None:
    original = records(data)
    original["expenses"][0]["amount_yen"] -= 100  # the correction adds ¥100: 90 after tax, less than the fee
    payee(data).update(fee_yen=330, original=original)


def _bad_original_date(data: dict[str, Any]) -> None:
    original = records(data)
    original["tour_days"][1] = "2021-11-31"
    payee(data)["original"] = original


def _original_without_expenses(data: dict[str, Any]) -> None:
    original = records(data)
    del original["expenses"]
    payee(data)["original"] = original


@pytest.mark.parametrize(("change", "needle"), [
    (lambda d: payee(d).update(fee_yen=-330), "payees[0].fee_yen: 0〜100,000,000 円の整数"),
    (lambda d: payee(d).update(fee_yen="330"), "payees[0].fee_yen: 0〜100,000,000 円の整数"),
    (lambda d: payee(d).update(fee_yen=200_000), "payees[0].fee_yen: 受取人 t01 の振込手数料 200,000円 が支払額"),
    (_small_extra, "payees[0].fee_yen: 受取人 t01 の振込手数料 330円 が訂正による追加支払額 90円 を上回ります"),
    (lambda d: payee(d).update(prior_honorarium_yen=150_001),
     "payees[0].prior_honorarium_yen: 謝金の上限 150,000円 を超えています"),
    (lambda d: payee(d).update(prior_honorarium_yen=-1), "payees[0].prior_honorarium_yen: 0〜100,000,000 円の整数"),
    (lambda d: payee(d).update(prior_honorarium_yen=1.5), "payees[0].prior_honorarium_yen: "),
    (_bad_original_date, "payees[0].original.tour_days[1]: YYYY-MM-DD 形式"),
    (_original_without_expenses, "payees[0].original.expenses: 必須です"),
    (lambda d: payee(d).update(original=[]), "payees[0].original: オブジェクトで指定してください"),
])
def test_hostile_input_exits_2_naming_the_path(tmp_path: Path, change: Any, needle: str) -> None:
    data = documents()["payments"]
    change(data)
    outcome = run("payments", encoded(data), tmp_path)
    assert outcome.code == 2 and outcome.stdout == ""
    assert needle in outcome.stderr


def test_the_fee_error_in_english(tmp_path: Path) -> None:
    data = documents()["payments"]
    _small_extra(data)
    outcome = run("payments", encoded(data), tmp_path, "--lang", "en")
    assert outcome.code == 2
    assert ("payees[0].fee_yen: The bank fee ¥330 exceeds the additional payment of the correction of ¥90 "
            "to payee t01") in outcome.stderr


def test_as_a_separate_process(tmp_path: Path) -> None:
    """The installed entry point: JSON on stdout, a refusal is exit 2 with the path on stderr."""
    data = documents()["payments"]
    original = records(data)
    original["expenses"].append(TAXI)
    payee(data).update(fee_yen=330, original=original)
    source = tmp_path / "in.json"
    source.write_bytes(encoded(data))
    command = [sys.executable, "-m", "colead_desktop.cli", "payments", "compute", str(source)]
    done = subprocess.run(command, capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["payees"][0]["adjustment"]["net_yen"] == -8_979
    payee(data)["original"]["work_days"][0]["date"] = "2021-02-30"
    source.write_bytes(encoded(data))
    done = subprocess.run(command, capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert done.returncode == 2 and "payees[0].original.work_days[0].date" in done.stderr
