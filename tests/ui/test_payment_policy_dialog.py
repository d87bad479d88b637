"""支給方針… on the demo, used as an accountant would: dated rates, region overrides, refusals, the preset."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton
from sqlalchemy import func, select

from colead_desktop.db.engine import Database
from colead_desktop.domain.statements import CorrectionRates
from colead_desktop.db.payment_models import AuditRow, PaymentPolicyRow, PaymentRateRow, StatementRow
from colead_desktop.domain.payments import LineCategory, TravelRule
from colead_desktop.domain.statements import ISSUED
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments as service
from colead_desktop.ui.pages.payments_page import PaymentsPage
from colead_desktop.ui.payments.policy_dialog import PolicyDialog, RateDialog
from tests.ui.modal import when_modal
from tests.ui.payments_fixtures import WHO


@pytest.fixture
def page(payments_page: PaymentsPage) -> PaymentsPage:
    return payments_page


def _draft_for(db: Database, summary: service.PayeeSummary) -> int:
    """An adjusting statement computed with the policy in force (the demo's statements are approved): a draft that
    follows policy changes."""
    assert summary.statement_id is not None
    return statements.adjust_statement(db, summary.statement_id, WHO, "日当の改定", rates=CorrectionRates.CURRENT)


def _after_issued(db: Database, programme_id: int) -> date:
    """The first day after every issued statement's period: a rate may start no earlier (it would rewrite them)."""
    with db.session() as session:
        end = session.scalar(select(func.max(StatementRow.period_end)).where(
            StatementRow.programme_id == programme_id, StatementRow.status.in_(ISSUED)))
    assert end is not None
    return end + timedelta(days=1)


def _draft_with_a_tour_day(db: Database, programme_id: int, summary: service.PayeeSummary, day: date) -> int:
    """An adjusting draft that also pays a tour day on `day` (after the issued periods, where a new rate can start)."""
    draft_id = _draft_for(db, summary)
    records.add_tour_day(db, programme_id, summary.talent_id, day, WHO, note="追加の現地視察")
    assert statements.compute_draft(db, programme_id, summary.talent_id, WHO) == draft_id
    return draft_id


def _per_diem(db: Database, statement_id: int) -> dict[date, int]:
    lines = statements.statement(db, statement_id).result.lines
    return {line.dates[0]: line.amount_yen for line in lines if line.category is LineCategory.PER_DIEM}


def _ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _set_rate(effective_from: date | None = None, per_diem: int | None = None):  # type: ignore[no-untyped-def]
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RateDialog)
        if effective_from is not None:
            dialog.effective_from.setDate(QDate(effective_from.year, effective_from.month, effective_from.day))
        if per_diem is not None:
            dialog.per_diem.setValue(per_diem)
        _ok(dialog)
    return fill


def test_a_new_per_diem_from_a_date_recomputes_drafts_and_keeps_approved_statements(
        page: PaymentsPage, db: Database, qtbot, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = service.list_payees(db, page.ctx.programme_id)[:2]
    cutoff = _after_issued(db, page.ctx.programme_id)
    draft_id = _draft_with_a_tour_day(db, page.ctx.programme_id, first, cutoff)
    approved_before = statements.statement(db, second.statement_id)
    days = sorted(_per_diem(db, draft_id))
    assert days[-1] == cutoff and len(days) > 1  # the tour's days keep the old rate, the later day takes the new

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, PolicyDialog)
        when_modal(_set_rate(cutoff - timedelta(days=1), 12_000))  # inside an approved statement's period
        dialog.rate_add.click()
        _ok(dialog)
        assert dialog.isVisible() and "承認済みの支払明細書" in page.messages[-1][1]  # refused, named, kept open
        dialog.rates_table.selectRow(1)
        dialog.rate_delete.click()
        when_modal(_set_rate(cutoff, 12_000))
        dialog.rate_add.click()
        assert dialog.rates_table.rowCount() == 2
        dialog.grab().save(str(artifacts / "payments_policy_dialog.png"))
        _ok(dialog)

    page.reload()
    when_modal(edit)
    page.policy_button.click()

    per_diem = _per_diem(db, draft_id)
    assert per_diem == {d: 12_000 if d >= cutoff else 10_000 for d in days}
    used = [r.entry_id for r in statements.statement(db, draft_id).result.rates_used]
    assert "FY2021" in used and len(used) == 2
    after = statements.statement(db, second.statement_id)
    assert (after.result, after.status) == (approved_before.result, approved_before.status)
    draft_no = statements.statement(db, draft_id).statement_no
    assert page.messages[-1][0] == "information" and draft_no in page.messages[-1][1]
    with db.session() as session:
        new = session.query(PaymentRateRow).filter(PaymentRateRow.effective_from == cutoff).one()
        assert new.per_diem_yen == 12_000
        audit = session.query(AuditRow).filter(AuditRow.entity == "payment_rate", AuditRow.entity_id == new.id).all()
        assert {a.field for a in audit} >= {"effective_from", "per_diem_yen"} and {a.who for a in audit} == {WHO}
        assert any(a.field == "per_diem_yen" and a.old is None and a.new == "12000" for a in audit)


