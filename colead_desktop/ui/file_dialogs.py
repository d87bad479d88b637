"""File dialogs that start where the user last put or took that kind of file (issue 17 item 8), else in Documents,
never in the folder the app was started from. Every file dialog of the app goes through here."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from colead_desktop.exports.atomic import remove_stale_parts
from colead_desktop.settings import Settings

FileKind = Literal["pdf", "xlsx", "ics", "csv", "zengin", "roster", "receipt"]
KINDS: tuple[FileKind, ...] = get_args(FileKind)


def kind_of(file_name: str) -> FileKind:
    """The kind of an export from its suggested name's suffix (a Zengin file is .txt: callers say "zengin")."""
    suffix = Path(file_name).suffix.lower().lstrip(".")
    for kind in KINDS:
        if kind == suffix:
            return kind
    raise ValueError(f"no file kind for {file_name!r}")


def documents() -> Path:
    """The user's Documents folder, home if the platform names none or it does not exist: a dialog given a folder
    that does not exist starts in the process's working directory (seen with no ~/Documents)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def start_folder(settings: Settings, kind: FileKind) -> Path:
    """The folder last used for `kind` while it still exists, else Documents."""
    remembered = settings.last_folder(kind)
    return Path(remembered) if remembered and Path(remembered).is_dir() else documents()


def sweep_export_folders(settings: Settings) -> list[Path]:
    """At start: the `.part` files of killed exports removed from the folders files were last saved to (the
    dialog remembers the folder before the export writes into it). The next export into such a folder removes them
    too, but the user may never save there again, and the hidden empty files stayed for good (review14a item 8).
    Only this app's part names whose process is gone (exports/atomic.py)."""
    return [part for folder in sorted({settings.last_folder(kind) for kind in KINDS} - {""})
            for part in remove_stale_parts(Path(folder))]


def _remember(settings: Settings, kind: FileKind, folder: Path) -> None:
    settings.set_last_folder(kind, str(folder))
    settings.sync()


def save_file(parent: QWidget | None, settings: Settings, title: str, file_name: str, pattern: str,
              kind: FileKind | None = None) -> Path | None:
    """Ask where to save `file_name` (its kind from its suffix unless given); None if cancelled."""
    kind = kind or kind_of(file_name)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(settings, kind) / file_name), pattern)
    if not path:
        return None
    _remember(settings, kind, Path(path).parent)
    return Path(path)


def open_file(parent: QWidget | None, settings: Settings, kind: FileKind, title: str, pattern: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings, kind)), pattern)
    if not path:
        return None
    _remember(settings, kind, Path(path).parent)
    return Path(path)


def choose_folder(parent: QWidget | None, settings: Settings, kind: FileKind, title: str) -> Path | None:
    """Ask for a folder to write several files of `kind` into."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder(settings, kind)))
    if not folder:
        return None
    _remember(settings, kind, Path(folder))
    return Path(folder)
