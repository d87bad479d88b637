"""Bank and branch names by 全銀 code, from the `zengin-code` package's data.

The package reads all of its JSON (about 1,200 banks and their branches, 8 MB) when it is first imported,
which takes a few tenths of a second; it is imported on the first lookup only, so starting the app or
the CLI does not pay for it. A code missing from the data is not proof of a wrong code (banks merge and
open branches after the data was cut), so callers treat "not found" as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from colead_desktop.domain.kana import to_zengin_kana
from colead_desktop.domain.validation import normalise_text


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


@cache
def _banks() -> dict[str, Any]:
    import zengin_code  # loads every bank and branch once; see the module docstring

    banks: dict[str, Any] = zengin_code.Bank.all
    return banks


def bank_info(bank_code: str, branch_code: str = "") -> BankInfo | None:
    """The bank (and branch) of the codes, or None when the bank code is not in the data.

    Names are NFKC-normalised (the data writes 三菱ＵＦＪ); kana is converted to half-width bank kana."""
    bank = _banks().get(bank_code)
    if bank is None:
        return None
    branch = bank.branches.get(branch_code) if branch_code else None
    return BankInfo(bank_name=normalise_text(bank.name), bank_kana=to_zengin_kana(bank.kana),
                    branch_name=normalise_text(branch.name) if branch else "",
                    branch_kana=to_zengin_kana(branch.kana) if branch else "")
