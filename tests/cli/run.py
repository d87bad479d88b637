"""`colead ...` run in this process, answering like `subprocess.run` so tests read the same either way.

A new Python process per command costs a second or two of imports; most CLI tests check what a command prints
and writes, not the process, so they call `cli.main` here. The environment is this process's (tests set it with
monkeypatch, as the subprocess would have inherited it). What a real process would start afresh is put back after
each call: the message language, the root logger's handlers and level, and the encryption keys (none during the
call, as in a new process; this process's own ones after it).
The few tests about the process itself (exit on a closed pipe, concurrent starts, the bundle's entry point) keep
spawning `python -m colead_desktop.cli`.
"""

from __future__ import annotations

import contextlib
import io
import logging
import subprocess
import sys
from collections.abc import Iterator

from colead_desktop import cli
from colead_desktop.db import encryption
from colead_desktop.domain.i18n import language, set_language


def colead(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    """`colead ARGS` with `stdin` (text or bytes; none is an empty stream, never a terminal) as its input."""
    raw = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
    out, err = io.StringIO(), io.StringIO()
    root = logging.getLogger()
    handlers, level, previous_language = list(root.handlers), root.level, language()
    keys = dict(encryption._keys)
    encryption._keys.clear()  # a new process knows no key but COLEAD_DB_KEY's or a prompt's
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
                _replaced_stdin(io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")):
            try:
                code = cli.main(list(args))
            except SystemExit as exit_:  # argparse on a bad command line: usage on stderr, exit 2
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:  # the log file the command opened
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
        set_language(previous_language)
        encryption._keys.clear()
        encryption._keys.update(keys)
    return subprocess.CompletedProcess(["colead", *args], code, out.getvalue(), err.getvalue())


@contextlib.contextmanager
def _replaced_stdin(stream: io.TextIOWrapper) -> Iterator[io.TextIOWrapper]:
    previous, sys.stdin = sys.stdin, stream
    try:
        yield stream
    finally:
        sys.stdin = previous