def test_a_region_override_applies_to_that_regions_payees_only(page: PaymentsPage, db: Database) -> None:
    payees = service.list_payees(db, page.ctx.programme_id)
    region = payees[0].region
    cutoff = _after_issued(db, page.ctx.programme_id)
    inside = _draft_with_a_tour_day(db, page.ctx.programme_id, payees[0], cutoff)
    outside_summary = next(p for p in payees if p.region and p.region != region)
    outside = _draft_with_a_tour_day(db, page.ctx.programme_id, outside_summary, cutoff)
    outside_before = _per_diem(db, outside)

    def override(dialog: QDialog) -> None:
        assert isinstance(dialog, PolicyDialog)
        dialog.scope.setCurrentIndex(dialog.scope.findText(f"地域: {region}"))
        assert not dialog.rates_box.isEnabled()  # shows the programme's policy until overridden
        dialog.override.setChecked(True)
        when_modal(_set_rate(cutoff, 8_000))  # from after the approved periods: an earlier start is refused
        dialog.rate_add.click()
        _ok(dialog)

    page.reload()
    when_modal(override)
    page.policy_button.click()
    assert _per_diem(db, inside) == {d: 8_000 if d >= cutoff else 10_000 for d in _per_diem(db, inside)}
    assert _per_diem(db, inside)[cutoff] == 8_000
    assert _per_diem(db, outside) == outside_before and outside_before[cutoff] == 10_000
    with db.session() as session:
        row = session.query(PaymentPolicyRow).filter(PaymentPolicyRow.region_id.isnot(None)).one()
        assert [r.per_diem_yen for r in session.query(PaymentRateRow).filter_by(policy_id=row.id)
                .order_by(PaymentRateRow.effective_from)] == [10_000, 8_000]

    def clear(dialog: QDialog) -> None:
        assert isinstance(dialog, PolicyDialog)
        dialog.scope.setCurrentIndex(dialog.scope.findText(f"地域: {region}"))
        dialog.override.setChecked(False)
        _ok(dialog)

    when_modal(clear)
    page.policy_button.click()
    assert set(_per_diem(db, inside).values()) == {10_000}
    with db.session() as session:
        assert session.query(PaymentPolicyRow).filter(PaymentPolicyRow.region_id.isnot(None)).count() == 0
        deleted = session.query(AuditRow).filter(AuditRow.entity == "payment_policy", AuditRow.new.is_(None)).all()
        assert deleted and {a.who for a in deleted} == {WHO}


def test_a_rate_an_approved_statement_used_cannot_be_rewritten(page: PaymentsPage, db: Database) -> None:
    first = service.list_payees(db, page.ctx.programme_id)[0]

    def try_edit(dialog: QDialog) -> None:
        assert isinstance(dialog, PolicyDialog)
        dialog.rates_table.selectRow(0)
        dialog.rate_edit.click()  # refused before the rate dialog opens
        dialog.rate_delete.click()
        assert dialog.rates_table.rowCount() == 1
        dialog.reject()

    when_modal(try_edit)
    page.policy_button.click()
    refusals = [text for kind, text in page.messages if kind == "warning"]
    assert len(refusals) == 2 and all("FY2021" in t and first.statement_no in t and "追加" in t for t in refusals)


