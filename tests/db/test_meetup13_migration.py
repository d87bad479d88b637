"""Migration 0026_meetup13_absences on SQLite and PostgreSQL: a talent a setup made before it had left out of every
round (no row, shown as 不参加) stays absent, recorded as a row with no rounds, and is not taken for a talent new
to the setup, whom 再計画 would seat; the way back deletes those rows again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from colead_desktop.db.engine import Database, alembic_config
from colead_desktop.services import meetup
from colead_desktop.services import meetup_setup as setups
from colead_desktop.services import meetup_setup_edit as edits
from colead_desktop.services.demo import load_demo


def test_a_talent_left_out_before_stays_a_recorded_absence(any_db: Database) -> None:
    programme_id = load_demo(any_db)
    assert programme_id is not None
    event_id = meetup.meetup_event_id(any_db, programme_id)
    assert event_id is not None
    setup = setups.load_setup(any_db, event_id)
    assert setup is not None
    gone = setup.talents[3]
    config = alembic_config(any_db.engine)
    command.downgrade(config, "0025_money11")
    with any_db.engine.begin() as connection:  # unticked in every round by the older code: the row removed
        connection.execute(text("DELETE FROM roundtable_talent WHERE event_id = :e AND talent_id = :t"),
                           {"e": event_id, "t": gone.talent_id})
    command.upgrade(config, "heads")

    after = setups.load_setup(any_db, event_id)
    assert after is not None and after.absent == (gone.talent_id,)
    assert gone.label not in {t.label for t in after.talents}
    assert edits.outside(any_db, event_id) == edits.Outside(absent=(gone.label,))
    with any_db.engine.begin() as connection:
        positions = connection.execute(text("SELECT position FROM roundtable_talent WHERE event_id = :e "
                                            "ORDER BY position"), {"e": event_id}).scalars().all()
    assert positions == [p for p in range(len(setup.talents)) if p != 3] + [len(setup.talents)]  # after the rest

    command.downgrade(config, "0025_money11")
    with any_db.engine.begin() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM roundtable_talent WHERE event_id = :e AND "
                                       "talent_id = :t"), {"e": event_id, "t": gone.talent_id}).scalar() == 0
    command.upgrade(config, "heads")
