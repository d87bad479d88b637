"""The demo programme in an SQLite file, loaded once per test process and copied for each test that writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.services.demo import load_demo


def demo_copy(tmp_path: Path) -> Database:
    """A fresh copy of the demo database in `tmp_path` (the template sits beside the test folders)."""
    template = tmp_path.parent / "services-demo-template.sqlite3"
    if not template.exists():
        loading = template.with_suffix(".loading")
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("COLEAD_DATA_DIR", str(tmp_path.parent / "template-data"))
            database = Database(f"sqlite:///{loading}")
            database.migrate()
            load_demo(database)
            database.dispose()
        loading.rename(template)
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(template, target)
    database = Database(f"sqlite:///{target}")
    database.migrate()
    return database
