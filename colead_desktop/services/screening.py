"""Screening a call (issue 19 item 3): reviewers, their assigned applications with declared conflicts, scores
and comments, the review workbook out and back, and the totals and ranking (domain/screening.py).

A review workbook comes back whole or not at all: every cell is checked first, and one problem anywhere writes
nothing. Problems name the sheet and cell (審査!F5), never a cell's personal data.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db.call_models import ApplicationRow, ReviewerRow, ReviewRow
from colead_desktop.db.engine import Database
from colead_desktop.domain.calls import LEVELS, Call
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.roster import Problem
from colead_desktop.domain.roster_cells import cell_text
from colead_desktop.domain.screening import (Ranked, Review, applicant_total, below_threshold, check_score,
                                             ranking, shown)
from colead_desktop.services.calls import call_of, call_row

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from colead_desktop.exports import review_workbook as wb


class ReviewsRejected(InputError):
    """The workbook has problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def _reviewer(session: Session, reviewer_id: int) -> ReviewerRow:
    row = session.get(ReviewerRow, reviewer_id)
    if row is None:
        raise InputError(msg("審査員 {id} はいません", "There is no reviewer {id}", id=reviewer_id))
    return row


def add_reviewer(db: Database, call_id: int, name: str) -> int:
    name = cell_text(name)
    if not name or len(name) > 200:
        raise InputError(msg("審査員の氏名を200文字までで入力してください", "Enter the reviewer's name (at most 200 characters)"))
    with db.session() as session:
        call_row(session, call_id)
        row = ReviewerRow(call_id=call_id, name=name)
        session.add(row)
        session.flush()
        return row.id


def reviewers(db: Database, call_id: int) -> list[tuple[int, str]]:
    with db.session() as session:
        return [(r.id, r.name) for r in session.scalars(select(ReviewerRow).where(ReviewerRow.call_id == call_id)
                                                        .order_by(ReviewerRow.id))]


def _review(session: Session, reviewer_id: int, application_id: int) -> ReviewRow:
    row = session.scalar(select(ReviewRow).where(ReviewRow.reviewer_id == reviewer_id,
                                                 ReviewRow.application_id == application_id))
    if row is None:
        raise InputError(msg("応募 {a} は審査員 {r} に割り当てられていません",
                             "Application {a} is not assigned to reviewer {r}", a=application_id, r=reviewer_id))
    return row


def assign(db: Database, reviewer_id: int, application_ids: Iterable[int] | None = None) -> int:
    """Assign the applications (default: all of the call's) to the reviewer; those assigned already stay as
    they are. Returns how many were newly assigned."""
    with db.session() as session:
        reviewer = _reviewer(session, reviewer_id)
        of_call = list(session.scalars(select(ApplicationRow.id).where(ApplicationRow.call_id == reviewer.call_id)
                                       .order_by(ApplicationRow.id)))
        wanted = of_call if application_ids is None else list(dict.fromkeys(application_ids))
        for application_id in wanted:
            if application_id not in of_call:
                raise InputError(msg("応募 {id} はこの募集にありません", "Application {id} is not in this call",
                                     id=application_id))
        have = set(session.scalars(select(ReviewRow.application_id).where(ReviewRow.reviewer_id == reviewer_id)))
        new = [a for a in wanted if a not in have]
        session.add_all(ReviewRow(reviewer_id=reviewer_id, application_id=a, scores={}, comments={}) for a in new)
        return len(new)


def declare_conflict(db: Database, reviewer_id: int, application_id: int, conflict: bool, note: str = "") -> None:
    """The reviewer's declared conflict of interest: a conflicted review is left out of every total."""
    with db.session() as session:
        row = _review(session, reviewer_id, application_id)
        row.conflict, row.conflict_note = conflict, cell_text(note)


def set_scores(db: Database, reviewer_id: int, application_id: int, scores: Mapping[str, int | None],
               comments: Mapping[str, str] | None = None) -> None:
    """Scores (1–4, None to clear) and comments by item key, over what the review holds."""
    with db.session() as session:
        row = _review(session, reviewer_id, application_id)
        call = call_of(call_row(session, _reviewer(session, reviewer_id).call_id))
        keys = {item.key for item in call.items}
        for key in [*scores, *(comments or {})]:
            if key not in keys:
                raise InputError(msg("審査項目 {k} はこの募集にありません", "Scoring item {k} is not in this call", k=key))
        row.scores = {**row.scores, **{k: None if v is None else check_score(v) for k, v in scores.items()}}
        row.comments = {**row.comments, **dict(comments or {})}


