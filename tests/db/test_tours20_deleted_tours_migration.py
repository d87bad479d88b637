"""Migration 0032_tours20_deleted_tours on a team database: the new table of deleted tours' calendars gets the grants
of export state (whoever deletes a tour adds its row, whoever exports removes it), as `team init` would give it."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from colead_desktop.db.engine import Database, alembic_config
from colead_desktop.domain.team import Role
from colead_desktop.services import team
from tests.pg_server import PostgresServer

_MAY = "SELECT has_table_privilege(:g, 'deleted_tour_calendars', :p)"


def test_a_team_database_upgraded_grants_the_deleted_tours_table_to_every_role(
        postgres: PostgresServer, migrated_postgres: str) -> None:
    database = Database(postgres.fresh_database(template=migrated_postgres))
    team.init_team(database)
    config = alembic_config(database.engine)
    command.downgrade(config, "0031_tours19_ics_cancelled")
    command.upgrade(config, "heads")
    with database.engine.connect() as conn:
        may = {(role.group, p): conn.execute(text(_MAY), {"g": role.group, "p": p}).scalar_one()
               for role in Role for p in ("SELECT", "INSERT", "DELETE")}
    database.dispose()
    assert all(may.values()), [key for key, allowed in may.items() if not allowed]
