"""Who this computer's user is where the database has no logins (SQLite): one rule for the window, the command
line and the offline copies, so the audit log and the two-person approval name the same person either way."""

from __future__ import annotations

import getpass
import os


def local_login() -> str:
    """COLEAD_USER, else the operating-system login."""
    try:
        return os.environ.get("COLEAD_USER") or getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "colead"
