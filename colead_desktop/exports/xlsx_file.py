"""Write an openpyxl workbook atomically, so that a full or read-only disk is one clean error.

openpyxl saves by streaming a zip into the file it is given. When that file's disk fills up, the half-written
ZipFile and the unfinished write-only sheets are left to the garbage collector, whose clean-up fails again: the
log got a zipfile traceback per sheet, and the sheets' temporary files stayed in the system's temp folder until the
process ended. Zipping into memory first keeps the target's disk out of openpyxl (an .xlsx is compressed: the
payments workbook of 800 statements is 165 KB), and one write of those bytes either succeeds or fails cleanly.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from colead_desktop.exports.atomic import EVERYONE, atomic_file


def save_workbook(target: Path, build: Callable[[], Workbook], mode: int = EVERYONE) -> Path:
    """Build the workbook once the target's folder has taken the temporary file (a folder that refuses it then
    fails before any sheet is started), zip it in memory and write it to `target`."""
    with atomic_file(Path(target), mode) as out:
        zipped = io.BytesIO()
        build().save(zipped)
        out.write(zipped.getbuffer())
    return Path(target)
