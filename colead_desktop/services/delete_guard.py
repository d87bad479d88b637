"""What keeps a record from being deleted, worked out once for the records pages, the service and the CLI.

A talent with payment records or statements (services/talent_archive.py), a matching pair
(services/talent_pairs.py) or a place in a tour's party (services/tour_members.py) is archived, not deleted;
any record that other records refer to (services/record_holders.py) is refused naming them, and by kind
what the database itself would refuse when nothing there names it (record_removal.blockers). A row an offline
copy holds for reference only is refused as such first: the copy is the reason the user can act on. `what_keeps`
answers before the page asks 「削除しますか？」; delete_row raises KeptRecord with the same answer, so the page,
an undo or redo and `colead talents delete` say the same words (this module holds them, in both languages).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.base import Base
from colead_desktop.db.engine import Database
from colead_desktop.db.mapping import MODEL_FOR
from colead_desktop.domain import records as rec
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg
from colead_desktop.services.offline_references import is_reference
from colead_desktop.services.record_holders import holders
from colead_desktop.services.record_removal import blockers
from colead_desktop.services.talent_archive import money_in
from colead_desktop.services.talent_pairs import pairs_holding
from colead_desktop.services.tour_members import tours_holding


class Hold(Enum):
    """Why a record is kept."""

    COPY_REFERENCE = "copy reference"  # the open offline copy holds it for reference only
    PAYMENTS = "payments"
    PAIRS = "pairs"
    TOURS = "tours"
    REFERENCES = "references"


@dataclass(frozen=True)
class Keeps:
    """What keeps the record `name`: the reason and its lines (the rows that hold it, in words a user knows)."""

    name: str
    hold: Hold
    lines: tuple[str, ...]

    @property
    def archive(self) -> bool:
        """Archiving is the way out: a talent's money, pairs and tours stay with the archived talent."""
        return self.hold in (Hold.PAYMENTS, Hold.PAIRS, Hold.TOURS)

    @property
    def refusal(self) -> str:
        """The one-line refusal, naming the record and the reason."""
        texts = {
            Hold.COPY_REFERENCE: msg("「{name}」は持ち出しに参照用として入っている記録のため、このコピーでは削除できません"
                                     "（持ち帰っても削除は書き戻されません）。",
                                     "“{name}” came with this offline copy for reference only, so it cannot be "
                                     "deleted here (a check-in would not carry the delete back).", name=self.name),
            Hold.PAYMENTS: msg("「{name}」には支払の記録があるため削除できません。",
                               "“{name}” has payment records, so they cannot be deleted.", name=self.name),
            Hold.PAIRS: msg("「{name}」にはマッチングのペアがあるため削除できません。",
                            "“{name}” has matching pairs, so they cannot be deleted.", name=self.name),
            Hold.TOURS: msg("「{name}」はツアーの参加者のため削除できません。",
                            "“{name}” is in a tour's party, so they cannot be deleted.", name=self.name),
            Hold.REFERENCES: msg("「{name}」は次のデータから参照されているため削除できません。",
                                 "“{name}” cannot be deleted because these records refer to it.", name=self.name),
        }
        return texts[self.hold]

    @property
    def kept(self) -> str:
        """Why what holds the record stays, and what the user can do about it ("" when the lines say enough)."""
        texts = {
            Hold.PAYMENTS: msg("支払の記録と明細書は残す必要があります。",
                               "Payment records and statements must be kept. "),
            Hold.PAIRS: msg("ペアとその履歴は削除せずに残します。辞退などで参加しない場合は、マッチングのページでペアを"
                            "解消（理由を入力）してください。",
                            "Pairs and their history are kept. If they withdraw, dissolve the pair (with a reason) "
                            "on the Matching page. "),
            Hold.TOURS: msg("削除するには、先にツアーのページで参加者から外してください。",
                            "To delete them, take them out of the party on the Tours page first. "),
            Hold.COPY_REFERENCE: "",
            Hold.REFERENCES: "",
        }
        return texts[self.hold]

    @property
    def reason(self) -> str:
        """The reason in a few words, for a list of refused rows each named before it (the lines are left to
        `text`)."""
        texts = {
            Hold.COPY_REFERENCE: msg("持ち出しの参照用の記録です", "in this offline copy for reference only"),
            Hold.PAYMENTS: msg("支払の記録があります", "has payment records"),
            Hold.PAIRS: msg("マッチングのペアがあります", "has matching pairs"),
            Hold.TOURS: msg("ツアーの参加者です", "is in a tour's party"),
            Hold.REFERENCES: msg("ほかのデータから参照されています", "other records refer to it"),
        }
        return texts[self.hold]

    def row_line(self) -> str:
        """「・「高橋 三郎」: 支払の記録があります」: the record and its reason on one line."""
        return msg("・「{name}」: {reason}", "• “{name}”: {reason}", name=self.name, reason=self.reason)

    @staticmethod
    def archive_instead() -> str:
        return msg("削除の代わりにアーカイブできます。", "Archive them instead.")

    def listed(self) -> str:
        """The lines, one bullet each (「・」 is Japanese punctuation: English takes its own)."""
        bullet = msg("・", "• ")
        return "\n".join(bullet + line for line in self.lines)

    def text(self) -> str:
        """The whole refusal, as the service raises it and the page shows it."""
        advice = self.kept + (self.archive_instead() if self.archive else "")
        return "\n".join(part for part in (self.refusal, advice.strip(), self.listed()) if part)


