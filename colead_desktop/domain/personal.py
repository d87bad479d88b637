"""Which record fields are personal contact data or account numbers, and how they show when not asked for.

Names stay visible: they are how a user recognises the record. E-mail addresses, phone numbers and account
numbers show only their last characters unless the user asks for them (`--show-personal`, 表示).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

PERSONAL_FIELDS = frozenset({"email", "phone", "contact_email", "contact_phone", "account_number", "address"})


def mask_number(number: str, visible: int = 3) -> str:
    """'1234567' → '****567': enough to recognise one's own account, not enough to use it."""
    return "****" + number[-visible:] if len(number) > visible else "****"


def shown(name: str, value: Any, reveal: bool = False) -> Any:
    """`value` of field `name` as it may be shown: masked when personal and not revealed."""
    if reveal or name not in PERSONAL_FIELDS or not isinstance(value, str) or not value:
        return value
    return mask_number(value)


def shown_column(name: str, values: Sequence[Any], reveal: bool = False) -> Sequence[Any]:
    """A column of field `name`'s values as `shown` gives each (a listing prints thousands)."""
    if reveal or name not in PERSONAL_FIELDS:
        return values
    return [shown(name, value) for value in values]
