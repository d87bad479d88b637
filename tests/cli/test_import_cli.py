"""`colead import` as a user runs it: a real process, a real database file, real .xlsx and .csv files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from colead_desktop.db.engine import Database
from tests.cli.run import colead
from tests.programmes import new_programme

HEADER = ["氏名", "メール", "電話", "スキルタイプ", "希望地域"]
GOOD = [["山田 太郎", "taro@example.jp", "03-1234-5678", "エンジニア・オペレータ", "北見、桑名"],
        ["佐藤 花子", "hanako@example.jp", "", "データサイエンティスト;UI/UXデザイナー", "沖縄"]]


@pytest.fixture(autouse=True)
def programme(db: Database) -> int:
    """The programme the rows are imported into: a bare one (no regions) in the default database."""
    return new_programme(db)


def roster(path: Path, rows: list[list[object]]) -> str:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [HEADER, *rows]:
        sheet.append(row)
    workbook.save(path)
    return str(path)


def talents() -> list[dict[str, object]]:
    listed: list[dict[str, object]] = json.loads(colead("list", "talents", "--json", "--show-personal").stdout)
    return listed


def test_bad_rows_exit_2_naming_row_and_column_and_nothing_is_written(tmp_path: Path) -> None:
    rows: list[list[object]] = [[*row[:4], ""] for row in GOOD]  # a new programme has no regions
    rows.append(["鈴木 一郎", "ichiro@", "", "エンジニア・オペレータ", "札幌"])
    result = colead("import", "talents", roster(tmp_path / "bad.xlsx", rows))
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert "4行目「メール」: メールアドレスの形式が正しくありません（例: name@example.jp）。" in lines
    assert "4行目「希望地域」: 「札幌」は選択肢にありません（選べるものがまだ登録されていません）" in lines
    assert lines[-1] == "問題 2 件。何も書き込んでいません。"
    assert "ichiro@" not in result.stderr  # the cell's personal data stays out of the message
    assert talents() == []


def test_import_dry_run_then_again_then_update(tmp_path: Path) -> None:
    path = roster(tmp_path / "good.xlsx", [[*row[:4], ""] for row in GOOD])  # a new programme has no regions
    dry = colead("import", "talents", path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) == {"inserted": 2, "updated": 0, "skipped": 0, "joined": 0}
    assert talents() == []
    assert json.loads(colead("import", "talents", path).stdout) == {"inserted": 2, "updated": 0, "skipped": 0, "joined": 0}
    assert json.loads(colead("import", "talents", path).stdout) == {"inserted": 0, "updated": 0, "skipped": 2, "joined": 0}
    changed = roster(tmp_path / "changed.xlsx", [[*GOOD[0][:3], "サイバーセキュリティスペシャリスト", ""]])
    updated = colead("import", "talents", changed, "--update-duplicates")
    assert json.loads(updated.stdout) == {"inserted": 0, "updated": 1, "skipped": 0, "joined": 0}
    after = talents()
    assert len(after) == 2
    assert next(t["skills"] for t in after if t["email"] == "taro@example.jp") == ["security"]


def test_more_than_twenty_problems_are_cut_short_with_the_count(tmp_path: Path) -> None:
    rows: list[list[object]] = [[f"人材{n}", "x@", "", "エンジニア・オペレータ", ""] for n in range(30)]
    result = colead("--lang", "en", "import", "talents", roster(tmp_path / "many.xlsx", rows))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 22 and lines[0].startswith("Row 2, column “メール”")
    assert lines[-2:] == ["… and 10 more", "30 problems; nothing was written."]


def test_a_file_that_is_not_a_roster_exits_2(tmp_path: Path) -> None:
    fake = tmp_path / "roster.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    result = colead("import", "staff", str(fake))
    assert result.returncode == 2 and "Excel ブック" in result.stderr
