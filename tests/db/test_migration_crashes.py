"""Real kills and a real full disk during the start-up migration: afterwards the CLI always starts and
every row is there. One prepared old-revision file is copied into each round."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from colead_desktop.db.backup import list_backups
from colead_desktop.db.sqlite_checks import check_restorable
from tests.db.old_revision import make_old_revision_file, row_counts

# Kill points spread evenly over a full run's SQL statements (first and last included; about 370, of which
# statements 4 to 369 are the migration's) and, for kills from outside, over its measured duration.
SQL_KILLS = 6
DELAY_FRACTIONS = (0.5, 0.7, 0.9)  # the imports take about the first half of a run
# Runs `colead list talents --json`, killing itself with SIGKILL at an injected point:
#   sql N     - just before the Nth SQL statement of the process (the migration's DDL among them)
#   rename N  - just before (N=0) or just after (N=1) the backup's rename into place
#   none 0    - no crash; prints how many statements it ran to stderr
CHILD = """
import os, signal, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine
kind, at = sys.argv[1], int(sys.argv[2])
die = lambda: os.kill(os.getpid(), signal.SIGKILL)
seen = [0]
@event.listens_for(Engine, "before_cursor_execute")
def count(*_args):
    seen[0] += 1
    if kind == "sql" and seen[0] == at:
        die()
if kind == "rename":
    real_replace = os.replace
    def replace(*args):
        if at == 0:
            die()
        real_replace(*args)
        die()
    os.replace = replace
from colead_desktop.cli import main
code = main(["list", "talents", "--json"])
print("STATEMENTS", seen[0], file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def old_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    folder = tmp_path_factory.mktemp("old")
    previous = os.environ.get("COLEAD_DATA_DIR")
    os.environ["COLEAD_DATA_DIR"] = str(folder)  # the downgrade's own files stay out of the rounds
    try:
        counts = make_old_revision_file(folder / "colead.sqlite3")
    finally:
        if previous is None:
            del os.environ["COLEAD_DATA_DIR"]
        else:
            os.environ["COLEAD_DATA_DIR"] = previous
    return folder / "colead.sqlite3", counts


def _child(data: Path, kind: str, at: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, kind, str(at)], cwd=Path(__file__).parents[2],
                            env={**os.environ, "COLEAD_DATA_DIR": str(data)}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _start_cleanly(data: Path, counts: dict[str, int]) -> None:
    """The CLI starts (migrating if the crash left work), lists every talent, and all rows are there."""
    result = _child(data, "none", 0)
    out, err = result.communicate(timeout=120)
    assert result.returncode == 0, err
    assert len(json.loads(out)) == counts["talent"]
    assert row_counts(data / "colead.sqlite3") == counts
    for backup in list_backups():
        check_restorable(backup)  # nothing partial under a backup's name


def _round_dir(tmp_path: Path, name: str, old: Path) -> Path:
    data = tmp_path / name
    data.mkdir()
    shutil.copy2(old, data / "colead.sqlite3")
    return data


@pytest.mark.slow
def test_kill_9_anywhere_in_the_start_up_migration(tmp_path: Path, old_file: tuple[Path, dict[str, int]],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    old, counts = old_file
    probe = _child(_round_dir(tmp_path, "probe", old), "none", 0)
    started = time.monotonic()
    _, err = probe.communicate(timeout=120)
    full_run_s = time.monotonic() - started
    statements = int(err.rsplit("STATEMENTS", 1)[1])
    plans: list[tuple[str, float]] = [("rename", 0), ("rename", 1)]
    plans += [("delay", fraction) for fraction in DELAY_FRACTIONS]
    plans += [("sql", 1 + (statements - 1) * k // (SQL_KILLS - 1)) for k in range(SQL_KILLS)]
    killed = 0
    for number, (kind, at) in enumerate(plans):
        data = _round_dir(tmp_path, f"round{number}", old)
        monkeypatch.setenv("COLEAD_DATA_DIR", str(data))
        if kind == "delay":  # a kill from outside, wherever the child happens to be by then
            child = _child(data, "none", 0)
            time.sleep(at * full_run_s)
            child.send_signal(signal.SIGKILL)
        else:
            child = _child(data, kind, int(at))
        child.communicate(timeout=120)
        killed += child.returncode == -signal.SIGKILL
        _start_cleanly(data, counts)
    print(f"{killed} of {len(plans)} rounds were killed; {statements} statements in a full run")
    assert killed >= len(plans) - len(DELAY_FRACTIONS)  # the injected points always hit; a delay may come too late


@pytest.mark.slow
def test_full_disk_during_the_start_up_migration(tmp_path: Path, old_file: tuple[Path, dict[str, int]],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    old, counts = old_file
    size_kb = old.stat().st_size // 1024
    for factor in (1.1, 1.5, 2.1, 2.6):
        mount = tmp_path / f"disk{factor}"
        mount.mkdir()
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={int(size_kb * factor)}k", "tmpfs",
                                  str(mount)], capture_output=True, check=False)
        if mounted.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr!r}")
        try:
            data = mount / "data"
            data.mkdir()
            try:
                shutil.copy2(old, data / "colead.sqlite3")
            except OSError:
                continue  # too small to hold even the file
            monkeypatch.setenv("COLEAD_DATA_DIR", str(data))
            full = _child(data, "none", 0)
            _, err = full.communicate(timeout=120)
            assert full.returncode in (0, 2) and "Traceback" not in err, err
            print(f"{factor}x the file: exit {full.returncode}")
            subprocess.run(["mount", "-o", f"remount,size={size_kb * 8}k", str(mount)], check=True)
            _start_cleanly(data, counts)
        finally:
            subprocess.run(["umount", str(mount)], capture_output=True, check=False)
