"""Every failure a user can fix is one line on stderr and exit 2, never a traceback; a bug is exit 1 with the
log's location, its traceback in the log only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from colead_desktop import cli
from colead_desktop.db.engine import SQLITE_BUSY_TIMEOUT_S
from tests.failure_conditions import DB_CONDITIONS, OUTPUT_CONDITIONS, condition, sqlite_url

SLOW = {"locked"}
DAMAGED = "破損しています"  # waits out the busy timeout


def _params(names: list[str]) -> list[object]:
    return [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in names]


def _assert_one_message(capsys: pytest.CaptureFixture[str], code: int, expect: str) -> str:
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == ""
    assert err.startswith("エラー: ") and expect in err
    advice = 1 if expect == DAMAGED else 0  # a damaged file's message adds a line naming the backup (or its absence)
    assert "Traceback" not in err and err.count("\n") == 1 + advice
    return err


@pytest.mark.parametrize("name", _params(DB_CONDITIONS))
def test_database_failure_is_a_message_and_exit_2(name: str, tmp_path: Path, request: pytest.FixtureRequest,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with condition(name, tmp_path, request) as broken:
        assert broken.url is not None
        err = _assert_one_message(capsys, cli.main(["--db", broken.url, "demo"]), broken.expect)
    assert "secret" not in err  # a URL's password is never repeated


@pytest.mark.parametrize("name", OUTPUT_CONDITIONS)
def test_output_failure_names_the_path_and_exits_2(name: str, tmp_path: Path, request: pytest.FixtureRequest,
                                                    data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with condition(name, tmp_path, request) as broken:
        assert broken.url is not None and broken.out is not None
        code = cli.main(["--db", broken.url, "export", "payments-xlsx", "--out", str(broken.out)])
        err = _assert_one_message(capsys, code, broken.expect)
        assert str(broken.out) in err  # the file asked for, not the temporary one beside it
        assert not broken.out.is_file()
        assert not [p for p in broken.out.parent.iterdir() if p.name.endswith(".part")]  # no half-written file
    warnings = [line for line in (data_dir / "logs" / "colead.log").read_text(encoding="utf-8").splitlines()
                if " INFO " not in line]
    assert len(warnings) == 1 and "reported to the user" in warnings[0]  # one line: no clean-up traceback after it


def test_data_folder_that_is_a_file_is_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "data-is-a-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("COLEAD_DATA_DIR", str(not_a_folder))
    err = _assert_one_message(capsys, cli.main(["list", "talents"]), "フォルダが必要な場所にファイルがあります")
    assert str(not_a_folder) in err


def test_locked_database_waits_for_the_busy_timeout_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A lock released within the busy timeout is waited for: the command then succeeds."""
    path = tmp_path / "briefly-locked.sqlite3"
    assert cli.main(["--db", sqlite_url(path), "programme", "list"]) == 0  # an empty database, migrated
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    import threading

    threading.Timer(SQLITE_BUSY_TIMEOUT_S / 5, holder.rollback).start()
    assert cli.main(["--db", sqlite_url(path), "demo"]) == 0, capsys.readouterr().err
    holder.close()


def test_bug_is_exit_1_with_the_log_location(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("a bug holding 試験 太郎")

    monkeypatch.setattr(cli, "cmd_list", broken)
    code = cli.main(["list", "talents"])
    out, err = capsys.readouterr()
    log_file = data_dir / "logs" / "colead.log"
    assert code == 1 and out == ""
    assert "RuntimeError" in err and str(log_file) in err
    assert "Traceback" not in err and "試験 太郎" not in err
    assert "Traceback" in log_file.read_text(encoding="utf-8")


def test_server_restart_is_transparent(postgres, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """pool_pre_ping: the first action after a restart gets a fresh connection instead of the dead one."""
    from colead_desktop.db.engine import Database
    from colead_desktop.domain.records import StaffRecord
    from colead_desktop.services.records import list_records
    from tests.programmes import new_programme

    database = Database(postgres.fresh_database())
    database.migrate()
    programme_id = new_programme(database)
    assert list_records(database, StaffRecord, programme_id) == []
    postgres.restart()
    assert list_records(database, StaffRecord, programme_id) == []
    database.dispose()


@pytest.mark.parametrize("url", ["postgresql+psycopg://127.0.0.1:1/db?password=SeCrEt9",
                                 "postgresql+psycopg://u:Se@CrEt9@127.0.0.1:1/db",
                                 "postgresql+psycopg://u:SeCrEt9@h:abc/db"])
def test_no_part_of_a_password_is_shown(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", url, "list", "talents"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("エラー: ") and "CrEt9" not in err and "SeCr" not in err
