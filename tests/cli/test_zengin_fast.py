"""`colead export zengin` (再作成) runs services/run_file.py through plain sqlite3 (db/plain.py), without importing
SQLAlchemy (issue 15): the same file, the same rows and the same refusals as the service the GUI calls, and a
database the plain way must not touch still goes the usual way."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from colead_desktop import cli
from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.db.sqlite_checks import REFERENCES_TABLE
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payments
from tests.cli.run import colead
from tests.db.damage import corrupt_pages
from tests.programmes import new_programme
from tests.services.payments_fixtures import WHO, approved, corrected, fee_bearing_talents, pay, set_payer


@dataclass(frozen=True)
class Run:
    db: Database
    db_file: Path
    programme_id: int
    run_id: int
    file: bytes  # the file the run was created with
    talent_ids: list[int]


@pytest.fixture
def fresh_run(db: Database, tmp_path: Path) -> Run:
    """A new programme's run: fee-bearing payees, one whose account has no bank or branch names (the code list
    gives them), one at a bank the list does not know, and a correction of a paid statement."""
    programme_id = new_programme(db)
    set_payer(db, programme_id)
    talent_ids = fee_bearing_talents(db, programme_id, 4)
    payments.save_payee(db, talent_ids[1], WHO, bank_code="0005", branch_code="001", bank_name_kana="",
                        branch_name_kana="")
    payments.save_payee(db, talent_ids[2], WHO, bank_code="9999", branch_code="123", bank_name_kana="",
                        branch_name_kana="")
    statement_ids = [approved(db, programme_id, talent_id) for talent_id in talent_ids]
    pay(db, programme_id, statement_ids[:1], next_bank_business_day(tokyo_today()), tmp_path / "paid")
    corrected(db, programme_id, statement_ids[0], talent_ids[0], 52_000)
    outcome = runs.create_run(db, programme_id, next_bank_business_day(tokyo_today() + timedelta(days=7)),
                              tmp_path / "run.txt", WHO)
    assert len(outcome.statements) == 4
    db_file = Path(os.environ["COLEAD_DATA_DIR"]) / "colead.sqlite3"
    return Run(db, db_file, programme_id, outcome.run_id, (tmp_path / "run.txt").read_bytes(), talent_ids)


@pytest.fixture
def no_usual_open(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(_args: object) -> None:
        raise AssertionError("the plain write fell back to the usual open")

    monkeypatch.setattr(cli, "_database", refused)


def _zengin(run_id: int, out: Path, who: str = WHO) -> subprocess.CompletedProcess[str]:
    return colead("export", "zengin", "--run", str(run_id), "--out", str(out), "--by", who, "--again")


def _stored(db_file: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The rows a 再作成 writes, as stored: the run's files, the run, the audit log."""
    with closing(sqlite3.connect(db_file)) as connection:
        return (connection.execute("SELECT * FROM payment_run_file ORDER BY id").fetchall(),
                connection.execute("SELECT * FROM payment_run ORDER BY id").fetchall(),
                connection.execute("SELECT * FROM payment_audit ORDER BY id").fetchall())


def _without_times(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    stamp = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d{6})?")
    return [tuple(stamp.sub("TIME", v) if isinstance(v, str) else v for v in row) for row in rows]


def _entries(audit: list[tuple[object, ...]], file_id: object, run_id: int) -> list[tuple[object, ...]]:
    """(who, entity, field, old, new) of the entries about the file row `file_id` and the run, times masked."""
    return [(who, entity, field, old, new) for _id, _at, who, entity, entity_id, field, old, new in _without_times(audit)
            if (entity, entity_id) in (("payment_run_file", file_id), ("payment_run", run_id))]


