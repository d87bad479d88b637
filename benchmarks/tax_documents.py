"""Time the payer's tax documents (services/tax_documents.py) at 100 and 800 payees paid from each of two
programmes of one payer (FY2026 and FY2027, the same talents), against reading one programme's paid statements
as the 支払 page's monthly table did before it gathered the payer's programmes.

The databases are made once through the services (under $TMPDIR/colead_bench_tax_documents) and reused; the
statements are approved by the services and then marked paid in December 2026 directly (no 全銀 file is timed).
Run: `PYTHONPATH=. .venv/bin/python -m benchmarks.tax_documents [COUNT...]` (COLEAD_BENCH_REPEATS=n, 3 by default).

Measured 2026-12-03 on the shared 2-core machine (medians of 3), 800 payees x 2 programmes:
  one programme's paid statements, full reads (the tab before): 350-440 ms
  the payer's withholding by month, full reads of both programmes: 695 ms
  the same from the money-only read (payments.money_in): 196 ms (100 payees: 20 ms)
  the payer's 支払調書 workbook (full reads: it needs payees' addresses and employers): 810-920 ms
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.cache import bench_folder, cached_database  # noqa: E402

FOLDER = bench_folder("tax_documents")

from sqlalchemy import update  # noqa: E402

from colead_desktop.db import models  # noqa: E402
from colead_desktop.db.engine import Database  # noqa: E402
from colead_desktop.db.payment_models import StatementRow, TourDayRow  # noqa: E402
from colead_desktop.domain.statement_status import StatementStatus  # noqa: E402
from colead_desktop.services import payment_batch  # noqa: E402
from colead_desktop.services import tax_documents  # noqa: E402
from colead_desktop.services.payment_statements import statements_with_status  # noqa: E402

WHO, APPROVER = "ベンチ 計算", "ベンチ 承認"
YEARS = ((2026, date(2026, 11, 16)), (2027, date(2026, 11, 24)))


def database(count: int) -> tuple[Database, int]:
    """Two programmes of the payer ベンチ事務局 paying the same `count` talents in December 2026; the first's id."""
    db = cached_database(FOLDER / f"payees_{count}.sqlite3", lambda made: fill(made, count))
    with db.session() as session:
        first = session.query(models.Programme.id).order_by(models.Programme.id).limit(1).scalar()
    assert first is not None
    return db, first


def fill(db: Database, count: int) -> None:
    with db.session() as session:
        talents = [models.Talent(name=f"架空 人材{i:05d}") for i in range(count)]
        session.add_all(talents)
        programmes = [models.Programme(name=f"ベンチ事業 {year}", fiscal_year=year, secretariat="ベンチ事務局")
                      for year, _ in YEARS]
        session.add_all(programmes)
        session.flush()
        for programme, (_, day) in zip(programmes, YEARS, strict=True):
            session.add_all(models.ProgrammeTalent(programme_id=programme.id, talent_id=t.id,
                                                   region_preferences=[], motivation="") for t in talents)
            session.add_all(TourDayRow(programme_id=programme.id, talent_id=t.id, day=day, note="")
                            for t in talents)
        ids = [p.id for p in programmes]
    for programme_id in ids:
        drafts = payment_batch.draft_statements(db, programme_id, None, WHO)
        payment_batch.approve_statements(db, programme_id, [d["no"] for d in drafts], APPROVER)
    with db.session() as session:
        session.execute(update(StatementRow).values(status=StatementStatus.PAID, paid_at=datetime(2026, 12, 10)))


def median_ms(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(count: int, repeats: int) -> None:
    db, first = database(count)
    one = median_ms(lambda: statements_with_status(db, first, StatementStatus.PAID), repeats)
    payer = median_ms(lambda: tax_documents.payments_overview(db, first), repeats)
    chosho = median_ms(lambda: tax_documents.export_chosho(db, first, 2026, FOLDER / "chosho.xlsx"), repeats)
    [december] = tax_documents.payments_overview(db, first).months
    assert december.people == count and len(december.statements) == 2 * count
    db.dispose()
    print(f"{count:>6} payees x 2 programmes: one programme's paid statements {one:7.0f} ms; the payer's "
          f"withholding by month {payer:7.0f} ms; 支払調書 workbook {chosho:7.0f} ms ({repeats} runs, median)",
          flush=True)


def main() -> None:
    for count in [int(a) for a in sys.argv[1:]] or [100, 800]:
        measure(count, int(os.environ.get("COLEAD_BENCH_REPEATS", "3")))


if __name__ == "__main__":
    main()
