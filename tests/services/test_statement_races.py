"""Two app instances (two engines on one database) racing: approval against a record edit, and two draft
creations. On SQLite and PostgreSQL, 20 rounds each, threads released together by a barrier."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from colead_desktop.db.engine import Database
from colead_desktop.domain.errors import InputError
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements

from tests.services.statement_fixtures import APPROVER, FISCAL_YEAR, WHO, add_payees

ROUNDS = 20
FARE = 45_000
STALE = "明細書の作成後に記録が変更されました"
LOCKED = "承認済のため、この人の記録は変更できません"


@pytest.fixture(params=["sqlite", "postgresql"])
def two_instances(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[tuple[Database, Database]]:
    """Two Database objects (two engines, like two running apps) on one migrated database."""
    if request.param == "sqlite":
        data_dir.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{data_dir / 'shared.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres").fresh_database()
    first, second = Database(url), Database(url)
    first.migrate()
    yield first, second
    first.dispose()
    second.dispose()


def _race(*calls: Callable[[], object]) -> list[BaseException | None]:
    """Run the calls in threads released at the same moment; each one's exception, or None."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[BaseException | None] = [None] * len(calls)

    def run(index: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            call()
        except BaseException as exc:  # reported (and asserted on) by the test thread
            outcomes[index] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
        assert not thread.is_alive()
    return outcomes


@pytest.mark.slow
def test_an_approval_racing_an_expense_never_approves_without_it(two_instances: tuple[Database, Database]) -> None:
    approver, clerk = two_instances
    programme, [talent_id] = add_payees(approver, 1)
    statement_id = statements.compute_draft(approver, programme, talent_id, WHO)
    winners = {"approval": 0, "edit": 0}
    for _round in range(ROUNDS):
        approval, edit = _race(partial(statements.approve_statement, approver, statement_id, APPROVER),
                               partial(records.add_expense, clerk, programme, talent_id, date(2021, 11, 16), "air", FARE,
                                       False, WHO, "航空券"))
        # the payee lock serialises them: the first one wins, the second is refused with its reason
        if approval is None:
            assert isinstance(edit, InputError) and LOCKED in str(edit), repr(edit)
            winners["approval"] += 1
        else:
            assert isinstance(approval, InputError) and STALE in str(approval), repr(approval)
            assert edit is None, repr(edit)
            winners["edit"] += 1
        current = statements.statement(approver, statement_id)
        recorded = sum(e.amount_yen for e in records.expenses(approver, programme, talent_id))
        if current.status.value == "approved":  # never approved without a fare that was recorded
            assert current.result.reimbursed_yen == recorded
        statement_id = (statements.adjust_statement(approver, statement_id, WHO, "航空券の追加")
                        if approval is None else statements.compute_draft(approver, programme, talent_id, WHO))
    print(f"\n{approver.engine.dialect.name}: {winners}")


@pytest.mark.slow
def test_drafts_created_at_once_get_distinct_consecutive_numbers(two_instances: tuple[Database, Database]) -> None:
    first, second = two_instances
    programme, talents = add_payees(first, 2 * ROUNDS)
    for pair in range(ROUNDS):
        outcomes = _race(partial(statements.compute_draft, first, programme, talents[2 * pair], WHO),
                         partial(statements.compute_draft, second, programme, talents[2 * pair + 1], WHO))
        assert outcomes == [None, None]
    numbers = sorted(st.statement_no for st in statements.statements_with_status(first, programme, "draft"))
    assert numbers == [f"{FISCAL_YEAR}-{n:04d}" for n in range(1, 2 * ROUNDS + 1)]
