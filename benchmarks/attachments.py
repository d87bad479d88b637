"""How long storing and reading attachments in the database takes (issue 16 item 4): a receipt of each size
stored (hashed, checked, inserted) and read back (hash-checked), on a new SQLite file or a given database URL.

Run: `python -m benchmarks.attachments [URL]` (default: a new SQLite file in a temporary folder). Prints
milliseconds per store and per read for 100 kB, 2 MB and 20 MB (the limit).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from colead_desktop.db.engine import Database  # noqa: E402
from colead_desktop.domain.attachments import MAX_ATTACHMENT_BYTES  # noqa: E402
from colead_desktop.domain.team import Area  # noqa: E402
from colead_desktop.services import attachments  # noqa: E402

SIZES = (100 * 1024, 2 * 1024 * 1024, MAX_ATTACHMENT_BYTES)
ROUNDS = 3


def measure(db: Database) -> None:
    for size in SIZES:
        stored, read = [], []
        for _ in range(ROUNDS):
            data = b"%PDF-" + os.urandom(size - 5)  # new bytes every round: no dedup shortcut
            started = time.perf_counter()
            with db.session() as session:
                digest = attachments.store(session, data, "bench.pdf", area=Area.PAYMENTS)
            stored.append(time.perf_counter() - started)
            started = time.perf_counter()
            with db.session() as session:
                assert attachments.read(session, digest) == data
            read.append(time.perf_counter() - started)
        print(f"{size / 1024 / 1024:6.1f} MB: store {1000 * min(stored):7.1f} ms, read {1000 * min(read):7.1f} ms "
              f"(best of {ROUNDS})")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{folder}/bench.sqlite3"
        db = Database(url)
        db.migrate()
        try:
            measure(db)
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
