"""Calls (募集), the applications they received, their reviews and the decisions (issue 19 items 1–4).

A call keeps its conditions, questions and scoring items as JSON lists (domain/calls.py shapes): they are edited
and read as a whole, with the call's version guarding the edit. Each application keeps the answers verbatim
under the question keys, the conditions ticked under theirs, and whether it came late or left a condition unmet: it is
flagged, never dropped. `identity` (the e-mail, or the name, folded) is unique per call, so the same person
imported twice, or by two writers at once, is one application.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base, version_column, versioned
from colead_desktop.db.enum_column import EnumText, one_of
from colead_desktop.domain.calls import CallKind
from colead_desktop.domain.selection import Decision


class CallRow(Base):
    __tablename__ = "recruit_call"  # CALL is a keyword in PostgreSQL
    __table_args__ = (UniqueConstraint("programme_id", "kind", name="uq_recruit_call_kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    kind: Mapped[CallKind] = mapped_column(EnumText(CallKind, 10))
    title: Mapped[str] = mapped_column(String(200))
    deadline: Mapped[datetime | None] = mapped_column(DateTime)  # naive Asia/Tokyo
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # [{key, text}], in order
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    threshold: Mapped[Decimal | None] = mapped_column(Numeric(7, 2))
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class ApplicationRow(Base):
    __tablename__ = "recruit_application"
    __table_args__ = (UniqueConstraint("call_id", "identity", name="uq_recruit_application_identity"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("recruit_call.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="")
    identity: Mapped[str] = mapped_column(String(254))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    answers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)  # SkillType values, when the form asks
    conditions: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)  # condition key → ticked
    # what the form said of a talent: career_stage and employment (their values), region (as written)
    profile: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    unmet: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(Text, default="")  # file name and row it came from
    row_no: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class ReviewerRow(Base):
    """A member of the selection committee (選定委員) reviewing a call's applications."""

    __tablename__ = "screening_reviewer"
    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("recruit_call.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class ReviewRow(Base):
    """An application assigned to a reviewer: the declared conflict of interest, and the scores and comments by
    item key ({"i1": 3, …}; a key absent or null is not scored yet)."""

    __tablename__ = "screening_review"
    __table_args__ = (UniqueConstraint("reviewer_id", "application_id", name="uq_screening_review_pair"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("screening_reviewer.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("recruit_application.id", ondelete="CASCADE"), index=True)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict_note: Mapped[str] = mapped_column(Text, default="")
    scores: Mapped[dict[str, int | None]] = mapped_column(JSON, default=dict)
    comments: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class DecisionRow(Base):
    """The decision on an application (採択 / 補欠 / 不採択), with the participant it made (talent or region)."""

    __tablename__ = "selection_decision"
    __table_args__ = (CheckConstraint(one_of("decision", Decision), name="decision"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("recruit_application.id", ondelete="CASCADE"),
                                                unique=True)
    decision: Mapped[Decision] = mapped_column(EnumText(Decision, 10))
    reason: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime)  # naive Asia/Tokyo
    talent_id: Mapped[int | None] = mapped_column(ForeignKey("talent.id", ondelete="SET NULL"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id", ondelete="SET NULL"), index=True)
    # True once a participant was made from it: a talent deleted on purpose (talent_id NULL) is not made again
    made: Mapped[bool] = mapped_column(Boolean, default=False)
    letter_for: Mapped[Decision | None] = mapped_column(EnumText(Decision, 10))  # what the last letter told
    version: Mapped[int] = version_column()
    __mapper_args__ = versioned(version)


class DecisionLogRow(Base):
    """Every decision made or changed: from (NULL for the first), to, why, who and when. Never edited."""

    __tablename__ = "selection_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("recruit_application.id", ondelete="CASCADE"),
                                                index=True)
    from_decision: Mapped[Decision | None] = mapped_column(EnumText(Decision, 10))
    to_decision: Mapped[Decision] = mapped_column(EnumText(Decision, 10))
    reason: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime)
