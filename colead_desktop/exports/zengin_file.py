"""Write the 全銀 総合振込 file for a batch of statements (atomically: a bank upload must never
pick up a half-written file). The transfer date is the statements' common 振込予定日."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.statements import Statement, StatementStatus
from colead_desktop.domain.zengin import Originator, Transfer, build_file
from colead_desktop.exports.atomic import write_bytes_atomically


def transfers_for(statements: Sequence[Statement]) -> list[Transfer]:
    """One transfer per approved statement; unapproved ones or ones without an account raise."""
    transfers = []
    for st in statements:
        who = st.result.payee_id
        if st.status is not StatementStatus.APPROVED:
            raise InputError(msg("受取人 {id} の明細書 {no} は承認されていないか支払済です",
                                 "Payee {id}: statement {no} is not approved or already paid",
                                 id=who, no=st.statement_no))
        if st.bank is None:
            raise InputError(msg("受取人 {id} の振込先口座が登録されていません",
                                 "Payee {id} has no bank account", id=who))
        transfers.append(Transfer(who, st.bank, st.transfer_yen))
    return transfers


def write_zengin_file(originator: Originator, statements: Sequence[Statement], target: Path) -> Path:
    dates = {st.transfer_date for st in statements}
    if len(dates) != 1:
        raise InputError(msg("1つの振込ファイルの振込予定日は同じ日にしてください（{n}種類あります）",
                             "All statements in one transfer file need the same transfer date "
                             "({n} different dates)", n=len(dates)))
    data = build_file(originator, transfers_for(statements), dates.pop())
    return write_bytes_atomically(Path(target), data)
