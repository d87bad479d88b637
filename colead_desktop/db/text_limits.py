"""Text lengths checked against the column sizes before every flush, so SQLite refuses what PostgreSQL would.

SQLite ignores the n of VARCHAR(n); PostgreSQL refuses a longer value. Without this check a database
filled on SQLite might not move to PostgreSQL. Python's len() and PostgreSQL's VARCHAR both count
characters (code points), not bytes, so the limit means the same on both.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import chain
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import ColumnProperty, Session, sessionmaker

from colead_desktop.db.base import Base
from colead_desktop.domain.errors import ValidationFailed
from colead_desktop.domain.i18n import msg


@cache
def _limits(model: type[Base]) -> tuple[tuple[str, int], ...]:
    """(attribute, length) of the model's sized string columns."""
    attributes: Iterable[ColumnProperty[Any]] = inspect(model).column_attrs
    return tuple((attribute.key, column.type.length)
                 for attribute in attributes
                 for column in attribute.columns
                 if isinstance(column.type, String) and column.type.length is not None)


def _too_long(row: Base) -> dict[str, str]:
    """{attribute: message} for each text value of `row` longer than its column allows."""
    values = vars(row)  # only what is loaded or set: checking must not load expired attributes
    return {key: msg("{n} 文字以内にしてください（{m} 文字あります）", "must be at most {n} characters (it has {m})",
                     n=limit, m=len(value))
            for key, limit in _limits(type(row))
            if isinstance(value := values.get(key), str) and len(value) > limit}


def _check_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for row in chain(session.new, session.dirty):
        errors = _too_long(row)
        if errors:
            raise ValidationFailed(errors)  # keyed by attribute, which is the record's field name


def install(sessions: sessionmaker[Session]) -> None:
    """Check every flush of sessions made by `sessions`."""
    event.listen(sessions, "before_flush", _check_before_flush)
