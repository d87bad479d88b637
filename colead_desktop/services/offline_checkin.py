"""持ち帰り: write an offline copy's changes back to the shared database in one transaction.

Each held record changed or deleted offline is written only when the shared record is still exactly as
checked out (domain/offline.py plan_checkin); a record changed meanwhile (after a 管理者 released the hold) is
reported and keeps what it has. A reference (copied along, not held) changed in the copy behind its triggers
is reported as not written back. Records added offline get new ids from the shared database, and only when
what they refer to is the same record there. The hold ends with the check-in, and the copy is marked checked
in afterwards, so the same copy is never brought back twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from colead_desktop.db.engine import Database
from colead_desktop.db.hold_models import OfflineHold, OfflineHoldRecord
from colead_desktop.domain.clock import tokyo_now
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.offline import (HELD, SCOPE_COLUMN, Outcome, Scope, Step, Stored, Taken, digest,
                                           plan_additions, plan_checkin, plan_references)
from colead_desktop.services.offline_checkout import database_login
from colead_desktop.services.offline_references import (COPY_CANNOT_CHECK_IN, copy_digests, recorded_references,
                                                         refuse_offline_copy)
from colead_desktop.services.offline_rows import Row, parents, read_rows, table


@dataclass(frozen=True)
class CheckedIn:
    hold_id: int
    login: str
    label: str
    hold_was_open: bool
    dry_run: bool
    steps: list[Step]
    names: dict[tuple[str, int], str]    # what each record is called (a tour's title, a venue's name)

    def of(self, outcome: Outcome) -> list[Step]:
        return [step for step in self.steps if step.outcome is outcome]


@dataclass(frozen=True)
class _Copy:
    hold: Row
    taken: list[Taken]
    rows: dict[tuple[str, int], Row]
    added: list[tuple[str, int]]
    referred: dict[tuple[str, int], str]  # digests of the rows the added ones refer to, as the copy has them
    references: list[Step]                # references changed in the copy (behind its triggers): not written


def _read_copy(file: Path) -> _Copy:
    if not Path(file).is_file():
        raise InputError(msg("持ち出しファイル {path} がありません", "The offline copy {path} does not exist", path=file))
    copy = Database(f"sqlite:///{Path(file).resolve()}")
    try:
        copy.migrate()
        with copy.engine.connect() as conn:
            holds = [dict(row) for row in conn.execute(select(OfflineHold.__table__)).mappings()]
            if len(holds) != 1:
                raise InputError(msg("{path} は持ち出したファイルではありません", "{path} is not an offline copy", path=file))
            if holds[0]["outcome"] == "checked_in":
                raise InputError(msg("{path} は既に持ち帰り済みです", "{path} has already been checked in", path=file))
            records = conn.execute(select(OfflineHoldRecord.__table__)).mappings().all()
            taken = [Taken(r["table_name"], int(r["record_id"]), r["version"], r["digest"]) for r in records]
            rows: dict[tuple[str, int], Row] = {}
            scope = Scope(holds[0]["scope_kind"])
            for name in {t.table for t in taken} | set(HELD[scope]):
                rows.update({(name, i): row for i, row in read_rows(conn, name, _all_ids(conn, name)).items()})
            known = {(t.table, t.record_id) for t in taken}
            added = sorted(key for key, row in rows.items()
                           if key not in known and row.get(SCOPE_COLUMN[scope]) == holds[0]["scope_id"])
            referred = {ref: digest(found[ref[1]]) for key in added for ref in parents(key[0], rows[key])
                        if (found := read_rows(conn, ref[0], [ref[1]]))}
            recorded = recorded_references(conn)
            references = plan_references(recorded, copy_digests(conn, {name for name, _ in recorded}))
    finally:
        copy.dispose()
    return _Copy(holds[0], taken, rows, added, referred, references)


def _all_ids(conn: Connection, name: str) -> list[int]:
    return [int(i) for i in conn.execute(select(table(name).c.id)).scalars()]


def _shared_hold(conn: Connection, copy: _Copy) -> Row:
    hold = OfflineHold.__table__
    found = conn.execute(select(hold).where(hold.c.id == copy.hold["id"]).with_for_update()).mappings().first()
    if found is None or found["login"] != copy.hold["login"] or found["created_at"] != copy.hold["created_at"]:
        raise InputError(msg("このファイルはこのデータベースから持ち出したものではありません（持ち出し元: {src}）",
                             "This copy was not checked out of this database (it came from {src})",
                             src=copy.hold["source"]))
    if found["outcome"] == "checked_in":
        raise InputError(msg("この持ち出しは既に持ち帰り済みです", "This copy has already been checked in"))
    if found["outcome"] is None and database_login(conn) != found["login"]:
        raise InputError(msg("{who}さんの持ち出しです。持ち帰りは本人が行います",
                             "This is {who}'s check-out; only they can check it in", who=found["login"]))
    return dict(found)


def _foreign(conn: Connection, copy: _Copy, step: Step) -> Step:
    """An added record may refer only to records the shared database has as the copy had them (not, say, to a
    talent made offline whose id means someone else there)."""
    taken = {(t.table, t.record_id): t.digest for t in copy.taken}
    for ref in parents(step.taken.table, copy.rows[(step.taken.table, step.taken.record_id)]):
        found = read_rows(conn, ref[0], [ref[1]])
        expected = taken.get(ref) or copy.referred.get(ref)
        if not found or digest(found[ref[1]]) != expected:
            return Step(step.taken, Outcome.CONFLICT, msg(
                "持ち出し先で追加されましたが、参照する記録（{t} {i}）が共有データベースと一致しないため追加していません",
                "added offline, but the record it refers to ({t} {i}) is not the same in the shared database: not added",
                t=ref[0], i=ref[1]))
    return step


def _apply(conn: Connection, step: Step, row: Row | None) -> None:
    t, taken = table(step.taken.table), step.taken
    if step.outcome is Outcome.DELETE:
        conn.execute(t.delete().where(t.c.id == taken.record_id))
        return
    assert row is not None
    if step.outcome is Outcome.ADD:
        conn.execute(t.insert().values(**{k: v for k, v in row.items() if k not in ("id", "version")}))
        return
    values: dict[str, Any] = {k: v for k, v in row.items() if k not in ("id", "version")}
    query = t.update().where(t.c.id == taken.record_id)
    if taken.version is not None:  # the version as checked out: the lock makes this hold, this makes it certain
        query = query.where(t.c.version == taken.version)
        values["version"] = taken.version + 1
    if conn.execute(query.values(**values)).rowcount != 1:
        raise RuntimeError(f"{taken.table} {taken.record_id} changed during check-in")


def check_in(db: Database, file: Path, *, dry_run: bool = False) -> CheckedIn:
    refuse_offline_copy(db, COPY_CANNOT_CHECK_IN)
    copy = _read_copy(file)
    offline = {(t.table, t.record_id): digest(copy.rows[(t.table, t.record_id)])
               if (t.table, t.record_id) in copy.rows else None for t in copy.taken}
    with db.session(immediate=True) as session:
        conn = session.connection()
        shared_hold = _shared_hold(conn, copy)
        shared: dict[tuple[str, int], Stored | None] = {}
        for name in sorted({t.table for t in copy.taken}):
            found = read_rows(conn, name, [t.record_id for t in copy.taken if t.table == name], lock=True)
            shared.update({(name, t.record_id): Stored(found[t.record_id].get("version"), digest(found[t.record_id]))
                           if t.record_id in found else None for t in copy.taken if t.table == name})
        steps = plan_checkin(copy.taken, offline, shared)
        steps += [_foreign(conn, copy, step) for step in plan_additions(copy.added, steps)]
        steps += copy.references
        if not dry_run:  # deletions first: a replaced round-table setup or table name is unique per event
            for outcome in (Outcome.DELETE, Outcome.WRITE, Outcome.ADD):
                for step in (s for s in steps if s.outcome is outcome):
                    _apply(conn, step, copy.rows.get((step.taken.table, step.taken.record_id)))
            if shared_hold["outcome"] is None:
                hold = table("offline_hold")
                conn.execute(hold.update().where(hold.c.id == shared_hold["id"]).values(
                    outcome="checked_in", ended_at=tokyo_now().replace(tzinfo=None), ended_by=database_login(conn)))
    if not dry_run:
        _mark_copy(file)
    names = {key: str(row.get("title") or row.get("name") or "") for key, row in copy.rows.items()}
    return CheckedIn(int(copy.hold["id"]), str(copy.hold["login"]), str(copy.hold["label"]),
                     shared_hold["outcome"] is None, dry_run, steps, names)


def _mark_copy(file: Path) -> None:
    copy = Database(f"sqlite:///{Path(file).resolve()}")
    try:
        with copy.engine.begin() as conn:
            conn.execute(table("offline_hold").update().values(outcome="checked_in", ended_at=tokyo_now().replace(tzinfo=None)))
    finally:
        copy.dispose()