def test_withholding_exclusion_needs_a_reason_and_the_preset_restores_fy2021(page: PaymentsPage,
                                                                            db: Database) -> None:
    def exclude(dialog: QDialog) -> None:
        assert isinstance(dialog, PolicyDialog)
        dialog.withhold.setChecked(False)
        assert dialog.reason.isEnabled()
        _ok(dialog)  # refused: no reason
        assert dialog.isVisible()
        dialog.reason.setText("税理士確認済み（2021-11-01）")
        dialog.travel.setCurrentIndex(dialog.travel.findData(TravelRule.NONE.value))
        _ok(dialog)

    when_modal(exclude)
    page.policy_button.click()
    assert any(kind == "warning" and "理由" in text for kind, text in page.messages)
    with db.session() as session:
        row = session.query(PaymentPolicyRow).filter(PaymentPolicyRow.region_id.is_(None)).one()
        assert (row.withhold_reimbursements, row.exclusion_reason, row.travel_rule) == (
            False, "税理士確認済み（2021-11-01）", "none")  # stored as typed
        assert session.query(AuditRow).filter_by(entity="payment_policy", field="travel_rule",
                                                 old="actual", new="none").count() == 1

    def preset(dialog: QDialog) -> None:
        assert isinstance(dialog, PolicyDialog)
        dialog.preset.click()
        assert dialog.withhold.isChecked() and dialog.travel.currentData() == "actual"
        _ok(dialog)

    when_modal(preset)
    page.policy_button.click()
    with db.session() as session:
        row = session.query(PaymentPolicyRow).filter(PaymentPolicyRow.region_id.is_(None)).one()
        assert (row.withhold_reimbursements, row.exclusion_reason, row.travel_rule, row.honorarium_scope) == (
            True, "", "actual", "support_only")
        assert [r.entry_id for r in session.query(PaymentRateRow).filter_by(policy_id=row.id)] == ["FY2021"]


def test_travel_cap_and_fixed_amount_show_a_dash_unless_the_rule_uses_them(
        page: PaymentsPage, db: Database, qtbot, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PolicyDialog(db, page.ctx.programme_id, WHO, page)
    qtbot.addWidget(dialog)
    dialog.show()

    def travel_cells() -> tuple[str, str]:
        return dialog.rates_table.item(0, 5).text(), dialog.rates_table.item(0, 6).text()

    assert dialog.travel.currentData() == TravelRule.ACTUAL.value  # the demo's FY2021 rule
    assert travel_cells() == ("—", "—")
    dialog.grab().save(str(artifacts / "payment_policy_rates.png"))
    dialog.travel.setCurrentIndex(dialog.travel.findData(TravelRule.ACTUAL_CAPPED.value))
    assert travel_cells()[0] != "—" and travel_cells()[1] == "—"
    dialog.travel.setCurrentIndex(dialog.travel.findData(TravelRule.FIXED.value))
    assert travel_cells()[0] == "—" and travel_cells()[1] != "—"
    when_modal(lambda box: box.findChild(QPushButton, "discard_yes").click(), QMessageBox)  # 変更を破棄しますか
    dialog.reject()
    assert dialog.isHidden()


def test_saving_a_changed_policy_says_it_cannot_be_undone_and_no_keeps_the_dialog(
        page: PaymentsPage, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No)
    kept: list[bool] = []

    def change_then_say_no(dialog: QDialog) -> None:
        assert isinstance(dialog, PolicyDialog)
        dialog.travel.setCurrentIndex(dialog.travel.findData(TravelRule.NONE.value))
        _ok(dialog)
        kept.append(dialog.isVisible())
        monkeypatch.setattr(dialog._guard, "may_close", lambda: True)
        dialog.reject()

    when_modal(change_then_say_no)
    page.policy_button.click()
    assert kept == [True] and len(asked) == 1 and "この操作は元に戻せません" in asked[0]
    with db.session() as session:
        row = session.query(PaymentPolicyRow).filter(PaymentPolicyRow.region_id.is_(None)).one()
        assert row.travel_rule == "actual"
