"""The `colead` command as a user runs it: a real database file, JSON out, errors on stderr; and, in a real
process, what only a process shows (a reader that closes the pipe early)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from colead_desktop import __version__
from colead_desktop.db.engine import DEFAULT_DB_NAME
from tests.cli.run import colead


def test_version() -> None:
    result = colead("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"colead {__version__}"


def test_demo_then_list_every_kind(data_dir: Path) -> None:
    first = colead("demo")
    assert first.returncode == 0, first.stderr
    assert "読み込みました" in first.stderr
    again = colead("demo")
    assert again.returncode == 0 and "既に読み込まれています" in again.stderr
    talents = json.loads(colead("list", "talents", "--json").stdout)
    assert len(talents) == 16
    assert {t["assigned_region_id"] for t in talents} == {1, 2, 3}
    regions = json.loads(colead("list", "regions", "--json").stdout)
    assert [r["name"] for r in regions] == ["北見", "桑名", "沖縄"]
    companies = json.loads(colead("list", "companies", "--json").stdout)
    assert len(companies) == 14
    venues = json.loads(colead("list", "venues", "--json").stdout)
    assert "サテライトオフィス北見" in {v["name"] for v in venues}
    events = json.loads(colead("list", "events", "--json").stdout)
    meetup = next(e for e in events if e["kind"] == "meetup")
    assert (meetup["starts_at"], meetup["ends_at"]) == ("2021-10-10T13:00:00", "2021-10-10T16:30:00")
    assert (data_dir / "colead.sqlite3").exists()


def test_global_db_option_uses_that_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert colead("--db", url, "demo").returncode == 0
    assert (tmp_path / "other.sqlite3").exists()
    assert len(json.loads(colead("--db", url, "list", "staff", "--json").stdout)) > 0


@pytest.mark.parametrize("args", [("list", "nonsense"), ("frobnicate",)])
def test_unknown_command_fails_with_usage(args: tuple[str, ...]) -> None:
    result = colead(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "usage" in result.stderr


def test_database_newer_than_the_code_exits_2_with_a_message(tmp_path: Path) -> None:
    import sqlite3

    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert colead("--db", url, "programme", "list").returncode == 0  # an empty database, migrated
    with sqlite3.connect(tmp_path / "x.sqlite3") as connection:
        connection.execute("DELETE FROM alembic_version")
        connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    result = colead("--db", url, "list", "talents", "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert "新しいバージョン" in result.stderr
    english = colead("--lang", "en", "--db", url, "list", "talents")
    assert "newer Co-LEAD Desktop" in english.stderr


def test_bad_json_input_names_the_position(tmp_path: Path) -> None:
    broken = tmp_path / "in.json"
    broken.write_text('{"rounds": 3,', encoding="utf-8")
    result = colead("roundtables", "solve", str(broken))
    assert result.returncode == 2 and result.stdout == ""
    assert "JSON の構文エラー: 1行" in result.stderr
    missing = colead("tour", "check", str(tmp_path / "absent.json"))
    assert missing.returncode == 2 and "入力ファイルを読めません" in missing.stderr


def test_a_reader_that_stops_early_gets_no_traceback(data_dir: Path, demo_template: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_template, data_dir / DEFAULT_DB_NAME)  # the demo in the default database
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written, as with `| head` on a long listing
    try:
        result = subprocess.run([sys.executable, "-m", "colead_desktop.cli", "list", "talents", "--json"],
                                stdout=write_end, stderr=subprocess.PIPE, text=True, env=os.environ.copy(),
                                timeout=120)
    finally:
        os.close(write_end)
    assert result.returncode == 141 and result.stderr == ""


def test_ctrl_c_ends_a_command_with_one_line_and_exit_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from colead_desktop.services import roundtables_json

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt  # as Ctrl-C does in the middle of a long solve

    monkeypatch.setattr(roundtables_json, "solve", interrupted)
    source = tmp_path / "rt.json"
    source.write_text(json.dumps({"rounds": 1, "tables": [], "talents": []}), "utf-8")
    stopped = colead("roundtables", "solve", str(source))
    assert (stopped.returncode, stopped.stdout, stopped.stderr) == (130, "", "中断しました\n")