@pytest.mark.usefixtures("no_usual_open")
def test_the_file_and_the_rows_are_the_services_byte_for_byte(fresh_run: Run, tmp_path: Path) -> None:
    plain = _zengin(fresh_run.run_id, tmp_path / "a.txt")
    assert plain.returncode == 0, plain.stderr
    assert (tmp_path / "a.txt").read_bytes() == fresh_run.file
    files, _run, audit = _stored(fresh_run.db_file)
    runs.regenerate_run_file(fresh_run.db, fresh_run.run_id, tmp_path / "b.txt", WHO)  # the GUI's way
    assert (tmp_path / "b.txt").read_bytes() == fresh_run.file
    files_after, run_after, audit_after = _stored(fresh_run.db_file)
    plain_file, service_file = files_after[-2:]
    assert plain_file == files[-1]
    assert plain_file[1:3] == service_file[1:3] == (fresh_run.run_id, plain_file[2])
    assert (plain_file[3], service_file[3]) == ("a.txt", "b.txt") and plain_file[5:] == service_file[5:] == (WHO, 1)
    for made_at in (plain_file[4], service_file[4]):  # as SQLAlchemy stores a DATETIME in SQLite
        assert isinstance(made_at, str) and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.000000", made_at)
    [run] = [r for r in run_after if r[0] == fresh_run.run_id]
    assert run[5:7] == (plain_file[2], "b.txt")

    def made(name: str, previous: str) -> list[tuple[object, ...]]:
        return [(WHO, "payment_run_file", "run_id", None, str(fresh_run.run_id)),
                (WHO, "payment_run_file", "sha256", None, plain_file[2]),
                (WHO, "payment_run_file", "file_name", None, name),
                (WHO, "payment_run_file", "created_at", None, "TIME"),
                (WHO, "payment_run_file", "created_by", None, WHO),
                (WHO, "payment_run_file", "regenerated", None, "True"),
                (WHO, "payment_run", "file_name", previous, name)]  # the sha256 is the same: no entry

    assert _entries(audit[-7:], plain_file[0], fresh_run.run_id) == made("a.txt", "run.txt")
    assert _entries(audit_after[-7:], service_file[0], fresh_run.run_id) == made("b.txt", "a.txt")


@pytest.mark.usefixtures("no_usual_open")
def test_later_in_the_runs_life_the_file_stays_the_payment_it_was(fresh_run: Run, tmp_path: Path) -> None:
    """A payee's new account is for the next run; a statement approved before snapshots were kept reads the
    payee's account, as the service does; a paid statement stops any new file."""
    payments.save_payee(fresh_run.db, fresh_run.talent_ids[3], WHO, account_number="7777777")
    again = _zengin(fresh_run.run_id, tmp_path / "again.txt")
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again.txt").read_bytes() == fresh_run.file
    with closing(sqlite3.connect(fresh_run.db_file)) as connection, connection:
        connection.execute("UPDATE payment_statement SET payee_snapshot = NULL WHERE run_id = ? AND talent_id = ?",
                           (fresh_run.run_id, fresh_run.talent_ids[3]))
    legacy = _zengin(fresh_run.run_id, tmp_path / "legacy.txt")
    assert legacy.returncode == 0, legacy.stderr
    runs.regenerate_run_file(fresh_run.db, fresh_run.run_id, tmp_path / "service.txt", WHO)
    assert (tmp_path / "legacy.txt").read_bytes() == (tmp_path / "service.txt").read_bytes() != fresh_run.file
    assert b"7777777" in (tmp_path / "legacy.txt").read_bytes()

    first = runs.run_statements(fresh_run.db, fresh_run.run_id)[0]
    day = first.transfer_date
    runs.mark_paid(fresh_run.db, fresh_run.programme_id, WHO, day, statement_nos=[first.statement_no], today=day)
    before = _stored(fresh_run.db_file)
    refused = _zengin(fresh_run.run_id, tmp_path / "refused.txt")
    assert refused.returncode == 2 and "支払済" in refused.stderr and first.statement_no in refused.stderr
    assert not (tmp_path / "refused.txt").exists() and _stored(fresh_run.db_file) == before


