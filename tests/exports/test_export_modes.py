"""File modes under the usual 022 umask: exports follow it (colleagues on a shared folder read the handouts,
calendars and workbooks), while the files with bank data, addresses or people's payments and the backups are
owner-only whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from colead_desktop.db.backup import backup_sqlite
from colead_desktop.db.engine import Database, sqlite_path
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.jp_calendar import next_bank_business_day
from colead_desktop.services import calendars, meetup_exports, payments, tax_documents, tour_exports
from colead_desktop.services.meetup import meetup_event_id
from colead_desktop.services.payment_audit import export_audit_csv
from colead_desktop.services.payment_runs import create_run
from tests.programmes import demo_programme
from tests.services.demo_file import demo_copy

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def demo_db(tmp_path: Path, data_dir: Path) -> Iterator[Database]:
    old = os.umask(0o022)
    database = demo_copy(tmp_path)
    try:
        yield database
    finally:
        database.dispose()
        os.umask(old)


def test_shared_exports_follow_the_umask(demo_db: Database, tmp_path: Path) -> None:
    programme_id = demo_programme(demo_db)
    event_id = meetup_event_id(demo_db, programme_id)
    assert event_id is not None
    shared = [calendars.export_tour_ics(demo_db, "demo-kuwana-2021", tmp_path / "tour.ics"),
              calendars.export_programme_ics(demo_db, programme_id, tmp_path / "programme.ics"),
              meetup_exports.export_rotation(demo_db, event_id, tmp_path / "rotation.xlsx"),
              tour_exports.export_b5(demo_db, "demo-kuwana-2021", tmp_path / "b5.xlsx"),
              tax_documents.export_withholding_monthly(demo_db, programme_id, tmp_path / "monthly.xlsx")]
    assert {path.name: mode(path) for path in shared} == {path.name: 0o644 for path in shared}
    os.umask(0o077)  # a user who shares nothing gets owner-only exports
    assert mode(calendars.export_tour_ics(demo_db, "demo-kuwana-2021", tmp_path / "private.ics")) == 0o600


def test_bank_data_payments_and_backups_stay_owner_only(demo_db: Database, tmp_path: Path) -> None:
    programme_id = demo_programme(demo_db)
    db_file = sqlite_path(demo_db.url)
    assert db_file is not None
    payee = next(p for p in payments.list_payees(demo_db, programme_id) if p.statement_id is not None)
    assert payee.statement_id is not None
    day = next_bank_business_day(tokyo_today() + timedelta(days=7))
    create_run(demo_db, programme_id, day, tmp_path / "zengin.txt", "経理", ())
    private = [tmp_path / "zengin.txt",
               payments.export_statement_pdf(demo_db, payee.statement_id, tmp_path / "statement.pdf"),
               payments.export_payments_workbook(demo_db, programme_id, tmp_path / "payments.xlsx"),
               tax_documents.export_chosho(demo_db, programme_id, 2021, tmp_path / "chosho.xlsx"),
               export_audit_csv(demo_db, tmp_path / "audit.csv").path,
               backup_sqlite(db_file, "test")]
    assert {path.name: mode(path) for path in private} == {path.name: 0o600 for path in private}
