"""Bank and branch names by 全銀 code, from the `zengin-code` package's data.

Importing the package reads all of its JSON (about 1,200 banks and their branches, 8 MB): a few tenths of a
second. Its data files are read here instead, the bank list on the first lookup and a bank's branches on the
first lookup of that bank, so a 全銀 file (one payer's bank) or a payee check reads a few kilobytes (issue 15).
A code missing from the data is not proof of a wrong code (banks merge and open branches after the data was
cut), so callers treat "not found" as a warning.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from colead_desktop.domain.bank import BankAccount
from colead_desktop.domain.kana import to_zengin_kana
from colead_desktop.domain.normalise import normalise_text


@dataclass(frozen=True)
class BankInfo:
    """Names of a bank and, when its code is known, of a branch; kana as the bank file writes them."""

    bank_name: str
    bank_kana: str
    branch_name: str = ""  # "" when the branch code is not in the data
    branch_kana: str = ""

    @property
    def branch_known(self) -> bool:
        return bool(self.branch_name)


def _data(*path: str) -> dict[str, dict[str, Any]]:
    """One of the package's JSON files (code → name, kana, ...), found without importing the package."""
    spec = importlib.util.find_spec("zengin_code")
    assert spec is not None and spec.submodule_search_locations is not None, "zengin-code is a dependency"
    data = Path(next(iter(spec.submodule_search_locations)), "source-data", "data", *path)
    if not data.exists():  # a bank without branches in the data
        return {}
    loaded: dict[str, dict[str, Any]] = json.loads(data.read_bytes().decode("utf-8") or "{}")
    return loaded


@cache
def _banks() -> dict[str, dict[str, Any]]:
    return _data("banks.json")


@cache
def _branches(bank_code: str) -> dict[str, dict[str, Any]]:
    return _data("branches", f"{bank_code}.json")


def bank_info(bank_code: str, branch_code: str = "") -> BankInfo | None:
    """The bank (and branch) of the codes, or None when the bank code is not in the data.

    Names are NFKC-normalised (the data writes 三菱ＵＦＪ); kana is converted to half-width bank kana."""
    bank = _banks().get(bank_code)
    if bank is None:
        return None
    branch = _branches(bank_code).get(branch_code) if branch_code else None
    return BankInfo(bank_name=normalise_text(bank["name"]), bank_kana=to_zengin_kana(bank["kana"]),
                    branch_name=normalise_text(branch["name"]) if branch else "",
                    branch_kana=to_zengin_kana(branch["kana"]) if branch else "")


def with_directory_names(account: BankAccount) -> BankAccount:
    """The account with the bank's and branch's kana names from the code list where it has none, as the 全銀
    file writes them: 15 bytes each, half-width kana being one byte, so a longer name is cut as banks print it.
    A code not in the list leaves the name blank, which the format allows."""
    if account.bank_name_kana and account.branch_name_kana:
        return account
    info = bank_info(account.bank_code, account.branch_code)
    if info is None:
        return account
    return replace(account, bank_name_kana=account.bank_name_kana or info.bank_kana[:15],
                   branch_name_kana=account.branch_name_kana or info.branch_kana[:15])
