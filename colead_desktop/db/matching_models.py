"""Talent–SME matching per programme (issue 19 item 5): wishes on both sides, the SMEs taking part with their
capacity and wanted skills, fixed and forbidden pairs, the pairs and the log of their changes.

Companies are the SMEs. Wishes are ranked rows (rank 1 = first choice) rather than JSON lists, so a talent or
company that leaves takes its wishes with it (ON DELETE CASCADE) and a rank is unique per list. A pair is never
deleted: it ends (終了) or is dissolved (解消), and a re-match is a new pair naming the one it replaces; every
change is a row of `matching_pair_log` with who, when and why.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base, version_column, versioned
from colead_desktop.db.enum_column import EnumText, one_of
from colead_desktop.domain.contracts import ContractKind
from colead_desktop.domain.matching import PairStatus, RuleKind


class MatchingCompanyRow(Base):
    """An SME taking part in the programme's matching."""

    __tablename__ = "matching_company"
    __table_args__ = (CheckConstraint("capacity >= 0", name="capacity_not_negative"),)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), primary_key=True, index=True)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    wants_skills: Mapped[list[str]] = mapped_column(JSON, default=list)  # SkillType values (B-3 STEP5)


class TalentWishRow(Base):
    """A talent's wish for an SME, ranked."""

    __tablename__ = "matching_talent_wish"
    __table_args__ = (CheckConstraint("rank >= 1", name="rank_positive"),
                      UniqueConstraint("programme_id", "talent_id", "company_id",
                                       name="uq_matching_talent_wish_pair"),
                      UniqueConstraint("programme_id", "talent_id", "rank", name="uq_matching_talent_wish_rank"))
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"), index=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int] = mapped_column(Integer)


class CompanyWishRow(Base):
    """The lab's wish, for one SME, for a talent, ranked."""

    __tablename__ = "matching_company_wish"
    __table_args__ = (CheckConstraint("rank >= 1", name="rank_positive"),
                      UniqueConstraint("programme_id", "company_id", "talent_id",
                                       name="uq_matching_company_wish_pair"),
                      UniqueConstraint("programme_id", "company_id", "rank", name="uq_matching_company_wish_rank"))
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int] = mapped_column(Integer)


class MatchingRuleRow(Base):
    """A fixed or forbidden pair."""

    __tablename__ = "matching_rule"
    __table_args__ = (CheckConstraint(one_of("kind", RuleKind), name="kind"),)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True)
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"), primary_key=True, index=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), primary_key=True, index=True)
    kind: Mapped[RuleKind] = mapped_column(EnumText(RuleKind, 10))


class MatchingPairRow(Base):
    __tablename__ = "matching_pair"
    __table_args__ = (CheckConstraint(one_of("status", PairStatus), name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    talent_id: Mapped[int] = mapped_column(ForeignKey("talent.id", ondelete="CASCADE"), index=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    status: Mapped[PairStatus] = mapped_column(EnumText(PairStatus, 10), default=PairStatus.CANDIDATE)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("matching_pair.id", ondelete="SET NULL"), index=True)  # a re-match


class MatchingPairLogRow(Base):
    """One change of a pair: made (from_status NULL) or moved, by whom, when and why."""

    __tablename__ = "matching_pair_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("matching_pair.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[PairStatus | None] = mapped_column(EnumText(PairStatus, 10))
    to_status: Mapped[PairStatus] = mapped_column(EnumText(PairStatus, 10))
    reason: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime)  # naive Asia/Tokyo, like every stored time


class PairContractRow(Base):
    """An NDA or rights agreement of a pair (issue 19 item 6; rules in domain/contracts.py)."""

    __tablename__ = "pair_contract"
    __table_args__ = (CheckConstraint(one_of("kind", ContractKind), name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("matching_pair.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContractKind] = mapped_column(EnumText(ContractKind, 10))
    sent_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    signatories: Mapped[str] = mapped_column(Text, default="")
    document_sha256: Mapped[str | None] = mapped_column(String(64))  # the signed PDF in the attachment store
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)
