"""Typed facade over the user's settings (an INI file in the data folder); widgets never touch QSettings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from colead_desktop import programme_choice
from colead_desktop.local_user import local_login
from colead_desktop.paths import data_dir
from colead_desktop.private_files import create_private_file


class ListView(NamedTuple):
    """How the user left a list: the column sorted on, the direction, and each column's width in pixels. (A named
    tuple: the start reads the settings before its first paint, and importing dataclasses cost that 2 ms.)"""

    sort_column: int
    descending: bool
    widths: tuple[int, ...]


class Settings:
    def __init__(self) -> None:
        path = data_dir() / "settings.ini"
        # owner-only (a database URL may carry a password); QSettings keeps an existing file's mode on save
        create_private_file(path)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def _str(self, key: str, default: str) -> str:
        value = self._store.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        value = self._str("ui/language", "ja")
        return value if value in ("ja", "en") else "ja"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def user_name(self) -> str:
        """Who the audit log says made a change; defaults to COLEAD_USER, else the login, as on the command line."""
        return self._str("ui/user_name", "") or local_login()

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._store.setValue("ui/user_name", value)

    @property
    def last_page(self) -> str:
        return self._str("window/last_page", "dashboard")

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._store.setValue("window/last_page", value)

    def selected_records(self, key: str) -> list[int]:
        """The ids of the records last selected on list `key` (a record kind): every row of a selection of several
        (an older setting holds one id)."""
        value = self._str(f"window/selected/{key}", "")
        return [int(part) for part in value.split(",") if part.isdigit()]

    def set_selected_records(self, key: str, record_ids: Sequence[int]) -> None:
        self._store.setValue(f"window/selected/{key}", ",".join(map(str, record_ids)))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    def last_folder(self, kind: str) -> str:
        """The folder a file of `kind` (pdf, xlsx, ics, csv, zengin, roster, receipt) was last saved to or opened
        from; empty if none yet (ui/file_dialogs.py)."""
        return self._str(f"files/last_folder_{kind}", "")

    def set_last_folder(self, kind: str, folder: str) -> None:
        self._store.setValue(f"files/last_folder_{kind}", folder)

    def list_view(self, key: str) -> ListView | None:
        """The sort and column widths last used on list `key` (a record kind), or None if never changed."""
        column, order, widths = (self._str(f"lists/{key}/{name}", "") for name in ("sort_column", "order", "widths"))
        try:
            return ListView(int(column), order == "descending", tuple(int(w) for w in widths.split()))
        except ValueError:  # never saved, or edited by hand into something else: the list's defaults
            return None

    def set_list_view(self, key: str, view: ListView) -> None:
        self._store.setValue(f"lists/{key}/sort_column", str(view.sort_column))
        self._store.setValue(f"lists/{key}/order", "descending" if view.descending else "ascending")
        self._store.setValue(f"lists/{key}/widths", " ".join(str(w) for w in view.widths))

    @property
    def database_url(self) -> str:
        """The database last opened with File > Open; empty means the default file."""
        return self._str("files/database_url", "")

    @database_url.setter
    def database_url(self, value: str) -> None:
        self._store.setValue("files/database_url", value)

    def current_programme(self, database_url: str) -> int | None:
        """The programme last shown for this database; kept by programme_choice, which the CLI shares."""
        return programme_choice.current_programme(database_url)

    def set_current_programme(self, database_url: str, programme_id: int) -> None:
        programme_choice.set_current_programme(database_url, programme_id)

    def sync(self) -> None:
        self._store.sync()
