"""`colead --self-check`: prove an installation (development tree or frozen bundle) works end to end.

Loads every form offscreen, migrates a temporary database, loads the demo, writes every report and
export into a temporary folder and checks each file is non-empty and well formed. Exit code 0 only if
everything passed.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from colead_desktop.paths import forms_dir

if TYPE_CHECKING:
    from colead_desktop.exports.ics import CalendarEntry

Check = tuple[str, Callable[[Path], str]]


def _pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise ValueError(f"{path.name} is not a complete PDF")
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page\r") + data.count(b"/Type /Page ")


def _pdf(path: Path) -> str:
    """A document we write: complete, and carrying its Japanese font (or it prints blank elsewhere)."""
    pages = _pdf_pages(path)
    if b"/FontFile2" not in path.read_bytes():
        raise ValueError(f"{path.name} does not embed its font")
    return f"{path.name}: {path.stat().st_size:,} bytes, {pages} pages"


def _xlsx(path: Path) -> str:
    from openpyxl import load_workbook

    if not zipfile.is_zipfile(path):
        raise ValueError(f"{path.name} is not an .xlsx (zip) file")
    book = load_workbook(path)
    rows = sum(sheet.max_row for sheet in book.worksheets)
    return f"{path.name}: {len(book.worksheets)} sheets, {rows} rows"


def _ics(path: Path) -> str:
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    if not events:
        raise ValueError(f"{path.name} has no events")
    return f"{path.name}: {len(events)} events"


def _zengin(path: Path) -> str:
    records = path.read_bytes().split(b"\r\n")
    records = records[:-1] if records[-1] == b"" else records
    if not records or any(len(record) != 120 for record in records):
        raise ValueError(f"{path.name}: every record must be 120 bytes")
    kinds = bytes(record[0] for record in records)
    if kinds[:1] != b"1" or kinds[-2:] != b"89" or set(kinds[1:-2]) != {ord("2")}:
        raise ValueError(f"{path.name}: records must be header, data, trailer, end")
    return f"{path.name}: {len(records) - 3} transfers"


VALIDATORS: dict[str, Callable[[Path], str]] = {".pdf": _pdf, ".xlsx": _xlsx, ".ics": _ics, ".txt": _zengin}


def _write_calendar(target: Path, product: str, entries: list[CalendarEntry]) -> Path:
    """A calendar file through the exports' one builder, stamped now (no database: every SEQUENCE is 0)."""
    from colead_desktop.domain.clock import utc_now
    from colead_desktop.exports.atomic import write_bytes_atomically
    from colead_desktop.exports.ics import calendar_bytes

    return write_bytes_atomically(target, calendar_bytes(product, target.stem, entries, utc_now()))


def _validate(path: Path) -> str:
    if not path.exists() or path.stat().st_size == 0:
        raise ValueError(f"{path.name} is missing or empty")
    return VALIDATORS[path.suffix](path)


