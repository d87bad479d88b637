"""持ち出し and 持ち帰り at a programme's size: a region with many tours, checked out and brought back.

Run: `python -m benchmarks.offline [--tours 200]` (a temporary SQLite database; prints figures, asserts nothing
about time).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from colead_desktop.db.engine import Database  # noqa: E402
from colead_desktop.domain.offline import Outcome, Scope  # noqa: E402
from colead_desktop.services import tours  # noqa: E402
from colead_desktop.services.demo import load_demo  # noqa: E402
from colead_desktop.services.offline_checkin import check_in  # noqa: E402
from colead_desktop.services.offline_checkout import check_out, region_id_named  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tours", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/shared.sqlite3")
        db.migrate()
        programme_id = load_demo(db)
        assert programme_id is not None
        for week in range(args.tours):
            tours.new_tour(db, programme_id, "北見", date(2026, 6, 2) + timedelta(days=7 * (week % 40)))
        today = date(2026, 6, 1)
        out = Path(folder) / "kitami.sqlite"
        started = time.perf_counter()
        done = check_out(db, programme_id, Scope.REGION, region_id_named(db, "北見"), today + timedelta(days=7),
                         out, today)
        took_out = time.perf_counter() - started
        offline = Database(f"sqlite:///{out}")
        for summary in tours.list_tours(offline, programme_id)[:: 10]:
            tour = tours.load_tour(offline, summary.key)
            tours.replace_tour(offline, tour, replace(tour, title=tour.title + "（現地）"))
        offline.dispose()
        started = time.perf_counter()
        report = check_in(db, out)
        took_in = time.perf_counter() - started
        print(f"held records: {sum(done.held.values())} ({done.held}); rows copied: {sum(done.copied.values())}")
        print(f"copy file: {out.stat().st_size / 1024:.0f} KiB")
        print(f"check-out: {took_out:.2f} s; check-in of {len(report.of(Outcome.WRITE))} changed tours: "
              f"{took_in:.2f} s")


if __name__ == "__main__":
    main()
