"""Calls (募集) per programme: made with the programme (from the FY2021 seed, or copied from the programme the
next fiscal year is made from), read, edited under the version check, and as JSON for the command line (issue 19
item 1). Reading never writes, so a viewer's login can open the calls of any programme."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from functools import partial
from datetime import datetime
from decimal import Decimal
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.call_models import ApplicationRow, CallRow, ReviewRow
from colead_desktop.db.engine import Database
from colead_desktop.domain.applications import is_late, is_unmet
from colead_desktop.domain.calls import (Call, CallKind, Condition, Question, ScoringItem, call_problems, check_call,
                                         field_labels, parse_threshold, seed_call)
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.json_input import Node, Problems
from colead_desktop.domain.normalise import canonical_datetime
from colead_desktop.services.lookups import row_by_id
from colead_desktop.services.versions import check_version, stale_data_refused


T = TypeVar("T")
MAX_ENTRIES = 200  # conditions, questions or items of one call: far more than any form asks


def call_of(row: CallRow) -> Call:
    return Call(row.id, row.programme_id, row.kind, row.title, row.deadline,
                tuple(Condition(**c) for c in row.conditions), tuple(Question(**q) for q in row.questions),
                tuple(ScoringItem(**i) for i in row.items),
                None if row.threshold is None else Decimal(row.threshold).quantize(Decimal("0.01")), row.version)


def _fill(row: CallRow, call: Call) -> None:
    row.title, row.deadline = call.title.strip(), call.deadline
    row.conditions = [asdict(c) for c in call.conditions]
    row.questions = [asdict(q) for q in call.questions]
    row.items = [asdict(i) for i in call.items]
    row.threshold = call.threshold


def add_calls(session: Session, programme_id: int, copy_from: int | None = None) -> None:
    """Programme `programme_id`'s two calls: programme `copy_from`'s texts, items and weights (without its
    deadline: a new year's call has its own), else the FY2021 seed."""
    kept = ({row.kind: call_of(row) for row in session.scalars(select(CallRow).where(CallRow.programme_id == copy_from))}
            if copy_from is not None else {})
    for kind in CallKind:
        source = kept.get(kind) or seed_call(programme_id, kind)
        row = CallRow(programme_id=programme_id, kind=kind)
        _fill(row, replace(source, deadline=None))
        session.add(row)
    session.flush()


def calls(db: Database, programme_id: int) -> list[Call]:
    """The programme's calls, the region's first."""
    with db.session() as session:
        row_by_id(session, models.Programme, programme_id)
        rows = {row.kind: row for row in session.scalars(select(CallRow).where(CallRow.programme_id == programme_id))}
        return [call_of(rows[kind]) for kind in CallKind if kind in rows]


def call_row(session: Session, call_id: int) -> CallRow:
    row = session.get(CallRow, call_id)
    if row is None:
        raise InputError(msg("募集 {id} はありません", "There is no call {id}", id=call_id))
    return row


def get_call(db: Database, call_id: int) -> Call:
    with db.session() as session:
        return call_of(call_row(session, call_id))


def keys_in_use(db: Database, call_id: int) -> set[str]:
    """The question and item keys the call or anything stored under it uses: its own, and those its
    applications' answers and their reviews' scores and comments were saved under (a removed question's answers
    stay), and the conditions' whose ticks they hold, so that a new condition, question or item never takes a key
    that already holds something."""
    with db.session() as session:
        call = call_of(call_row(session, call_id))
        keys = ({c.key for c in call.conditions} | {question.key for question in call.questions}
                | {item.key for item in call.items})
        held = select(ApplicationRow.answers, ApplicationRow.conditions).where(ApplicationRow.call_id == call_id)
        for answers, ticks in session.execute(held):
            keys.update(answers, ticks)
        reviews = select(ReviewRow.scores, ReviewRow.comments).join(
            ApplicationRow, ReviewRow.application_id == ApplicationRow.id).where(ApplicationRow.call_id == call_id)
        for scores, comments in session.execute(reviews):
            keys.update(scores, comments)
    return keys


def save_call(db: Database, call: Call, base: Call | None = None) -> Call:
    """Store the edited call, its applications' 締切後 flags following a moved deadline; StaleRecord when someone
    saved it since `call.version` (or since `base`)."""
    if call.id is None:
        raise InputError(msg("保存する募集がありません", "No call to save"))
    check_call(call)
    labels = field_labels()
    with stale_data_refused(msg("募集", "call"), call, base, lambda: get_call(db, call.id or 0), labels), \
            db.session() as session:
        row = call_row(session, call.id)
        check_version(msg("募集", "call"), call_of(row), call, base, labels)
        stored = call_of(row)
        if (stored.deadline, stored.conditions) != (call.deadline, call.conditions):
            _flag_again(session, call)
        _fill(row, call)
        session.flush()
        return call_of(row)


def _flag_again(session: Session, call: Call) -> None:
    """締切後 and 条件未達 of the call's applications as the edited deadline and conditions say (the rules of
    domain/applications.py; a flag is written only where it changes)."""
    for application in session.scalars(select(ApplicationRow).where(ApplicationRow.call_id == call.id)):
        late = is_late(call.deadline, application.submitted_at)
        unmet = is_unmet(call.conditions, application.conditions)
        if (application.late, application.unmet) != (late, unmet):
            application.late, application.unmet = late, unmet


def call_to_json(call: Call) -> dict[str, Any]:
    return {"id": call.id, "programme_id": call.programme_id, "kind": call.kind.value, "title": call.title,
            "deadline": call.deadline.isoformat(timespec="minutes") if call.deadline else None,
            "conditions": [asdict(c) for c in call.conditions], "questions": [asdict(q) for q in call.questions],
            "items": [asdict(i) for i in call.items],
            "threshold": None if call.threshold is None else str(call.threshold), "version": call.version}


def call_from_json(stored: Call, data: dict[str, Any]) -> Call:
    """`stored` with the document's title, deadline, conditions, questions, items and threshold (each optional,
    the threshold a number or a string, null for none); id, programme_id and kind may be given as `colead calls
    list` prints them, never changed. One InputProblems with every problem at once, each naming its field as the
    document does (items[1].weight): the document's shape, then check_call's rules on what could be read (a part
    that could not be read is checked as stored)."""
    document, problems = Node(data, ""), Problems()

    def given(key: str) -> Node | None:
        return document.field(key) if key in data else None

    def read(key: str, how: Callable[[Node], T], default: T) -> T:
        """The field read by `how`, else `default` (not given, or wrong: then noted)."""
        if key not in data:
            return default
        node = document.field(key)
        got = problems.attempt(lambda: (how(node),))  # a tuple: a deadline read may be None (none)
        return default if got is None else got[0]

    for key, value in (("id", stored.id), ("programme_id", stored.programme_id), ("kind", stored.kind.value)):
        if data.get(key, value) != value:
            problems.messages.append(msg("{key}: 変更できません（{value} のままにしてください）",
                                         "{key}: cannot be changed (keep {value})",
                                         key=key, value=json.dumps(value, ensure_ascii=False)))
    title, deadline = read("title", _string, stored.title), read("deadline", _deadline, stored.deadline)
    conditions, conditions_at = _listed(given("conditions"), problems, stored.conditions,
                                        lambda n: Condition(*_entry(n, _key, _text)))
    questions, questions_at = _listed(given("questions"), problems, stored.questions,
                                      lambda n: Question(*_entry(n, _key, _text)))
    items, items_at = _listed(given("items"), problems, stored.items, lambda n: ScoringItem(*_entry(
        n, _key, _text, lambda n: n.field("perspective").maybe(_string) or "",
        lambda n: _whole(n.field("weight")) if "weight" in n.value else 1,
        lambda n: n.field("bonus").maybe(Node.boolean) or False)))
    threshold, bad_threshold = stored.threshold, None
    if (node := given("threshold")) is not None:
        try:
            threshold = parse_threshold("" if node.value is None else str(node.value))
        except InputError as bad:
            bad_threshold = str(bad)
    version = read("version", _whole, stored.version)
    call = Call(stored.id, stored.programme_id, stored.kind, title, deadline, conditions, questions, items, threshold,
                version)
    read_at = {name: at for name, at in (("conditions", conditions_at), ("questions", questions_at),
                                         ("items", items_at)) if at is not None}
    problems.messages += [f"{field}: {problem}" for field, problem in call_problems(call, bad_threshold, read_at)]
    problems.raise_any()
    return call


def _deadline(node: Node) -> datetime | None:
    """Asia/Tokyo time without an offset (any spelling canonical_datetime reads), null for none."""
    if node.value is None:
        return None
    try:
        deadline = datetime.fromisoformat(canonical_datetime(node.value))
        if deadline.tzinfo is not None:
            raise ValueError("a deadline is Asia/Tokyo time without an offset")
    except (TypeError, ValueError):
        raise node.fail("日時は YYYY-MM-DDTHH:MM で指定してください", "give the time as YYYY-MM-DDTHH:MM") from None
    return deadline


def _string(node: Node) -> str:
    """A string as given (maybe empty: check_call says what may not be), or InputError naming its field."""
    if node.maybe(lambda given: given.value) is None:
        raise node.fail("必須です", "is required")
    if not isinstance(node.value, str):
        raise node.fail("文字列で指定してください", "must be a string")
    return node.value


def _whole(node: Node) -> int:
    """A whole number (check_call says its range), or InputError naming its field."""
    if isinstance(node.value, bool) or not isinstance(node.value, int):
        raise node.fail("整数で指定してください", "must be a whole number")
    return node.value


def _key(node: Node) -> str:
    return _string(node.field("key"))


def _text(node: Node) -> str:
    return _string(node.field("text"))


def _entry(node: Node, *reads: Callable[[Node], Any]) -> list[Any]:
    """The fields of one entry of a list, each read by its `reads`; InputProblems with every field wrong."""
    node.field("key")  # an object, else one problem naming the entry
    fields = Problems()
    values = fields.each(*(partial(read, node) for read in reads))
    fields.raise_any()
    assert values is not None
    return values


def _listed(node: Node | None, problems: Problems, stored: tuple[T, ...],
            read: Callable[[Node], T]) -> tuple[tuple[T, ...], tuple[int, ...] | None]:
    """The list given, each entry read by `read`, and None; the stored one and None when it is not given. When
    the list or any of its entries is wrong (each noted, an entry under its index): the entries that could be
    read and their indexes in the document, so that their own rules are checked in the same run."""
    if node is None:
        return stored, None
    entries = problems.attempt(lambda: node.items(MAX_ENTRIES))  # a call of the size a dialog shows
    if entries is None:
        return (), ()
    read_ones = [problems.attempt(partial(read, entry)) for entry in entries]
    kept = [(n, entry) for n, entry in enumerate(read_ones) if entry is not None]
    if len(kept) == len(read_ones):
        return tuple(entry for _n, entry in kept), None
    return tuple(entry for _n, entry in kept), tuple(n for n, _entry in kept)
