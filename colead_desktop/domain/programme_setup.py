"""What a secretariat sets up for a programme (a fiscal year): the programme itself, the payer and its bank
file identity (全銀 振込依頼人), and the regions with their labs.

The wizard (新しいプログラム…), プログラム設定, `colead programme create FILE.json` and 次年度を作成… all build
and check these same values, so the rules for them live here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from colead_desktop.domain.bank import AccountType


@dataclass(frozen=True)
class ZenginRequester:
    """The payer's identity in a 全銀 総合振込 file and the account the transfers are paid from.

    The account number is personal-grade data of the payer: kept out of repr like a payee's account."""

    requester_code: str = ""  # 10 digits, given by the bank (委託者コード)
    requester_kana: str = ""  # 振込依頼人名, bank kana
    bank_code: str = ""  # 4 digits
    branch_code: str = ""  # 3 digits
    account_type: AccountType = AccountType.ORDINARY
    account_number: str = field(default="", repr=False)  # up to 7 digits


@dataclass(frozen=True)
class PayerSetup:
    """The secretariat as it is printed on every statement (支払者) and the 支払調書."""

    name: str = ""
    address: str = ""
    phone: str = ""
    project_name: str = ""  # 事業名
    contract_no: str = ""  # optional
    invoice_no: str = ""  # 適格請求書発行事業者登録番号: "" or T + 13 digits
    zengin: ZenginRequester = ZenginRequester()


@dataclass(frozen=True)
class RegionSetup:
    """A region taking part, with its local IoT lab."""

    name: str
    prefecture: str = ""
    lab: str = ""  # the lab's name
    lab_contact: str = ""  # the lab's contact person
    lab_address: str = ""


@dataclass(frozen=True)
class ProgrammeSetup:
    name: str
    fiscal_year: int
    start: date
    end: date
    sponsor: str = ""  # e.g. 経済産業省
    payer: PayerSetup = PayerSetup()
    regions: tuple[RegionSetup, ...] = ()
