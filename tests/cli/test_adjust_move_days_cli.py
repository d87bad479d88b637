"""`colead payments adjust NO --records FILE` moving tour days: one moved keeps its note; two moved at once, whose
notes cannot be told apart, are refused with exit 2 and one line naming the day, and nothing is written. On a
fresh programme made for the test; the payee is invented."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from tests.cli.run import colead
from tests.programmes import new_programme
from tests.services.payments_fixtures import DAY, WHO, approved, fee_bearing_talents


def test_tour_days_moved_from_the_file_keep_their_notes_or_are_refused(db: Database, tmp_path: Path) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    [talent] = fee_bearing_talents(db, programme_id, 1)  # a tour day on DAY (2021-11-16) and an air fare
    [first] = records.tour_days(db, programme_id, talent)
    records.update_tour_day(db, first.id, WHO, DAY, "1日目 オリエンテーション")
    second = records.add_tour_day(db, programme_id, talent, date(2021, 11, 17), WHO, note="2日目 企業訪問")
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    listed = colead("payments", "records", str(talent), "--statement", number, "--json")
    document = json.loads(listed.stdout)
    path = tmp_path / "records.json"

    document["tour_days"] = ["2021-11-25", "2021-11-26"]  # both moved: which is which?
    path.write_text(json.dumps(document), "utf-8")
    refused = colead("--lang", "en", "payments", "adjust", number, "--records", str(path), "--reason", "日付の訂正",
                     "--by", WHO)
    assert (refused.returncode, refused.stdout) == (2, "")
    [line] = refused.stderr.splitlines()
    assert "tour day (2021-11-16) holds note" in line and "nothing was corrected" in line
    assert [(t.id, t.day) for t in records.tour_days(db, programme_id, talent)] == [(first.id, DAY),
                                                                                  (second, date(2021, 11, 17))]
    assert len(json.loads(colead("payments", "statements", "--json").stdout)) == 1  # no correction made

    document["tour_days"] = ["2021-11-16", "2021-11-18"]  # one at a time: the second day was the 18th
    path.write_text(json.dumps(document), "utf-8")
    done = colead("payments", "adjust", number, "--records", str(path), "--reason", "日付の訂正", "--by", WHO)
    assert done.returncode == 0, done.stderr
    assert [(t.id, t.day, t.note) for t in records.tour_days(db, programme_id, talent)] == [
        (first.id, DAY, "1日目 オリエンテーション"), (second, date(2021, 11, 18), "2日目 企業訪問")]
