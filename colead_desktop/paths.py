"""Where the app finds its bundled files and keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from colead_desktop.private_files import private_dir

APP_NAME = "CoLEAD Desktop"


def bundle_root() -> Path:
    """The folder holding forms/, resources/ and the migrations: PyInstaller's when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def forms_dir() -> Path:
    return bundle_root() / "forms"


def font_path(name: str = "ipaexg.ttf") -> Path:
    return resources_dir() / "fonts" / name


def data_dir() -> Path:
    """The user's data folder (database, backups, logs); COLEAD_DATA_DIR overrides it.

    Created owner-only (0700); `protect_data_folder` tightens one that an earlier version made 0755.
    """
    override = os.environ.get("COLEAD_DATA_DIR")
    if override:
        folder = Path(override)
    elif sys.platform == "win32":
        folder = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_NAME
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        folder = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "colead-desktop"
    return private_dir(folder)


def backups_dir() -> Path:
    return private_dir(data_dir() / "backups")


def logs_dir() -> Path:
    return private_dir(data_dir() / "logs")

