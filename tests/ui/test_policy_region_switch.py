"""The payment policy dialog on a fresh programme with two regions (input review 12 item 4): nothing typed is
silently lost or cut. A rate over its limit is refused in its own dialog, naming the region and the field, with
the typed text kept (it used to be stored cut to 99,999,999, which is what switching the region away and back
showed); valid edits of a region survive switching away and back, and are saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.db import models
from colead_desktop.db.engine import Database
from colead_desktop.domain.payments import TravelRule
from colead_desktop.services import payment_policy as policy
from colead_desktop.ui import unsaved
from colead_desktop.ui.payments.policy_dialog import PolicyDialog, RateDialog
from tests.conftest import shots_dir
from tests.programmes import new_programme
from tests.ui.modal import when_modal

SHOTS = shots_dir("input12")


@pytest.fixture
def programme(db: Database) -> int:
    programme_id = new_programme(db)
    with db.session() as session:
        for name in ("北見", "桑名"):
            region = models.Region(name=name, prefecture="")
            session.add(region)
            session.flush()
            session.add(models.ProgrammeRegion(programme_id=programme_id, region_id=region.id))
    return programme_id


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)  # save and recompute
    monkeypatch.setattr(unsaved, "confirm_discard", lambda _parent, _changed: True)
    return said


def open_dialog(db: Database, programme_id: int, qtbot: QtBot) -> PolicyDialog:
    dialog = PolicyDialog(db, programme_id, "テスト担当")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def per_diems(dialog: PolicyDialog) -> list[str]:
    return [dialog.rates_table.item(row, 2).text() for row in range(dialog.rates_table.rowCount())]


def kitami_override(dialog: PolicyDialog) -> None:
    dialog.scope.setCurrentIndex(dialog.scope.findText("地域: 北見"))
    dialog.override.setChecked(True)


def test_an_over_limit_rate_is_refused_naming_region_and_field_and_kept_as_typed(
        db: Database, programme: int, qtbot: QtBot, warnings: list[str]) -> None:
    dialog = open_dialog(db, programme, qtbot)
    kitami_override(dialog)
    seen: list[str] = []

    def type_over_limit_then_fix(rate: QDialog) -> None:
        assert isinstance(rate, RateDialog) and rate.windowTitle() == "料率の追加（地域: 北見）"
        rate.effective_from.setDate(date(2026, 12, 1))
        rate.per_diem.setFocus()
        rate.per_diem.lineEdit().selectAll()
        qtbot.keyClicks(rate.per_diem, "999999999999")
        ok(rate)
        assert rate.isVisible() and rate.per_diem.property("state") == "invalid"  # refused, not closed, cut
        assert rate.per_diem.text().replace(",", "").startswith("999999999999")
        QApplication.processEvents()
        rate.grab().save(str(SHOTS / "policy_rate_over_limit_refused.png"))
        seen.append(rate.per_diem.text())
        rate.per_diem.lineEdit().selectAll()
        qtbot.keyClicks(rate.per_diem, "12000")
        ok(rate)

    when_modal(type_over_limit_then_fix)
    dialog.rate_add.click()
    assert seen and warnings == ["地域: 北見\n日当（ツアー参加日）: 0〜100,000,000 円の整数で指定してください"]
    assert per_diems(dialog) == ["10,000", "12,000"]
    dialog.scope.setCurrentIndex(0)
    dialog.scope.setCurrentIndex(dialog.scope.findText("地域: 北見"))
    assert per_diems(dialog) == ["10,000", "12,000"]
    ok(dialog)  # no closed rate dialog left behind to refuse the save
    assert warnings == warnings[:1] and dialog.result() == QDialog.DialogCode.Accepted
    [kitami] = [r for r in policy.load_policies(db, programme).regions if r.name == "北見"]
    assert kitami.settings is not None
    assert [e.rates.per_diem_yen for e in kitami.settings.rates] == [10_000, 12_000]


def test_valid_edits_of_a_region_are_kept_across_switching_and_saved(
        db: Database, programme: int, qtbot: QtBot, warnings: list[str]) -> None:
    dialog = open_dialog(db, programme, qtbot)
    kitami_override(dialog)
    dialog.withhold.setChecked(False)
    dialog.reason.setText("税理士確認済み 2026-11")
    dialog.travel.setCurrentIndex(dialog.travel.findData(TravelRule.ACTUAL.value))
    for name in ("プログラム全体", "地域: 桑名", "地域: 北見"):
        dialog.scope.setCurrentIndex(dialog.scope.findText(name))
    assert (dialog.reason.text(), dialog.travel.currentData(), dialog.withhold.isChecked()) == (
        "税理士確認済み 2026-11", TravelRule.ACTUAL.value, False)
    ok(dialog)
    assert not warnings and dialog.result() == QDialog.DialogCode.Accepted
    again = open_dialog(db, programme, qtbot)  # the next time the dialog is opened
    again.scope.setCurrentIndex(again.scope.findText("地域: 北見"))
    assert (again.reason.text(), again.travel.currentData(), again.override.isChecked()) == (
        "税理士確認済み 2026-11", TravelRule.ACTUAL.value, True)
