"""The demo database for CLI tests: loaded through `colead demo` once per test process, copied for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from colead_desktop.domain import roundtables_exact
from tests.cli.run import colead


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the demo as `colead demo` loads it (per xdist worker: the base temp is the worker's)."""
    template = tmp_path_factory.getbasetemp() / "cli-demo-template.sqlite3"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("COLEAD_DATA_DIR", str(tmp_path_factory.mktemp("cli-demo-data")))  # its log, not a test's
        env.delenv("COLEAD_DB_URL", raising=False)
        env.delenv("COLEAD_LANG", raising=False)
        loaded = colead("--db", f"sqlite:///{template}", "demo")
    assert loaded.returncode == 0, loaded.stderr
    return template


@pytest.fixture
def demo_url(demo_template: Path, tmp_path: Path) -> str:
    """The URL of this test's own copy of the demo database."""
    target = tmp_path / "cli.sqlite3"
    shutil.copyfile(demo_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def heuristic_planner(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plan round tables as the bundled app does, without CP-SAT: these tests are about reading any bytes, and
    the exact model's seconds per document are spent on its own tests (tests/domain/test_roundtables_exact*)."""
    monkeypatch.setattr(roundtables_exact, "available", lambda: False)
