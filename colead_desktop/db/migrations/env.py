"""Alembic environment: the engine comes from the caller (no alembic.ini, no URL in a file)."""

from __future__ import annotations

from alembic import context

from colead_desktop.db import models  # noqa: F401  (registers every table on Base.metadata)
from colead_desktop.db.base import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
