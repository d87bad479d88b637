"""Time the dashboard's budget report (services/budget.programme_report) at 100 and 800 payees, on the databases
benchmarks/payments_page.py makes (one approved statement per payee, made once and reused).

Run: `QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python -m benchmarks.budget [COUNT...]`

Measured 2026-12-03 on the shared 2-core machine, median of 5:
  whole statements (issued_statements: payee and payer looked up per row): 100 → 47 ms, 800 → 3,020 ms
  their money in one query (payments.programme_money):                  100 → 46 ms, 800 → 306 ms
"""

from __future__ import annotations

import statistics
import sys
import time

from benchmarks.payments_page import database
from colead_desktop.services.budget import programme_report


def measure(count: int, repeats: int = 5) -> None:
    db, programme_id = database(count)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        report = programme_report(db, programme_id)
        times.append(time.perf_counter() - start)
    db.dispose()
    print(f"{count:>6} payees: budget report median {statistics.median(times) * 1000:8.1f} ms "
          f"(min {min(times) * 1000:.1f}, {repeats} runs); approved ¥{report.total.total.approved_yen:,}", flush=True)


def main() -> None:
    for count in [int(a) for a in sys.argv[1:]] or [100, 800]:
        measure(count)


if __name__ == "__main__":
    main()
