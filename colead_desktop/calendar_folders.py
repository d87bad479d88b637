"""Where each set of per-person calendars (a tour's members, an event's people) was last exported, per user and
per database: the one place that stores it.

A person who no longer attends gets the cancellation of their events (services/calendars.py), written from the
file of theirs that an earlier export left. Exported into another folder than last time, that file is in the
earlier folder: remembering it lets the export cancel them there and where the user exports now (review 16 item 2).
A small JSON object in the data folder, keyed like current_programme.json (programme_choice.database_key); only
folder paths and record keys are kept, nothing personal. A folder is a path on this computer, so it is kept here
rather than in a database other computers share.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from colead_desktop.paths import data_dir
from colead_desktop.private_files import private_opener
from colead_desktop.programme_choice import database_key

log = logging.getLogger(__name__)
FILE_NAME = "calendar_folders.json"


def _path() -> Path:
    return data_dir() / FILE_NAME


def _read() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):  # nothing exported yet, or a damaged file: no earlier folder is known
        return {}
    if not isinstance(data, dict):
        return {}
    return {db: {k: v for k, v in sets.items() if isinstance(v, str)} for db, sets in data.items()
            if isinstance(sets, dict)}


def last_folder(database_url: str, calendar_set: str) -> Path | None:
    """The folder `calendar_set` ("tour-<key>", "event-<id>") was last exported into, or None; for
    "programme-<id>", the programme's calendar file last written (its name is the user's)."""
    folder = _read().get(database_key(database_url), {}).get(calendar_set)
    return Path(folder) if folder else None


def remember_folder(database_url: str, calendar_set: str, folder: Path) -> None:
    """Keep `folder` as where `calendar_set` was exported last (written whole or not at all). The export it follows
    is done: a data folder that cannot be written only loses the memory (logged), never the export."""
    folders = _read()
    folders.setdefault(database_key(database_url), {})[calendar_set] = str(Path(folder).resolve())
    part = _path().with_name(FILE_NAME + ".part")
    try:
        with open(part, "w", encoding="utf-8", opener=private_opener) as out:
            json.dump(folders, out, ensure_ascii=False, indent=1)
        os.replace(part, _path())
    except OSError as exc:
        log.warning("calendar folder not remembered: %s", type(exc).__name__)
