"""Import a roster of talents, companies, staff or venues from an .xlsx or .csv file, in one transaction.

The file is read, every row checked and the duplicates found before anything is written; one problem
anywhere and nothing is. Messages name rows and columns, never a cell's personal data.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.mapping import MODEL_FOR
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError, ValidationFailed
from colead_desktop.domain.form_labels import field_labels, marked_required
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roster import (ROSTER_KINDS, Action, Header, Problem, RosterKind, changed_since_preview,
                                          parse_rows, plan, read_header, template_headers)
from colead_desktop.paths import forms_dir
from colead_desktop.services.lookups import names_by_id, row_by_id
from colead_desktop.services.records import insert_record, read_record, region_ids, text_limits, update_row
from colead_desktop.services.talent_archive import ArchivedTalent

# Excel saves "CSV (comma delimited)" in the Windows code page on a Japanese PC, "CSV UTF-8" with a BOM.
CSV_ENCODINGS = ("utf-8-sig", "cp932")


@dataclass(frozen=True)
class RosterTable:
    header: list[object]
    rows: list[tuple[int, list[object]]]  # (row number in the file, cells); blank rows left out
    encoding: str | None  # the CSV's encoding; None for a workbook


@dataclass(frozen=True)
class ImportResult:
    table: RosterTable
    actions: list[Action]  # what is (or would be) done with each row without problems
    problems: list[Problem]  # by row; an import with any is refused and writes nothing

    @property
    def encoding(self) -> str | None:
        return self.table.encoding

    def summary(self) -> dict[str, int]:
        """{"inserted": n, "updated": n, "skipped": n, "joined": n}, as the command line prints it; joined:
        people known from another programme who take part in this one from now on."""
        return {done: sum(action.verb == verb for action in self.actions)
                for verb, done in (("insert", "inserted"), ("update", "updated"), ("skip", "skipped"),
                                   ("join", "joined"))}


class RosterRejected(InputError):
    """The file has problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


class _RollBack(Exception):
    """Carries the result out of the transaction it rolls back."""

    def __init__(self, result: ImportResult) -> None:
        self.result = result


ROSTER_FILE = ("名簿ファイル", "roster file")
APPLICATIONS_FILE = ("応募ファイル", "applications file")
"""What a table read is, (Japanese, English), for its refusal: 「応募ファイルを読めません: …」."""


