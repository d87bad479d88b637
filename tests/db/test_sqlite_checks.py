"""What the integrity check says about a damaged file reads as one message line (SQLite answers with several)."""

from __future__ import annotations

from pathlib import Path

from colead_desktop.db.sqlite_checks import DatabaseDamaged

SQLITE_REPORT = "*** in database main ***\nPage 51: btreeInitPage() returns error code 11\n"  # as a review saw it


def test_a_report_of_several_lines_is_one_line_in_the_message() -> None:
    text = str(DatabaseDamaged(Path("colead.sqlite3"), SQLITE_REPORT))
    assert "\n" not in text and "Page 51: btreeInitPage() returns error code 11" in text


def test_a_very_long_report_is_cut() -> None:
    text = str(DatabaseDamaged(Path("colead.sqlite3"), "row missing from index\n" * 200))
    assert "\n" not in text and text.count("row missing from index") < 10 and "…" in text
