"""An archived talent leaves the round tables: out of the seats, the handouts and the rotation workbook at once,
named on the round-table tab until 「再計画」 saves the plan without them; lifting the archive makes them a new
talent whom the next re-plan seats (review 14b, item 6)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl

from colead_desktop.db.engine import Database
from colead_desktop.reports.meetup_pdf import HandoutPart
from colead_desktop.services import meetup_exports as exports
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.services.talent_archive import set_archived


def seated(db: Database, event_id: int) -> set[str]:
    plan = setups.load_plan(db, event_id)
    assert plan is not None
    return {p for seating in plan.rounds for people in seating.values() for p in people}


def test_an_archived_talent_is_taken_off_the_seats_and_the_documents(meetup_demo: tuple[Database, int],
                                                                    tmp_path: Path) -> None:
    db, event_id = meetup_demo
    setup = setups.load_setup(db, event_id)
    assert setup is not None
    gone, kept = setup.talents[0], setup.talents[1]
    assert gone.label in seated(db, event_id)
    set_archived(db, gone.talent_id, True, "事務局A")

    after = setups.load_setup(db, event_id)
    assert after is not None and gone.talent_id not in {t.talent_id for t in after.talents}
    assert gone.label not in seated(db, event_id) and kept.label in seated(db, event_id)
    assert edits.outside(db, event_id) == edits.Outside(archived=(gone.label,))  # the tab names them: 再計画

    pack = exports.build_pack(db, event_id)
    assert gone.label not in {s.talent_id for s in pack.talents}
    pdf = exports.export_handouts(db, event_id, tmp_path / "h.pdf", list(HandoutPart))
    text = "".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                  text=True).stdout.split())
    assert gone.label.replace(" ", "") not in text and kept.label.replace(" ", "") in text
    book = openpyxl.load_workbook(exports.export_rotation(db, event_id, tmp_path / "r.xlsx"))
    cells = " ".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert gone.label not in cells and kept.label in cells


def test_the_replan_saves_the_plan_without_them_and_lifting_the_archive_seats_them_again(
        meetup_demo: tuple[Database, int]) -> None:
    db, event_id = meetup_demo
    setup = setups.load_setup(db, event_id)
    assert setup is not None
    gone = setup.talents[0]
    set_archived(db, gone.talent_id, True, "事務局A")
    applied = edits.replan(db, event_id)  # what 「再計画」 runs while the tab names someone
    assert gone.talent_id not in {t.talent_id for t in applied.setup.talents}
    assert edits.outside(db, event_id) == edits.Outside()

    set_archived(db, gone.talent_id, False, "事務局A")
    assert edits.outside(db, event_id).new == (gone.label,)
    edits.replan(db, event_id)
    assert gone.label in seated(db, event_id)
