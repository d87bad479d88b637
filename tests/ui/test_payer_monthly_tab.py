"""The 源泉徴収（月別） tab adds up the payer's programmes and says which (accountant's review 12)."""

from __future__ import annotations

from pathlib import Path

from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.payments_page import PaymentsPage

from tests.services.test_payer_tax_documents import two_years_paid_in_december
from tests.ui.loading import wait_loaded


def test_december_adds_both_fiscal_years_of_the_payer(qtbot, context: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       artifacts: Path) -> None:
    _, second, _, _ = two_years_paid_in_december(context.db, tmp_path)
    context.switch_programme(second)
    page = PaymentsPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 820)
    page.show()
    wait_loaded(qtbot, page)
    page.left_tabs.setCurrentIndex(1)
    model = page.monthly_model
    assert [model.index(0, c).data() for c in range(5)] == ["2026年12月", "1", "52,345", "5,344", "2027-01-12"]
    assert model.rowCount() == 1
    covers = page.monthly_covers.text()
    assert "令和8年度 Co-LEAD" in covers and "令和9年度" in covers
    page.grab().save(str(artifacts / "payments_withholding_two_years.png"))
