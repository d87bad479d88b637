"""The fingerprint of what a payment statement was computed from, so approval can tell a stale draft.

A draft stores the SHA-256 of a canonical serialisation of its inputs: the payee's records and details
(PayeeInput), the policy with its dated rates, and the bank fee the payee bears. Approval recomputes it
from the current data; any difference means the records changed after the draft was computed, and the
approved figures would leave the change out. Records are a set (their order in the database means
nothing), so they are sorted before hashing; everything else keeps its order.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payments import PayeeInput, PaymentPolicy

JsonValue = None | bool | int | str | list["JsonValue"] | dict[str, "JsonValue"]


def _plain(value: object) -> JsonValue:
    """A JSON-able form of a domain value: dataclasses by field name, enums by value, dates ISO."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return _plain(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    raise TypeError(f"no canonical form for {type(value).__name__}")


def _canonical(value: JsonValue) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _as_set(values: JsonValue) -> list[JsonValue]:
    assert isinstance(values, list)
    return sorted(values, key=_canonical)


def inputs_fingerprint(payee: PayeeInput, policy: PaymentPolicy, fee_yen: int, prior_honorarium_yen: int = 0) -> str:
    """SHA-256 (hex) of the statement inputs; equal inputs give equal fingerprints, whatever the record order."""
    plain_payee = _plain(payee)
    assert isinstance(plain_payee, dict)
    for records in ("tour_days", "work_days", "expenses"):
        plain_payee[records] = _as_set(plain_payee[records])
    data: dict[str, JsonValue] = {"payee": plain_payee, "policy": _plain(policy), "fee_yen": fee_yen}
    if prior_honorarium_yen:  # absent when nothing was paid before, so earlier fingerprints stay valid
        data["prior_honorarium_yen"] = prior_honorarium_yen
    return hashlib.sha256(_canonical(data).encode("utf-8")).hexdigest()


def check_current(stored: str | None, current: str) -> None:
    """Refuse approval unless the draft was computed from exactly the current inputs. A draft without a
    fingerprint (computed before fingerprints were stored) counts as stale: it must be recomputed."""
    if stored is None or stored != current:
        raise InputError(msg("明細書の作成後に記録が変更されました。明細書を作り直してから承認してください。",
                             "The records changed after this statement was computed. "
                             "Recompute the statement before approving it."))
