"""Migration 0028_match14_withdrawn on SQLite and PostgreSQL: a decision that made a participant before the upgrade
remembers it (a talent deleted later is not made again); applications get an empty profile; 辞退 is admitted;
the way back refuses while a decision is 辞退, and goes back otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command

from colead_desktop.db.engine import Database, alembic_config
from colead_desktop.domain.records import TalentRecord
from colead_desktop.domain.selection import Decision
from colead_desktop.services.applications import applications, import_applications, set_skills
from colead_desktop.services.calls import calls
from colead_desktop.services.record_restore import delete_record
from colead_desktop.services.records import get_record
from colead_desktop.services.selection import decide, make_participants
from tests.application_files import ON_TIME, TIED, write_csv
from tests.programmes import new_programme


def test_decisions_that_made_a_participant_remember_it(any_db: Database, tmp_path: Path) -> None:
    programme = new_programme(any_db)
    call = calls(any_db, programme)[1].id or 0
    import_applications(any_db, call, write_csv(tmp_path / "a.csv", [ON_TIME, TIED]))
    taro, ichiro = (a.id for a in applications(any_db, call))
    set_skills(any_db, taro, ["engineer"])
    decide(any_db, taro, Decision.SELECTED, "1位", "委員長")
    (talent,) = make_participants(any_db, call).made
    config = alembic_config(any_db.engine)
    command.downgrade(config, "0027_calls14_condition_keys")
    command.upgrade(config, "heads")
    assert [a.profile for a in applications(any_db, call)] == [{}, {}]  # the forms asked nothing of it

    delete_record(any_db, get_record(any_db, TalentRecord, talent, programme), "事務局")
    assert make_participants(any_db, call).made == []
    decide(any_db, ichiro, Decision.WITHDRAWN, "辞退の申し出", "事務局")
    with pytest.raises(RuntimeError, match="辞退"):
        command.downgrade(config, "0027_calls14_condition_keys")
    decide(any_db, ichiro, Decision.REJECTED, "辞退の申し出", "事務局")
    command.downgrade(config, "0027_calls14_condition_keys")
    command.upgrade(config, "heads")
