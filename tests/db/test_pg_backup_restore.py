"""`colead backup` and `colead restore` on a PostgreSQL database: pg_dump into the backups folder, pg_restore
in one transaction after a dump of what it replaces, and clear messages when a tool or the file is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from colead_desktop.db import pg_backup
from colead_desktop.db.engine import Database
from colead_desktop.domain.records import RegionRecord
from colead_desktop.services.records import list_records, save_record
from tests.cli.run import colead
from tests.pg_server import PostgresServer
from tests.programmes import new_programme


def _cli(*args: str) -> tuple[int, str, str]:
    done = colead(*args)
    return done.returncode, done.stdout, done.stderr


def _regions(db: Database, programme_id: int) -> list[str]:
    return sorted(r.name for r in list_records(db, RegionRecord, programme_id))


def test_backup_then_restore_brings_the_data_back_and_keeps_what_it_replaced(
        postgres: PostgresServer, migrated_postgres: str, data_dir: Path) -> None:
    url = postgres.fresh_database(template=migrated_postgres)
    db = Database(url)
    programme_id = new_programme(db)
    save_record(db, RegionRecord(None, "北見"), programme_id)
    code, out, err = _cli("--db", url, "backup")
    assert code == 0, err
    dump = Path(json.loads(out)["backup"])
    assert dump.parent == data_dir / "backups" and dump.suffix == ".pgdump"

    save_record(db, RegionRecord(None, "桑名"), programme_id)
    db.dispose()
    code, _, err = _cli("--db", url, "restore", str(dump))
    assert code == 0, err
    assert _regions(db, programme_id) == ["北見"]
    kept = [p for p in (data_dir / "backups").iterdir() if "before-restore" in p.name]
    assert len(kept) == 1  # what the restore replaced, 桑名 included

    code, _, err = _cli("--db", url, "restore", str(kept[0]))
    assert code == 0, err
    assert _regions(db, programme_id) == ["北見", "桑名"]
    db.dispose()


def test_a_file_that_is_not_a_dump_is_refused_and_nothing_changes(
        postgres: PostgresServer, migrated_postgres: str, tmp_path: Path) -> None:
    url = postgres.fresh_database(template=migrated_postgres)
    db = Database(url)
    programme_id = new_programme(db)
    save_record(db, RegionRecord(None, "沖縄"), programme_id)
    fake = tmp_path / "fake.pgdump"
    fake.write_bytes(b"PGDMP not really")
    code, out, err = _cli("--db", url, "restore", str(fake))
    assert (code, out) == (2, "") and "fake.pgdump" in err
    assert _regions(db, programme_id) == ["沖縄"]
    db.dispose()


def test_without_the_client_tools_the_message_names_the_tool(
        postgres: PostgresServer, migrated_postgres: str, monkeypatch: pytest.MonkeyPatch) -> None:
    url = postgres.fresh_database(template=migrated_postgres)
    monkeypatch.setattr(pg_backup.shutil, "which", lambda _name: None)
    code, out, err = _cli("--db", url, "backup")
    assert (code, out) == (2, "") and "pg_dump がインストールされていない" in err
    code, out, err = _cli("--db", url, "restore", "x.pgdump")
    assert (code, out) == (2, "") and "pg_restore がインストールされていない" in err
