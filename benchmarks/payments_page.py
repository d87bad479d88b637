"""Time the 支払 page's reload at 100 and 800 payees, with `list_payees` (another change speeds it up) timed
apart and then served from memory, so what is left is the page: the payees table, the totals row, the monthly
withholding table and showing the first person.

Each payee has one approved statement. The databases are made once through the services (under
$TMPDIR/colead_bench_payments_page) and reused, so the same files can time an older checkout of the page too.
Run: `QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python -m benchmarks.payments_page [COUNT...]`
(COLEAD_BENCH_REPEATS=n reloads per count, 5 by default; the page's first load is not timed). A reload is timed
until the page shows its data: its read runs on the job runner's worker and its fill in steps (ui/page_load.py).

Measured 2026-12-02 on the shared 2-core machine, reload median (list_payees served from memory):
  before (QTableWidget, header ResizeToContents, setItem per cell): 100 → 5.9 s, 200 → 15.9 s, 800 → 352 s (1 run)
  after (model/view, widths from the rows in view, totals in one query): 100 → 63 ms, 200 → 67 ms, 800 → 179 ms
Measured 2026-12-03, timed until the data is shown (the read off the GUI thread included; earlier figures of this
script after the page began reading off the GUI thread timed only its placeholder), machine shared with four
other processes: 100 → 146 ms, 800 → 284 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.cache import bench_folder, cached_database  # noqa: E402

FOLDER = bench_folder("payments_page")
os.environ.setdefault("XDG_CONFIG_HOME", str(FOLDER / "config"))  # the benchmark's settings, not the user's

from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from colead_desktop.db import models  # noqa: E402
from colead_desktop.db.engine import Database  # noqa: E402
from colead_desktop.db.payment_models import TourDayRow  # noqa: E402
from colead_desktop.services import payment_batch  # noqa: E402
from colead_desktop.services import payments as service  # noqa: E402
from colead_desktop.settings import Settings  # noqa: E402
from colead_desktop.ui.context import AppContext  # noqa: E402
from colead_desktop.ui.jobs import JobRunner  # noqa: E402
from colead_desktop.ui.pages.payments_page import PaymentsPage  # noqa: E402

WHO, APPROVER = "ベンチ 計算", "ベンチ 承認"


def database(count: int) -> tuple[Database, int]:
    """A programme with `count` invented payees, each with one tour day and an approved statement."""
    db = cached_database(FOLDER / f"payees_{count}.sqlite3", lambda made: fill(made, count))
    with db.session() as session:
        programme_id = session.query(models.Programme.id).scalar()
    return db, programme_id


def fill(db: Database, count: int) -> None:
    with db.session() as session:
        programme = models.Programme(name="ベンチマーク事業", fiscal_year=2021)
        session.add(programme)
        session.flush()
        talents = [models.Talent(name=f"架空 人材{i:05d}") for i in range(count)]
        session.add_all(talents)
        session.flush()
        session.add_all(models.ProgrammeTalent(programme_id=programme.id, talent_id=t.id,
                                               region_preferences=[], motivation="") for t in talents)
        session.add_all(TourDayRow(programme_id=programme.id, talent_id=t.id, day=date(2021, 11, 16), note="")
                        for t in talents)
        programme_id = programme.id
    drafts = payment_batch.draft_statements(db, programme_id, None, WHO)
    payment_batch.approve_statements(db, programme_id, [d["no"] for d in drafts], APPROVER)


def measure(app: QApplication, count: int, repeats: int) -> None:
    db, programme_id = database(count)
    start = time.perf_counter()
    summaries = service.list_payees(db, programme_id)
    listing = time.perf_counter() - start
    real = service.list_payees
    service.list_payees = lambda _db, _pid: summaries  # type: ignore[assignment]  # the page alone is timed
    try:
        ctx = AppContext(db, Settings(), JobRunner(), QUndoStack())
        ctx.programme_id = programme_id
        page = PaymentsPage(ctx)
        page.resize(1400, 820)
        page.show()
        settle(app, ctx)
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            page.reload()
            settle(app, ctx)  # the read on the worker, the fill's steps, the table laid out and painted
            times.append(time.perf_counter() - start)
        page.close()
    finally:
        service.list_payees = real  # type: ignore[assignment]
        db.dispose()
    print(f"{count:>6} payees: page reload median {statistics.median(times) * 1000:8.1f} ms "
          f"(min {min(times) * 1000:.1f}, {repeats} runs); list_payees {listing * 1000:.0f} ms", flush=True)


def settle(app: QApplication, ctx: AppContext) -> None:
    """Until the page has shown its data: it reads off the GUI thread and fills in steps (ui/page_load.py)."""
    while ctx.runner.busy():
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    for count in [int(a) for a in sys.argv[1:]] or [100, 800]:
        measure(app, count, int(os.environ.get("COLEAD_BENCH_REPEATS", "5")))


if __name__ == "__main__":
    main()
