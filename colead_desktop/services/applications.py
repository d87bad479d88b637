"""Import applications to a call from the web form's CSV or xlsx export, in one transaction (issue 19 item 2).

The file is read (services/roster_import.read_table: UTF-8 or cp932 CSV, or the first sheet of a workbook),
every row checked and the duplicates found before anything is written; one problem anywhere and nothing is.
Messages name rows and columns, never a cell's personal data.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from colead_desktop.db.call_models import ApplicationRow
from colead_desktop.db.engine import Database
from colead_desktop.domain.applications import Application, ApplicationPlan, guess_mapping, plan_applications
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roster import Problem
from colead_desktop.domain.roster_cells import cell_text
from colead_desktop.services.calls import call_of, call_row
from colead_desktop.services.roster_import import APPLICATIONS_FILE, RosterTable, read_table


@dataclass(frozen=True)
class ApplicationImport:
    table: RosterTable
    mapping: dict[str, str]  # target → header, as used
    plan: ApplicationPlan

    def summary(self) -> dict[str, int]:
        return {"imported": len(self.plan.new), "duplicates": len(self.plan.duplicates),
                "resubmitted": len(self.plan.resubmitted),
                "late": sum(a.late for a in self.plan.new), "unmet": sum(a.unmet for a in self.plan.new)}


class ApplicationsRejected(InputError):
    """The file has problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def headers_of(path: Path) -> list[str]:
    """The file's column headers (row 1), for the mapping dialog."""
    return [cell_text(h) for h in read_table(path, APPLICATIONS_FILE).header]


def suggested_mapping(db: Database, call_id: int, path: Path) -> dict[str, str]:
    with db.session() as session:
        call = call_of(call_row(session, call_id))
    return guess_mapping(call, headers_of(path))


def import_applications(db: Database, call_id: int, path: Path, mapping: Mapping[str, str] | None = None, *,
                        dry_run: bool = False) -> ApplicationImport:
    """Add the file's new applications to the call (duplicates skipped); `mapping` defaults to the guessed one.
    ApplicationsRejected lists every problem, and nothing is written; a dry run writes nothing either way."""
    table = read_table(path, APPLICATIONS_FILE)
    with _same_applicant_meanwhile(), db.session(immediate=True) as session:
        call = call_of(call_row(session, call_id))
        used = dict(mapping) if mapping is not None else guess_mapping(call, [cell_text(h) for h in table.header])
        existing = set(session.scalars(select(ApplicationRow.identity).where(ApplicationRow.call_id == call_id)))
        plan = plan_applications(call, used, table.header, table.rows, existing)
        if plan.problems:
            raise ApplicationsRejected(sorted(plan.problems, key=lambda p: p.row))
        if not dry_run:
            session.add_all(ApplicationRow(
                call_id=call_id, name=a.name, email=a.email, identity=a.identity, submitted_at=a.submitted_at,
                answers=a.answers, skills=list(a.skills), profile=a.profile, conditions=dict(a.conditions),
                late=a.late, unmet=a.unmet,
                source=f"{path.name}:{a.row}", row_no=a.row) for a in plan.new)
    return ApplicationImport(table, used, plan)


@contextmanager
def _same_applicant_meanwhile() -> Iterator[None]:
    """Two imports of one export at once (two windows, the CLI beside the app): the database keeps one
    application per person and call, and the later import is refused whole, to be run again."""
    try:
        yield
    except IntegrityError as exc:
        said = str(exc.orig)  # PostgreSQL names the constraint, SQLite its columns
        if "uq_recruit_application_identity" not in said and "recruit_application.identity" not in said:
            raise
        raise InputError(msg("ほかの操作が同じ応募者を同時に取り込みました。何も取り込んでいません。もう一度取り込んでください"
                             "（取り込み済みの応募は読み飛ばされます）。",
                             "Another import added the same applicants meanwhile. Nothing was imported; import "
                             "again (applications already there are skipped).")) from exc


def applications(db: Database, call_id: int) -> list[Application]:
    """The call's applications in the order they came in."""
    with db.session() as session:
        call_row(session, call_id)
        rows = session.scalars(select(ApplicationRow).where(ApplicationRow.call_id == call_id)
                               .order_by(ApplicationRow.id))
        return [Application(r.id, r.call_id, r.name, r.email, r.submitted_at, dict(r.answers),
                            dict(r.conditions), r.late, r.unmet, r.source, tuple(r.skills), dict(r.profile))
                for r in rows]


def set_skills(db: Database, application_id: int, skills: list[str]) -> tuple[str, ...]:
    """The applicant's skill types (labels or values), when the form did not ask: a selected talent needs one."""
    from colead_desktop.domain.roster_cells import CellError, convert, enum_choices
    from colead_desktop.domain.types import SkillType

    try:
        values = tuple(convert("; ".join(skills), "tuple[str, ...]", enum_choices(SkillType)))
    except CellError as bad:
        raise InputError(str(bad)) from None
    with db.session() as session:
        row = session.get(ApplicationRow, application_id)
        if row is None:
            raise InputError(msg("応募 {id} はありません", "There is no application {id}", id=application_id))
        row.skills = list(values)
    return values
