"""A roster (rows of talents, companies, staff or venues from Excel or CSV) as records to insert or update.

Headers are the record's field names (the keys of `colead list KIND --json`) or the labels of its dialog.
Every problem names the row as numbered in the file (the header is row 1) and the column's header. A row
is a duplicate when it has the same name as another record and the same e-mail or phone (venues: the same
address); people with neither are never taken for one another.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields, replace
from typing import Any, Literal

from colead_desktop.domain import records as rec
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.talent_columns import PARTICIPATION_FIELDS
from colead_desktop.domain.roster_cells import (PHONE_FIELDS, TIME_FIELDS, CellError, Choices, cell_text, choice_key,
                                                clock_cell, convert, enum_choices, named_ids, phone_cell,
                                                weekday_choices)
from colead_desktop.domain.types import CareerStage, Employment, Facility, Organisation, SkillType, VenueType
from colead_desktop.domain.validation import normalised, validate
from colead_desktop.domain.normalise import normalise_text

RosterRecord = rec.TalentRecord | rec.CompanyRecord | rec.StaffRecord | rec.VenueRecord
# Columns of `colead list --json` that the database, not the roster, decides (and the company's B-1/B-3
# sheets, which have forms of their own): read past silently so a listing can be imported back.
IGNORED_FIELDS = frozenset({"id", "uuid", "version", "programme_id", "b1_checklist", "b3_profile"})
HEADER_ROW = 1
Values = dict[str, Any]  # a row's values by field name
# The (field, length) a record's stored columns allow (services.records.text_limits): the rows are checked
# against them with the other rules, so a name too long is reported with every other row's problems, not only
# once the rest of the file is clean and the rows are written.
Limits = Callable[[RosterRecord], Iterable[tuple[str, int]]]


@dataclass(frozen=True)
class RosterKind:
    record_type: type[RosterRecord]
    form: str  # forms/<form>.ui holds the dialog whose labels are accepted as headers
    choices: Mapping[str, Choices]  # fixed choice fields; regions and companies come from the database


ROSTER_KINDS: dict[str, RosterKind] = {
    "talents": RosterKind(rec.TalentRecord, "talent_dialog", {
        "skills": enum_choices(SkillType), "career_stage": enum_choices(CareerStage),
        "employment": enum_choices(Employment)}),
    "companies": RosterKind(rec.CompanyRecord, "company_dialog", {"closed_weekdays": weekday_choices()}),
    "staff": RosterKind(rec.StaffRecord, "staff_dialog", {"organisation": enum_choices(Organisation)}),
    "venues": RosterKind(rec.VenueRecord, "venue_dialog", {
        "venue_type": enum_choices(VenueType), "facilities": enum_choices(Facility),
        "closed_weekdays": weekday_choices()}),
}
REGION_FIELDS = frozenset({"region_id", "assigned_region_id", "region_preferences"})


@dataclass(frozen=True)
class Problem:
    row: int
    column: str  # the header as written in the file; "" for the row as a whole
    message: str

    def __str__(self) -> str:
        if not self.column:
            return msg("{row}行目: {text}", "Row {row}: {text}", row=self.row, text=self.message)
        return msg("{row}行目「{column}」: {text}", "Row {row}, column “{column}”: {text}",
                   row=self.row, column=self.column, text=self.message)


@dataclass(frozen=True)
class Header:
    fields: list[str | None]  # the field each column fills, None for a column read past
    titles: dict[str, str]  # field → its header as written, to name it in messages
    labels: Mapping[str, str]  # field → dialog label, to name a field that has no column


@dataclass(frozen=True)
class Action:
    row: int
    verb: Literal["insert", "update", "skip", "join"]
    # For an update or skip, the file's values over the record found. For a join (a person known from another
    # programme, taking part in this one from now on): the file's participation values (and, when duplicates
    # are updated, the rest of its values too) over the record found.
    record: RosterRecord


def changed_since_preview(previewed: Sequence[Action], planned: Sequence[Action]) -> list[Problem]:
    """A problem per row whose plan is no longer the one the user previewed: someone added or changed (a newer
    version of) the record it duplicates in between. Importing it anyway would write over that change unseen."""
    def seen(actions: Sequence[Action]) -> dict[int, tuple[str, int | None, int]]:
        return {a.row: (a.verb, a.record.id, a.record.version) for a in actions}

    before, now = seen(previewed), seen(planned)
    return [Problem(row, "", msg("確認の後に他の人がこの行の記録を変更しました。もう一度確認してください",
                                 "Someone changed this row's record after the preview; check the file again"))
            for row in sorted(before.keys() | now.keys()) if before.get(row) != now.get(row)]


def read_header(kind: RosterKind, cells: Sequence[object], labels: Mapping[str, str]) -> tuple[Header, list[Problem]]:
    """Which field each column fills; problems for unknown or repeated headers."""
    names = {f.name for f in fields(kind.record_type)}
    by_title = {choice_key(name): name for name in names}
    by_title.update({choice_key(label): name for name, label in labels.items() if name in names})
    header = Header([], {}, labels)
    problems: list[Problem] = []
    for cell in cells:
        title = cell_text(cell)
        name = by_title.get(choice_key(title).rstrip(" *")) if title else None  # the dialog's required mark
        if title and name is None:
            problems.append(Problem(HEADER_ROW, title, msg("この列名は分かりません", "Unknown column header")))
        elif name in header.titles:
            problems.append(Problem(HEADER_ROW, title, msg("同じ項目の列が2つあります", "A second column for the same field")))
            name = None
        elif name is not None:
            header.titles[name] = title
        header.fields.append(None if name in IGNORED_FIELDS else name)
    return header, problems


def template_headers(kind: RosterKind, labels: Mapping[str, str], marked: Collection[str]) -> list[str]:
    """The header row of an empty roster of `kind`: every field the import reads, by its dialog label (its name
    when it has none), required ones marked " *" as in the dialog: those without a default and those the dialog
    marks (`marked`: a rule requires them, e.g. a talent's skill types). read_header takes each back."""
    headers = []
    for f in fields(kind.record_type):
        if f.name in IGNORED_FIELDS:
            continue
        required = (f.default is MISSING and f.default_factory is MISSING) or f.name in marked
        headers.append(labels.get(f.name, f.name) + (" *" if required else ""))
    return headers


def _title(header: Header, name: str) -> str:
    return header.titles.get(name) or header.labels.get(name) or name


@dataclass(frozen=True)
class RosterRow:
    number: int  # as in the file
    values: Values  # by field: only the file's columns, blank cells of non-list fields left out
    failed: frozenset[str]  # fields whose cells could not be read (each reported as a problem)


def parse_rows(kind: RosterKind, header: Header, rows: Iterable[tuple[int, Sequence[object]]],
               regions: Mapping[int, str], companies: Mapping[int, str]) -> tuple[list[RosterRow], list[Problem]]:
    """Each row's values by field, and a problem for each cell that cannot be read."""
    choices: dict[str, Choices] = {**kind.choices, **{name: named_ids(regions) for name in REGION_FIELDS},
                                   "company_id": named_ids(companies)}
    annotations = {f.name: str(f.type) for f in fields(kind.record_type)}
    parsed: list[RosterRow] = []
    problems: list[Problem] = []
    for number, cells in rows:
        values: Values = {}
        failed: set[str] = set()
        for name, cell in zip(header.fields, cells, strict=False):
            if name is None:
                continue
            annotation = annotations[name]
            if name in TIME_FIELDS:
                cell = clock_cell(cell)
            if not cell_text(cell) and not annotation.startswith("tuple") and not annotation.endswith("| None"):
                continue  # the field keeps its default (or is reported as required)
            try:
                values[name] = convert(phone_cell(cell) if name in PHONE_FIELDS else cell, annotation,
                                       choices.get(name))
            except CellError as problem:
                failed.add(name)
                problems.append(Problem(number, _title(header, name), str(problem)))
        parsed.append(RosterRow(number, values, frozenset(failed)))
    return parsed, problems


def identity(record: RosterRecord) -> set[tuple[str, str, str]]:
    """The keys under which two records are the same: (name, what, value)."""
    name = choice_key(record.name)
    if isinstance(record, rec.VenueRecord):
        return {(name, "address", normalise_text(record.address))}
    email, phone = ((record.contact_email, record.contact_phone) if isinstance(record, rec.CompanyRecord)
                    else (record.email, record.phone))
    keys = set()
    if email.strip():
        keys.add((name, "email", choice_key(email)))
    if digits := "".join(ch for ch in normalise_text(phone) if ch.isdigit()):
        keys.add((name, "phone", digits))
    return keys


def _record(kind: RosterKind, header: Header, row: RosterRow, defaults: Mapping[str, Any],
            limits: Limits) -> tuple[RosterRecord, list[Problem]]:
    """The row as a new record, and its problems: required fields left blank and the domain's rules.

    A required field that is blank or unreadable stands in as 0 or "" so the rest of the row is still checked.
    """
    problems: list[Problem] = []
    stand_ins: Values = {}
    for f in fields(kind.record_type):
        if (f.default is MISSING and f.default_factory is MISSING and f.name != "id"
                and f.name not in defaults and f.name not in row.values):
            stand_ins[f.name] = 0 if str(f.type).startswith("int") else ""
            if f.name not in row.failed:
                problems.append(Problem(row.number, _title(header, f.name), msg("入力してください", "This field is required")))
    record = normalised(kind.record_type(**{"id": None, **defaults, **stand_ins, **row.values}))
    problems += [Problem(row.number, _title(header, name), text) for name, text in validate(record, limits(record)).items()
                 if name not in row.failed and name not in stand_ins]
    return record, problems


def plan(kind: RosterKind, header: Header, rows: Sequence[RosterRow], defaults: Mapping[str, Any],
         existing: Sequence[RosterRecord], update_duplicates: bool,
         elsewhere: Collection[int] = (), limits: Limits = lambda _record: ()) -> tuple[list[Action], list[Problem]]:
    """What to do with each row: insert a new record, update (or skip) the duplicate found in the database, or
    let the duplicate join: `elsewhere` are the ids of the existing people who take part only in other
    programmes, and a row naming one adds their participation here (never a second record of them).

    A row that repeats an earlier row of the file is a problem: which of the two is right is for the user.
    """
    found = {key: record for record in existing for key in identity(record)}
    seen: dict[tuple[str, str, str], int] = {}
    actions: list[Action] = []
    problems: list[Problem] = []
    for row in rows:
        record, row_problems = _record(kind, header, row, defaults, limits)
        problems += row_problems
        if row_problems or row.failed:
            continue
        keys = identity(record)
        earlier = next((seen[key] for key in keys if key in seen), None)
        if earlier is not None:
            problems.append(Problem(row.number, "", msg("{earlier}行目と同じ人・場所です（氏名・名称と連絡先が一致）",
                                                        "Repeats row {earlier} (same name and contact)", earlier=earlier)))
            continue
        seen.update(dict.fromkeys(keys, row.number))
        match = next((found[key] for key in keys if key in found), None)
        if match is None:
            actions.append(Action(row.number, "insert", record))
            continue
        joins = match.id in elsewhere
        taken = row.values if update_duplicates else (
            {k: getattr(record, k) for k in PARTICIPATION_FIELDS} if joins else {})
        merged = normalised(replace(match, **taken))
        # the file's values over a record that may break a rule
        errors = validate(merged, limits(merged)) if update_duplicates or joins else {}
        problems += [Problem(row.number, _title(header, name), text) for name, text in errors.items()]
        if not errors:
            verb: Literal["update", "skip", "join"] = "join" if joins else "update" if update_duplicates else "skip"
            actions.append(Action(row.number, verb, merged))
    return actions, problems
