"""Screening stored per call, on SQLite and PostgreSQL: reviewers assigned to a fresh programme's applications,
review workbooks out and back (a bad cell names the sheet and cell and writes nothing; a LibreOffice re-save
reads back the same), a declared conflict left out, totals and a ranking with a tie."""

from __future__ import annotations

import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook

from colead_desktop.db.engine import Database
from colead_desktop.exports import review_workbook as wb
from colead_desktop.services.applications import applications, import_applications
from colead_desktop.services.calls import calls
from colead_desktop.services.screening import (ReviewsRejected, add_reviewer, assign, export_reviews,
                                               import_reviews, screening)
from tests.application_files import LATE_UNMET, ON_TIME, TIED, fill, write_csv
from tests.programmes import new_programme


def _call_with_applications(db: Database, tmp_path: Path) -> tuple[int, list[int]]:
    talent = calls(db, new_programme(db))[1]
    assert talent.id is not None
    import_applications(db, talent.id, write_csv(tmp_path / "apps.csv", [ON_TIME, LATE_UNMET, TIED]))
    return talent.id, [a.id for a in applications(db, talent.id)]


def test_reviews_out_and_back_totals_and_a_tie(any_db: Database, tmp_path: Path) -> None:
    call_id, (taro, hanako, ichiro) = _call_with_applications(any_db, tmp_path)
    first, second = add_reviewer(any_db, call_id, "委員 A"), add_reviewer(any_db, call_id, "委員 B")
    assert assign(any_db, first) == 3 and assign(any_db, second) == 3 and assign(any_db, second) == 0

    sheet_a = export_reviews(any_db, first, tmp_path / "a.xlsx")
    book = load_workbook(sheet_a)
    assert book[wb.META_SHEET].sheet_state == "hidden" and book[wb.REVIEW_SHEET].protection.sheet
    assert str(book[wb.REVIEW_SHEET]["F10"].value).startswith("=SUM(F2:F9)")  # the first subtotal
    fill(sheet_a, {taro: 5, hanako: 3, ichiro: 3})
    with pytest.raises(ReviewsRejected) as rejected:
        import_reviews(any_db, sheet_a)
    assert [p.column for p in rejected.value.problems][:2] == ["審査!F2", "審査!F3"]
    assert all(not r.scores for r in screening(any_db, call_id).reviews)  # nothing written
    fill(sheet_a, {taro: 3, hanako: 4, ichiro: 3})
    assert import_reviews(any_db, sheet_a).changed == 3

    sheet_b = export_reviews(any_db, second, tmp_path / "b.xlsx")
    fill(sheet_b, {taro: 3, hanako: 1, ichiro: 3}, conflict=hanako)
    assert import_reviews(any_db, sheet_b).conflicts == 1
    result = screening(any_db, call_id)
    ranked = {r.applicant.application_id: r for r in result.ranked}
    assert ranked[hanako].rank == 1 and ranked[hanako].applicant.reviews == 1  # B's conflicted 1s left out
    assert ranked[hanako].applicant.total == Fraction(4 * 7 + 4)
    assert (ranked[taro].rank, ranked[taro].tied, ranked[ichiro].rank, ranked[ichiro].tied) == (2, True, 2, True)
    assert all(r.comments["i1"] == "具体的な経験あり" for r in result.reviews if r.scores)
    # the next export shows what is held, without the conflicted applicant's rows
    again = load_workbook(export_reviews(any_db, second, tmp_path / "b2.xlsx"))[wb.REVIEW_SHEET]
    assert {row[0] for row in again.iter_rows(min_row=2, values_only=True) if row[0]} == {taro, ichiro}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_libreoffice_resave_reads_back_the_same(db: Database, tmp_path: Path) -> None:
    call_id, (taro, hanako, ichiro) = _call_with_applications(db, tmp_path)
    reviewer = add_reviewer(db, call_id, "委員 C")
    assign(db, reviewer)
    path = export_reviews(db, reviewer, tmp_path / "c.xlsx")
    fill(path, {taro: 2, hanako: 4, ichiro: 1}, conflict=ichiro)
    out = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless", "--convert-to",
                    "xlsx", "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    result = import_reviews(db, out / "c.xlsx")
    assert (result.scored, result.conflicts) == (24, 1)
    held = {r.application_id: r for r in screening(db, call_id).reviews}
    assert held[taro].scores["i3"] == 2 and held[ichiro].conflict and held[ichiro].scores["i1"] == 1
