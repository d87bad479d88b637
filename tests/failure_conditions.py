"""Real broken conditions for the failure-message tests of the CLI and the GUI.

Each condition is set up for real: another connection holding `BEGIN EXCLUSIVE`, a tmpfs remounted read-only
(we run as root, so permission bits would not stop us; the read-only mount does), a tmpfs filled to the last
byte, files damaged on disk, the PostgreSQL fixture halted. Mounting needs root or CAP_SYS_ADMIN: those
conditions skip where it is not permitted.
"""

from __future__ import annotations

import errno
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from colead_desktop.db.engine import Database
from colead_desktop.services.demo import load_demo

DB_CONDITIONS = ["locked", "read_only", "not_a_database", "truncated", "header_damaged", "newer_schema",
                 "bad_url", "bad_port", "unknown_backend", "missing_driver", "folder", "disk_full", "server_down"]
OUTPUT_CONDITIONS = ["out_disk_full", "out_read_only", "out_is_folder"]


@dataclass
class Condition:
    url: str | None  # the database to open (None: the data folder's default)
    expect: str  # a fragment of the Japanese message the user must see
    out: Path | None = None  # for output conditions: where to write


@contextmanager
def tmpfs(folder: Path, size: str = "64k") -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)


def fill(folder: Path) -> None:
    """Write until the tmpfs has no byte left."""
    with (folder / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError as full:
            assert full.errno == errno.ENOSPC


def _migrated(path: Path, demo: bool = False) -> Path:
    database = Database(f"sqlite:///{path}")
    database.migrate()
    if demo:  # the demo programme has issued statements to export
        load_demo(database)
    database.dispose()
    return path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@contextmanager
def condition(name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Condition]:
    """Set up the named broken condition; undo it afterwards."""
    if name == "locked":
        path = tmp_path / "locked.sqlite3"
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("CREATE TABLE held (x)")
        holder.execute("BEGIN EXCLUSIVE")
        try:
            yield Condition(sqlite_url(path), "使用中")
        finally:
            holder.rollback()
            holder.close()
    elif name == "read_only":
        with tmpfs(tmp_path / "ro") as folder:
            (folder / "empty.sqlite3").touch()
            _read_only(folder)
            yield Condition(sqlite_url(folder / "empty.sqlite3"), "読み取り専用")
    elif name in ("not_a_database", "truncated", "header_damaged"):
        path = _migrated(tmp_path / "damaged.sqlite3")
        if name == "not_a_database":
            path.write_text("これはデータベースではありません\n", encoding="utf-8")
        elif name == "truncated":
            with path.open("r+b") as file:
                file.truncate(path.stat().st_size // 4)
        else:
            with path.open("r+b") as file:
                file.write(b"\0" * 16)
        yield Condition(sqlite_url(path), "破損しています")
    elif name == "newer_schema":
        database = Database(sqlite_url(tmp_path / "newer.sqlite3"))
        database.migrate()
        with database.engine.begin() as connection:
            connection.execute(text("DELETE FROM alembic_version"))
            connection.execute(text("INSERT INTO alembic_version VALUES ('9999_from_the_future')"))
        database.dispose()
        yield Condition(database.url, "新しいバージョン")
    elif name == "bad_url":
        yield Condition("これは URL ではない", "URL を解釈できません")
    elif name == "bad_port":  # SQLAlchemy lets a ValueError out of make_url for this one
        yield Condition("postgresql+psycopg://u:pw@h:abc/db", "URL を解釈できません")
    elif name == "unknown_backend":
        yield Condition("nosuchdb://user@host/db", "ドライバ")
    elif name == "missing_driver":
        yield Condition("mysql+mysqldb://user:secret@127.0.0.1/db", "ドライバ")
    elif name == "folder":
        yield Condition(sqlite_url(tmp_path), "フォルダがあります")
    elif name == "disk_full":
        with tmpfs(tmp_path / "full") as folder:
            fill(folder)
            yield Condition(sqlite_url(folder / "new.sqlite3"), "空き容量")
    elif name == "server_down":
        server = request.getfixturevalue("postgres")
        url = server.fresh_database()
        server.halt()
        try:
            yield Condition(url, "接続できません")
        finally:
            server.start()
    elif name in OUTPUT_CONDITIONS:
        good = sqlite_url(_migrated(tmp_path / "good.sqlite3", demo=True))
        if name == "out_is_folder":
            yield Condition(good, "通常のファイルではありません", out=tmp_path)
            return
        with tmpfs(tmp_path / "out") as folder:
            if name == "out_disk_full":
                fill(folder)
                yield Condition(good, "空き容量", out=folder / "payments.xlsx")
            else:
                _read_only(folder)
                yield Condition(good, "読み取り専用", out=folder / "payments.xlsx")
    else:
        raise AssertionError(f"unknown condition {name}")
