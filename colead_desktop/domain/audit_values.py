"""What one entry of the payments audit log holds (when, who, entity, field, old, new), as plain values.

The services add entries through their session (services/payment_audit.py) and the 全銀 file's 再作成 writes
them as SQL text (db/run_file_sql.py), possibly without SQLAlchemy: both take the values from here, so the
author check, the time and the masking of account numbers are the same whichever way an entry is written.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from colead_desktop.domain.clock import stored_now
from colead_desktop.domain.personal import mask_number
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg

CONTACT_TAILS = ("address", "email", "phone")  # field names ending so hold contact details (lab_address, contact_phone)
ADDRESS_SHOWN = 3  # characters of an address kept: about the prefecture, enough to tell two apart


def display(field: str, value: object) -> str | None:
    if value is None:
        return None
    if field == "account_number":
        return mask_number(str(value)) if value else ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def without_contact(field: str, value: object) -> object:
    """The value with an address, e-mail address or phone number masked (「三重県****」, "****678")."""
    if not (field.endswith(CONTACT_TAILS) and value):
        return value
    text = str(value)
    return text[:ADDRESS_SHOWN] + "****" if field.endswith("address") else mask_number(text)


def audit_values(who: str, entity: str, entity_id: int | None, field: str, old: object,
                 new: object) -> dict[str, Any]:
    """The columns of the entry recording that `who` changed `field` of `entity` `entity_id` from `old` to `new`
    now; refused without an author."""
    if not who.strip():
        raise InputError(msg("変更者の名前を設定してください（設定 → ユーザー名）",
                             "Set your name first (Settings → user name)"))
    return {"at": stored_now(), "who": who, "entity": entity, "entity_id": entity_id,
            "field": field, "old": display(field, old), "new": display(field, new)}


def recorded_fields(values: dict[str, Any]) -> dict[str, Any]:
    """The fields the log records when a row is created or deleted: those with a value."""
    return {field: value for field, value in values.items() if value not in (None, "")}
