"""Text too long for its column, as PostgreSQL's VARCHAR(n) would refuse it and SQLite would not (db/text_limits.py
checks every flush of a session with this; SQL written as text checks its values with it too)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from colead_desktop.domain.errors import ValidationFailed
from colead_desktop.domain.i18n import msg

MAX_REASON = 2000
"""Characters of a reason typed for a decision or a correction (判定の理由, 訂正の理由): a paragraph, not a document."""


def too_long(values: Mapping[str, object], limits: Iterable[tuple[str, int]]) -> dict[str, str]:
    """{field: message} for each text value longer than its (field, length) limit allows. Python's len() and
    PostgreSQL's VARCHAR both count characters (code points), so the limit means the same on both."""
    return {key: msg("{n} 文字以内にしてください（{m} 文字あります）", "must be at most {n} characters (it has {m})",
                     n=limit, m=len(value))
            for key, limit in limits
            if isinstance(value := values.get(key), str) and len(value) > limit}


def check_lengths(values: Mapping[str, object], limits: Iterable[tuple[str, int]]) -> None:
    """Refuse values too long for their columns, each keyed by its field."""
    errors = too_long(values, limits)
    if errors:
        raise ValidationFailed(errors)
