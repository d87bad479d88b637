"""Alembic environment: the engine comes from the caller (no alembic.ini, no URL in a file)."""

from __future__ import annotations

from alembic import context

from colead_desktop.db.base import Base
from colead_desktop.db.registry import load_all_models

load_all_models()

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
