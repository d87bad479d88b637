"""The revisions read from the scripts' text (no alembic at start) are alembic's own, and the database's are read
with a plain query."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from colead_desktop.db import revisions
from colead_desktop.db.engine import Database, current_revisions


def test_heads_and_known_revisions_are_alembics() -> None:
    scripts = ScriptDirectory(str(revisions.MIGRATIONS_DIR))
    assert revisions.head_revisions() == set(scripts.get_heads())
    assert revisions.known_revisions() == {script.revision for script in scripts.walk_revisions()}


def test_a_new_database_is_at_no_revision_and_a_migrated_one_at_head(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert current_revisions(db.engine) == set()
    db.migrate()
    assert current_revisions(db.engine) == revisions.head_revisions()
    db.dispose()


def test_opening_a_database_at_head_imports_no_alembic(db: Database) -> None:
    code = ("import sys\nfrom colead_desktop.db.startup import open_database\nopen_database()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako', 'pygments')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert done.stdout.strip() == "[]"
    assert "alembic" in sys.modules  # this process did migrate (the fixture): the check above can fail
