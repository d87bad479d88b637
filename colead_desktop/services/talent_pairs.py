"""Pairs are never deleted, so a talent with a matching pair is not deleted either (review 14b item 1).

Deleting the talent would take their pairs, the pairs' contracts and every line of their history with them
(ON DELETE CASCADE). A talent who withdraws keeps their record: the pair is dissolved (解消, with a reason) and
the talent archived, which hides them and keeps the history. The refusal (services/delete_guard.py) names the
pairs that hold the talent.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from colead_desktop.db import models
from colead_desktop.db.matching_models import MatchingPairRow
from colead_desktop.domain.i18n import msg


def pairs_holding(session: Session, talent_id: int, programme_id: int | None) -> list[str]:
    """Each pair of the talent (in `programme_id`, or in any programme when None), as 「北見精工」（ペア 3、合意）."""
    query = (select(MatchingPairRow.id, MatchingPairRow.status, models.Company.name)
             .join(models.Company, models.Company.id == MatchingPairRow.company_id)
             .where(MatchingPairRow.talent_id == talent_id).order_by(MatchingPairRow.id))
    if programme_id is not None:
        query = query.where(MatchingPairRow.programme_id == programme_id)
    return [msg("「{company}」とのペア {id}（{status}）", "Pair {id} with “{company}” ({status})", company=company,
                id=pair_id, status=status.label) for pair_id, status, company in session.execute(query).all()]
