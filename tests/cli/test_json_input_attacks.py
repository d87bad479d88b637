"""Each input that once crashed a JSON command (exit 1, a traceback, half a document) now exits 2 and names why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.json_input import MAX_BYTES, MAX_DEPTH
from colead_desktop.domain.validation import LATEST_DATE, MAX_YEN_PER_LINE
from colead_desktop.services.payment_records import add_expense
from tests.cli.json_commands import documents, encoded, run


def refused(command: str, raw: bytes, tmp_path: Path, *needles: str) -> str:
    outcome = run(command, raw, tmp_path)
    assert (outcome.code, outcome.stdout) == (2, ""), outcome
    assert "Traceback" not in outcome.stderr
    for needle in needles:
        assert needle in outcome.stderr, (needle, outcome.stderr)
    return outcome.stderr


def test_the_valid_documents_compute(tmp_path: Path) -> None:
    for command, data in documents().items():
        outcome = run(command, encoded(data), tmp_path)
        assert outcome.code == 0, outcome.stderr
        assert isinstance(json.loads(outcome.stdout), dict)


@pytest.mark.parametrize("command,path", [("roundtables", ("talents", 3, "id")), ("payments", ("payees", 0, "name"))])
def test_a_lone_surrogate_is_refused_naming_the_field(tmp_path: Path, command: str, path: tuple) -> None:
    data = documents()[command]
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "\ud800"
    where = ".".join(str(k) for k in path).replace(".3.", "[3].").replace(".0.", "[0].")
    refused(command, json.dumps(data).encode("ascii"), tmp_path, where, "サロゲート")


def test_a_file_that_is_not_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    raw = encoded(documents()["tour"])
    broken = raw[:40] + b"\x93" + raw[40:]  # a Shift_JIS/cp1252 byte in a UTF-8 file
    refused("tour", broken, tmp_path, "UTF-8", "40 バイト目")


def test_nesting_fifty_thousand_deep_is_refused_without_recursion(tmp_path: Path) -> None:
    refused("roundtables", b"[" * 50_000 + b"]" * 50_000, tmp_path, f"{MAX_DEPTH} 段まで")
    refused("payments", b'{"policy": ' * 50_000, tmp_path, "入れ子が深すぎます")


def test_an_unterminated_string_of_escaped_quotes_is_scanned_once() -> None:
    """The depth pre-scan used to rescan to the end from every quote: hours for a few MB (found by review)."""
    from colead_desktop.domain.json_input import parse

    with pytest.raises(InputError, match="構文エラー"):
        parse(b'"' + b'\\"' * 3_000_000)


def test_nesting_at_the_limit_is_read_one_more_is_not(tmp_path: Path) -> None:
    def with_note(levels: int) -> bytes:
        deep: object = "x"
        for _ in range(levels):
            deep = [deep]
        data = documents()["payments"]
        data["policy"]["note"] = deep  # an unknown field, ignored: only its depth matters
        return encoded(data)

    assert run("payments", with_note(MAX_DEPTH - 2), tmp_path).code == 0  # root and policy are two levels
    refused("payments", with_note(MAX_DEPTH - 1), tmp_path, "入れ子が深すぎます")


def test_a_five_thousand_digit_number_is_refused_before_conversion(tmp_path: Path) -> None:
    raw = encoded(documents()["roundtables"]).replace(b'"rounds": 3', b'"rounds": 1' + b"0" * 5000)
    refused("roundtables", raw, tmp_path, "桁が多すぎます")
    raw = encoded(documents()["tour"]).replace(b"35.0655", b"1" + b"0" * 5000 + b".5")
    refused("tour", raw, tmp_path, "桁が多すぎます")


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_non_finite_numbers_are_refused(tmp_path: Path, literal: bytes) -> None:
    raw = encoded(documents()["tour"]).replace(b"35.0655", literal)
    refused("tour", raw, tmp_path, literal.decode().lstrip("-"))


def test_a_start_date_in_year_9999_is_refused_naming_the_range(tmp_path: Path) -> None:
    data = documents()["tour"]
    data["tour"]["start_date"] = "9999-12-31"
    refused("tour", encoded(data), tmp_path, "tour.start_date: 2000-01-01〜2100-12-31")
    data = documents()["payments"]
    data["payees"][0]["tour_days"][1] = LATEST_DATE.replace(year=LATEST_DATE.year + 1).isoformat()
    refused("payments", encoded(data), tmp_path, "payees[0].tour_days[1]: 2000-01-01〜2100-12-31")


def test_ten_million_rounds_are_refused_at_once(tmp_path: Path) -> None:
    data = documents()["roundtables"]
    data["rounds"] = 10**7
    refused("roundtables", encoded(data), tmp_path, "rounds: 1〜20 の整数")


def test_a_two_quadrillion_yen_per_diem_is_refused_everywhere(tmp_path: Path, db: Database) -> None:
    data = documents()["payments"]
    data["policy"]["per_diem_yen"] = 2 * 10**15
    refused("payments", encoded(data), tmp_path, f"policy.per_diem_yen: 0〜{MAX_YEN_PER_LINE:,} 円")
    data = documents()["payments"]
    data["payees"][0]["expenses"][0]["amount_yen"] = MAX_YEN_PER_LINE
    assert run("payments", encoded(data), tmp_path).code == 0  # the limit itself is a valid amount
    with pytest.raises(InputError, match=f"金額: 0〜{MAX_YEN_PER_LINE:,} 円"):
        add_expense(db, 1, 1, date(2021, 11, 16), "air", 2 * 10**15, False, "経理")
    with pytest.raises(InputError, match="日付: 2000-01-01〜2100-12-31"):
        add_expense(db, 1, 1, date(9999, 12, 31), "air", 100, False, "経理")


def test_oversized_input_and_duplicate_keys_are_refused(tmp_path: Path) -> None:
    refused("tour", b" " * MAX_BYTES + b"{}", tmp_path, f"{MAX_BYTES:,} バイトまで")
    refused("tour", b'{"tour": {}, "tour": {}}', tmp_path, "キー「tour」")


def test_messages_in_english(tmp_path: Path) -> None:
    data = documents()["roundtables"]
    data["rounds"] = 10**7
    outcome = run("roundtables", encoded(data), tmp_path, "--lang", "en")
    assert outcome.code == 2 and "rounds: must be a whole number from 1 to 20" in outcome.stderr


def test_the_attacks_exit_2_in_a_real_process(tmp_path: Path) -> None:
    data = documents()["roundtables"]
    data["talents"][0]["id"] = "\ud800"
    cases = [b"[" * 50_000, json.dumps(data).encode("ascii"), b'{"rounds": 1' + b"0" * 5000 + b"}", b"\xff\xfe{}"]
    for raw in cases:
        result = subprocess.run([sys.executable, "-m", "colead_desktop.cli", "roundtables", "solve", "-"],
                                input=raw, capture_output=True, env=os.environ.copy(), timeout=60)
        assert (result.returncode, result.stdout) == (2, b""), result.stderr.decode()
        assert b"Traceback" not in result.stderr


def test_an_empty_file_and_a_broken_one_are_said_in_japanese() -> None:
    """An empty file was 「JSON の構文エラー: 1行 1列: Expecting value」: the json module's English in a Japanese
    message, and no word that the file is empty."""
    from colead_desktop.domain.json_input import parse

    for empty in (b"", b"\xef\xbb\xbf \n"):
        with pytest.raises(InputError, match="^入力が空です"):
            parse(empty)
    with pytest.raises(InputError) as trailing_comma:
        parse(b'{"payees": [{"id": "t01"},]}')
    assert str(trailing_comma.value) == ("JSON の構文エラー: 1行 27列: "
                                         "値がありません（余分な「,」、閉じていない括弧、引用符のない文字列など）")
    with pytest.raises(InputError, match="「,」がありません"):
        parse(b'{"a": 1 "b": 2}')
