"""Only domain/clock.py reads the machine's clock: elsewhere date.today() and friends give the machine's local
date, which on a machine set to UTC is yesterday until 09:00 in Tokyo."""

from __future__ import annotations

import ast
from pathlib import Path

import colead_desktop

SOURCE = Path(colead_desktop.__file__).parent
CLOCK = SOURCE / "domain" / "clock.py"
READERS = {("date", "today"), ("datetime", "today"), ("datetime", "now"), ("datetime", "utcnow"),
           ("time", "localtime"), ("time", "ctime"), ("QDate", "currentDate"), ("QDateTime", "currentDateTime"),
           ("QTime", "currentTime")}


def _clock_readings(path: Path) -> list[str]:
    """`owner.attr` references (called or not) that read the clock, with their line numbers."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Attribute):
            owner = node.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if (name, node.attr) in READERS:
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno} {name}.{node.attr}")
    return found


def test_no_module_but_the_clock_reads_the_machine_clock() -> None:
    found = [hit for path in sorted(SOURCE.rglob("*.py")) if path != CLOCK for hit in _clock_readings(path)]
    assert found == []


def test_the_scan_sees_a_reading() -> None:
    assert [hit.split()[-1] for hit in _clock_readings(CLOCK)] == ["datetime.now"]
