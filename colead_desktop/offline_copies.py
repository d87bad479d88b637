"""Where offline copies (持ち出し) were written, so that start-up away from the server can offer the last one.

Shared by the GUI and the CLI (no Qt): a small JSON list in the data folder, newest first.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from colead_desktop.paths import data_dir
from colead_desktop.private_files import private_opener

FILE_NAME = "offline_copies.json"
KEEP = 10


def _path() -> Path:
    return data_dir() / FILE_NAME


def remembered() -> list[dict[str, str]]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, or a damaged list: nothing to offer
        return []
    return [entry for entry in data if isinstance(entry, dict) and isinstance(entry.get("file"), str)] \
        if isinstance(data, list) else []


def remember_copy(file: Path, source: str) -> None:
    entry = {"file": str(Path(file).resolve()), "source": source}
    entries = [entry, *(e for e in remembered() if e["file"] != entry["file"])][:KEEP]
    part = _path().with_name(FILE_NAME + ".part")
    with open(part, "w", encoding="utf-8", opener=private_opener) as out:
        json.dump(entries, out, ensure_ascii=False, indent=1)
    os.replace(part, _path())


def last_copy() -> Path | None:
    """The newest remembered copy that is still there."""
    for entry in remembered():
        if Path(entry["file"]).is_file():
            return Path(entry["file"])
    return None