def _reviews(session: Session, call_id: int) -> list[Review]:
    rows = session.scalars(select(ReviewRow).join(ReviewerRow).where(ReviewerRow.call_id == call_id)
                           .order_by(ReviewRow.id))
    return [Review(r.reviewer_id, r.application_id, r.conflict, dict(r.scores), dict(r.comments)) for r in rows]


@dataclass(frozen=True)
class Screening:
    call: Call
    names: dict[int, str]  # application id → applicant
    reviewers: dict[int, str]
    reviews: list[Review]
    ranked: list[Ranked]


def screening(db: Database, call_id: int) -> Screening:
    """Every application's totals and the ranking, with the reviews behind them."""
    with db.session() as session:
        call = call_of(call_row(session, call_id))
        apps = list(session.scalars(select(ApplicationRow).where(ApplicationRow.call_id == call_id)
                                    .order_by(ApplicationRow.id)))
        reviews = _reviews(session, call_id)
        names = {r.id: r.name for r in session.scalars(select(ReviewerRow).where(ReviewerRow.call_id == call_id))}
    totals = [applicant_total(a.id, call.items, reviews) for a in apps]
    return Screening(call, {a.id: a.name for a in apps}, names, reviews, ranking(totals))


def ranking_json(result: Screening) -> list[dict[str, object]]:
    """The ranking as the command line prints it: totals as decimals (2 places), ties marked."""
    return [{"rank": r.rank, "tied": r.tied, "application_id": r.applicant.application_id,
             "applicant": result.names[r.applicant.application_id],
             "total": shown(r.applicant.scored[0]), "base": shown(r.applicant.scored[1]),
             "bonus": shown(r.applicant.scored[2]),
             "reviews": r.applicant.reviews,
             "complete": r.applicant.complete, "below_threshold": below_threshold(result.call.threshold, r),
             "items": {t.key: {"mean": shown(t.mean), "scores": list(t.scores), "spread": t.spread,
                               "alert": t.alert} for t in r.applicant.items}}
            for r in result.ranked]


def review_sheet(db: Database, reviewer_id: int) -> wb.ReviewSheet:
    from colead_desktop.exports import review_workbook as wb  # openpyxl: loaded on first use, not by the page

    with db.session() as session:
        reviewer = _reviewer(session, reviewer_id)
        call = call_of(call_row(session, reviewer.call_id))
        rows = session.execute(select(ReviewRow, ApplicationRow).join(ApplicationRow)
                               .where(ReviewRow.reviewer_id == reviewer_id).order_by(ApplicationRow.id)).all()
        entries = tuple(wb.ReviewSheetRow(a.id, a.name, dict(a.answers), r.conflict, r.conflict_note, dict(r.scores),
                                          dict(r.comments)) for r, a in rows)
        return wb.ReviewSheet(call.id or 0, call.title, reviewer.id, reviewer.name, call.items, call.questions, entries)


def export_reviews(db: Database, reviewer_id: int, target: Path) -> Path:
    from colead_desktop.exports import review_workbook as wb

    return wb.write_review_workbook(review_sheet(db, reviewer_id), target)


def _unreadable(path: Path, reason: str) -> InputError:
    return InputError(msg("審査票を読めません: {path}（{reason}）", "Cannot read the review workbook {path} ({reason})",
                          path=path.name, reason=reason))


def _meta(book_sheet: Worksheet) -> dict[str, str]:
    return {cell_text(k): cell_text(v) for k, v, *_ in book_sheet.iter_rows(values_only=True) if k}


def _score(value: object) -> int | None:
    text = cell_text(value)
    if not text:
        return None
    if text not in {str(level) for level in LEVELS}:
        raise ValueError(text)
    return int(text)


@dataclass(frozen=True)
class ReviewImport:
    reviewer_id: int
    scored: int  # scores now held
    conflicts: int
    changed: int  # reviews whose scores, comments or conflict changed


