"""Attachments on a team's PostgreSQL database: the bytes of a receipt are readable only by roles that read
payments (row-level security on attachment_blob), nobody changes stored bytes, and the receipt records the
login that attached it. Refused by the database itself, through the services and as plain SQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from colead_desktop.domain.attachments import sha256_hex
from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.team import Area
from colead_desktop.services import attachments, payment_records, receipts
from colead_desktop.services.records import list_records
from tests.team_fixtures import LOGINS, Team

RECEIPT = b"%PDF-1.4 invented receipt for the team test"


def _sqlstate(call: object) -> str | None:
    with pytest.raises(DBAPIError) as caught:
        call()  # type: ignore[operator]
    return getattr(caught.value.orig, "sqlstate", None)


def test_a_receipt_is_read_by_payments_readers_and_never_by_a_lab_login(team_db: Team, tmp_path: Path) -> None:
    accounting, lab = team_db.as_("accounting"), team_db.as_("lab")
    talent_id = list_records(accounting, TalentRecord, team_db.programme_id)[4].id
    assert talent_id is not None
    source = tmp_path / "team-receipt.pdf"
    source.write_bytes(RECEIPT)
    expense = payment_records.add_expense(accounting, team_db.programme_id, talent_id, date(2022, 1, 20), "taxi",
                                          1_800, False, "typed name", receipts=[source])
    [receipt] = next(e for e in payment_records.expenses(accounting, team_db.programme_id, talent_id)
                     if e.id == expense).receipts
    for reader in ("secretariat", "viewer", "accounting2"):
        assert receipts.receipt_file(team_db.as_(reader), receipt.id) == ("team-receipt.pdf", RECEIPT)
    with accounting.engine.connect() as conn:
        who = conn.execute(text("SELECT added_by FROM payment_receipt WHERE id = :i"), {"i": receipt.id}).scalar()
    assert who == LOGINS["accounting"]  # the database's user, not the typed name

    assert _sqlstate(lambda: receipts.receipt_file(lab, receipt.id)) == "42501"
    # nor the bytes by their hash: row-level security shows no such row
    with lab.session() as session, pytest.raises(attachments.AttachmentMissing):
        attachments.read(session, sha256_hex(RECEIPT))
    with lab.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM attachment_blob WHERE area = 'payments'")).scalar() == 0
    with lab.session() as session:  # nor can it put bytes among the receipts
        assert _sqlstate(lambda: attachments.store(session, b"%PDF-1.4 planted", "x.pdf",
                                                   area=Area.PAYMENTS)) == "42501"
    with lab.session() as session:  # its own areas' attachments it stores and reads
        stored = attachments.store(session, b"%PDF-1.4 a company's NDA", "nda.pdf", area=Area.PLACES)
    with lab.session() as session:
        assert attachments.read(session, stored) == b"%PDF-1.4 a company's NDA"


def test_nobody_changes_stored_bytes_and_a_viewer_stores_none(team_db: Team) -> None:
    for key in ("admin", "accounting", "secretariat"):
        with team_db.as_(key).engine.connect() as conn:
            for sql in ("UPDATE attachment_blob SET data = ''", "DELETE FROM attachment_blob"):
                with pytest.raises(DBAPIError) as caught, conn.begin():
                    conn.execute(text(sql))
                assert getattr(caught.value.orig, "sqlstate", None) == "42501", (key, sql)
    with team_db.as_("viewer").session() as session:
        assert _sqlstate(lambda: attachments.store(session, b"%PDF-1.4 v", "v.pdf")) == "42501"
