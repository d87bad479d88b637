"""Alembic environment: the engine comes from the caller (no alembic.ini, no URL in a file).

All pending revisions share one transaction (transaction_per_migration=False inside
engine.migration_transaction): a failure anywhere leaves the database at its old revision.
"""

from __future__ import annotations

from alembic import context

from colead_desktop.db.base import Base
from colead_desktop.db.engine import migration_transaction
from colead_desktop.db.registry import load_all_models

load_all_models()

with migration_transaction(context.config.attributes["engine"]) as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True, transaction_per_migration=False)
    with context.begin_transaction():
        context.run_migrations()
