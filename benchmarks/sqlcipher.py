"""What encrypting the database (SQLCipher) costs: plain SQLite versus the same work on an encrypted file.

Measured on fresh files in a temporary data folder: opening + migrating a new database, reopening an
existing one (key derivation), listing 10,000 rows, and one write transaction of 1,000 rows.
Prints the median of several runs. Run: .venv/bin/python benchmarks/sqlcipher.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from colead_desktop.db import encryption
from colead_desktop.db.engine import Database

RUNS = 5
ROWS = 10_000
KEY = "benchmark key of reasonable length"


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(folder: Path, key: str | None) -> dict[str, float]:
    counter = iter(range(1_000_000))

    def open_and_migrate() -> None:
        db = Database(f"sqlite:///{folder / f'fresh{next(counter)}.sqlite3'}", key)
        db.migrate()
        db.dispose()

    url = f"sqlite:///{folder / 'rows.sqlite3'}"
    db = Database(url, key)
    db.migrate()
    with db.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, name TEXT, note TEXT)")
        connection.exec_driver_sql("INSERT INTO bench_rows (name, note) VALUES " + ",".join(
            f"('人材 {i}', '{'メモ' * 20}')" for i in range(ROWS)))

    def reopen() -> None:
        fresh = Database(url, key)
        with fresh.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1").scalar()
        fresh.dispose()

    def listing() -> None:
        with db.engine.connect() as connection:
            assert len(connection.exec_driver_sql("SELECT id, name, note FROM bench_rows").all()) == ROWS

    def write() -> None:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO bench_rows (name, note) VALUES " + ",".join(
                f"('追加 {i}', 'x')" for i in range(1_000)))

    figures = {"open + migrate a new database": median_ms(open_and_migrate),
               "reopen (first connection)": median_ms(reopen),
               f"list {ROWS:,} rows": median_ms(listing),
               "write transaction (1,000 rows)": median_ms(write)}
    db.dispose()
    return figures


def main() -> None:
    if not encryption.available():
        print("sqlcipher3 is not installed (pip install -e '.[encryption]'); nothing to compare")
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COLEAD_DATA_DIR"] = tmp
        for name in ("plain", "encrypted"):
            (Path(tmp) / name).mkdir()
        plain = measure(Path(tmp) / "plain", None)
        encrypted = measure(Path(tmp) / "encrypted", KEY)
    print(f"{'median of ' + str(RUNS) + ' runs':<34}{'plain':>10}{'SQLCipher':>12}{'ratio':>8}")
    for name, plain_ms in plain.items():
        print(f"{name:<34}{plain_ms:>8.1f}ms{encrypted[name]:>10.1f}ms{encrypted[name] / plain_ms:>7.1f}×")


if __name__ == "__main__":
    main()