def import_reviews(db: Database, path: Path, *, dry_run: bool = False) -> ReviewImport:
    """Read a reviewer's workbook back: its scores, comments and conflicts replace the reviews' (a blank score
    clears one). ReviewsRejected names every bad cell, and nothing is written."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import InvalidFileException

    from colead_desktop.exports import review_workbook as wb

    try:
        book = load_workbook(path, data_only=True)
    except OSError as exc:
        raise _unreadable(path, exc.strerror or type(exc).__name__) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError) as exc:
        raise _unreadable(path, msg("Excel ブック (.xlsx) ではありません", "not an Excel workbook (.xlsx)")) from exc
    missing = [name for name in (wb.REVIEW_SHEET, wb.CONFLICT_SHEET, wb.META_SHEET) if name not in book.sheetnames]
    if missing:
        raise _unreadable(path, msg("シート「{s}」がありません（この審査票の書き出しではありません）",
                                    "no sheet '{s}' (not an exported review workbook)", s=missing[0]))
    meta = _meta(book[wb.META_SHEET])
    if not meta.get("reviewer_id", "").isdigit():
        raise _unreadable(path, msg("審査員の番号がありません", "the reviewer's number is missing"))
    reviewer_id = int(meta["reviewer_id"])
    problems: list[Problem] = []
    with db.session() as session:
        reviewer = _reviewer(session, reviewer_id)
        if meta.get("call_id") != str(reviewer.call_id):
            raise _unreadable(path, msg("別の募集の審査票です", "it belongs to another call"))
        call = call_of(call_row(session, reviewer.call_id))
        keys = {item.key for item in call.items}
        mine = {r.application_id: r for r in session.scalars(select(ReviewRow).where(
            ReviewRow.reviewer_id == reviewer_id))}
        scores: dict[int, dict[str, int | None]] = {}
        comments: dict[int, dict[str, str]] = {}
        conflicts: dict[int, tuple[bool, str]] = {}

        def cell_ref(sheet: str, row: int, column: int) -> str:
            return f"{sheet}!{get_column_letter(column)}{row}"

        for number, cells in enumerate(book[wb.REVIEW_SHEET].iter_rows(min_row=2, values_only=True), start=2):
            values = list(cells) + [None] * (wb.KEY_COLUMN - len(cells))
            key = cell_text(values[wb.KEY_COLUMN - 1])
            if not key:
                continue  # a subtotal row
            application_id = int(cell_text(values[0])) if cell_text(values[0]).isdigit() else None
            if application_id not in mine or key not in keys:
                problems.append(Problem(number, cell_ref(wb.REVIEW_SHEET, number, 1), msg(
                    "この行の応募IDか項目が変えられています", "The row's application id or item was changed")))
                continue
            assert application_id is not None
            try:
                scores.setdefault(application_id, {})[key] = _score(values[wb.SCORE_COLUMN - 1])
            except ValueError:
                problems.append(Problem(number, cell_ref(wb.REVIEW_SHEET, number, wb.SCORE_COLUMN),
                                        msg("評点は1〜4で入力してください", "A score is 1 to 4")))
            comments.setdefault(application_id, {})[key] = cell_text(values[wb.COMMENT_COLUMN - 1])
        for number, cells in enumerate(book[wb.CONFLICT_SHEET].iter_rows(min_row=2, values_only=True), start=2):
            values = list(cells) + [None] * (wb.NOTE_COLUMN - len(cells))
            if not cell_text(values[0]):
                continue
            application_id = int(cell_text(values[0])) if cell_text(values[0]).isdigit() else None
            choice = cell_text(values[wb.CONFLICT_COLUMN - 1])
            if application_id not in mine:
                problems.append(Problem(number, cell_ref(wb.CONFLICT_SHEET, number, 1), msg(
                    "この行の応募IDが変えられています", "The row's application id was changed")))
            elif choice not in (wb.YES, wb.NO):
                problems.append(Problem(number, cell_ref(wb.CONFLICT_SHEET, number, wb.CONFLICT_COLUMN), msg(
                    "「{y}」か「{n}」を選んでください", "Choose “{y}” or “{n}”", y=wb.YES, n=wb.NO)))
            else:
                assert application_id is not None
                conflicts[application_id] = (choice == wb.YES, cell_text(values[wb.NOTE_COLUMN - 1]))
        if problems:
            raise ReviewsRejected(problems)
        changed = 0
        for application_id, row in mine.items():
            conflict, note = conflicts.get(application_id, (row.conflict, row.conflict_note))
            new_scores = {**row.scores, **scores.get(application_id, {})}
            new_comments = {**row.comments, **comments.get(application_id, {})}
            if (conflict, note, new_scores, new_comments) != (row.conflict, row.conflict_note, row.scores,
                                                               row.comments):
                changed += 1
                if not dry_run:
                    row.conflict, row.conflict_note, row.scores, row.comments = conflict, note, new_scores, new_comments
        held = sum(v is not None for s in scores.values() for v in s.values())
        return ReviewImport(reviewer_id, held, sum(c for c, _ in conflicts.values()), changed)
