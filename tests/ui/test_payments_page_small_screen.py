"""The 支払 page at 1366 × 768 with the navigation shown: every column of the payees table fits without a horizontal
scroll, amounts uncut, in Japanese and English, on a programme of several payees with long names (accountant's
review 19: 差引支払額 needed a scroll)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.db.payment_models import TourDayRow
from colead_desktop.services import payment_records as records
from colead_desktop.services import payment_statements as statements
from colead_desktop.services import payments
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.payments_page import PaymentsPage
from tests.programmes import new_programme
from tests.services.payments_fixtures import BANK, WHO
from tests.ui.loading import shown_page

NAMES = ("長谷川 アレクサンドラ 美智子", "勅使河原 ジョナサン 健太郎", "五百旗頭 マクシミリアン 真之介",
         "Wolfeschlegelsteinhausen Bergerdorff", "小鳥遊 エリザベス 花子", "佐藤 太郎")


def _payees(db: Database) -> int:
    """A programme of several payees with long names and large amounts (a million-yen air fare), drafted."""
    programme_id = new_programme(db, "令和3年度 ふるさと Co-LEAD 検証用プログラム（長い名前の受取人）", 2021)
    with db.session() as session:
        talents = [models.Talent(name=name, kana="カクウ タロウ") for name in NAMES]
        session.add_all(talents)
        session.flush()
        session.add_all(models.ProgrammeTalent(programme_id=programme_id, talent_id=t.id, region_preferences=[],
                                               motivation="") for t in talents)
        session.add_all(TourDayRow(programme_id=programme_id, talent_id=t.id, day=date(2021, 11, 16), note="")
                        for t in talents)
        ids = [t.id for t in talents]
    for number, talent in enumerate(ids):
        payments.save_payee(db, talent, WHO, fee_borne_by="payee", fee_yen=880, **BANK)
        records.add_expense(db, programme_id, talent, date(2021, 11, 16), "air", 1_234_567 * (number + 1), False, WHO)
        statements.compute_draft(db, programme_id, talent, WHO)
    return programme_id


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_column_of_the_payees_fits_at_1366_by_768(qtbot, db: Database, artifacts: Path,  # type: ignore[no-untyped-def]
                                                        language: str, request: pytest.FixtureRequest) -> None:
    if language == "en":
        request.getfixturevalue("english")
    _payees(db)
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = shown_page(qtbot, window, "payments")
    assert isinstance(page, PaymentsPage) and window.nav.isVisible()
    QApplication.processEvents()
    window.grab().save(str(artifacts / f"payments_page_1366_{language}.png"))
    table = page.payees
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in range(header.count()))
    assert shown <= table.viewport().width()
    model = table.model()
    for column in range(4, model.columnCount()):  # the amounts: never cut
        for row in range(model.rowCount()):
            assert header.sectionSize(column) >= table.sizeHintForIndex(model.index(row, column)).width(), (
                column, row)
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == NAMES[0]  # a name shortened to 「…」, whole