class KeptRecord(InputError):
    """The record cannot be deleted: `keeps` says what keeps it."""

    def __init__(self, keeps: Keeps) -> None:
        self.keeps = keeps
        super().__init__(keeps.text())


def record_name(record: rec.AnyRecord) -> str:
    return str(getattr(record, "name", getattr(record, "title", "")))


def delete_targets(session: Session, row: Base, record: rec.AnyRecord) -> list[Base]:
    """The rows deleting the record removes: its own; for a talent, their part in the programme, and the person
    when they take part in no other."""
    if not isinstance(record, rec.TalentRecord):
        return [row]
    taking_part = session.scalars(select(models.ProgrammeTalent).where(
        models.ProgrammeTalent.talent_id == record.id, models.ProgrammeTalent.programme_id == record.programme_id))
    return [*taking_part, *([row] if person_goes(session, record) else [])]


def person_goes(session: Session, talent: rec.TalentRecord) -> bool:
    """Deleting the talent from their programme takes the person too: they take part in no other programme."""
    elsewhere = select(models.ProgrammeTalent.id).where(models.ProgrammeTalent.talent_id == talent.id,
                                                         models.ProgrammeTalent.programme_id != talent.programme_id)
    return session.scalars(elsewhere.limit(1)).first() is None


def _talent_holds(session: Session, talent: rec.TalentRecord) -> tuple[Hold, list[str]] | None:
    """Money in any programme; pairs in the programme they leave, or in any when the person goes (their row takes
    every pair with it); a place in a tour's party of the programme they leave."""
    talent_id = talent.id or 0
    money = money_in(session, talent_id)
    if money:
        return Hold.PAYMENTS, [m.describe() for m in money]
    pairs = pairs_holding(session, talent_id, None if person_goes(session, talent) else talent.programme_id)
    if pairs:
        return Hold.PAIRS, pairs
    tours = tours_holding(session, f"talent-{talent_id}", talent.programme_id)
    return (Hold.TOURS, tours) if tours else None


def keeps_in(session: Session, record: rec.AnyRecord) -> Keeps | None:
    """What keeps the record from being deleted, or None when it can go."""
    row = session.get(MODEL_FOR[type(record)], record.id)
    if row is None:
        return None  # deleted since: the delete says so
    if is_reference(session, row):  # first: the copy is the reason the user can act on
        return Keeps(record_name(record), Hold.COPY_REFERENCE, ())
    held = _talent_holds(session, record) if isinstance(record, rec.TalentRecord) else None
    if held is None:
        # what the database itself would refuse, by kind, when nothing above names it (a talent registered for
        # an event of another programme): refused here rather than after the question
        lines = holders(session, record) or blockers(session, delete_targets(session, row, record))
        held = (Hold.REFERENCES, lines) if lines else None
    return None if held is None else Keeps(record_name(record), held[0], tuple(held[1]))


def what_keeps(db: Database, record: rec.AnyRecord) -> Keeps | None:
    """keeps_in, in a session of its own: asked by the page before its 「削除しますか？」."""
    with db.session() as session:
        return keeps_in(session, record)


def refuse_if_kept(session: Session, record: rec.AnyRecord) -> None:
    """KeptRecord when something keeps the record."""
    keeps = keeps_in(session, record)
    if keeps is not None:
        raise KeptRecord(keeps)
