"""A payment run's 全銀 file made again (再作成), and the order in which a run's file and its rows are written.

Plain Python over `Rows` and the SQL of db/run_file_sql.py, without SQLAlchemy: services/payment_runs.py runs it
in a session (the GUI, and the command line on a server or on a file to migrate or mend), and `colead export
zengin` runs the very same through plain sqlite3 when it can (issue 15: importing SQLAlchemy alone would take most
of the half second the command may take).

The file is made from what the run recorded (the payee snapshots, the amounts, the date), so it is the same
payment; every file made is kept as a payment_run_file row. A withdrawn run, or one any of whose statements is
paid (the bank has transferred it: a new file could pay twice), is refused.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TypeVar

from colead_desktop.db.plain import Rows, UsualOpenNeeded, plain_transaction
from colead_desktop.db.run_file_sql import (RunStatementRow, add_file, forget_file, payer_row, run_row,
                                            run_statements)
from colead_desktop.domain.bank import account_in, validate_account
from colead_desktop.domain.bank_directory import with_directory_names
from colead_desktop.domain.errors import InputError, not_found
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.payment_runs import (RUN_KIND, Payable, RunStatus, RunTransfer, check_not_withdrawn,
                                                group_transfers, run_label, transfers_of)
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.domain.zengin import Originator, build_file
from colead_desktop.exports.atomic import OWNER_ONLY, atomic_path, check_target

T = TypeVar("T")  # what a write transaction hands to `record`: a session, or Rows
R = TypeVar("R")  # what `record` tells `undo`: the run's id, or the file row's


def write_and_record(target: Path, transaction: Callable[[], AbstractContextManager[T]],
                     record: Callable[[T], tuple[bytes, R]], undo: Callable[[R], None]) -> R:
    """Write the file `record` returns and commit what it recorded, so that neither exists without the other.

    Order: (1) inside the transaction (`transaction` opens it holding the payees' locks) `record` adds the rows
    and returns the file's bytes and what `undo` needs; (2) the bytes go to a temporary file beside the target
    and are flushed to disk; (3) the transaction commits; (4) the temporary file is renamed over the target. A
    failure before (3) rolls the rows back and deletes the temporary file: no run, no file. The rename comes
    after the commit because the opposite failure would be worse: a bank file with no run recorded could be
    uploaded and then paid again by the next run. If the rename itself fails, `undo` removes what was committed
    (a second transaction), so there is no run without its file either. Only a crash between (3) and (4) leaves
    a run whose file is not at the target; its .part is removed at the next write and 再作成 writes the same
    bytes again. Returns what `record` returned for `undo`."""
    target = Path(target)
    check_target(target)
    recorded: list[R] = []
    try:
        with atomic_path(target, OWNER_ONLY) as tmp:  # account numbers in clear: owner-only
            with transaction() as handle:
                data, made = record(handle)
                with open(tmp, "wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
            recorded.append(made)
    except BaseException:
        if recorded:
            undo(recorded[0])
        raise
    return recorded[0]


def originator(rows: Rows, programme_id: int) -> Originator:
    """The programme's payer (振込依頼人) with its bank's and branch's names from the code list."""
    payer = payer_row(rows, programme_id)
    if payer is None or not payer[6]:
        raise InputError(msg("振込依頼人（支払者）の口座が登録されていません",
                             "The payer's (originator's) bank account is not set up"))
    name, requester_code, name_kana, bank_code, branch_code, account_type, number = payer
    account = validate_account(name, bank_code, branch_code, account_type, number, name_kana or "ｼﾞﾑｷﾖｸ")
    return Originator(requester_code, name_kana, with_directory_names(account))


def payables(statements: Sequence[RunStatementRow]) -> list[Payable]:
    """What a run's statements transfer, from what the run recorded (the payee snapshots, the amounts, the transfer
    each joined)."""
    return [Payable(st.statement_no, str(st.talent_id), account_in(st.payee, st.talent_name), st.transfer_yen,
                    st.joins_transfer_of) for st in statements]


def run_transfers_recorded(rows: Rows, run_id: int) -> list[RunTransfer]:
    """The transfers of run `run_id`'s file and the statements each pays, as its file is made (group_transfers)."""
    return group_transfers(payables(run_statements(rows, run_id)))


def file_again(rows: Rows, run_id: int, target: Path, who: str) -> tuple[bytes, int]:
    """Inside the caller's write transaction: the run's file as it was made, its payment_run_file row and audit
    entries added; the file's bytes and the row's id."""
    run = run_row(rows, run_id)
    if run is None:
        raise not_found(msg(*RUN_KIND), run_id)
    statements = run_statements(rows, run_id)
    label = run_label(run.number, run_id)
    check_not_withdrawn(label, RunStatus(run.status))  # a withdrawn run's file is never offered again
    paid = [st.statement_no for st in statements if StatementStatus(st.status) is StatementStatus.PAID]
    if paid:
        raise InputError(msg("支払処理 {id} には支払済の明細書（{nos}）があるため、全銀ファイルを再作成できません",
                             "Payment run {id} has paid statements ({nos}); its file cannot be made again",
                             id=label, nos="、".join(paid)))
    payer = originator(rows, run.programme_id)
    data = build_file(payer, transfers_of(payables(statements)), run.transfer_date)
    file_id = add_file(rows, run_id, (run.file_sha256, run.file_name), hashlib.sha256(data).hexdigest(),
                       target.name, who, regenerated=True)
    return data, file_id


@contextmanager
def _plain(url: str) -> Iterator[Rows]:
    """The plain write transaction, or UsualOpenNeeded (before anything is written) when there is none."""
    with plain_transaction(url) as rows:
        if rows is None:
            raise UsualOpenNeeded
        yield rows


def file_again_plainly(url: str, run_id: int, target: Path, who: str) -> bool:
    """`colead export zengin`: file_again through plain sqlite3 (db/plain.py), whose BEGIN IMMEDIATE holds the
    whole file's write lock, which on SQLite is what the payees' locks come to (services/payment_guard.py).
    False, with nothing written, when the database must be opened the usual way."""
    def undo(file_id: int) -> None:
        with plain_transaction(url) as rows:
            if rows is not None:
                forget_file(rows, file_id)

    try:
        write_and_record(target, lambda: _plain(url), lambda rows: file_again(rows, run_id, Path(target), who), undo)
    except UsualOpenNeeded:
        return False
    return True
