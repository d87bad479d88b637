"""Who this computer's user is where the database has no logins (SQLite): one rule for the window, the command
line and the offline copies, so the audit log and the two-person approval name the same person either way."""

from __future__ import annotations

import functools
import getpass
import os


def local_login() -> str:
    """COLEAD_USER, else the operating-system login."""
    return os.environ.get("COLEAD_USER") or _system_login()


@functools.cache
def _system_login() -> str:
    """Looked up once: it cannot change while the process runs, and the lookup (the password database) cost a
    page 20 ms of the GUI thread each time it was built."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "colead"
