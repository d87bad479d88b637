"""1,000 statement PDFs (one file each, as `colead export statements` writes them) beside a reportlab floor
measured in the same run, on the same number of worker processes (issue 15: goal <= 1.2x).

The floor is what reportlab itself costs for the same files. Before timing, each distinct statement is rendered
once by the app on a recording canvas; the floor then draws what was recorded straight on a bare canvas: every run
of text in its font and size (labels, 和暦 dates, headers, rates, footer and page number: the same glyphs, so the
same font subset is embedded), every ruled line and shaded cell of the tables, and the same number of pages, with
the same worker pool and chunks. Positions are those inside each table or paragraph, so the floor's page looks
jumbled, but the drawing, the text encoding and the compressed size are the same. It does no layout (tables,
paragraphs, line breaking, story building) and no temporary-file rename: that is the app's overhead this benchmark
measures. (An earlier floor drew only the statement's own values, ISO dates and no rules: about half of what a
statement's page holds, so it was too cheap.)
Prints the medians of --runs runs of each, and the median of the runs' ratios (each run of the app beside a run of
the floor).

Run: `python -m benchmarks.statements [--count 1000 --runs 3]`.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements  # noqa: E402
from colead_desktop.domain.statements import Statement  # noqa: E402
from colead_desktop.reports import statement_pdf  # noqa: E402
from colead_desktop.reports.worker_pool import worker_pool  # noqa: E402


DISTINCT = len(PLACEHOLDER_TALENTS)
"""The demo's statements, one per placeholder talent: `statements` repeats them."""


def statements(count: int) -> list[Statement]:
    """The demo's statements, repeated under new numbers."""
    base = demo_statements(demo_payees(PLACEHOLDER_TALENTS))
    return [replace(base[i % DISTINCT], statement_no=f"B{i:05d}") for i in range(count)]


class TextRun(NamedTuple):
    font: str
    size: float
    x: float
    y: float
    text: str


class Shape(NamedTuple):
    line: bool  # a ruled line from (x, y) to (x2, y2); else a filled rectangle at (x, y) of size (x2, y2)
    x: float
    y: float
    x2: float
    y2: float


Page = list[TextRun | Shape]


