"""A benchmark's databases, made once through the services and reused (each size takes minutes to make; the same
files can then time an older checkout too): one SQLite file per size under $TMPDIR/colead_bench_<name>."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from colead_desktop.db.engine import Database


def bench_folder(name: str) -> Path:
    """$TMPDIR/colead_bench_<name>, with the app's data folder (its log) inside it rather than the user's; call it
    before the app reads COLEAD_DATA_DIR."""
    folder = Path(tempfile.gettempdir()) / f"colead_bench_{name}"
    os.environ.setdefault("COLEAD_DATA_DIR", str(folder / "data"))
    return folder


def cached_database(path: Path, fill: Callable[[Database], None]) -> Database:
    """The database at `path`; when there is none yet, one migrated and filled by `fill` under a temporary name
    first, so that a run stopped while filling is not reused half made."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.part")
        part.unlink(missing_ok=True)
        made = Database(f"sqlite:///{part}")
        made.migrate()
        fill(made)
        made.dispose()  # closes the last connection: SQLite folds the WAL into the file, which can then be renamed
        part.replace(path)
    return Database(f"sqlite:///{path}")
