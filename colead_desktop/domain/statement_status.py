"""Where a payment statement is in its life: draft → approved → in a run → paid.

A module of its own, light to import (domain/statements.py, which re-exports it, loads the payment rules): the 全銀
file's 再作成 reads statuses without computing any payment (issue 15).

`shown_status` is the one rule for the status a person or a script reads (the 支払 page, the statement PDF, the
payments workbook, `colead payments statements --json`): a settled statement that moved no money to the payee
is not 支払済. A reclaim settled when its refund arrived reads 返金済 (refunded); a statement of ¥0 settled
without a transfer reads 確定（振込なし） (settled).
"""

from __future__ import annotations

from colead_desktop.domain.types import LabelledEnum


class StatementStatus(LabelledEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    IN_RUN = "in_run"
    PAID = "paid"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {"draft": ("下書き", "Draft"), "approved": ("承認済", "Approved"),
                "in_run": ("振込データ作成済み", "In a payment run"), "paid": ("支払済", "Paid")}


class ShownStatus(LabelledEnum):
    """The status as read: the stored one, except that a settled (PAID) statement whose transfer was negative
    was refunded and one whose transfer was ¥0 was settled without any transfer."""

    DRAFT = "draft"
    APPROVED = "approved"
    IN_RUN = "in_run"
    PAID = "paid"
    REFUNDED = "refunded"
    SETTLED = "settled"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return {**StatementStatus._labels(), "refunded": ("返金済", "Refunded"),
                "settled": ("確定（振込なし）", "Settled (no transfer)")}


def shown_status(status: StatementStatus, transfer_yen: int) -> ShownStatus:
    if status is StatementStatus.PAID and transfer_yen < 0:
        return ShownStatus.REFUNDED
    if status is StatementStatus.PAID and transfer_yen == 0:
        return ShownStatus.SETTLED
    return ShownStatus(status.value)


def settled_label(status: StatementStatus, transfer_yen: int) -> str:
    """The status as the user reads it (shown_status), in their language."""
    return shown_status(status, transfer_yen).label
