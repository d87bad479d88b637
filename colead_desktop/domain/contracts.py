"""NDAs and rights agreements per talent–SME pair (issue 19 item 6), and the rule that business-model work is
paid only under a signed one.

In FY2021 the secretariat handled, for every pair, a non-disclosure agreement and an agreement on who owns what
the talent makes (権利帰属). A contract is sent, signed (by named signatories) and may expire. Work for an SME
(企業支援・打合せ・報告 days in payments) is covered on a day when the talent has a pair that got as far as
NDA締結 (NDA signed, active, or since ended) with an NDA in force that day, with that SME when the day names one.
Plain Python: the services store contracts, the payments page and the statement check ask `uncovered_days`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from colead_desktop.domain.attachments import check_attachment, sha256_hex
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.matching import PairStatus
from colead_desktop.domain.types import LabelledEnum

EXPIRY_WARNING = timedelta(days=30)  # a signed contract ending within this is listed as expiring
# The pair statuses in which a signed NDA covers the pair's work: signed, working, and (for earlier days) ended.
COVERING_STATUSES = frozenset({PairStatus.NDA, PairStatus.ACTIVE, PairStatus.ENDED})
# A pair agreed on needs an NDA before work starts.
NEEDS_NDA = frozenset({PairStatus.AGREED, PairStatus.NDA, PairStatus.ACTIVE})
WORK_ACTIVITIES = frozenset({"support", "meeting", "report"})  # payment work days that are work for an SME


class ContractKind(LabelledEnum):
    NDA = "nda"
    RIGHTS = "rights"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"nda": ("秘密保持契約（NDA）", "Non-disclosure agreement"),
                "rights": ("権利帰属契約", "Rights agreement")}


class ContractState(LabelledEnum):
    UNSENT = "unsent"
    AWAITING = "awaiting"
    SIGNED = "signed"
    EXPIRING = "expiring"
    EXPIRED = "expired"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"unsent": ("未送付", "Not sent"), "awaiting": ("署名待ち", "Awaiting signature"),
                "signed": ("締結済み", "Signed"), "expiring": ("期限間近", "Expiring soon"),
                "expired": ("期限切れ", "Expired")}


@dataclass(frozen=True)
class Contract:
    id: int | None
    pair_id: int
    kind: ContractKind
    sent_on: date | None = None
    signed_on: date | None = None
    expires_on: date | None = None
    signatories: str = ""  # who signed, on both sides, as written on the document
    document_sha256: str | None = None  # the signed PDF in the attachment store
    note: str = ""
    version: int = field(default=0, compare=False)


def contract_problems(contract: Contract, today: date) -> dict[str, str]:
    """Field → message for a contract that cannot be stored as it is. `today` is Tokyo's: a contract is not
    signed on a day still to come (it would count as 締結済み, and cover work, before anyone signed)."""
    problems: dict[str, str] = {}
    if contract.signed_on is not None:
        if contract.sent_on is not None and contract.signed_on < contract.sent_on:
            problems["signed_on"] = msg("締結日が送付日より前です", "The signing date is before the sending date")
        if contract.signed_on > today:
            problems["signed_on"] = msg("締結日 {day} が今日（{today}）より後です。署名した日を入力してください",
                                        "The signing date {day} is after today ({today}): enter the day it was signed",
                                        day=contract.signed_on.isoformat(), today=today.isoformat())
        if not contract.signatories.strip():
            problems["signatories"] = msg("締結した契約には署名者を入力してください",
                                          "Enter the signatories of a signed contract")
    if contract.expires_on is not None:
        start = contract.signed_on or contract.sent_on
        if start is not None and contract.expires_on <= start:
            problems["expires_on"] = msg("期限が締結日（送付日）より後ではありません",
                                         "The expiry date is not after the signing (sending) date")
    if contract.document_sha256 is not None and contract.signed_on is None:
        problems["signed_on"] = msg("署名済みPDFを添付した契約には締結日を入力してください",
                                    "Enter the signing date of a contract with a signed PDF")
    return problems


def check_signed_document(data: bytes, file_name: str) -> str:
    """The SHA-256 of a signed contract's file; InputError naming it unless it is an acceptable PDF."""
    if check_attachment(data, file_name) != "application/pdf":
        raise InputError(msg("署名済みの契約書は PDF で添付してください（{name}）",
                             "Attach the signed contract as a PDF ({name})", name=file_name))
    return sha256_hex(data)


def in_force(contract: Contract, day: date) -> bool:
    return (contract.signed_on is not None and contract.signed_on <= day
            and (contract.expires_on is None or day <= contract.expires_on))


def state_of(contract: Contract, today: date) -> ContractState:
    if contract.signed_on is None:
        return ContractState.AWAITING if contract.sent_on is not None else ContractState.UNSENT
    if contract.expires_on is not None and contract.expires_on < today:
        return ContractState.EXPIRED
    if contract.expires_on is not None and contract.expires_on - today <= EXPIRY_WARNING:
        return ContractState.EXPIRING
    return ContractState.SIGNED


def needs_attention(contract: Contract, today: date) -> bool:
    """Listed on the dashboard: waiting to be sent or signed, expiring soon, or expired."""
    return state_of(contract, today) is not ContractState.SIGNED


@dataclass(frozen=True)
class Pair:
    id: int
    talent_id: int
    company_id: int
    status: PairStatus


@dataclass(frozen=True)
class WorkDay:
    id: int
    talent_id: int
    day: date
    activity: str
    company_id: int | None


def covered(work: WorkDay, pairs: Iterable[Pair], contracts: Sequence[Contract]) -> bool:
    """Whether a work day is done under a signed NDA in force that day, on a pair that got that far."""
    if work.activity not in WORK_ACTIVITIES:
        return True
    for pair in pairs:
        if (pair.talent_id == work.talent_id and pair.status in COVERING_STATUSES
                and work.company_id in (None, pair.company_id)
                and any(c.pair_id == pair.id and c.kind is ContractKind.NDA and in_force(c, work.day)
                        for c in contracts)):
            return True
    return False


def uncovered_days(work_days: Iterable[WorkDay], pairs: Sequence[Pair], contracts: Sequence[Contract]) -> list[WorkDay]:
    """The work days paid for work no signed NDA covers: a warning on the record and on the statement check."""
    return [work for work in work_days if not covered(work, pairs, contracts)]


def uncovered_warning(work: WorkDay) -> str:
    return msg("{day} の作業日: 署名済みNDAのある企業とのペアがありません",
               "Work day {day}: no pair with an SME under a signed NDA", day=work.day.isoformat())
