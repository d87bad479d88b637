"""Where a payment statement is in its life: draft → approved → in a run → paid.

A module of its own, light to import (domain/statements.py, which re-exports it, loads the payment rules): the 全銀
file's 再作成 reads statuses without computing any payment (issue 15)."""

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
