"""Attachments in the database (migration 0020): the bytes once per SHA-256, for every laptop of a team.

A row's `area` is the area of data (domain/team.py) whose records link to it: on a team database row-level
security shows a login only the rows of areas its role reads, so a lab coordinator never reads a receipt
(payments). The same bytes attached in two areas are two rows. Rows are never changed, so no version.
Records link to a blob by its hash (e.g. `payment_receipt.sha256`), with the file name the user knew.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from colead_desktop.db.base import Base


class AttachmentBlobRow(Base):
    __tablename__ = "attachment_blob"
    area: Mapped[str] = mapped_column(String(20), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # loaded only when read
    created_at: Mapped[datetime] = mapped_column(DateTime)
