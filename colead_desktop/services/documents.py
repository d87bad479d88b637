"""The printable documents (the print centre's catalogue): list them from the database and write one as PDF.

Every document is written by the same writer its export uses, so what is previewed and printed is the
exported PDF page for page. A new kind of document is one entry in `KINDS`: a label, a function listing
the documents of that kind and a function writing one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import both_dates
from colead_desktop.domain.tour_template_titles import tour_title
from colead_desktop.domain.progress import Progress, report
from colead_desktop.domain.statements import ISSUED


@dataclass(frozen=True)
class Document:
    key: str  # "<kind>:<argument>", stable while the database does not change
    kind: str
    title: str
    file_name: str  # suggested file name when saved
    parent: str = ""  # key of the document this one is part of (a participant's itinerary: the tour's)
    label: str = ""  # shorter name shown under its parent or group; the title when empty

    @property
    def name(self) -> str:
        return self.label or self.title


@dataclass(frozen=True)
class DocumentKind:
    key: str
    label: Callable[[], str]
    list: Callable[[Database, int], list[Document]]  # (db, programme_id)
    write: Callable[[Database, int, str, Path, Progress | None], Path]  # (db, programme_id, argument, target, progress)


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)


def itinerary_key(tour_key: str) -> str:
    """The catalogue key of a tour's itinerary, for pages that open the print centre on it."""
    return f"itinerary:{tour_key}"


def statement_key(statement_id: int) -> str:
    return f"statement:{statement_id}"


def handouts_key(event_id: int) -> str:
    return f"meetup:{event_id}/handouts"


# --- itineraries -----------------------------------------------------------------------------------------

def _itineraries(db: Database, programme_id: int) -> list[Document]:
    from colead_desktop.services.tours import tour_parties

    docs = []
    for summary, members in tour_parties(db, programme_id):
        title = tour_title(summary.title, summary.region)
        whole = itinerary_key(summary.key)
        docs.append(Document(whole, "itinerary", title, f"itinerary_{_safe(summary.key)}.pdf"))
        for member in members:
            docs.append(Document(f"{whole}/{member.id}", "itinerary",
                                 f"{title} — {member.name}", f"itinerary_{_safe(summary.key)}_{_safe(member.id)}.pdf",
                                 parent=whole, label=member.name))
    return docs


def _write_itinerary(db: Database, programme_id: int, argument: str, target: Path, progress: Progress | None) -> Path:
    from colead_desktop.services.tour_exports import export_itinerary

    key, _, participant = argument.partition("/")
    return export_itinerary(db, key, target, participant or None, progress)


# --- payment statements ----------------------------------------------------------------------------------

def _statements(db: Database, programme_id: int) -> list[Document]:
    from colead_desktop.services.payments import list_payees

    payees = [p for p in list_payees(db, programme_id) if p.status in ISSUED]
    docs = [Document(statement_key(p.statement_id), "statement", f"{p.statement_no} {p.name}",
                     f"{_safe(p.statement_no)}_{p.talent_id}.pdf",
                     label=f"{p.statement_no} {p.name}（{p.region}）" if p.region else "")
            for p in sorted(payees, key=lambda p: p.statement_no) if p.statement_id is not None]
    if docs:
        docs.insert(0, Document("statement:all", "statement",
                                msg("承認済みの支払明細書すべて（{n}件）", "All approved statements ({n})", n=len(docs)),
                                "statements_all.pdf"))
    return docs


def _write_statement(db: Database, programme_id: int, argument: str, target: Path, progress: Progress | None) -> Path:
    from colead_desktop.services import payments

    if argument == "all":
        return payments.export_statements_combined(db, programme_id, target, progress)
    report(progress, 0, 1)
    path = payments.export_statement_pdf(db, int(argument), target)
    report(progress, 1, 1)
    return path


# --- meetup (round-table handouts and agenda) ------------------------------------------------------------

def _meetup(db: Database, programme_id: int) -> list[Document]:
    from colead_desktop.domain.types import EventKind
    from colead_desktop.services.meetup import list_online_events

    docs = []
    for event in list_online_events(db, programme_id):
        if event.kind != EventKind.MEETUP.value:
            continue
        day = both_dates(event.starts_at.date())
        docs.append(Document(handouts_key(event.id), "meetup",
                             msg("{t} 配布資料一式", "{t} handouts", t=event.title), f"meetup_{event.id}_handouts.pdf",
                             label=msg("{d} 配布資料一式（ラウンドテーブル）", "{d} round-table handouts", d=day)))
        docs.append(Document(f"meetup:{event.id}/agenda", "meetup",
                             msg("{t} プログラム", "{t} agenda", t=event.title), f"meetup_{event.id}_agenda.pdf",
                             label=msg("{d} プログラム", "{d} agenda", d=day)))
    return docs


def _write_meetup(db: Database, programme_id: int, argument: str, target: Path, progress: Progress | None) -> Path:
    from colead_desktop.reports.meetup_pdf import HandoutPart
    from colead_desktop.services.meetup_exports import export_handouts

    event_id, _, what = argument.partition("/")
    parts = (HandoutPart.AGENDA,) if what == "agenda" else tuple(HandoutPart)
    return export_handouts(db, int(event_id), target, parts, progress)


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("itinerary", lambda: msg("旅程表", "Itineraries"), _itineraries, _write_itinerary),
    DocumentKind("meetup", lambda: msg("ミートアップ資料", "Meetup handouts"), _meetup, _write_meetup),
    DocumentKind("statement", lambda: msg("支払明細書", "Payment statements"), _statements, _write_statement),
)


def _kind(key: str) -> DocumentKind:
    for kind in KINDS:
        if kind.key == key:
            return kind
    raise InputError(msg("印刷できない書類です: {k}", "Not a printable document: {k}", k=key))


def kind_label(kind: str) -> str:
    return _kind(kind).label()


def list_documents(db: Database, programme_id: int) -> list[Document]:
    """All printable documents of the programme, kind by kind in `KINDS` order."""
    return [doc for kind in KINDS for doc in kind.list(db, programme_id)]


def write_document(db: Database, programme_id: int, key: str, target: Path, progress: Progress | None = None) -> Path:
    """Write the document `key` as PDF to `target` with its export's writer."""
    kind, _, argument = key.partition(":")
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    return _kind(kind).write(db, programme_id, argument, Path(target), progress)