def check_forms(_folder: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from colead_desktop.ui.forms import load_form

    app = QApplication.instance() or QApplication([])
    names = sorted(p.stem for p in forms_dir().glob("*.ui"))
    for name in names:
        load_form(name).deleteLater()
    app.processEvents()
    return f"{len(names)} forms: {', '.join(names)}"


def check_database(folder: Path) -> str:
    from colead_desktop.db.engine import Database, current_revisions
    from colead_desktop.services.demo import load_demo

    db = Database(f"sqlite:///{folder / 'selfcheck.sqlite3'}")
    db.migrate()
    load_demo(db)
    revisions = ", ".join(sorted(current_revisions(db.engine)))
    db.dispose()
    return f"migrated to {revisions} and loaded the demo"


def check_tours(folder: Path) -> str:
    from colead_desktop.domain.demo_tours import demo_tours
    from colead_desktop.domain.b5 import B5Worksheet
    from colead_desktop.exports.b5_workbook import write_b5_workbook
    from colead_desktop.exports.tour_ics import tour_entries
    from colead_desktop.reports.itinerary_pdf import write_itinerary_pdf

    results = []
    for index, tour in enumerate(demo_tours()):
        results.append(_validate(write_itinerary_pdf(tour, folder / f"itinerary-{index}.pdf")))
        results.append(_validate(_write_calendar(folder / f"tour-{index}.ics", "Fieldwork tour", tour_entries(tour))))
    results.append(_validate(write_b5_workbook(B5Worksheet(), folder / "b5.xlsx")))
    return "; ".join(results)


def check_payments(folder: Path) -> str:
    from datetime import date

    from colead_desktop.domain.bank import validate_account
    from colead_desktop.domain.demo_payments import PLACEHOLDER_TALENTS, demo_payees, demo_statements
    from colead_desktop.domain.payment_runs import plan_run, run_transfers
    from colead_desktop.domain.statements import approve, mark_paid, put_in_run
    from colead_desktop.domain.zengin import Originator, build_file
    from colead_desktop.exports.atomic import write_bytes_atomically
    from colead_desktop.exports.payments_xlsx import write_payments_workbook
    from colead_desktop.exports.shiharai_chosho_xlsx import write_chosho_workbook
    from colead_desktop.reports.statement_pdf import render_combined, render_statement

    if importlib.util.find_spec("_rl_accel") is None:  # rl-accel: without it statements render a quarter slower
        raise RuntimeError("reportlab runs without its C accelerator (rl-accel)")
    approved = [approve(st, "self-check", date(2022, 3, 2))
                for st in demo_statements(demo_payees(PLACEHOLDER_TALENTS))]
    transfer = date(2022, 3, 10)
    run = plan_run(approved, transfer, today=transfer)
    paid = [mark_paid(put_in_run(st, transfer), transfer) for st in run.included]
    originator = Originator("0123456789", "ｼﾞﾑｷﾖｸ", validate_account(
        "self-check", "0009", "100", "当座", "7654321", "ｼﾞﾑｷﾖｸ"))
    return "; ".join(_validate(path) for path in (
        render_statement(approved[0], folder / "statement.pdf"),
        render_combined(approved, folder / "statements.pdf"),
        write_payments_workbook(approved, folder / "payments.xlsx"),
        write_chosho_workbook(paid, 2022, "self-check", folder / "shiharai.xlsx"),
        write_bytes_atomically(folder / "zengin.txt", build_file(originator, run_transfers(run.included), transfer)),
    ))


def check_meetup(folder: Path) -> str:
    from colead_desktop.domain.agenda import meetup_2021
    from colead_desktop.domain.meetup_docs import MeetupPack, TableBrief, TalentSheet
    from colead_desktop.domain import roundtables_exact
    from colead_desktop.domain.roundtables import PlanInput, Table, Talent, solve
    from colead_desktop.exports.meetup_ics import event_entry, talent_entries
    from colead_desktop.exports.rotation_xlsx import write_rotation
    from colead_desktop.reports.meetup_pdf import write_handouts

    regions = ("北見", "桑名", "沖縄")
    talents = tuple(Talent(f"t{i:02d}", "engineer") for i in range(16))
    plan = solve(PlanInput(3, "mix", 1, tuple(Table(r, 8) for r in regions), talents))
    briefs = tuple(TableBrief(r, r, f"{r}ルーム", "https://example.jp/room", (), "目的", "課題", "取組", ("問い",), "成果")
                   for r in regions)
    sheets = tuple(TalentSheet(t.id, t.id, "", "エンジニア・オペレータ", {}) for t in talents)
    pack = MeetupPack(meetup_2021("https://example.jp/meetup"), plan, briefs, sheets)
    calendars = {t.id: _write_calendar(folder / "talents" / f"talent-{t.id}.ics", "Meetup",
                                       talent_entries(pack, t.id, "selfcheck", t.id)) for t in talents}
    return "; ".join([_validate(write_handouts(folder / "handouts.pdf", pack)),
                      _validate(_write_calendar(folder / "meetup.ics", "Meetup", [event_entry(pack.agenda, "selfcheck")])),
                      _validate(write_rotation(folder / "rotation.xlsx", pack)),
                      f"{len(calendars)} talent calendars",
                      # not a failure: without ortools (the bundle) round tables keep the local search's plans
                      "exact round tables: " + ("CP-SAT" if roundtables_exact.available()
                                                else "unavailable, local search and counting bound")]
                     + [_validate(p) for p in list(calendars.values())[:1]])


def check_print_centre(folder: Path) -> str:
    """One document of each kind in the demo database prints through QtPdf, as the print centre does."""
    from PySide6.QtPrintSupport import QPrinter

    from colead_desktop.db.engine import Database
    from colead_desktop.services.documents import list_documents, write_document
    from colead_desktop.services.programme_scope import list_programmes
    from colead_desktop.ui.pdf_printing import print_pdf

    db = Database(f"sqlite:///{folder / 'selfcheck.sqlite3'}")
    demo = next(p.id for p in list_programmes(db) if p.is_demo)  # check_database loaded it
    documents = list({d.kind: d for d in reversed(list_documents(db, demo))}.values())
    printed = 0
    for index, document in enumerate(documents):
        pdf = write_document(db, demo, document.key, folder / f"document-{index}.pdf")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / f"printed-{index}.pdf"))
        pages = print_pdf(pdf, printer)
        if pages == 0 or _pdf_pages(folder / f"printed-{index}.pdf") != _pdf_pages(pdf):
            raise ValueError(f"{document.title}: printed {pages} pages, the document has {_pdf_pages(pdf)}")
        printed += pages
    db.dispose()
    return f"{len(documents)} kinds of document, {printed} pages printed to PDF"


CHECKS: list[Check] = [
    ("forms", check_forms),
    ("database", check_database),
    ("tours", check_tours),
    ("payments", check_payments),
    ("meetup", check_meetup),
    ("print centre", check_print_centre),
]


def run_self_check() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="colead-selfcheck-") as temp:
        folder = Path(temp)
        os.environ["COLEAD_DATA_DIR"] = str(folder / "data")
        for name, check in CHECKS:
            try:
                detail = check(folder)
            except Exception:  # a self-check reports every failure and carries on
                failures += 1
                print(f"FAIL {name}\n{traceback.format_exc()}", file=sys.stderr)
            else:
                print(f"ok   {name}: {detail}")
    print(f"self-check: {len(CHECKS) - failures} passed, {failures} failed")
    return 1 if failures else 0
