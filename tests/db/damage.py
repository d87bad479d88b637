"""Damaging a copy of a database the way a failing disk does: pages in the middle overwritten with junk."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path


def corrupt_pages(db_file: Path, pages: int = 2, seed: int = 11) -> None:
    """Fold the WAL into the file and compact it, then overwrite `pages` pages in its middle with random bytes.

    Compacting first puts data in the middle: a migration that rebuilds tables leaves free pages there, and
    junk on a free page is no damage SQLite can see (nor any loss)."""
    with closing(sqlite3.connect(db_file)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    count = db_file.stat().st_size // page_size
    junk = random.Random(seed)
    with db_file.open("r+b") as handle:
        for page in range(count // 2, count // 2 + pages):
            handle.seek(page * page_size)
            handle.write(bytes(junk.randrange(256) for _ in range(page_size)))
