"""An id that is not in the database (a stale GUI row, a mistyped CLI argument) is the user's input error:
InputError naming the kind of record and the id, in the current language, never AttributeError."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import set_language
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services import meetup, payment_records, payment_runs, payment_statements, records

from tests.programmes import new_programme

WHO = "経理 花子"
MISSING = 999
DAY = date(2022, 1, 20)

CALLS: dict[str, tuple[Callable[[Database], object], str, str]] = {
    "approve_statement": (lambda db: payment_statements.approve_statement(db, MISSING, WHO),
                          "支払明細書 999 が見つかりません", "Payment statement 999 not found"),
    "mark_paid": (lambda db: payment_runs.mark_paid(db, new_programme(db), WHO, DAY, run_id=MISSING),
                  "支払処理 999 が見つかりません", "Payment run 999 not found"),
    "regenerate_run_file": (lambda db: payment_runs.regenerate_run_file(db, MISSING, Path("/nonexistent/z.txt"), WHO),
                            "支払処理 999 が見つかりません", "Payment run 999 not found"),
    "revise_statement": (lambda db: payment_statements.revise_statement(db, MISSING, WHO, DAY),
                         "支払明細書 999 が見つかりません", "Payment statement 999 not found"),
    "adjust_statement": (lambda db: payment_statements.adjust_statement(db, MISSING, WHO, "訂正"),
                         "支払明細書 999 が見つかりません", "Payment statement 999 not found"),
    "update_tour_day": (lambda db: payment_records.update_tour_day(db, MISSING, WHO, DAY, ""),
                        "ツアー参加日 999 が見つかりません", "Tour day 999 not found"),
    "get_record": (lambda db: records.get_record(db, TalentRecord, MISSING),
                   "人材 999 が見つかりません", "Talent 999 not found"),
    "load_agenda": (lambda db: meetup.load_agenda(db, MISSING),
                    "イベント 999 が見つかりません", "Event 999 not found"),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_a_missing_id_is_an_input_error_naming_the_record(db: Database, name: str) -> None:
    call, ja, en = CALLS[name]
    with pytest.raises(InputError) as japanese:
        call(db)
    assert str(japanese.value) == ja
    set_language("en")
    with pytest.raises(InputError) as english:
        call(db)
    assert str(english.value) == en
