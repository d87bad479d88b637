"""An offline copy opened in the window: a banner says what it is a copy of and until when, a held company is
edited as usual, a company carried along for reference only is refused with the 参照用 message, and ファイル >
持ち出し… / 持ち帰り… are off with the reason there and for roles that may not hold records."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.domain.records import CompanyRecord
from colead_desktop.services.offline_checkout import region_id_named
from colead_desktop.services.records import get_record, list_records
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages import records_page
from colead_desktop.ui.pages.record_kinds import record_kinds
from tests.services.offline_references_fixture import REFERENCE_REFUSAL, Copied, copied  # noqa: F401
from tests.services.offline_team import shared  # noqa: F401 - the fixture copied builds on
from tests.team_fixtures import Team
from tests.ui.sync_runner import SyncRunner
from tests.conftest import shots_dir

SHOTS = shots_dir("off16b")


def _shot(widget: Any, name: str, tmp_path: Path) -> None:
    folder = SHOTS
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))


def _actions(window: MainWindow) -> tuple[QAction, QAction]:
    found = window.findChild(QAction, "check_out_action"), window.findChild(QAction, "check_in_action")
    assert found[0] is not None and found[1] is not None
    return found[0], found[1]


def test_a_reference_company_is_refused_on_the_records_page_of_the_copy(  # noqa: F811
        copied: Copied, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    offline = Database(f"sqlite:///{copied.file}")
    context = AppContext(offline, Settings(), SyncRunner(), QUndoStack())
    context.switch_programme(copied.shared.programme_id)
    page = records_page.RecordsPage(next(k for k in record_kinds() if k.record_type is CompanyRecord), context)
    qtbot.addWidget(page)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    shown: list[Any] = []

    def form(_name: str, record: Any, _choices: Any, _parent: Any) -> Any:
        shown.append(record)
        return replace(record, industry="精密加工") if len(shown) == 1 else None  # then キャンセル

    monkeypatch.setattr(records_page, "edit_record", form)
    held = region_id_named(offline, "北見")
    [kitami_company] = [c for c in list_records(offline, CompanyRecord, copied.shared.programme_id)
                        if c.region_id == held]
    assert kitami_company.id is not None
    page.select_id(kitami_company.id)
    page.edit_selected()  # held: saved as anywhere
    assert warnings == [] and context.undo_stack.count() == 1
    assert get_record(offline, CompanyRecord, kitami_company.id).industry == "精密加工"

    shown.clear()
    page.select_id(copied.company_id)
    page.edit_selected()  # 桑名's company, copied along for its staff member: refused, the form offered again
    assert len(warnings) == 1 and REFERENCE_REFUSAL in warnings[0] and "Traceback" not in warnings[0]
    assert len(shown) == 2 and context.undo_stack.count() == 1
    assert get_record(offline, CompanyRecord, copied.company_id).industry == ""
    offline.dispose()


def test_the_window_on_an_offline_copy_says_so_and_turns_check_out_off(  # noqa: F811
        copied: Copied, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: F811
    window = MainWindow(Database(f"sqlite:///{copied.file}"), Settings(), SyncRunner())
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    banner = window.findChild(QLabel, "offline_copy_banner")
    until = tokyo_today() + timedelta(days=7)
    assert banner is not None and banner.isVisible()
    assert f"「北見のツアー」（{until.month}/{until.day}まで）" in banner.text() and "山田" not in banner.text()
    check_out, check_in = _actions(window)
    assert not check_out.isEnabled() and "持ち出したファイル" in check_out.toolTip()
    assert not check_in.isEnabled() and "共有データベース" in check_in.toolTip()
    window.show_page("tours")
    tours = window.page("tours")
    assert not tours.hold_banner.isVisibleTo(tours)  # type: ignore[attr-defined]  # the copy's own hold: no lock
    assert tours.settings_button.isEnabled()  # type: ignore[attr-defined]
    _shot(window, "offline-copy-banner.png", tmp_path)
    menu = window.menus["file"]
    menu.popup(window.mapToGlobal(QPoint(0, 20)))
    qtbot.waitExposed(menu)
    _shot(menu, "offline-copy-file-menu.png", tmp_path)
    menu.close()
    window.close()
    window.db.dispose()


def test_check_out_is_off_for_a_role_without_holds_and_on_for_sqlite(team_db: Team, db: Database,
                                                                     qtbot: QtBot) -> None:
    for key, allowed in (("viewer", False), ("accounting", False), ("lab", True)):
        window = MainWindow(team_db.as_(key), Settings(), SyncRunner())
        qtbot.addWidget(window)
        for action in _actions(window):
            assert action.isEnabled() is allowed, key
            assert allowed or "持ち出し" in action.toolTip()  # the area the role has no right to
        assert not window.findChild(QLabel, "offline_copy_banner").isVisibleTo(window)  # type: ignore[union-attr]
        window.close()
    window = MainWindow(db, Settings(), SyncRunner())  # SQLite: holds recorded, not enforced (as off16 decided)
    qtbot.addWidget(window)
    assert all(action.isEnabled() for action in _actions(window))
    window.set_database(team_db.as_("viewer"))  # the menu outlives the switch: worked out again
    assert not any(action.isEnabled() for action in _actions(window))
    window.close()
