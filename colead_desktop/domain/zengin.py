"""全銀協 総合振込 records (種別コード 21): build them byte-exact and read them back.

One layout table per record type drives both the writer and the parser, so the two cannot drift
apart; the tests check byte positions against payments-japan.md §2.3 independently of it.
N fields are right-justified and zero-filled, C fields left-justified and space-filled; every
record is exactly 120 bytes of cp932 (JIS X 0201 half-width kana), followed by CR LF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from colead_desktop.domain.bank import BankAccount
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.jp_calendar import is_bank_business_day, next_bank_business_day
from colead_desktop.domain.kana import holder_kana

RECORD_BYTES = 120
MAX_AMOUNT_YEN = 9_999_999_999

Layout = tuple[tuple[str, int, str], ...]
"""(field name, length in bytes, 'N' or 'C'), in file order."""

HEADER: Layout = (("data_type", 1, "N"), ("kind", 2, "N"), ("code_type", 1, "N"),
                  ("requester_code", 10, "N"), ("requester_name", 40, "C"),
                  ("transfer_date", 4, "N"), ("bank_code", 4, "N"), ("bank_name", 15, "C"),
                  ("branch_code", 3, "N"), ("branch_name", 15, "C"), ("account_type", 1, "N"),
                  ("account_number", 7, "N"), ("dummy", 17, "C"))
DATA: Layout = (("data_type", 1, "N"), ("bank_code", 4, "N"), ("bank_name", 15, "C"),
                ("branch_code", 3, "N"), ("branch_name", 15, "C"), ("clearing_house", 4, "N"),
                ("account_type", 1, "N"), ("account_number", 7, "N"), ("holder_name", 30, "C"),
                ("amount", 10, "N"), ("new_code", 1, "N"), ("customer_code1", 10, "C"),
                ("customer_code2", 10, "C"), ("transfer_kind", 1, "C"), ("edi_flag", 1, "C"),
                ("dummy", 7, "C"))
TRAILER: Layout = (("data_type", 1, "N"), ("count", 6, "N"), ("total", 12, "N"),
                   ("dummy", 101, "C"))
END: Layout = (("data_type", 1, "N"), ("dummy", 119, "C"))
LAYOUTS: dict[str, Layout] = {"1": HEADER, "2": DATA, "8": TRAILER, "9": END}


@dataclass(frozen=True)
class Originator:
    """The payer's (振込依頼人) account and the 委託者コード the bank assigned."""

    requester_code: str
    name_kana: str
    account: BankAccount = field(repr=False)


@dataclass(frozen=True)
class Transfer:
    payee_id: str
    account: BankAccount = field(repr=False)
    amount_yen: int
    customer_code: str = ""
    customer_code2: str = ""


def _field(value: str, length: int, kind: str) -> bytes:
    raw = value.encode("cp932")
    if len(raw) > length or (kind == "N" and not (value.isascii() and value.isdigit())):
        raise ValueError(f"field does not fit {kind}({length})")
    return raw.rjust(length, b"0") if kind == "N" else raw.ljust(length, b" ")


def build_record(layout: Layout, values: dict[str, str]) -> bytes:
    """One record; fields missing from `values` are blank (C) or zero (N), dummies are spaces."""
    record = b"".join(_field(values.get(name, ""), length, kind) if values.get(name, "")
                      else (b" " if kind == "C" else b"0") * length
                      for name, length, kind in layout)
    assert len(record) == RECORD_BYTES
    return record


def check_transfer_date(day: date) -> None:
    if not is_bank_business_day(day):
        raise InputError(msg("振込指定日 {day} は銀行休業日です。次の営業日は {next} です",
                             "The transfer date {day} is a bank holiday; the next business day is {next}",
                             day=day.isoformat(), next=next_bank_business_day(day).isoformat()))


