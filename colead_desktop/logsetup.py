"""Rotating log in the data folder. Personal data (bank accounts, addresses) is never passed to it."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from colead_desktop.paths import logs_dir


def setup_logging() -> logging.Handler:
    handler = RotatingFileHandler(logs_dir() / "colead.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return handler
