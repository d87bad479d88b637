"""確定（振込なし） of several ¥0 statements of one payee at once (money12: the page's button settled only the latest,
the older ones needed `colead payments settle`), on a programme made for the test, on SQLite and PostgreSQL: all
chosen or none, each audited, by the one domain rule."""

from __future__ import annotations


import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.errors import InputError
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services import payment_audit
from colead_desktop.services import payment_runs as runs
from colead_desktop.services import payment_statements as statements

from tests.programmes import new_programme
from tests.services.payments_fixtures import WHO, approved, fee_bearing_talents, set_payer, unchanged_correction


def _status_changes(db: Database, statement_id: int) -> list[str | None]:
    """The new values of its status changes, newest first."""
    return [e.new for e in payment_audit.audit_entries(db, entity="payment_statement", entity_id=statement_id)
            if e.field == "status"]


def test_a_payees_older_zero_statements_are_offered_and_settled_together(any_db: Database) -> None:
    db = any_db
    programme_id = new_programme(db, fiscal_year=2021)
    set_payer(db, programme_id)
    talent, other = fee_bearing_talents(db, programme_id, 2)
    first = approved(db, programme_id, talent)
    older = unchanged_correction(db, first)
    newer = unchanged_correction(db, older)
    others_zero = unchanged_correction(db, approved(db, programme_id, other))
    older_no, newer_no, first_no = (statements.statement(db, i).statement_no for i in (older, newer, first))
    offered = runs.unsettled_without_transfer(db, programme_id, talent)
    assert [st.statement_no for st in offered] == [older_no, newer_no]  # not the ¥44,455 one, not another payee's

    # a choice holding a statement that transfers money is refused whole: nothing settled
    with pytest.raises(InputError, match=first_no):
        runs.settle_all_without_transfer(db, programme_id, WHO, [older_no, first_no], tokyo_today())
    with pytest.raises(InputError, match="2021-9999"):
        runs.settle_all_without_transfer(db, programme_id, WHO, [older_no, "2021-9999"], tokyo_today())
    assert [st.statement_no for st in runs.unsettled_without_transfer(db, programme_id, talent)] == [older_no, newer_no]

    today = tokyo_today()
    assert runs.settle_all_without_transfer(db, programme_id, WHO, [newer_no, older_no], today) == [older_no, newer_no]
    for statement_id in (older, newer):
        settled = statements.statement(db, statement_id)
        assert (settled.status, settled.paid_on) == (StatementStatus.PAID, today)
        assert _status_changes(db, statement_id)[0] == "paid"  # each statement its own audit entry
    assert runs.unsettled_without_transfer(db, programme_id, talent) == []
    assert statements.statement(db, others_zero).status is StatementStatus.APPROVED  # another payee's waits
    with pytest.raises(InputError, match="0円の承認済"):  # a second writer finds them settled
        runs.settle_all_without_transfer(db, programme_id, WHO, [older_no], today)

    # one step later: the next unchanged correction is offered alone, and the single-statement command settles it
    latest = statements.statement(db, unchanged_correction(db, newer)).statement_no
    assert [st.statement_no for st in runs.unsettled_without_transfer(db, programme_id, talent)] == [latest]
    assert runs.settle_without_transfer(db, programme_id, WHO, latest, today) == latest


def test_settling_nothing_is_refused(db: Database) -> None:
    programme_id = new_programme(db, fiscal_year=2021)
    with pytest.raises(InputError, match="確定する明細書"):
        runs.settle_all_without_transfer(db, programme_id, WHO, [], tokyo_today())
