"""Taking work offline (持ち出し): which records a check-out holds, how a record's content is fingerprinted, and
what a check-in (持ち帰り) may write back.

One rule for every reader: the services copy and write with it, db/team_sql.py turns HELD_TABLES and
INSERT_SCOPES into PostgreSQL triggers, the GUI and CLI show `hold_label`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg


class Scope(Enum):
    REGION = "region"   # a region's tours, with its companies and venues
    EVENT = "event"     # one meetup: the event, its agenda, round tables and participations


# The records a check-out holds (others may read them only), per scope. Everything else copied along (the
# programme, the region, the events the tours belong to, the talents and staff of the parties) is reference:
# copied so the offline app works, never written back.
HELD: dict[Scope, tuple[str, ...]] = {
    Scope.REGION: ("tour", "company", "venue"),
    Scope.EVENT: ("event", "agenda_block", "roundtable_setup", "roundtable_table", "roundtable_talent",
                  "participation"),
}
HELD_TABLES = tuple(sorted({table for tables in HELD.values() for table in tables}))
# Rows added to a held scope by someone else would be lost to the check-out's view: refused too. Table →
# (the column naming the scope, the scope).
INSERT_SCOPES: dict[str, tuple[str, Scope]] = {
    "tour": ("region_id", Scope.REGION),
    **{table: ("event_id", Scope.EVENT) for table in HELD[Scope.EVENT] if table != "event"},
}
# The column saying a row belongs to the scope: a row of a held table in the copy that was not held and does
# not belong to the scope was copied as a reference (an event's venue in another region), not added offline.
SCOPE_COLUMN: dict[Scope, str] = {Scope.REGION: "region_id", Scope.EVENT: "event_id"}
NOT_DIGESTED = frozenset({"version"})  # counted up by every save, offline too: compared on its own
# The error text an offline copy's triggers raise when a reference row is changed (services/offline_references.py);
# db/failures.py turns it into REFERENCE_REFUSAL.
REFERENCE_MARKER = "colead_offline_reference"
REFERENCE_REFUSAL = ("この記録は持ち出しの参照用のため、持ち出し中は変更できません（持ち帰りで書き戻されません）",
                     "This record came along with the offline copy for reference only: it cannot be changed while "
                     "checked out (a check-in would not write it back)")


def digest(row: Mapping[str, object]) -> str:
    """A fingerprint of a row's content, the same whichever database it was read from."""
    content = {name: value for name, value in row.items() if name not in NOT_DIGESTED}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, default=_plain, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not digestible: {type(value).__name__}")


def check_until(until: date, today: date) -> date:
    if until < today:
        raise InputError(msg("持ち出しの期限（--until {v}）が過去の日付です", "The hold's end (--until {v}) is in the past",
                             v=until.isoformat()))
    return until


def hold_label(login: str, until: date) -> str:
    """What others see on a held record: 「lab_kitami さんが持ち出し中（12/10まで）」."""
    return msg("{who}さんが持ち出し中（{m}/{d}まで）", "Checked out by {who} (until {m}/{d})", who=login,
               m=until.month, d=until.day)


def expired(until: date, today: date) -> bool:
    """A hold runs through its last day; after it a 管理者 may release it."""
    return until < today


class Outcome(Enum):
    UNCHANGED = "unchanged"
    WRITE = "write"
    CONFLICT = "conflict"
    DELETE = "delete"      # deleted offline, unchanged in the shared database: deleted there too
    ADD = "add"            # added offline: inserted with an id the shared database gives
    REFERENCE = "reference"  # a reference row changed in the copy behind its triggers: never written back


@dataclass(frozen=True)
class Taken:
    """One held record as it was checked out."""
    table: str
    record_id: int
    version: int | None
    digest: str


@dataclass(frozen=True)
class Stored:
    """The same record in the shared database now."""
    version: int | None
    digest: str


@dataclass(frozen=True)
class Step:
    taken: Taken
    outcome: Outcome
    reason: str = ""


def plan_checkin(taken: list[Taken], offline: Mapping[tuple[str, int], str | None],
                 shared: Mapping[tuple[str, int], Stored | None]) -> list[Step]:
    """Per held record: write the offline content back (or delete it) only when it changed offline and the
    shared record is still exactly as checked out (same version, same content); a record changed or deleted in
    the shared database meanwhile (after an admin released the hold) is a conflict and keeps what it has."""
    steps = []
    for record in sorted(taken, key=lambda t: (t.table, t.record_id)):
        key = (record.table, record.record_id)
        mine, theirs = offline.get(key), shared.get(key)
        if mine == record.digest:
            steps.append(Step(record, Outcome.UNCHANGED))
        elif theirs is None:
            steps.append(Step(record, Outcome.CONFLICT, msg("持ち出し中に共有データベースで削除されました",
                                                            "deleted in the shared database meanwhile")))
        elif theirs.version != record.version or theirs.digest != record.digest:
            steps.append(Step(record, Outcome.CONFLICT, msg(
                "持ち出し中に共有データベースで変更されました（版 {a} → {b}）",
                "changed in the shared database meanwhile (version {a} → {b})",
                a=record.version if record.version is not None else "-",
                b=theirs.version if theirs.version is not None else "-")))
        else:
            steps.append(Step(record, Outcome.WRITE if mine is not None else Outcome.DELETE))
    return steps


def plan_additions(added: list[tuple[str, int]], steps: list[Step]) -> list[Step]:
    """Records added offline go in, unless their table had a conflict: a meetup's agenda or tables replaced in
    the shared database meanwhile must not get the offline set added beside the new one."""
    conflicted = {step.taken.table for step in steps if step.outcome is Outcome.CONFLICT}
    return [Step(Taken(name, record_id, None, ""), Outcome.CONFLICT, msg(
        "持ち出し先で追加されましたが、同じ種類の記録が共有データベースで変更されたため追加していません",
        "added offline, but records of its kind were changed in the shared database meanwhile: not added"))
        if name in conflicted else Step(Taken(name, record_id, None, ""), Outcome.ADD)
        for name, record_id in added]


def plan_references(recorded: Mapping[tuple[str, int], str],
                    offline: Mapping[tuple[str, int], str]) -> list[Step]:
    """The references (copied along, not held) whose content in the copy is no longer what was checked out:
    each is listed as not written back, so that no offline edit is dropped without a word."""
    steps = []
    for (name, record_id), taken in sorted(recorded.items()):
        now = offline.get((name, record_id))
        if now != taken:
            steps.append(Step(Taken(name, record_id, None, taken), Outcome.REFERENCE, msg(
                "参照用の記録が持ち出し先で{how}されていました。書き戻していません",
                "a reference-only record was {how} in the offline copy: not written back",
                how=msg("削除", "deleted") if now is None else msg("変更", "changed"))))
    return steps
