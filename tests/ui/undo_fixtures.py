"""The demo database for the undo tests, loaded once per test process and copied for each test (loading it
takes most of a widget test's time), and the pages on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from colead_desktop.db.engine import DEFAULT_DB_NAME, Database
from colead_desktop.services.demo import load_demo
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from tests.ui.sync_runner import SyncRunner


@pytest.fixture
def demo_db(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A fresh copy of the demo in the test's data folder (the default database)."""
    template = tmp_path_factory.getbasetemp() / "undo-demo-template.sqlite3"
    if not template.exists():
        loading = Database(f"sqlite:///{template.with_suffix('.loading')}")
        loading.migrate()
        load_demo(loading)
        loading.dispose()  # the last connection closed: the WAL is folded into the file
        template.with_suffix(".loading").rename(template)
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, data_dir / DEFAULT_DB_NAME)
    database = Database()
    yield database
    database.dispose()


@pytest.fixture
def demo_context(demo_db: Database) -> AppContext:
    """What the main window gives its pages, on the demo programme, jobs run at once."""
    context = AppContext(demo_db, Settings(), SyncRunner(), QUndoStack())
    assert context.programme_id is not None  # the only programme: the demo's
    return context
