"""Which programmes a payer's tax documents add up (支払調書, 所得税徴収高計算書), and which statements paid anything.

The 支払調書 and the monthly withholding return are the PAYER's, per calendar year and month (payments-japan.md
§1.5, §1.6), while a programme is a fiscal year: January–March belong to the previous year's programme, and the
next year's programme (次年度を作成) may already pay in December. So a document made from one programme gathers every
programme of the same payer, and the same person across them is the same talent record (次年度を作成 with talents
keeps it, and the statements' payee id is the talent's id).

Same payer: the 適格請求書 registration number (T + the 13-digit 法人番号) identifies a payer, so when both programmes
have one they are the same payer exactly when the numbers are equal, whatever the names (a renamed ministry office
keeps its number). When either lacks one, the payer's name decides (NFKC, spaces and case ignored): it is what the
statements and the 全銀 file print, and 次年度を作成 copies it. The address is not part of it: an office moves. Demo
programmes and real ones never mix (invented payments on a real tax form would be a false filing).
"""

from __future__ import annotations

import unicodedata

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from colead_desktop.domain.i18n import msg
from colead_desktop.domain.statements import Payer, Statement


@dataclass(frozen=True)
class PayerProgramme:
    programme_id: int
    name: str
    fiscal_year: int
    payer: Payer
    is_demo: bool = False


def _plain(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def same_payer(a: PayerProgramme, b: PayerProgramme) -> bool:
    if a.is_demo != b.is_demo:
        return False
    numbers = _plain(a.payer.registration_no), _plain(b.payer.registration_no)
    if all(numbers):
        return numbers[0] == numbers[1]
    return bool(_plain(a.payer.name)) and _plain(a.payer.name) == _plain(b.payer.name)


def programmes_of_payer(chosen: PayerProgramme, programmes: Iterable[PayerProgramme]) -> list[PayerProgramme]:
    """`chosen` and every other programme of its payer, by fiscal year then id. A programme without a payer
    name stands alone: nothing says whose it is."""
    found = {p.programme_id: p for p in programmes if p.programme_id != chosen.programme_id and same_payer(chosen, p)}
    found[chosen.programme_id] = chosen
    return sorted(found.values(), key=lambda p: (p.fiscal_year, p.programme_id))


def covered_text(programmes: Sequence[PayerProgramme]) -> str:
    """The programmes a document covers, as its title says them."""
    return msg("対象プログラム: {names}", "Programmes covered: {names}",
               names=msg("、", ", ").join(p.name for p in programmes))


def titled(heading: str, covers: str) -> str:
    """A document's title line followed by the programmes it covers (covered_text), when given."""
    return msg("{h}　{c}", "{h}; {c}", h=heading, c=covers) if covers else heading


def paid_something(statement: Statement) -> bool:
    """A statement that moved money: a ¥0 statement settled without a transfer (確定（振込なし）) paid nothing, so it
    is no payment of the 支払調書 nor a person of the month's return."""
    return statement.payable_gross_yen != 0 or statement.payable_withholding_yen != 0


def payments_made(statements: Iterable[Statement]) -> int:
    """支払回数 of one recipient's paid statements: the payments, not the statements. A statement and those joining
    its transfer in a run (a correction paid with it; domain.payment_runs.one_transfer_per_payee) are one transfer,
    so one payment, as the run withholds for them as one (payments-japan.md §1.2: 「1回に支払われる金額」). A
    transfer counts when it paid the recipient something: neither a reclaim nor a ¥0 statement is a payment."""
    transfers: dict[tuple[str, date | None], int] = {}
    for st in statements:
        key = (st.joins_transfer_of or st.statement_no, st.paid_on)
        transfers[key] = transfers.get(key, 0) + st.payable_gross_yen
    return sum(1 for gross in transfers.values() if gross > 0)
