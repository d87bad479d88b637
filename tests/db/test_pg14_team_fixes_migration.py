"""Migration 0029_pg14_team_fixes: a team database's statement trigger is replaced by the one that tells an
approval from a withdrawal, administrators may add to the payments audit log (their payer setup's entries), and
the way back restores both as they were."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from colead_desktop.db.engine import Database, alembic_config
from colead_desktop.db.team_sql import STATEMENT_PEOPLE
from colead_desktop.services import team
from tests.pg_server import PostgresServer

_BODY = "SELECT prosrc FROM pg_proc WHERE proname = 'colead_statement_people'"
_ADMIN_ADDS = "SELECT has_table_privilege('colead_admin', 'payment_audit', 'INSERT')"


def test_a_team_database_keeps_the_approver_on_withdrawal_and_lets_administrators_audit(
        postgres: PostgresServer, migrated_postgres: str) -> None:
    database = Database(postgres.fresh_database(template=migrated_postgres))
    team.init_team(database)
    config = alembic_config(database.engine)
    command.downgrade(config, "0028_match14_withdrawn")
    with database.engine.connect() as conn:
        assert "OLD.status <> 'approved'" in conn.execute(text(_BODY)).scalar_one()  # the way back: as it was
        assert conn.execute(text(_ADMIN_ADDS)).scalar_one() is False
    command.upgrade(config, "heads")
    with database.engine.connect() as conn:
        body = conn.execute(text(_BODY)).scalar_one()
        assert conn.execute(text(_ADMIN_ADDS)).scalar_one() is True
    database.dispose()
    assert body.strip() in STATEMENT_PEOPLE and "OLD.status = 'draft'" in body

