"""The schema revisions this version of the app knows, read from its Alembic scripts."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def script_directory() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS_DIR))


def head_revisions() -> set[str]:
    """Each feature's migrations form their own branch from the core tables, so there may be several heads."""
    return set(script_directory().get_heads())


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}
