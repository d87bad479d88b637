"""PostgreSQL tells the other app instances that something changed (issue 16 item 3: LISTEN/NOTIFY).

Every transaction that wrote commits with a NOTIFY on one channel, sent by the app itself on the engine's
commit event rather than by per-table triggers: a table added later notifies without anyone remembering to
add a trigger, and a team login needs no extra right for it. PostgreSQL delivers a notification only when
its transaction commits, and never one from a rolled-back transaction, so listeners hear of stored changes
only. A change made outside the app (psql) is not announced; the window's slow fallback poll catches it.

`ChangeListener` holds one connection of its own in a thread, LISTENs, and calls back on each notice; it
reconnects after the server went away. Plain Python: ui/change_watch.py turns the callback into a Qt signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, event

log = logging.getLogger(__name__)
CHANNEL = "colead_change"
_WROTE = "colead_wrote"  # Connection.info flag: this transaction sent a data-changing statement
_WRITING_VERBS = ("insert", "update", "delete")
RECONNECT_S = 5.0
_WAIT_S = 0.5  # how often the listening thread looks up from its wait to see stop()


def announce_writes(engine: Engine) -> None:
    """Make every committed transaction that wrote on this PostgreSQL engine send one NOTIFY."""
    event.listen(engine, "after_cursor_execute", _note_write)
    event.listen(engine, "commit", _notify_before_commit)
    event.listen(engine, "rollback", _forget_write)


def _note_write(connection: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
    if statement.lstrip()[:6].lower() in _WRITING_VERBS:
        connection.info[_WROTE] = True


def _notify_before_commit(connection: Connection) -> None:
    if connection.info.pop(_WROTE, False):
        # Straight on the driver's cursor: a statement through SQLAlchemy here would re-enter its events.
        cursor = connection.connection.cursor()
        try:
            cursor.execute(f"NOTIFY {CHANNEL}")
        finally:
            cursor.close()


def _forget_write(connection: Connection) -> None:
    connection.info.pop(_WROTE, None)


class ChangeListener:
    """A daemon thread LISTENing on `CHANNEL` over its own connection; `on_notice()` runs in that thread."""

    def __init__(self, engine: Engine, on_notice: Callable[[], None]) -> None:
        self._engine = engine
        self._on_notice = on_notice
        self._stopped = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="colead-change-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=2 * _WAIT_S)

    @property
    def listening(self) -> bool:
        """Connected and listening now; while not (server gone, reconnecting) the window polls instead."""
        return self._listening.is_set()

    def _run(self) -> None:
        while not self._stopped.is_set():
            try:
                self._listen()
            except Exception as exc:  # a server gone or restarted: the class only, the URL may carry a login
                log.info("change listener reconnecting after %s", type(exc).__name__)
            self._listening.clear()
            self._stopped.wait(RECONNECT_S)

    def _listen(self) -> None:
        # A connection of its own, outside the pool: it is held for as long as the listener runs.
        dialect = self._engine.dialect
        cargs, cparams = dialect.create_connect_args(self._engine.url)
        connection = dialect.connect(*cargs, **cparams)
        try:
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            # What was committed while nobody listened (before the start, while the server was away) is
            # announced by no notice: one notice now makes the window compare its mark.
            self._on_notice()
            self._listening.set()
            while not self._stopped.is_set():
                # notifies(timeout=) returns after the timeout so that stop() is seen
                for _notice in connection.notifies(timeout=_WAIT_S):
                    self._on_notice()
        finally:
            connection.close()
