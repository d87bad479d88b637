"""Owner-only modes for what the app keeps in its data folder (protection at rest).

Files are created with their final mode from the start: there is never a moment when another local user
could open the database, a backup, a log or a receipt. Exports are not covered: they follow the umask.
"""

from __future__ import annotations

import logging
import os
import stat
from contextlib import suppress
from pathlib import Path

from colead_desktop.exports.atomic import OWNER_ONLY, remove_stale_parts

log = logging.getLogger(__name__)

PRIVATE_FILE = OWNER_ONLY
PRIVATE_DIR = 0o700


def private_dir(folder: Path) -> Path:
    """Create `folder` owner-only (missing parents get the default mode)."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    return folder


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist; an existing file is not even opened
    (it may be read-only, e.g. a database on a write-protected stick)."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def private_opener(path: str, flags: int) -> int:
    """An `opener` for open(): a file it creates is 0600."""
    return os.open(path, flags, PRIVATE_FILE)


def tighten(folder: Path) -> int:
    """Make `folder` and everything in it owner-only, e.g. what earlier versions created 0755/0644.

    Only entries owned by this user are changed, and symbolic links are never followed (a link planted in
    the folder must not make us chmod its target). Returns how many entries were changed.
    """
    if os.name != "posix":  # Windows keeps the profile folder private through ACLs instead
        return 0
    changed = 0
    entries = [(str(folder), PRIVATE_DIR)]
    for root, dirs, files in os.walk(folder):
        entries += [(os.path.join(root, d), PRIVATE_DIR) for d in dirs]
        entries += [(os.path.join(root, f), PRIVATE_FILE) for f in files]
    for path, wanted in entries:
        with suppress(FileNotFoundError):  # another process (a finishing export) removed it meanwhile
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
                continue
            if stat.S_IMODE(info.st_mode) & 0o077:
                os.chmod(path, stat.S_IMODE(info.st_mode) & wanted)
                changed += 1
    if changed:
        log.info("made %d entries in the data folder owner-only", changed)
    return changed


def protect_data_folder(folder: Path) -> None:
    """At start-up: make the data folder owner-only and remove `.part` files left by killed processes.

    An existing folder is tightened too, not only a new one: the files in it (database, backups,
    receipts) are what needs protecting, and a folder created 0755 by an earlier version would otherwise
    stay readable for good. Only entries this user owns are changed.
    """
    tighten(folder)
    for root, _dirs, _files in os.walk(folder):
        remove_stale_parts(Path(root))
