"""The warnings a saved edit of a call gets (CLI stderr, a message box in the window), and those deciding an
application gets: read from the database, judged by domain/call_edits.py."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from colead_desktop.db.call_models import ApplicationRow, DecisionRow
from colead_desktop.db.engine import Database
from colead_desktop.domain.applications import unmet_numbers
from colead_desktop.domain.call_edits import decision_warnings, decisions_on_old_scores, past_deadline_warning
from colead_desktop.domain.calls import Call
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.i18n import msg
from colead_desktop.domain.screening import below_threshold
from colead_desktop.domain.selection import Decision
from colead_desktop.services.calls import call_of, call_row
from colead_desktop.services.screening import screening


def edit_warnings(db: Database, before: Call, after: Call, today: date | None = None) -> list[str]:
    """A deadline moved into the past; decisions made on scores the edit changed, with those now on the other
    side of the bar."""
    warnings = [text for text in [past_deadline_warning(before, after, today or tokyo_today())] if text]
    with db.session() as session:
        rows = session.execute(select(DecisionRow.application_id, DecisionRow.decision, ApplicationRow.name)
                               .join(ApplicationRow).where(ApplicationRow.call_id == after.id)
                               .order_by(ApplicationRow.id)).all()
    reviews = screening(db, after.id or 0).reviews if rows else []
    return warnings + decisions_on_old_scores(before, after, reviews, {r[0]: r[1] for r in rows},
                                              {r[0]: r[2] for r in rows})


def deciding_warnings(db: Database, application_id: int, decision: Decision) -> list[str]:
    """Why `decision` on the application needs a second look: late, a condition unmet, a total below the bar."""
    with db.session() as session:
        application = session.get(ApplicationRow, application_id)
        if application is None:
            raise InputError(msg("応募 {id} はありません", "There is no application {id}", id=application_id))
        call = call_of(call_row(session, application.call_id))
        late, unmet = application.late, unmet_numbers(call.conditions, application.conditions or {})
    ranked = next(r for r in screening(db, call.id or 0).ranked if r.applicant.application_id == application_id)
    return decision_warnings(decision, late, unmet, below_threshold(call.threshold, ranked))
