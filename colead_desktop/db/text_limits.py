"""Text lengths checked against the column sizes before every flush, so SQLite refuses what PostgreSQL would.

SQLite ignores the n of VARCHAR(n); PostgreSQL refuses a longer value. Without this check a database
filled on SQLite might not move to PostgreSQL. The rule itself is domain/text_lengths.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import ColumnProperty, Session, sessionmaker

from colead_desktop.db.base import Base
from colead_desktop.domain.text_lengths import check_lengths


@cache
def column_limits(model: type[Base]) -> tuple[tuple[str, int], ...]:
    """(attribute, length) of the model's sized string columns (an attribute is named as the record's field)."""
    attributes: Iterable[ColumnProperty[Any]] = inspect(model).column_attrs
    return tuple((attribute.key, column.type.length)
                 for attribute in attributes
                 for column in attribute.columns
                 if isinstance(column.type, String) and column.type.length is not None)


def _check(row: Base, new: bool) -> None:
    # only what is loaded or set (vars): checking must not load expired attributes; keyed by attribute, which
    # is the record's field name. A changed row only by what this flush changes: a text an older version stored
    # too long (before this check) is let be, so saving the row's other columns (a talent's region wishes when a
    # meetup is re-planned) is not refused for it.
    values = vars(row)
    if not new:
        state = inspect(row)
        values = {key: value for key, value in values.items()
                  if key in state.attrs and state.attrs[key].history.has_changes()}
    check_lengths(values, column_limits(type(row)))


def _check_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for row in session.new:
        _check(row, True)
    for row in session.dirty:
        _check(row, False)


def install(sessions: sessionmaker[Session]) -> None:
    """Check every flush of sessions made by `sessions`."""
    event.listen(sessions, "before_flush", _check_before_flush)
