"""Rotating log in the data folder. Personal data (names, bank accounts, addresses) is never passed to it,
and a filter removes what database errors echo of it (see db/scrub.py) from messages and tracebacks."""

from __future__ import annotations

import io
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import cast

from colead_desktop.db.scrub import scrub
from colead_desktop.paths import logs_dir
from colead_desktop.private_files import private_opener


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Opens (and, after each rotation, reopens) the log owner-only: rotation renames keep the mode."""

    def _open(self) -> io.TextIOWrapper:
        # self.mode is a plain str, so typeshed cannot tell that open() returns a text stream here
        return cast(io.TextIOWrapper, open(self.baseFilename, self.mode, encoding=self.encoding,  # noqa: SIM115
                                           errors=self.errors, opener=private_opener))

LOG_NAME = "colead.log"


class ScrubFilter(logging.Filter):
    """Rewrites each record before a handler formats it: the message and the exception text, scrubbed."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)  # formatters reuse exc_text rather than format exc_info again
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def log_file() -> Path:
    return logs_dir() / LOG_NAME


def setup_logging() -> logging.Handler:
    """Log to the data folder's rotating file; calling it again (the CLI per command) keeps one handler."""
    path = log_file()
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler) and h.get_name() == LOG_NAME]:
        if Path(old.baseFilename) == path.resolve():
            return old
        root.removeHandler(old)
        old.close()
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.set_name(LOG_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return handler
