"""What the integrity check says about a damaged file reads as one message line (SQLite answers with several)."""

from __future__ import annotations

from pathlib import Path

import pytest

from colead_desktop.db.engine import Database, sqlite_path
from colead_desktop.db.sqlite_checks import DatabaseDamaged, check_integrity
from colead_desktop.services.demo import load_demo
from tests.db.damage import corrupt_pages


def test_the_damage_report_of_overwritten_pages_is_one_line(db: Database) -> None:
    load_demo(db)
    db_file = sqlite_path(db.url)
    assert db_file is not None
    db.dispose()
    corrupt_pages(Path(db_file))
    with pytest.raises(DatabaseDamaged) as damage:
        check_integrity(Path(db_file), quick=False)
    assert "\n" not in str(damage.value) and damage.value.db_file == Path(db_file)
