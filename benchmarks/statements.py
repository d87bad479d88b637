"""1,000 statement PDFs (one file each, as `colead export statements` writes them) beside a reportlab floor
measured in the same run, on the same number of worker processes (issue 15: goal <= 1.2x).

The floor is what reportlab itself costs for the same files: each statement's texts (numbers, names, every
line's dates, text and amount, the withholding note) drawn straight on a canvas in the same embedded IPAex
font, one A4 page per file, with the same worker pool and chunks, but no layout (tables, paragraphs), no
story building and no temporary-file rename. Prints the median of --runs runs of each, and the ratio.

Run: `python -m benchmarks.statements [--count 1000 --runs 3]`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements  # noqa: E402
from colead_desktop.domain.statements import Statement  # noqa: E402
from colead_desktop.reports import statement_pdf  # noqa: E402
from colead_desktop.reports.worker_pool import worker_pool  # noqa: E402


def statements(count: int) -> list[Statement]:
    """The demo's statements, repeated under new numbers."""
    base = demo_statements(demo_payees(PLACEHOLDER_TALENTS))
    return [replace(base[i % len(base)], statement_no=f"B{i:05d}") for i in range(count)]


def _texts(st: Statement) -> list[str]:
    texts = [st.statement_no, st.payer.name, st.payer.address, st.result.name, st.payee_address]
    for line in st.result.lines:
        texts += [*(d.isoformat() for d in line.dates), line.text, f"{line.amount_yen:,}円"]
    return [*texts, f"{st.transfer_yen:,}円", st.result.withholding_text]


def _floor_chunk(job: tuple[Sequence[Statement], Path]) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from colead_desktop.reports.fonts import GOTHIC, register_fonts

    register_fonts()
    batch, folder = job
    for st in batch:
        canvas = Canvas(str(folder / statement_pdf.file_name(st)), pagesize=A4)
        canvas.setFont(GOTHIC, 9)
        y = A4[1] - 40
        for text in _texts(st):
            for part in text.split("\n"):
                canvas.drawString(40, y, part[:90])
                y -= 11
        canvas.showPage()
        canvas.save()
    return len(batch)


def floor(batch: Sequence[Statement], folder: Path) -> None:
    workers = min(os.cpu_count() or 1, 8)
    jobs = [(batch[i:i + statement_pdf.CHUNK], folder) for i in range(0, len(batch), statement_pdf.CHUNK)]
    with worker_pool(workers) as pool:
        sum(pool.imap_unordered(_floor_chunk, jobs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the two medians as JSON (benchmarks.figures)")
    args = parser.parse_args()
    batch = statements(args.count)
    app_times, floor_times = [], []
    for _ in range(args.runs):  # interleaved, so a busy moment of the machine weighs on both alike
        for work, times in ((statement_pdf.render_folder, app_times), (floor, floor_times)):
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                work(batch, Path(tmp))
                times.append(time.perf_counter() - started)
    app, bottom = statistics.median(app_times), statistics.median(floor_times)
    if args.json:
        print(json.dumps({"app": app, "floor": bottom, "processes": min(os.cpu_count() or 1, 8)}))
        return
    print(f"{args.count:,} statement PDFs on {min(os.cpu_count() or 1, 8)} processes: {app:.2f} s; reportlab floor "
          f"{bottom:.2f} s; {app / bottom:.2f}x (goal <= 1.2x)")


if __name__ == "__main__":
    main()
