"""Which programme is current, per user and per database: the one place that stores the choice.

The GUI (through Settings) and the command line (`colead programme use`) share it, so the CLI stays free of
Qt. The file is a small JSON object in the data folder, keyed by the database without its password (the
SQLite file's absolute path, or the server URL with the password hidden).
"""

from __future__ import annotations

import os
from pathlib import Path

from colead_desktop.paths import data_dir
from colead_desktop.private_files import private_opener

FILE_NAME = "current_programme.json"


def _path() -> Path:
    return data_dir() / FILE_NAME


def database_key(database_url: str) -> str:
    from colead_desktop.db.plain import default_url, plain_sqlite_file

    url = database_url or default_url()
    db_file = plain_sqlite_file(url)
    if db_file is not None:  # a plain file's URL needs no SQLAlchemy: `colead list talents` imports none
        return str(db_file.resolve())
    # sqlalchemy (URL parsing) on first use: Settings imports this module before the start window is shown
    from colead_desktop.db.engine import parse_url, sqlite_path

    db_file = sqlite_path(url)
    return str(db_file.resolve()) if db_file is not None else parse_url(url).render_as_string(hide_password=True)


def _read() -> dict[str, int]:
    import json  # here, as in the write: Settings imports this module before the start window paints (3 ms)

    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none chosen yet, or a damaged file: the newest programme is used instead
        return {}
    return {k: v for k, v in data.items() if isinstance(v, int)} if isinstance(data, dict) else {}


def current_programme(database_url: str) -> int | None:
    """The programme chosen last for this database ("" names the default file), or None."""
    return _read().get(database_key(database_url))


def set_current_programme(database_url: str, programme_id: int) -> None:
    import json

    choices = {**_read(), database_key(database_url): programme_id}
    part = _path().with_name(FILE_NAME + ".part")
    with open(part, "w", encoding="utf-8", opener=private_opener) as out:
        json.dump(choices, out, ensure_ascii=False, indent=1)
    os.replace(part, _path())  # a crash leaves the old choices whole