def _data_record(transfer: Transfer) -> bytes:
    if isinstance(transfer.amount_yen, bool) or not 0 < transfer.amount_yen <= MAX_AMOUNT_YEN:
        raise InputError(msg("受取人 {id} の振込金額 {a} 円は1円以上・10桁以内にしてください",
                             "Payee {id}: the transfer amount ¥{a} must be 1 yen or more and at most 10 digits",
                             id=transfer.payee_id, a=transfer.amount_yen))
    account = transfer.account
    for code in (transfer.customer_code, transfer.customer_code2):
        if code and not (code.isascii() and code.isdigit() and len(code) <= 10):
            raise InputError(msg("受取人 {id} の顧客コードは10桁以内の数字にしてください",
                                 "Payee {id}: the customer code must be at most 10 digits",
                                 id=transfer.payee_id))
    return build_record(DATA, {
        "data_type": "2", "bank_code": account.bank_code, "bank_name": account.bank_name_kana,
        "branch_code": account.branch_code, "branch_name": account.branch_name_kana,
        "account_type": account.account_type.zengin_code, "account_number": account.number,
        "holder_name": holder_kana(account.holder_kana, transfer.payee_id),
        "amount": str(transfer.amount_yen), "new_code": "0",
        "customer_code1": transfer.customer_code, "customer_code2": transfer.customer_code2})


def build_file(originator: Originator, transfers: Sequence[Transfer], transfer_date: date) -> bytes:
    """The whole 総合振込 file: header, one data record per transfer, trailer, end; CR LF after each."""
    check_transfer_date(transfer_date)
    if not transfers:
        raise InputError(msg("振込データがありません", "There are no transfers to write"))
    origin = originator.account
    if not (originator.requester_code.isascii() and originator.requester_code.isdigit()
            and len(originator.requester_code) <= 10):
        raise InputError(msg("振込依頼人コードは10桁以内の数字にしてください",
                             "The requester code must be at most 10 digits"))
    header = build_record(HEADER, {
        "data_type": "1", "kind": "21", "code_type": "0",
        "requester_code": originator.requester_code,
        "requester_name": holder_kana(originator.name_kana, msg("振込依頼人", "requester"), 40),
        "transfer_date": transfer_date.strftime("%m%d"), "bank_code": origin.bank_code,
        "bank_name": origin.bank_name_kana, "branch_code": origin.branch_code,
        "branch_name": origin.branch_name_kana, "account_type": origin.account_type.zengin_code,
        "account_number": origin.number})
    records = [header] + [_data_record(t) for t in transfers]
    total = sum(t.amount_yen for t in transfers)
    if total >= 10 ** 12 or len(transfers) >= 10 ** 6:
        raise InputError(msg("合計件数または合計金額が桁数を超えています",
                             "Too many transfers or too large a total for one file"))
    records.append(build_record(TRAILER, {"data_type": "8", "count": str(len(transfers)),
                                          "total": str(total)}))
    records.append(build_record(END, {"data_type": "9"}))
    return b"".join(record + b"\r\n" for record in records)


def parse_record(record: bytes) -> dict[str, str]:
    """Split one 120-byte record into its named fields (text decoded, padding kept)."""
    if len(record) != RECORD_BYTES:
        raise InputError(msg("レコード長が120バイトではありません（{n}バイト）",
                             "A record is not 120 bytes long ({n} bytes)", n=len(record)))
    layout = LAYOUTS.get(record[:1].decode("ascii", "replace"))
    if layout is None:
        raise InputError(msg("不明なデータ区分です: {k}", "Unknown record type: {k}", k=record[:1]))
    fields, pos = {}, 0
    for name, length, _ in layout:
        fields[name] = record[pos:pos + length].decode("cp932")
        pos += length
    return fields


def parse_file(data: bytes) -> list[dict[str, str]]:
    """Read a file written by `build_file` (or a bank) back into records of named fields."""
    if not data.endswith(b"\r\n"):
        raise InputError(msg("ファイルが CR LF で終わっていません", "The file does not end with CR LF"))
    return [parse_record(line) for line in data[:-2].split(b"\r\n")]
