"""Pairs are never deleted, so a talent with a matching pair is not deleted either (review 14b item 1).

Deleting the talent would take their pairs, the pairs' contracts and every line of their history with them
(ON DELETE CASCADE). A talent who withdraws keeps their record: the pair is dissolved (解消, with a reason) and
the talent archived, which hides them and keeps the history. HasPairs names the pairs that hold the talent.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.matching_models import MatchingPairRow
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.i18n import msg


class HasPairs(InputError):
    """The talent has matching pairs (any stage), so they can be archived but not deleted."""

    def __init__(self, name: str, pairs: list[str]) -> None:
        self.pairs = pairs
        super().__init__(msg("「{name}」にはマッチングのペアがあるため削除できません。ペアとその履歴は削除せずに残します。"
                             "辞退などで参加しない場合は、ペアを解消（理由を入力）し、人材をアーカイブしてください。\n{where}",
                             "“{name}” has matching pairs, so they cannot be deleted: pairs and their history are "
                             "kept. If they withdraw, dissolve the pair (with a reason) and archive the talent.\n{where}",
                             name=name, where="\n".join(pairs)))


def pairs_holding(session: Session, talent_id: int, programme_id: int | None) -> list[str]:
    """Each pair of the talent (in `programme_id`, or in any programme when None), as 「北見精工」（ペア 3、合意）."""
    query = (select(MatchingPairRow.id, MatchingPairRow.status, models.Company.name)
             .join(models.Company, models.Company.id == MatchingPairRow.company_id)
             .where(MatchingPairRow.talent_id == talent_id).order_by(MatchingPairRow.id))
    if programme_id is not None:
        query = query.where(MatchingPairRow.programme_id == programme_id)
    return [msg("「{company}」とのペア {id}（{status}）", "Pair {id} with “{company}” ({status})", company=company,
                id=pair_id, status=status.label) for pair_id, status, company in session.execute(query).all()]


def refuse_if_paired(session: Session, talent: models.Talent, programme_id: int | None) -> None:
    """HasPairs when the talent has a pair in `programme_id` (every programme when None)."""
    pairs = pairs_holding(session, talent.id, programme_id)
    if pairs:
        raise HasPairs(talent.name, pairs)


def talent_pairs(db: Database, talent_id: int, programme_id: int) -> list[str]:
    with db.session() as session:
        return pairs_holding(session, talent_id, programme_id)