@pytest.mark.usefixtures("no_usual_open")
def test_each_refusal_names_its_cause_and_writes_nothing(fresh_run: Run, tmp_path: Path) -> None:
    out = tmp_path / "z.txt"
    before = _stored(fresh_run.db_file)
    for who, run_id, words in (("経理 花子", 999, "支払処理 999 が見つかりません"),
                               ("  ", fresh_run.run_id, "変更者の名前を設定してください"),
                               ("経" * 101, fresh_run.run_id, "100 文字以内にしてください（101 文字あります）")):
        refused = _zengin(run_id, out, who)
        assert refused.returncode == 2 and words in refused.stderr, refused.stderr
    with closing(sqlite3.connect(fresh_run.db_file)) as connection, connection:  # no snapshot, no account
        connection.execute("UPDATE payment_statement SET payee_snapshot = 'null' WHERE talent_id = ?",
                           (fresh_run.talent_ids[3],))
        connection.execute("UPDATE payee SET bank_code = '', account_number = '' WHERE talent_id = ?",
                           (fresh_run.talent_ids[3],))
    no_account = _zengin(fresh_run.run_id, out)
    assert no_account.returncode == 2 and "振込先口座がありません" in no_account.stderr
    with closing(sqlite3.connect(fresh_run.db_file)) as connection, connection:
        connection.execute("UPDATE payment_payer SET account_number = ''")
    no_payer = _zengin(fresh_run.run_id, out)
    assert no_payer.returncode == 2 and "振込依頼人（支払者）の口座が登録されていません" in no_payer.stderr
    assert not out.exists() and not list(tmp_path.glob(".z.txt.*.part"))
    files, run_rows, audit = _stored(fresh_run.db_file)
    assert (files, run_rows, audit) == before
    set_language_en = colead("--lang", "en", "export", "zengin", "--run", "999", "--out", str(out), "--by", WHO,
                              "--again")
    assert set_language_en.returncode == 2 and "Payment run 999 not found" in set_language_en.stderr


@pytest.mark.usefixtures("no_usual_open")
def test_a_withdrawn_run_gets_no_file(fresh_run: Run, tmp_path: Path) -> None:
    runs.withdraw_run(fresh_run.db, fresh_run.programme_id, fresh_run.run_id, WHO)
    before = _stored(fresh_run.db_file)
    refused = _zengin(fresh_run.run_id, tmp_path / "z.txt")
    assert refused.returncode == 2 and f"支払処理 {fresh_run.run_id} は取消されています" in refused.stderr
    assert not (tmp_path / "z.txt").exists() and _stored(fresh_run.db_file) == before