class _Unreadable(Exception):
    """Why the file gives no table; read_table says it naming the kind of file."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _table(rows: list[tuple[int, list[object]]], encoding: str | None) -> RosterTable:
    kept = [(number, cells) for number, cells in rows if any(cell not in (None, "") for cell in cells)]
    if not kept:
        raise _Unreadable(msg("ファイルが空です", "the file is empty"))
    if kept[0][0] != 1:
        raise _Unreadable(msg("1行目に見出しがありません", "row 1 holds no headers"))
    return RosterTable(kept[0][1], kept[1:], encoding)


def _read_csv(raw: bytes) -> RosterTable:
    for encoding in CSV_ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        rows: list[tuple[int, list[object]]] = [
            (number, list(cells)) for number, cells in enumerate(csv.reader(io.StringIO(text, newline="")), start=1)]
        return _table(rows, "utf-8" if encoding == "utf-8-sig" else encoding)
    raise _Unreadable(msg("文字コードが UTF-8 でも Shift_JIS (cp932) でもありません",
                                "the text is neither UTF-8 nor Shift_JIS (cp932)"))


def read_table(path: Path, what: tuple[str, str]) -> RosterTable:
    """The first sheet of a workbook, or a CSV file, as rows of cells; InputError naming the file as `what` (a
    roster, applications) and why it gives no table."""
    try:
        return _read_table(path)
    except _Unreadable as exc:
        raise InputError(msg("{what}を読めません: {path}（{reason}）", "Cannot read the {what} {path} ({reason})",
                             what=msg(*what), path=path, reason=exc.reason)) from exc


def _read_table(path: Path) -> RosterTable:
    suffix = path.suffix.casefold()
    if suffix not in (".xlsx", ".csv"):
        raise _Unreadable(msg(".xlsx か .csv のファイルを指定してください", "give an .xlsx or .csv file"))
    from openpyxl import load_workbook  # on first use: the pages that read rosters and applications import this
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        if suffix == ".csv":
            return _read_csv(path.read_bytes())
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            rows: list[tuple[int, list[object]]] = [
                (number, list(cells)) for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1)]
        finally:
            workbook.close()
    except OSError as exc:
        raise _Unreadable(exc.strerror or type(exc).__name__) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError) as exc:
        raise _Unreadable(msg("Excel ブック (.xlsx) ではありません", "not an Excel workbook (.xlsx)")) from exc
    return _table(rows, None)


def _existing(session: Session, kind: RosterKind, programme_id: int) -> tuple[list[Any], set[int]]:
    """Every record a row may duplicate, and the ids of those who take part only in other programmes: talents
    are people shared by every programme, so one known from another year is found too (read as taking part
    here, which the import makes them do)."""
    model = MODEL_FOR[kind.record_type]
    found = [read_record(session, row, kind.record_type, programme_id) for row in session.scalars(select(model))]
    if kind.record_type is not rec.TalentRecord:
        return found, set()
    here = set(session.scalars(select(models.ProgrammeTalent.talent_id).where(
        models.ProgrammeTalent.programme_id == programme_id)))
    return found, {record.id for record in found if record.id is not None and record.id not in here}


def _write(session: Session, header: Header, actions: list[Action], programme_id: int) -> list[Problem]:
    """Insert and update within the caller's transaction; what the records' rules still refuse there, by row
    (plan checked the column limits already, with every other rule)."""
    problems: list[Problem] = []
    for action in actions:
        try:
            if action.verb == "insert":
                insert_record(session, action.record, programme_id)
            elif action.verb in ("update", "join"):  # a talent's update writes their participation here too
                update_row(session.get_one(MODEL_FOR[type(action.record)], action.record.id), action.record)
                session.flush()
        except (ValidationFailed, ArchivedTalent) as failed:
            if isinstance(failed, ArchivedTalent):  # a person known from another year, archived since
                problems.append(Problem(action.row, "", str(failed)))
            else:
                problems.extend(Problem(action.row, header.titles.get(name) or header.labels.get(name) or name, text)
                                for name, text in failed.errors.items())
            for row in list(session.new):  # drop the refused values so later rows can still be checked
                session.expunge(row)
            for row in session.dirty:
                session.expire(row)
    return problems


def _check(db: Database, kind_name: str, path: Path, programme_id: int, update_duplicates: bool,
           write: bool, previewed: ImportResult | None = None) -> ImportResult:
    """Check the whole file against the database, and write it when `write` and no problem is found; with
    `previewed`, only if the plan is still the one previewed (nobody changed those records in between).

    The checks flush the rows too (so the column limits are checked): without `write` the transaction is
    rolled back.
    """
    kind = ROSTER_KINDS[kind_name]
    table = read_table(path, ROSTER_FILE)
    header, problems = read_header(kind, table.header, field_labels(forms_dir() / f"{kind.form}.ui"))
    try:
        with db.session() as session:
            defaults: dict[str, Any] = {}
            if "programme_id" in {f.name for f in fields(kind.record_type)}:
                defaults["programme_id"] = row_by_id(session, models.Programme, programme_id).id
            regions = names_by_id(session, models.Region, models.Region.id.in_(region_ids(programme_id)))
            rows, cell_problems = parse_rows(kind, header, table.rows, regions, names_by_id(session, models.Company))
            existing, elsewhere = _existing(session, kind, programme_id)
            actions, row_problems = plan(kind, header, rows, defaults, existing, update_duplicates, elsewhere,
                                          text_limits)
            problems += cell_problems + row_problems
            if previewed is not None:
                problems += changed_since_preview(previewed.actions, actions)
            if not problems:
                problems += _write(session, header, actions, programme_id)
            result = ImportResult(table, actions, sorted(problems, key=lambda problem: problem.row))
            if problems or not write:
                raise _RollBack(result)
    except _RollBack as rolled_back:
        return rolled_back.result
    return result


def preview_roster(db: Database, kind_name: str, path: Path, programme_id: int, *,
                   update_duplicates: bool = False) -> ImportResult:
    """What importing the file into programme `programme_id` would do, and every problem in it; writes nothing."""
    return _check(db, kind_name, path, programme_id, update_duplicates, write=False)


def import_roster(db: Database, kind_name: str, path: Path, programme_id: int, *, update_duplicates: bool = False,
                  dry_run: bool = False, previewed: ImportResult | None = None) -> ImportResult:
    """Insert the file's new rows and update (or skip) its duplicates in one transaction; talents join programme
    `programme_id`, and region names are those of its regions.

    RosterRejected lists every problem when any remains, and nothing is written; a dry run writes nothing
    either way and tells what would happen. `previewed` (the preview the user approved) refuses rows whose
    records changed since it, instead of writing over those changes unseen.
    """
    result = _check(db, kind_name, path, programme_id, update_duplicates, write=not dry_run, previewed=previewed)
    if result.problems:
        raise RosterRejected(result.problems)
    return result


def export_template(kind_name: str, target: Path) -> Path:
    """An empty roster of `kind_name` (talents, companies, staff, venues) with every column the import reads."""
    kind = ROSTER_KINDS[kind_name]
    from colead_desktop.exports.roster_template import write_template  # openpyxl

    form = forms_dir() / f"{kind.form}.ui"
    headers = template_headers(kind, field_labels(form), marked_required(form))
    return write_template(target, kind_name, headers)
