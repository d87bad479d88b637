"""Which record fields are personal contact data or account numbers, and how they show when not asked for.

Names stay visible: they are how a user recognises the record. E-mail addresses, phone numbers and account
numbers show only their last characters unless the user asks for them (`--show-personal`, 表示).
"""

from __future__ import annotations

from typing import Any

PERSONAL_FIELDS = frozenset({"email", "phone", "contact_email", "contact_phone", "account_number", "address"})
_MASK = "****"
_VISIBLE = 3


def mask_number(number: str, visible: int = _VISIBLE) -> str:
    """'1234567' → '****567': enough to recognise one's own account, not enough to use it."""
    return _MASK + number[-visible:] if len(number) > visible else _MASK


def shown(name: str, value: Any, reveal: bool = False) -> Any:
    """`value` of field `name` as it may be shown: masked when personal and not revealed."""
    if reveal or name not in PERSONAL_FIELDS or not isinstance(value, str) or not value:
        return value
    return mask_number(value)


def shown_sql(name: str, column: str, reveal: bool = False) -> str:
    """`shown` as an SQLite expression over `column`, the SQL of field `name`: a listing of thousands built in
    SQL (db/shared_reads.py) masks there, since a Python function called per value would double its time. SQLite's
    length and substr count characters, as len and slicing do."""
    if reveal or name not in PERSONAL_FIELDS:
        return column
    return (f"CASE WHEN typeof({column}) != 'text' OR {column} = '' THEN {column}"
            f" WHEN length({column}) > {_VISIBLE} THEN '{_MASK}' || substr({column}, -{_VISIBLE}) ELSE '{_MASK}' END")


def shown_fields(record: Any, reveal: bool = False) -> dict[str, Any]:
    """A record's (a dataclass's) fields by name, each as `shown` gives it."""
    from dataclasses import fields  # here: `colead list talents` imports this module but must not import dataclasses

    return {f.name: shown(f.name, getattr(record, f.name), reveal) for f in fields(record)}
