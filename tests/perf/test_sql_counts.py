"""Pages, exports and the CLI read a programme in a few queries, whatever its size (issue 15: no N+1 reads).

Each piece of work runs on two databases made through the services, one twice the other; the number of SQL
statements it sends must be the same on both and small. A count that grows with the talents, tours or
statements is an N+1 read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain import records as rec
from colead_desktop.services import documents, payment_runs, payments
from colead_desktop.services.lookups import load_lookups
from colead_desktop.services.records import list_records
from colead_desktop.services.tours import list_tours
from tests.perf.sql_count import MODERATE, SMALL, built, statements_sent

pytestmark = pytest.mark.slow
MAX_STATEMENTS = 12  # BEGIN and a handful of queries per piece of work
RECORD_PAGES = (rec.TalentRecord, rec.RegionRecord, rec.CompanyRecord, rec.StaffRecord, rec.VenueRecord,
                rec.EventRecord)
TRANSFER = date(2022, 3, 25)


@pytest.fixture(scope="module")
def sizes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[tuple[Database, int]]]:
    folder = tmp_path_factory.mktemp("sizes")
    made = [built(folder, SMALL), built(folder, MODERATE)]
    yield made
    for db, _programme_id in made:
        db.dispose()


def counts(sizes: list[tuple[Database, int]], work: Callable[[Database, int], object]) -> list[int]:
    return [len(statements_sent(db, partial(work, db, programme_id))) for db, programme_id in sizes]


def _records(kind: type[rec.AnyRecord], db: Database, programme_id: int) -> object:
    return list_records(db, kind, programme_id)


WORK: dict[str, Callable[[Database, int], object]] = {
    "支払 page: list_payees": payments.list_payees,
    "print centre listing": documents.list_documents,
    "colead list talents --json": partial(_records, rec.TalentRecord),
    "tours page list": list_tours,
    "records pages' pick lists": load_lookups,
    **{f"records page: {kind.__name__}": partial(_records, kind) for kind in RECORD_PAGES},
}


@pytest.mark.parametrize("name", WORK)
def test_reads_in_a_constant_number_of_statements(sizes: list[tuple[Database, int]], name: str) -> None:
    small, moderate = counts(sizes, WORK[name])
    assert small == moderate, f"{name}: {small} statements for {SMALL}, {moderate} for {MODERATE}"
    assert moderate <= MAX_STATEMENTS, f"{name}: {moderate} statements"


def test_the_sizes_differ_where_it_matters(sizes: list[tuple[Database, int]]) -> None:
    """The test above proves nothing unless the second database has more of everything listed."""
    (small_db, small_id), (moderate_db, moderate_id) = sizes
    assert len(payments.list_payees(moderate_db, moderate_id)) > len(payments.list_payees(small_db, small_id))
    assert len(list_tours(moderate_db, moderate_id)) > len(list_tours(small_db, small_id))
    assert (len(payment_runs.waiting_statements(moderate_db, moderate_id))
            > len(payment_runs.waiting_statements(small_db, small_id)))


def test_the_payment_run_reads_in_a_constant_number_of_statements(sizes: list[tuple[Database, int]],
                                                                   tmp_path: Path) -> None:
    preview = counts(sizes, lambda db, pid: payment_runs.preview_run(db, pid, TRANSFER, today=date(2022, 3, 1)))
    again = []
    for n, (db, programme_id) in enumerate(sizes):
        run = payment_runs.create_run(db, programme_id, TRANSFER, tmp_path / f"{n}.txt", "経理 花子",
                                      today=date(2022, 3, 1))
        again.append(len(statements_sent(db, partial(payment_runs.regenerate_run_file, db, run.run_id,
                                                      tmp_path / f"again{n}.txt", "経理 花子"))))
    assert preview[0] == preview[1] <= MAX_STATEMENTS, f"run preview: {preview}"
    # making the file again also writes: the run's file row, its history and the audit entries
    assert again[0] == again[1] <= MAX_STATEMENTS + 8, f"全銀 file made again: {again}"
