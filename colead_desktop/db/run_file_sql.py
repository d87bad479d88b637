"""A payment run's 全銀 file, read and recorded by SQL text written once (issue 15): run by the services through
their session and by `colead export zengin` through plain sqlite3 (db/plain.py), so there is one way to do it.

No SQLAlchemy here (the command must not pay for importing it). The text is plain SQL that SQLite and
PostgreSQL read alike; a value read comes as each driver gives it (db/plain.day for dates, decode_json for JSON).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from colead_desktop.db.plain import Rows, day, first
from colead_desktop.domain.bank import ACCOUNT_FIELDS
from colead_desktop.domain.audit_values import audit_values, recorded_fields
from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.text_lengths import check_lengths

# number: the run's number in its programme (services/payment_runs.list_runs), counted here for the messages
RUN_SQL = ("SELECT r.programme_id, r.transfer_date, r.status, r.file_sha256, r.file_name, "
           "(SELECT count(*) FROM payment_run AS o WHERE o.programme_id = r.programme_id AND o.id <= r.id) "
           "FROM payment_run AS r WHERE r.id = :run_id")
# The run's statements in number order, each with its payee's name and current account: a statement approved
# before payee snapshots were kept (migration 0009) reads the account from the payee, as the services do.
STATEMENTS_SQL = ("SELECT s.statement_no, s.status, s.talent_id, t.name, s.transfer_yen, s.joins_transfer_of, "
                  "s.payee_snapshot, "
                  + ", ".join(f"p.{column}" for column in ACCOUNT_FIELDS) +
                  " FROM payment_statement AS s JOIN talent AS t ON t.id = s.talent_id"
                  " LEFT JOIN payee AS p ON p.talent_id = s.talent_id"
                  " WHERE s.run_id = :run_id ORDER BY s.statement_no")
PAYER_SQL = ("SELECT name, requester_code, name_kana, bank_code, branch_code, account_type, account_number"
             " FROM payment_payer WHERE programme_id = :programme_id")
FILE_SQL = ("INSERT INTO payment_run_file (run_id, sha256, file_name, created_at, created_by, regenerated)"
            " VALUES (:run_id, :sha256, :file_name, :created_at, :created_by, :regenerated) RETURNING id")
LATEST_FILE_SQL = "UPDATE payment_run SET file_sha256 = :file_sha256, file_name = :file_name WHERE id = :run_id"
FORGET_FILE_SQL = "DELETE FROM payment_run_file WHERE id = :file_id"
AUDIT_SQL = ('INSERT INTO payment_audit (at, who, entity, entity_id, field, "old", "new")'
             " VALUES (:at, :who, :entity, :entity_id, :field, :old, :new)")

# The sized text columns written here (payment_models; tests/services/test_run_file_sql.py compares them): SQLite
# would store a longer value that PostgreSQL refuses, as db/text_limits.py checks for the ORM's rows.
FILE_LIMITS = (("file_name", 255), ("created_by", 100))
AUDIT_LIMITS = (("who", 100), ("entity", 40), ("field", 60))


@dataclass(frozen=True)
class RunRow:
    programme_id: int
    transfer_date: date
    status: str
    file_sha256: str
    file_name: str
    number: int  # in its programme


@dataclass(frozen=True)
class RunStatementRow:
    statement_no: str
    status: str
    talent_id: int
    talent_name: str
    transfer_yen: int
    joins_transfer_of: str  # '' for a transfer of its own (and every statement of a run made before 0025_money11)
    payee: dict[str, Any]  # the approved snapshot, or the payee's current account when there is none


def decode_json(stored: Any) -> Any:
    """A JSON column's value: SQLite's driver gives its text, PostgreSQL's the decoded value."""
    return json.loads(stored) if isinstance(stored, str) else stored


def run_row(rows: Rows, run_id: int) -> RunRow | None:
    for programme_id, transfer_date, status, sha256, name, number in rows(RUN_SQL, {"run_id": run_id}):
        return RunRow(programme_id, day(transfer_date), status, sha256, name, number)
    return None


def run_statements(rows: Rows, run_id: int) -> list[RunStatementRow]:
    return [RunStatementRow(no, status, talent_id, name, transfer_yen, joins or "",
                            decode_json(snapshot) or dict(zip(ACCOUNT_FIELDS, account, strict=True)))
            for no, status, talent_id, name, transfer_yen, joins, snapshot, *account in rows(STATEMENTS_SQL,
                                                                                            {"run_id": run_id})]


def payer_row(rows: Rows, programme_id: int) -> Sequence[Any] | None:
    """(name, requester_code, name_kana, bank_code, branch_code, account_type, account_number), or None."""
    for row in rows(PAYER_SQL, {"programme_id": programme_id}):
        return tuple(row)
    return None


def add_audit(rows: Rows, who: str, entity: str, entity_id: int | None, field: str, old: object, new: object) -> None:
    values = audit_values(who, entity, entity_id, field, old, new)
    check_lengths(values, AUDIT_LIMITS)
    rows(AUDIT_SQL, values)


def add_file(rows: Rows, run_id: int, previous: tuple[str, str], sha256: str, file_name: str, who: str,
             regenerated: bool) -> int:
    """The run's new file row (audited as created), made the run's latest file (audited where it changes from
    `previous`, the run's (file_sha256, file_name)); the row's id."""
    values = {"run_id": run_id, "sha256": sha256, "file_name": file_name,
              "created_at": stored_now(),
              "created_by": who, "regenerated": regenerated}
    check_lengths(values, FILE_LIMITS)
    file_id = int(first(list(rows(FILE_SQL, values))))  # all of RETURNING's rows read: the INSERT is complete
    for field, value in recorded_fields(values).items():
        add_audit(rows, who, "payment_run_file", file_id, field, None, value)
    latest: Mapping[str, str] = {"file_sha256": sha256, "file_name": file_name}
    rows(LATEST_FILE_SQL, {**latest, "run_id": run_id})
    for field, old in zip(("file_sha256", "file_name"), previous, strict=True):
        if old != latest[field]:
            add_audit(rows, who, "payment_run", run_id, field, old, latest[field])
    return file_id


def forget_file(rows: Rows, file_id: int) -> None:
    rows(FORGET_FILE_SQL, {"file_id": file_id})
