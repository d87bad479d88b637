"""Rotating log in the data folder. Personal data (bank accounts, addresses) is never passed to it."""

from __future__ import annotations

import io
import logging
from logging.handlers import RotatingFileHandler
from typing import cast

from colead_desktop.paths import logs_dir
from colead_desktop.private_files import private_opener


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Opens (and, after each rotation, reopens) the log owner-only: rotation renames keep the mode."""

    def _open(self) -> io.TextIOWrapper:
        # self.mode is a plain str, so typeshed cannot tell that open() returns a text stream here
        return cast(io.TextIOWrapper, open(self.baseFilename, self.mode, encoding=self.encoding,  # noqa: SIM115
                                           errors=self.errors, opener=private_opener))


def setup_logging() -> logging.Handler:
    handler = PrivateRotatingFileHandler(logs_dir() / "colead.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return handler
