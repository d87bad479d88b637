"""The schema revisions this version of the app knows, read from its Alembic scripts.

Read as text, not through alembic's ScriptDirectory: importing alembic (with mako and pygments) costs a start
~150 ms, and a start only needs these sets to see that the database is at head. alembic is imported to upgrade.
"""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def _revision_graph() -> dict[str, set[str]]:
    """Each revision with those it follows (several for a merge), as alembic reads the same module variables."""
    graph: dict[str, set[str]] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is not None:
            graph[revision.group(1)] = set(_QUOTED.findall(down.group(1))) if down is not None else set()
    return graph


def head_revisions() -> set[str]:
    """Each feature's migrations form their own branch from the core tables, so there may be several heads."""
    graph = _revision_graph()
    return set(graph) - set().union(*graph.values())


def known_revisions() -> set[str]:
    return set(_revision_graph())
