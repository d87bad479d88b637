"""Review 12: `colead payments draft` and `approve` print the statement's warnings on stderr, from the rule the
window shows them with (record dates against the programme's period and today, work days no signed NDA
covers), by statement number and date only: never a name. On a fresh programme made for the test."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from colead_desktop.db.engine import Database
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services.record_dates import statement_warnings

from tests.cli.run import colead
from tests.programmes import new_programme
from tests.services.payments_fixtures import APPROVER, WHO, approved, fee_bearing_talents

OUTSIDE = "はプログラムの期間（2026-04-01〜2027-03-31）の外です。別の年度の費用ではありませんか"


def test_draft_and_approve_print_the_statements_warnings(db: Database) -> None:
    programme_id = new_programme(db, fiscal_year=2026)
    (talent,) = fee_bearing_talents(db, programme_id, 1)  # a tour day and an air fare of 2021: another year
    records.add_work_day(db, programme_id, talent, date(2026, 7, 1), "support", WHO)  # for no SME under an NDA
    drafted = colead("payments", "draft", "--all", "--by", WHO)
    assert drafted.returncode == 0, drafted.stderr
    [entry] = json.loads(drafted.stdout)
    number = entry["no"]
    expected = [f"警告: {number}: ツアー参加日 2021-11-16 {OUTSIDE}", f"警告: {number}: 経費 2021-11-16 {OUTSIDE}",
                f"警告: {number}: 2026-07-01 の作業日: 署名済みNDAのある企業とのペアがありません"]
    assert drafted.stderr.splitlines() == expected
    [(statement_id, _)] = statements.statement_history(db, programme_id, talent)
    window = statement_warnings(db, statement_id)
    assert [f"警告: {number}: {w}" for w in window] == expected  # the window's words, the same rule

    # approving asks first, as the window does: the warnings, and nothing approved until the user says so
    asked = colead("payments", "approve", number, "--by", APPROVER)
    assert (asked.returncode, asked.stdout) == (2, "")
    assert asked.stderr.splitlines()[:-1] == expected and "--despite-warnings" in asked.stderr.splitlines()[-1]
    assert statements.statement(db, statement_id).status.value == "draft"
    approved = colead("payments", "approve", number, "--by", APPROVER, "--despite-warnings")
    assert approved.returncode == 0, approved.stderr
    assert json.loads(approved.stdout) == {"approved": [number]}
    assert approved.stderr.splitlines() == expected
    assert "架空" not in drafted.stderr + asked.stderr + approved.stderr  # the talent's name is never printed


def test_a_correction_from_json_prints_the_warnings_of_its_records(db: Database, tmp_path: Path) -> None:
    """The CLI's record input (`payments adjust --records`): records dated outside the period are taken, with a
    warning on stderr, as the window takes them after asking: only the accountant can tell a mistake."""
    programme_id = new_programme(db, fiscal_year=2026)
    (talent,) = fee_bearing_talents(db, programme_id, 1)
    number = statements.statement(db, approved(db, programme_id, talent)).statement_no
    document = json.loads(colead("payments", "records", str(talent), "--statement", number, "--json").stdout)
    document["tour_days"] = ["2026-07-07"]  # the tour day moved into the period; the fare left in 2021
    path = tmp_path / "records.json"
    path.write_text(json.dumps(document), "utf-8")
    done = colead("payments", "adjust", number, "--records", str(path), "--reason", "日付の訂正", "--by", WHO)
    assert done.returncode == 0, done.stderr
    correction = json.loads(done.stdout)["no"]
    assert done.stderr.splitlines() == [f"警告: {correction}: 経費 2021-11-16 {OUTSIDE}"]


def test_who_may_not_approve_is_told_so_before_any_warning(db: Database) -> None:
    """A clerk approving the drafts they computed themselves (two-people rule) is refused at once, per number, and
    never shown the warnings first: adding --despite-warnings would not have helped. A statement already approved
    is refused likewise; nothing is approved."""
    programme_id = new_programme(db, fiscal_year=2026)
    fee_bearing_talents(db, programme_id, 2)  # each with records dated in 2021: warnings
    drafted = colead("payments", "draft", "--all", "--by", WHO)
    first, second = (entry["no"] for entry in json.loads(drafted.stdout))
    assert colead("payments", "approve", first, "--by", APPROVER, "--despite-warnings").returncode == 0
    for extra in ((), ("--despite-warnings",)):
        refused = colead("payments", "approve", first, second, "--by", WHO, *extra)
        assert (refused.returncode, refused.stdout) == (2, "")
        lines = refused.stderr.splitlines()
        assert len(lines) == 2 and all(line.startswith("エラー: ") for line in lines), refused.stderr
        assert first in lines[0] and "承認済のため" in lines[0]
        assert second in lines[1] and f"{WHO} が作成したため" in lines[1]
        assert "警告" not in refused.stderr and "--despite-warnings" not in refused.stderr
    assert json.loads(colead("payments", "statements").stdout)[-1]["status"] == "draft"
