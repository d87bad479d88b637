"""明細書を作成 and 訂正明細書 as undo steps on the 支払 page, on a fresh programme: do, undo, redo, read back through
the services; a step whose draft changed elsewhere is refused without writing; numbers never leave a gap."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import StatementCounterRow, StatementRow, TourDayRow, WorkDayRow
from colead_desktop.domain.statements import CorrectionRates
from colead_desktop.domain.statement_status import StatementStatus
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as service
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.payments.dialogs import AdjustDialog
from tests.programmes import new_programme
from tests.services.statement_fixtures import APPROVER, WHO
from tests.conftest import shots_dir

DAY = date(2026, 11, 16)


def _talent(db: Database, programme_id: int, name: str = "架空 太郎") -> int:
    """An invented talent taking part in the programme, with a tour day and a work day in it."""
    with db.session() as session:
        talent = models.Talent(name=name)
        session.add(talent)
        session.flush()
        session.add(models.ProgrammeTalent(programme_id=programme_id, talent_id=talent.id, region_preferences=[],
                                           motivation=""))
        session.add(TourDayRow(programme_id=programme_id, talent_id=talent.id, day=DAY, note=""))
        session.add(WorkDayRow(programme_id=programme_id, talent_id=talent.id, day=DAY, activity="support", note="",
                               approved_by=""))
        return talent.id


def _statements(db: Database, programme_id: int) -> list[tuple[str, StatementStatus, int, int | None]]:
    """(number, status, net, corrected id) of every statement of the programme, by id."""
    with db.session() as session:
        return [(r.statement_no, r.status, r.net_yen, r.adjusts_statement_id) for r in session.scalars(
            select(StatementRow).where(StatementRow.programme_id == programme_id).order_by(StatementRow.id))]


def _links(db: Database, programme_id: int) -> list[tuple[str, str | None]]:
    """(record, number of the statement paying it) for every record of the programme."""
    with db.session() as session:
        numbers = dict(session.execute(select(StatementRow.id, StatementRow.statement_no)).all())
        return sorted((f"{m.__tablename__}:{i}", numbers.get(s) if s else None) for m in (TourDayRow, WorkDayRow)
                      for i, s in session.execute(select(m.id, m.statement_id).where(m.programme_id == programme_id)))


def _next_no(db: Database, programme_id: int) -> int:
    with db.session() as session:
        counter = session.get(StatementCounterRow, (programme_id, "2026"))
        return counter.next_no if counter else 1


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: messages.append((title, text)))
    return messages


@pytest.fixture
def fresh(qtbot, context: AppContext) -> tuple[PaymentsPage, int, int]:  # type: ignore[no-untyped-def]
    """The page on a fresh programme with one talent: (page, programme id, talent id)."""
    programme_id = new_programme(context.db)
    talent_id = _talent(context.db, programme_id)
    context.switch_programme(programme_id)
    context.settings.user_name = WHO
    page = PaymentsPage(context)
    qtbot.addWidget(page)
    page.select_talent(talent_id)
    return page, programme_id, talent_id


def _adjust(page: PaymentsPage, monkeypatch: pytest.MonkeyPatch, reason: str) -> None:
    def fill(dialog: AdjustDialog) -> QDialog.DialogCode:
        dialog.reason.setText(reason)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AdjustDialog, "exec", fill)
    page.adjust_button.click()


def test_a_new_draft_is_undone_with_its_number_released_and_redone_with_the_same_number(
        fresh: tuple[PaymentsPage, int, int], shown: list[tuple[str, str]]) -> None:
    page, programme_id, _talent_id = fresh
    stack = page.ctx.undo_stack
    page.compute_button.click()
    made = _statements(page.db, programme_id)
    assert [(no, status) for no, status, _n, _c in made] == [("2026-0001", StatementStatus.DRAFT)]
    assert stack.undoText() == "明細書 2026-0001 を作成"
    paid = _links(page.db, programme_id)
    assert {no for _r, no in paid} == {"2026-0001"}

    stack.undo()
    assert _statements(page.db, programme_id) == [] and _next_no(page.db, programme_id) == 1
    assert {no for _r, no in _links(page.db, programme_id)} == {None}
    assert page.selected_summary().status is None and "まだありません" in page.statement_head.text()

    stack.redo()
    again = _statements(page.db, programme_id)
    assert [(no, status, net) for no, status, net, _c in again] == [(no, s, n) for no, s, n, _c in made]
    assert _links(page.db, programme_id) == paid and _next_no(page.db, programme_id) == 2
    assert shown == []


def test_a_correction_undone_and_redone_then_approved_totals_as_without_undo(
        context: AppContext, fresh: tuple[PaymentsPage, int, int], monkeypatch: pytest.MonkeyPatch,
        shown: list[tuple[str, str]]) -> None:
    page, programme_id, talent_id = fresh
    stack = page.ctx.undo_stack
    # the same life without undo, on a second fresh programme: compute, approve, correct with an air fare, approve
    plain = new_programme(context.db, "令和8年度 比較")
    plain_talent = _talent(context.db, plain, "架空 花子")
    first = statements.compute_draft(context.db, plain, plain_talent, WHO)
    statements.approve_statement(context.db, first, APPROVER)
    correction = statements.adjust_statement(context.db, first, WHO, "航空券の追加")
    records.add_expense(context.db, plain, plain_talent, DAY, "air", 45_000, False, WHO, "羽田〜女満別")
    statements.compute_draft(context.db, plain, plain_talent, WHO)
    statements.approve_statement(context.db, correction, APPROVER)

    page.compute_button.click()
    [(no, _s, _n, _c)] = _statements(page.db, programme_id)
    statements.approve_statement(page.db, page.selected_summary().statement_id, APPROVER)
    page.reload()
    approved_links = _links(page.db, programme_id)
    _adjust(page, monkeypatch, "航空券の追加")
    # the comparison programme, of the same fiscal year, took 2026-0001 and 0002 of the year's one series
    assert (no, stack.undoText()) == ("2026-0003", "訂正明細書 2026-0004 を作成")
    stack.undo()  # the records go back to the approved statement, the number back to the counter
    assert [(n, s) for n, s, _net, _c in _statements(page.db, programme_id)] == [(no, StatementStatus.APPROVED)]
    assert _links(page.db, programme_id) == approved_links and _next_no(page.db, programme_id) == 4
    stack.redo()
    corrected = _statements(page.db, programme_id)
    records.add_expense(page.db, programme_id, talent_id, DAY, "air", 45_000, False, WHO, "羽田〜女満別")
    page.compute_button.click()
    assert stack.undoText() == "明細書 2026-0004 を再計算"
    recomputed = _statements(page.db, programme_id)
    stack.undo()  # back to the correction's figures, the air fare unpaid again
    assert _statements(page.db, programme_id) == corrected != recomputed
    assert records.expenses(page.db, programme_id, talent_id)[0].statement_id is None
    stack.redo()
    assert _statements(page.db, programme_id) == recomputed
    statements.approve_statement(page.db, page.selected_summary().statement_id, APPROVER)

    assert service.programme_totals(page.db, programme_id) == service.programme_totals(context.db, plain)
    done = _statements(page.db, programme_id)
    assert [(s, net) for _n, s, net, _c in done] == [(s, net) for _n, s, net, _c in _statements(context.db, plain)]
    assert shown == []


def test_undo_is_refused_without_writing_when_another_session_approved_the_draft(
        fresh: tuple[PaymentsPage, int, int], shown: list[tuple[str, str]]) -> None:
    page, programme_id, _talent_id = fresh
    page.compute_button.click()
    statement_id = page.selected_summary().statement_id
    other = Database(page.db.url)  # another instance of the app on the same file approves it
    statements.approve_statement(other, statement_id, APPROVER)
    other.dispose()
    before = (_statements(page.db, programme_id), _links(page.db, programme_id), _next_no(page.db, programme_id))
    page.ctx.undo_stack.undo()
    assert (_statements(page.db, programme_id), _links(page.db, programme_id), _next_no(page.db, programme_id)) == before
    assert len(shown) == 1 and shown[0][0] == "元に戻せません" and "承認されたため" in shown[0][1]
    assert page.ctx.undo_stack.count() == 0  # the refused step left the history
    assert page.selected_summary().status is StatementStatus.APPROVED


def test_undo_is_refused_when_a_later_number_was_taken(fresh: tuple[PaymentsPage, int, int],
                                                      shown: list[tuple[str, str]]) -> None:
    page, programme_id, _talent_id = fresh
    page.compute_button.click()
    other_talent = _talent(page.db, programme_id, "架空 次郎")
    statements.compute_draft(page.db, programme_id, other_talent, WHO)  # 2026-0002, for someone else
    page.reload()
    page.select_talent(fresh[2])
    page.ctx.undo_stack.undo()
    assert [no for no, *_rest in _statements(page.db, programme_id)] == ["2026-0001", "2026-0002"]
    assert "欠番" in shown[0][1]


def test_undo_is_refused_when_the_draft_was_recomputed_elsewhere(fresh: tuple[PaymentsPage, int, int],
                                                                shown: list[tuple[str, str]]) -> None:
    page, programme_id, talent_id = fresh
    page.compute_button.click()
    records.add_expense(page.db, programme_id, talent_id, DAY, "rail", 3_000, False, WHO, "")
    statements.compute_draft(page.db, programme_id, talent_id, APPROVER)  # another user's recompute
    made = _statements(page.db, programme_id)
    page.ctx.undo_stack.undo()
    assert _statements(page.db, programme_id) == made and "変更された" in shown[0][1]


def test_a_correction_rate_choice_is_kept_by_the_redo(fresh: tuple[PaymentsPage, int, int],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page, programme_id, _talent_id = fresh
    page.compute_button.click()
    statements.approve_statement(page.db, page.selected_summary().statement_id, APPROVER)
    page.reload()
    _adjust(page, monkeypatch, "日付の訂正")
    made = _statements(page.db, programme_id)
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.redo()
    assert _statements(page.db, programme_id) == made
    correction = page.selected_summary().statement_id
    assert statements.statement(page.db, correction).policy.correction_rates is CorrectionRates.CORRECTED


def test_the_edit_menu_names_the_draft_step(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]

    from PySide6.QtWidgets import QApplication

    from colead_desktop.settings import Settings
    from colead_desktop.ui.main_window import MainWindow
    from tests.ui.sync_runner import SyncRunner

    programme_id = new_programme(db)
    talent_id = _talent(db, programme_id)
    settings = Settings()
    settings.user_name = WHO
    window = MainWindow(db, settings, SyncRunner())
    qtbot.addWidget(window)
    window.context.switch_programme(programme_id)
    window.show()
    window.show_page("payments")
    page = window.page("payments")
    assert isinstance(page, PaymentsPage)
    page.select_talent(talent_id)
    page.compute_button.click()
    menu = window.menus["edit"]
    assert menu.actions()[0].text().startswith("元に戻す 明細書 2026-0001 を作成")
    menu.popup(page.mapToGlobal(page.compute_button.geometry().bottomLeft()))
    QApplication.processEvents()
    shots = shots_dir("undo17")
    window.grab().save(str(shots / "payments_window.png"))
    menu.grab().save(str(shots / "edit_menu_payment_draft.png"))
    menu.close()
