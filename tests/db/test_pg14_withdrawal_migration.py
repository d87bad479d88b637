"""Migration 0027_pg14_withdrawal: a team database's statement trigger is replaced by the one that tells an
approval from a withdrawal, and the way back restores the one before."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from colead_desktop.db.engine import Database, alembic_config
from colead_desktop.db.team_sql import STATEMENT_PEOPLE
from colead_desktop.services import team
from tests.pg_server import PostgresServer

_BODY = "SELECT prosrc FROM pg_proc WHERE proname = 'colead_statement_people'"


def test_a_team_database_gets_the_trigger_that_keeps_the_approver(postgres: PostgresServer,
                                                                   migrated_postgres: str) -> None:
    database = Database(postgres.fresh_database(template=migrated_postgres))
    team.init_team(database)
    config = alembic_config(database.engine)
    command.downgrade(config, "0026_meetup13_absences")
    with database.engine.connect() as conn:
        assert "OLD.status <> 'approved'" in conn.execute(text(_BODY)).scalar_one()  # the way back: as it was
    command.upgrade(config, "heads")
    with database.engine.connect() as conn:
        body = conn.execute(text(_BODY)).scalar_one()
    database.dispose()
    assert body.strip() in STATEMENT_PEOPLE and "OLD.status = 'draft'" in body

