"""Counting the SQL statements a piece of work sends (issue 15: no N+1 reads), and databases of two sizes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event

from benchmarks.bigdb import MODERATE, Size, build
from colead_desktop.db.engine import Database
from colead_desktop.domain.contracts import Contract, ContractKind
from colead_desktop.domain.matching import PairStatus
from colead_desktop.domain.records import CompanyRecord, TalentRecord
from colead_desktop.domain.selection import Decision
from colead_desktop.services import applications, calls, contracts, matching, screening, selection
from colead_desktop.services.records import list_records
from tests.application_files import write_csv

# half of MODERATE (60 talents, 20 tours, 30 statements): a count that grows with the data differs between them
SMALL = Size(MODERATE.talents // 2, MODERATE.tours // 2, MODERATE.statements // 2)


@contextmanager
def counting(db: Database) -> Iterator[list[str]]:
    """The statements sent to the database inside the block, in order."""
    sent: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def statements_sent(db: Database, work: Callable[[], object]) -> list[str]:
    with counting(db) as sent:
        work()
    return sent


def built(folder: Path, size: Size) -> tuple[Database, int]:
    """A database of `size` made through the services (benchmarks.bigdb) and its programme's id."""
    db = Database(f"sqlite:///{folder / f'{size.talents}.sqlite3'}")
    return db, build(db, size)


def add_calls_and_pairs(db: Database, programme_id: int, folder: Path, count: int) -> None:
    """`count` more of what the 募集・選考, マッチング and dashboard pages list, each written by its service: talent
    applications (scored by a reviewer, decided), and talent–SME pairs (agreed, half of them under an NDA sent
    but not signed), so a read per application, pair, log entry or contract shows as a count that grows."""
    call = calls.calls(db, programme_id)[1]
    assert call.id is not None
    rows = [["2026/09/01 10:00", f"応募 者{n:03d}", f"a{n}@example.jp", "動機", "経験", "", "はい", "はい", "はい",
             "はい", "はい", ""] for n in range(count)]
    applications.import_applications(db, call.id, write_csv(folder / f"apps{count}.csv", rows))
    reviewer = screening.add_reviewer(db, call.id, "委員 A")
    screening.assign(db, reviewer)
    for n, application in enumerate(applications.applications(db, call.id)):
        screening.set_scores(db, reviewer, application.id, {item.key: 1 + n % 4 for item in call.items})
        selection.decide(db, application.id, Decision.SELECTED if n % 2 else Decision.RESERVE, "理由", "委員長")
    talents = [t.id for t in list_records(db, TalentRecord, programme_id)][-count:]
    company = list_records(db, CompanyRecord, programme_id)[0].id
    assert company is not None
    matching.set_company(db, programme_id, company, len(talents) + 100)
    for n, talent in enumerate(talents):
        assert talent is not None
        matching.set_talent_wishes(db, programme_id, talent, [company])
        pair = matching.add_pair(db, programme_id, talent, company, "担当", "ベンチマーク")
        for status in (PairStatus.EXCHANGE, PairStatus.AGREED):
            matching.move_pair(db, pair, status, "担当")
        if n % 2:
            contracts.save_contract(db, Contract(None, pair, ContractKind.NDA, sent_on=date(2021, 6, 1)))
