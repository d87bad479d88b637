"""Migration 0030_pay15_payer_and_approver: on a team database accounting may update the programme's copy of the
payer's name (and nothing else of it), the statement trigger reads the policy's one-approver setting, and the way
back restores both as they were."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from colead_desktop.db.engine import Database, alembic_config
from colead_desktop.db.team_sql import STATEMENT_PEOPLE
from colead_desktop.services import team
from tests.pg_server import PostgresServer

_BODY = "SELECT prosrc FROM pg_proc WHERE proname = 'colead_statement_people'"
_MAY = "SELECT has_column_privilege('colead_accounting', 'programme', :c, 'UPDATE')"


def test_a_team_database_lets_accounting_rename_the_payer_and_follows_the_policy(
        postgres: PostgresServer, migrated_postgres: str) -> None:
    database = Database(postgres.fresh_database(template=migrated_postgres))
    team.init_team(database)
    config = alembic_config(database.engine)
    command.downgrade(config, "0029_pg14_team_fixes")
    with database.engine.connect() as conn:
        assert "single_approver" not in conn.execute(text(_BODY)).scalar_one()  # the way back: as it was
        assert conn.execute(text(_MAY), {"c": "secretariat"}).scalar_one() is False
    command.upgrade(config, "heads")
    with database.engine.connect() as conn:
        body = conn.execute(text(_BODY)).scalar_one()
        may = {c: conn.execute(text(_MAY), {"c": c}).scalar_one() for c in ("secretariat", "version", "name")}
    database.dispose()
    assert body.strip() in STATEMENT_PEOPLE and "single_approver" in body
    assert may == {"secretariat": True, "version": True, "name": False}