def test_the_command_imports_no_sqlalchemy_alembic_or_qt(fresh_run: Run, tmp_path: Path) -> None:
    fresh_run.db.dispose()
    code = ("import sys\nfrom colead_desktop import cli\n"
            f"code = cli.main(['export', 'zengin', '--run', '{fresh_run.run_id}', '--out', sys.argv[1], '--by', 'x', "
            "'--again'])\n"
            "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'PySide6'}),"
            " file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "z.txt")], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "0 []"
    assert (tmp_path / "z.txt").read_bytes() == fresh_run.file


def test_a_newer_schema_goes_the_usual_way_and_gets_its_message(fresh_run: Run, tmp_path: Path) -> None:
    fresh_run.db.dispose()
    with closing(sqlite3.connect(fresh_run.db_file)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999' WHERE version_num NOT LIKE '0004%'")
    newer = _zengin(fresh_run.run_id, tmp_path / "z.txt")
    assert newer.returncode == 2 and "新しいバージョン" in newer.stderr
    assert not (tmp_path / "z.txt").exists()


def test_an_offline_copy_goes_the_usual_way(fresh_run: Run, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy's writes meet its guards on the rows it only holds for reference through the usual locks."""
    fresh_run.db.dispose()
    with closing(sqlite3.connect(fresh_run.db_file)) as connection, connection:
        connection.execute(f"CREATE TABLE {REFERENCES_TABLE} (table_name TEXT, record_id INTEGER, digest TEXT)")
    opened: list[object] = []
    usual = cli._database  # noqa: SLF001 (the usual open is what this test watches)
    monkeypatch.setattr(cli, "_database", lambda args: opened.append(args) or usual(args))
    done = _zengin(fresh_run.run_id, tmp_path / "z.txt")
    assert done.returncode == 0 and len(opened) == 1
    assert (tmp_path / "z.txt").read_bytes() == fresh_run.file


def test_a_damaged_file_goes_the_usual_way_which_stops_and_names_it(fresh_run: Run, tmp_path: Path) -> None:
    fresh_run.db.dispose()
    corrupt_pages(fresh_run.db_file, pages=4)
    damaged = _zengin(fresh_run.run_id, tmp_path / "z.txt")
    assert damaged.returncode == 2 and "破損" in damaged.stderr and "Traceback" not in damaged.stderr
    assert not (tmp_path / "z.txt").exists()


@pytest.mark.usefixtures("no_usual_open")
def test_it_waits_for_another_writer_and_then_writes(fresh_run: Run, tmp_path: Path) -> None:
    locked, release = threading.Event(), threading.Event()

    def hold_the_lock() -> None:
        with closing(sqlite3.connect(fresh_run.db_file, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            locked.set()
            release.wait(10)
            other.execute("COMMIT")

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    try:
        assert locked.wait(10)
        threading.Timer(0.5, release.set).start()  # the other writer finishes within the busy timeout
        done = _zengin(fresh_run.run_id, tmp_path / "z.txt")
    finally:
        release.set()
        holder.join()
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "z.txt").read_bytes() == fresh_run.file


@pytest.mark.usefixtures("no_usual_open")
def test_a_failed_rename_takes_the_recorded_file_back(fresh_run: Run, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    before = _stored(fresh_run.db_file)

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("colead_desktop.exports.atomic.os.replace", refuse)
    failed = _zengin(fresh_run.run_id, tmp_path / "z.txt")
    assert failed.returncode == 2, failed.stderr
    files, run_rows, _audit = _stored(fresh_run.db_file)
    assert files == before[0] and not (tmp_path / "z.txt").exists() and not list(tmp_path.glob("*.part"))
    assert run_rows != before[1]  # the run names the file it was last asked for, as the service leaves it


def test_a_process_killed_before_the_commit_leaves_no_file_and_no_rows(fresh_run: Run, tmp_path: Path) -> None:
    fresh_run.db.dispose()
    before = _stored(fresh_run.db_file)
    code = ("import os, signal, sys\nfrom colead_desktop import cli\nfrom colead_desktop.services import run_file\n"
            "run_file.os.fsync = lambda _fd: os.kill(os.getpid(), signal.SIGKILL)\n"
            f"cli.main(['export', 'zengin', '--run', '{fresh_run.run_id}', '--out', sys.argv[1], '--by', 'x', "
            "'--again'])\n")
    killed = subprocess.run([sys.executable, "-c", code, str(tmp_path / "z.txt")], capture_output=True, text=True,
                            env=os.environ.copy(), timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert _stored(fresh_run.db_file) == before and not (tmp_path / "z.txt").exists()
    assert len(list(tmp_path.glob(".z.txt.*.part"))) == 1  # the killed process's, removed by the next write
    again = _zengin(fresh_run.run_id, tmp_path / "z.txt")
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "z.txt").read_bytes() == fresh_run.file and not list(tmp_path.glob("*.part"))




def test_a_file_is_made_again_only_with_again_which_says_that_sending_both_pays_twice(
        fresh_run: Run, tmp_path: Path) -> None:
    out = tmp_path / "again.txt"
    unconfirmed = colead("export", "zengin", "--run", str(fresh_run.run_id), "--out", str(out), "--by", WHO)
    assert unconfirmed.returncode == 2 and "二重に振り込まれます" in unconfirmed.stderr and "--again" in unconfirmed.stderr
    assert not out.exists() and len(runs.run_files(fresh_run.db, fresh_run.run_id)) == 1
    assert _zengin(fresh_run.run_id, out).returncode == 0 and out.read_bytes() == fresh_run.file
