"""Which record fields are personal contact data or account numbers, and how they show when not asked for.

Names stay visible: they are how a user recognises the record. E-mail addresses, phone numbers and account
numbers show only their last characters unless the user asks for them (`--show-personal`, 表示).
"""

from __future__ import annotations

from typing import Any

from colead_desktop.domain.bank import mask_number

PERSONAL_FIELDS = frozenset({"email", "phone", "contact_email", "contact_phone", "account_number", "address"})


def shown(name: str, value: Any, reveal: bool = False) -> Any:
    """`value` of field `name` as it may be shown: masked when personal and not revealed."""
    if reveal or name not in PERSONAL_FIELDS or not isinstance(value, str) or not value:
        return value
    return mask_number(value)
