"""予算: a programme's budget, one row per region and line (domain/budget.py), integer yen.

Set in プログラム設定 or with `colead budget set`; a cell never set has no row (no budget, not ¥0).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base, version_column, versioned
from colead_desktop.db.enum_column import one_of
from colead_desktop.domain.budget import BudgetLine


class BudgetRow(Base):
    __tablename__ = "programme_budget"
    __table_args__ = (
        CheckConstraint(one_of("line", BudgetLine), name="line"),
        CheckConstraint("amount_yen >= 0", name="amount_not_negative"),
        UniqueConstraint("programme_id", "region_id", "line", name="uq_programme_budget_cell"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id", ondelete="CASCADE"), index=True)
    line: Mapped[str] = mapped_column(String(12))
    amount_yen: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)
