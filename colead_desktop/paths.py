"""Where the app finds its bundled files and keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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
    """The user's data folder (database, backups, logs, attachments); COLEAD_DATA_DIR overrides it."""
    override = os.environ.get("COLEAD_DATA_DIR")
    if override:
        folder = Path(override)
    elif sys.platform == "win32":
        folder = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_NAME
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        folder = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "colead-desktop"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backups_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(exist_ok=True)
    return folder


def logs_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(exist_ok=True)
    return folder


def attachments_dir() -> Path:
    folder = data_dir() / "attachments"
    folder.mkdir(exist_ok=True)
    return folder