def record(st: Statement) -> list[Page]:
    """The pages of the app's PDF of `st` as drawing calls, caught on reportlab's canvas while the app renders it."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

    pages: list[Page] = [[]]
    hooked = ((PDFTextObject, "_formatText"), (Canvas, "line"), (Canvas, "rect"), (Canvas, "showPage"))
    originals = [getattr(owner, name) for owner, name in hooked]
    format_text, line, rect, show_page = originals

    def text_op(tx: Any, text: str) -> Any:  # a PDFTextObject: its font and origin are private attributes
        pages[-1].append(TextRun(tx._fontname, tx._fontsize, tx._x0, tx._y0, text))
        return format_text(tx, text)

    def line_op(canvas: Canvas, x1: float, y1: float, x2: float, y2: float) -> None:
        pages[-1].append(Shape(True, x1, y1, x2, y2))
        line(canvas, x1, y1, x2, y2)

    def rect_op(canvas: Canvas, x: float, y: float, w: float, h: float, stroke: int = 1, fill: int = 0) -> None:
        pages[-1].append(Shape(False, x, y, w, h))
        rect(canvas, x, y, w, h, stroke=stroke, fill=fill)

    def page_op(canvas: Canvas) -> None:
        pages.append([])
        show_page(canvas)

    for (owner, name), hook in zip(hooked, (text_op, line_op, rect_op, page_op), strict=True):
        setattr(owner, name, hook)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            statement_pdf.render_statement(st, Path(tmp) / "recorded.pdf")
    finally:
        for (owner, name), original in zip(hooked, originals, strict=True):
            setattr(owner, name, original)
    return [page for page in pages if page]


class FloorFile(NamedTuple):
    name: str
    title: str
    template: int  # which recording it draws
    number: str  # the statement number put in place of the recorded statement's


def floor_files(batch: Sequence[Statement], distinct: int, templates: Path) -> list[FloorFile]:
    """Each statement as the recording of the statement it copies (of the first `distinct`), under its own number.
    The recordings are pickled to `templates`, which each worker reads once: shipping every file's drawing calls
    to the workers (3.6 MB for a thousand) would burden the floor with work the app does not do."""
    recorded = [(batch[i].statement_no, record(batch[i])) for i in range(min(distinct, len(batch)))]
    templates.write_bytes(pickle.dumps(recorded))
    return [FloorFile(statement_pdf.file_name(st), f"支払明細書 {st.statement_no}", i % distinct, st.statement_no)
            for i, st in enumerate(batch)]


@lru_cache(maxsize=1)
def _templates(path: Path) -> list[tuple[str, list[Page]]]:
    loaded: list[tuple[str, list[Page]]] = pickle.loads(path.read_bytes())
    return loaded


def _floor_chunk(job: tuple[Sequence[FloorFile], Path, Path]) -> int:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from colead_desktop.reports.fonts import register_fonts

    register_fonts()
    batch, folder, templates = job
    for file in batch:
        recorded_number, pages = _templates(templates)[file.template]
        canvas = Canvas(str(folder / file.name), pagesize=A4)
        canvas.setTitle(file.title)
        canvas.setAuthor("Co-LEAD Desktop")
        for page in pages:
            for op in page:
                if isinstance(op, TextRun):
                    canvas.setFont(op.font, op.size)
                    canvas.drawString(op.x, op.y, op.text.replace(recorded_number, file.number))
                elif op.line:
                    canvas.line(op.x, op.y, op.x2, op.y2)
                else:
                    canvas.rect(op.x, op.y, op.x2, op.y2, stroke=0, fill=1)
            canvas.showPage()
        canvas.save()
    return len(batch)


def floor(batch: Sequence[FloorFile], folder: Path, templates: Path) -> None:
    workers = min(os.cpu_count() or 1, 8)
    jobs = [(batch[i:i + statement_pdf.CHUNK], folder, templates) for i in range(0, len(batch), statement_pdf.CHUNK)]
    with worker_pool(workers) as pool:
        sum(pool.imap_unordered(_floor_chunk, jobs))


def cpu_seconds() -> float:
    """CPU time of this process and of its reaped children (the pool's workers, once the pool is closed)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON (benchmarks.figures)")
    parser.add_argument("--instructions", action="store_true",
                        help="count the instructions per statement of each side with valgrind instead")
    parser.add_argument("--in-process", choices=("app", "floor"), help=argparse.SUPPRESS)  # what valgrind runs
    args = parser.parse_args()
    if args.in_process:
        in_process(args.in_process, args.count)
        return
    if args.instructions:
        app, bottom = (instructions(side, 16 + MEASURED) - instructions(side, 16) for side in ("app", "floor"))
        print(f"Instructions per statement in one process (valgrind): app {app / MEASURED / 1e6:.1f} M; floor "
              f"{bottom / MEASURED / 1e6:.1f} M; {app / bottom:.3f}x")
        return
    batch = statements(args.count)
    templates_folder = tempfile.TemporaryDirectory()
    templates = Path(templates_folder.name) / "templates.pickle"
    recorded = floor_files(batch, DISTINCT, templates)
    work: dict[str, Callable[[Path], object]] = {"app": lambda tmp: statement_pdf.render_folder(batch, tmp),
            "floor": lambda tmp: floor(recorded, tmp, templates)}
    wall: dict[str, list[float]] = {"app": [], "floor": []}
    cpu: dict[str, list[float]] = {"app": [], "floor": []}
    # Runs in pairs, app then floor and then the other way round, so that a machine slowing down or speeding up over
    # a pair weighs on both alike; the ratio is the median of the pairs' ratios. Medians of each side apart moved the
    # ratio by 0.1 from one run to the next on a shared machine whose speed drifts over tens of seconds.
    for run in range(args.runs):
        for name in ("app", "floor") if run % 2 == 0 else ("floor", "app"):
            with tempfile.TemporaryDirectory() as tmp:
                started, used = time.perf_counter(), cpu_seconds()
                work[name](Path(tmp))
                wall[name].append(time.perf_counter() - started)
                cpu[name].append(cpu_seconds() - used)
    templates_folder.cleanup()
    figures = {"app": statistics.median(wall["app"]), "floor": statistics.median(wall["floor"]),
               "ratio": paired_ratio(wall), "app_cpu": statistics.median(cpu["app"]),
               "floor_cpu": statistics.median(cpu["floor"]), "cpu_ratio": paired_ratio(cpu),
               "processes": min(os.cpu_count() or 1, 8), "runs": args.runs}
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{args.count:,} statement PDFs on {figures['processes']} processes, medians of {args.runs} runs: "
          f"{figures['app']:.2f} s; reportlab floor {figures['floor']:.2f} s; {figures['ratio']:.2f}x, the median of "
          f"the runs' ratios (goal <= 1.2x); each run's: {ratios(wall)}\n"
          f"CPU seconds: {figures['app_cpu']:.2f} s; floor {figures['floor_cpu']:.2f} s; {figures['cpu_ratio']:.2f}x; "
          f"each run's: {ratios(cpu)}")


MEASURED = 48
"""Statements counted beyond the first DISTINCT, whose cost (start-up, imports, fonts, each distinct statement's
first rendering, the floor's recording) both counts share and the difference leaves out."""


def instructions(side: str, count: int) -> int:
    """The instructions a process runs to write `count` statements on one side, counted by valgrind's cachegrind:
    unlike seconds, they do not move with a shared machine's load (a kernel's work, as in writing the files, is not
    counted)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    done = subprocess.run([valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-m", "benchmarks.statements", "--in-process", side, "--count", str(count)],
                          capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found[1].replace(",", ""))


def in_process(side: str, count: int) -> None:
    """`count` statements written one after another in this process (no pool), by the app or by the floor."""
    batch = statements(count)
    with tempfile.TemporaryDirectory() as tmp:
        if side == "app":
            for st in batch:
                statement_pdf.render_statement(st, Path(tmp) / statement_pdf.file_name(st), folder_ready=True)
        else:
            templates = Path(tmp) / "templates.pickle"
            _floor_chunk((floor_files(batch, DISTINCT, templates), Path(tmp), templates))


def paired_ratio(seconds: dict[str, list[float]]) -> float:
    return statistics.median(app / bottom for app, bottom in zip(seconds["app"], seconds["floor"], strict=True))


def ratios(seconds: dict[str, list[float]]) -> str:
    return ", ".join(f"{app / bottom:.2f}" for app, bottom in zip(seconds["app"], seconds["floor"], strict=True))


if __name__ == "__main__":
    main()
