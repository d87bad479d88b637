"""Time the payment outputs at programme-office scale (invented demo data, repeated).

Targets: 1,000 statement PDFs < 15 s, a workbook with 10,000 ledger lines < 5 s, a Zengin file
for 1,000 payees < 1 s. Run: `.venv/bin/python -m benchmarks.payments` or `python benchmarks/payments.py`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from colead_desktop.domain.bank import validate_account  # noqa: E402
from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements  # noqa: E402
from colead_desktop.domain.statements import Statement, approve  # noqa: E402
from colead_desktop.domain.payment_runs import run_transfers  # noqa: E402
from colead_desktop.domain.zengin import Originator, build_file  # noqa: E402
from colead_desktop.exports.payments_xlsx import write_payments_workbook  # noqa: E402
from colead_desktop.reports.statement_pdf import render_combined, render_folder  # noqa: E402


def statements(count: int) -> list[Statement]:
    base = demo_statements(demo_payees(PLACEHOLDER_TALENTS))
    return [replace(base[i % len(base)], statement_no=f"B{i:05d}") for i in range(count)]


def timed(label: str, work) -> None:
    start = time.perf_counter()
    detail = work()
    print(f"{label:<48} {time.perf_counter() - start:6.2f} s  {detail}")


def main() -> None:
    originator = Originator("0123456789", "ｼﾞﾑｷﾖｸ", validate_account(
        "origin", "0009", "100", "当座", "7654321", "ｼﾞﾑｷﾖｸ"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        batch = statements(1_000)
        timed("1,000 statements, one PDF each", lambda: f"{len(render_folder(batch, folder / 'pdf'))} files")
        timed("1,000 statements, one combined PDF",
              lambda: f"{render_combined(batch, folder / 'all.pdf').stat().st_size // 1024} KiB")
        ledger: list[Statement] = []
        lines = 0
        for st in statements(2_000):
            if lines >= 10_000:
                break
            ledger.append(st)
            lines += len(st.result.lines)
        timed(f"workbook, {lines:,} ledger lines", lambda: (write_payments_workbook(
            ledger, folder / "p.xlsx"), f"{len(ledger)} statements")[1])
        approved = [approve(st, "bench", date(2022, 3, 2)) for st in batch]
        timed("Zengin file, 1,000 payees",
              lambda: f"{len(build_file(originator, run_transfers(approved), date(2022, 3, 10))):,} bytes")


if __name__ == "__main__":
    main()
