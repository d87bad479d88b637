"""services/payment_draft_steps on SQLite and PostgreSQL: a correction made and taken back by one instance while
another instance works on the same database; numbers are released only without a gap."""

from __future__ import annotations

from datetime import date

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.statements import CorrectionRates
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services import payment_draft_steps as steps
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as service
from colead_desktop.services.payment_guard import lock_statement
from colead_desktop.services.record_restore import RecordConflict
from tests.services.statement_fixtures import APPROVER, WHO, add_payees


def _correct(db: Database, programme_id: int, talent_id: int, statement_id: int) -> steps.MadeDraft:
    before = steps.draft_state(db, programme_id, talent_id)
    return steps.make_draft(db, programme_id, talent_id, before, lambda session: statements.adjust_statement_in(
        session, lock_statement(session, statement_id), WHO, "訂正", None, CorrectionRates.CORRECTED))


def test_a_correction_is_taken_back_and_made_again_on_both_databases(
        instances: tuple[Database, Database]) -> None:
    a, b = instances
    programme_id, (talent, other) = add_payees(a, 2)
    approved = statements.compute_draft(a, programme_id, talent, WHO)
    statements.approve_statement(a, approved, APPROVER)
    totals = service.programme_totals(a, programme_id)

    made = _correct(a, programme_id, talent, approved)
    assert made.state.statement_no.endswith("-0002")
    steps.take_back_draft(a, programme_id, talent, made, steps.DraftState(), WHO)
    assert [day.statement_id for day in records.tour_days(b, programme_id, talent)] == [approved]
    assert service.programme_totals(b, programme_id) == totals

    again = _correct(a, programme_id, talent, approved)
    assert again.state.statement_no == made.state.statement_no  # the released number, taken again
    records.add_expense(b, programme_id, talent, date(2021, 11, 16), "rail", 2_000, False, WHO, "")
    statements.compute_draft(b, programme_id, talent, APPROVER)  # instance B recomputes the correction
    with pytest.raises(RecordConflict):
        steps.take_back_draft(a, programme_id, talent, again, steps.DraftState(), WHO)
    statements.compute_draft(b, programme_id, other, WHO)  # a later number, for someone else
    changed = steps.draft_state(a, programme_id, talent)
    with pytest.raises(InputError, match="欠番"):
        steps.take_back_draft(a, programme_id, talent, steps.MadeDraft(changed, again.links_before),
                              steps.DraftState(), WHO)
    assert statements.statement(b, changed.statement_id or 0).status is StatementStatus.DRAFT
