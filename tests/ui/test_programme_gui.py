"""A secretariat's own programme from the first start: the wizard (its checks per field), the switcher, the
demo kept in its own programme, and pages that say what to do when there is nothing to show (issue 13)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.programme_setup import RegionSetup
from colead_desktop.domain.programme_setup_json import read_setup_json
from colead_desktop.domain.records import EventRecord
from colead_desktop.services import meetup_setup
from colead_desktop.services import programme_setup as programme_service
from colead_desktop.services.demo import load_demo
from colead_desktop.services.programme_scope import list_programmes
from colead_desktop.services.records import list_records, save_record
from colead_desktop.settings import Settings
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.programme import actions as programme_actions
from colead_desktop.ui.programme.first_start import FirstStartDialog, FirstStep
from colead_desktop.ui.programme.switcher import NextYearDialog, ProgrammeSwitcher, SwitcherStep
from colead_desktop.ui.programme.wizard import ProgrammeWizard
from tests.domain.test_programme_setup import DOCUMENT
from tests.programmes import new_programme
from tests.ui.sync_runner import SyncRunner

pytestmark = pytest.mark.usefixtures("questions")  # 提案, the wizard and the demo ask first

REGIONS = (RegionSetup("北見", "北海道", "北見工業大学 IoT ラボ", "山田 太郎", "北海道北見市公園町165"),
           RegionSetup("桑名", "三重県", "桑名 IoT ラボ"))


def fill(wizard: ProgrammeWizard, *, requester_code: str = "1234567890", bank_code: str = "0005") -> None:
    """Every page of the wizard as a secretariat fills it in."""
    programme, payer, zengin, regions = wizard.sections
    programme.name.setText("ふるさと Co-LEAD 2026")  # type: ignore[attr-defined]
    payer.edits["name"].setText("株式会社サンプル事務局")  # type: ignore[attr-defined]
    payer.edits["address"].setText("東京都千代田区霞が関1-3-1")  # type: ignore[attr-defined]
    zengin.requester_code.setText(requester_code)  # type: ignore[attr-defined]
    zengin.requester_kana.setText("ｶ)ｻﾝﾌﾟﾙ")  # type: ignore[attr-defined]
    zengin.bank_code.setText(bank_code)  # type: ignore[attr-defined]
    zengin.branch_code.setText("001")  # type: ignore[attr-defined]
    zengin.account_number.setText("1234567")  # type: ignore[attr-defined]
    for region in REGIONS:
        regions.add_region(region)  # type: ignore[attr-defined]


@pytest.fixture
def wizard(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> ProgrammeWizard:
    widget = ProgrammeWizard(context, [])
    # These tests leave the wizard filled in: closing it at teardown must not wait on 破棄 / 戻る (the question
    # itself is tested in test_dialog_discard.py).
    monkeypatch.setattr(widget._guard, "may_close", lambda: True)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def finding(wizard: ProgrammeWizard, path: str) -> QLabel:
    return next(label for section in wizard.sections for p, label in section.finding_labels.items() if p == path)


def test_a_bad_requester_code_keeps_the_wizard_on_its_page_naming_the_field(wizard: ProgrammeWizard) -> None:
    fill(wizard, requester_code="12345")
    wizard.next()
    wizard.next()
    assert wizard.currentPage().objectName() == "zengin_section_page"
    wizard.next()  # refused: the code is 5 digits
    assert wizard.currentPage().objectName() == "zengin_section_page"
    label = finding(wizard, "payer.zengin.requester_code")
    assert label.isVisibleTo(wizard) and "10桁" in label.text() and label.property("state") == "error"
    wizard.sections[2].requester_code.setText("1234567890")  # type: ignore[attr-defined]
    wizard.next()
    assert wizard.currentPage().objectName() == "regions_section_page"
    assert not label.isVisibleTo(wizard)


def test_an_unknown_bank_is_a_warning_that_lets_the_user_go_on(wizard: ProgrammeWizard) -> None:
    fill(wizard, bank_code="0005")
    zengin = wizard.sections[2]
    zengin.look_up_bank()  # type: ignore[attr-defined]
    assert "三菱UFJ" in zengin.bank_info.text()  # type: ignore[attr-defined]  # known: names shown, no warning
    zengin.bank_code.setText("9899")  # type: ignore[attr-defined]
    zengin.look_up_bank()  # type: ignore[attr-defined]
    assert not zengin.bank_info.isVisibleTo(wizard)  # type: ignore[attr-defined]
    for _ in range(3):
        wizard.next()
    label = finding(wizard, "payer.zengin.bank_code")
    assert "9899" in label.text() and label.property("state") == "warning"
    assert wizard.currentPage().objectName() == "regions_section_page"  # not refused


def test_the_account_number_is_masked_after_entry_with_a_show_toggle(wizard: ProgrammeWizard) -> None:
    zengin = wizard.sections[2]
    number = zengin.account_number  # type: ignore[attr-defined]
    assert number.echoMode() != number.EchoMode.Normal
    zengin.show_account.setChecked(True)  # type: ignore[attr-defined]
    assert number.echoMode() == number.EchoMode.Normal


@pytest.fixture
def window(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: QMessageBox.StandardButton.Ok)
    main = MainWindow(db, Settings(), SyncRunner())
    qtbot.addWidget(main)
    return main


def test_empty_database_pages_say_what_to_do_and_offer_the_button(window: MainWindow) -> None:
    assert window.context.programme_id is None
    for key in window.page_keys:
        window.show_page(key)
        page = window.page(key)
        states = [w for w in page.findChildren(QLabel) if w.objectName().endswith("_empty_message") and
                  w.isVisibleTo(page)]
        assert states, f"{key}: no empty state"
        buttons = {b.objectName() for b in page.findChildren(QPushButton) if b.isVisibleTo(page)}
        assert {"empty_new_programme", "empty_load_demo"} <= buttons, key


def test_first_start_wizard_then_a_meetup_with_tables_from_the_regions_then_the_demo_apart(
        window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def choose_create(dialog: FirstStartDialog) -> int:
        dialog.choice = FirstStep.CREATE
        return QDialog.DialogCode.Accepted

    def run_wizard(wizard: ProgrammeWizard) -> int:
        wizard.show()  # as exec() does: a wizard starts on its first page when shown
        fill(wizard)
        for _ in wizard.pageIds()[1:]:
            wizard.next()
        assert wizard.currentId() == wizard.pageIds()[-1], wizard.currentPage().objectName()  # no page refused
        wizard.accept()
        return wizard.result()

    monkeypatch.setattr(FirstStartDialog, "exec", choose_create)
    monkeypatch.setattr(ProgrammeWizard, "exec", run_wizard)
    programme_actions.first_start(window)
    own = window.context.programme_id
    assert own is not None
    assert "ふるさと Co-LEAD 2026" in window.windowTitle()
    window.show_page("dashboard")
    assert "ふるさと Co-LEAD 2026" in window.page("dashboard").heading.text()  # type: ignore[attr-defined]

    start = datetime(2026, 6, 6, 13, 0)
    event = save_record(db, EventRecord(id=None, programme_id=own, kind="meetup", title="ミートアップ",
                                          starts_at=start, ends_at=start.replace(hour=17)))
    window.show_page("meetup")
    meetup = window.page("meetup")
    meetup.reload()  # type: ignore[attr-defined]
    meetup.select_event(event.id)  # type: ignore[attr-defined]
    meetup.roundtable_tab.create_default()  # type: ignore[attr-defined]
    setup = meetup_setup.load_setup(db, event.id)  # type: ignore[arg-type]
    assert setup is not None and [t.name for t in setup.tables] == ["北見", "桑名"]

    programme_actions.load_demo(window)
    demo = window.context.programme_id
    programmes = {p.id: p for p in list_programmes(db)}
    assert set(programmes) == {own, demo} and programmes[demo].is_demo and not programmes[own].is_demo
    window.switch_programme(own)
    assert [e.title for e in list_records(db, EventRecord, own)] == ["ミートアップ"]
    window.show_page("events")
    assert window.page("events").model.rowCount() == 1  # type: ignore[attr-defined]  # the demo's are not here
    window.switch_programme(demo)
    window.show_page("events")
    assert window.page("events").model.rowCount() > 1  # type: ignore[attr-defined]
    window.show_page("talents")
    assert window.page("talents").model.rowCount() == 16  # type: ignore[attr-defined]
    window.show_page("tours")
    assert window.page("tours").tour_combo.count() == 3  # type: ignore[attr-defined]
    window.show_page("payments")
    assert len(window.page("payments").summaries) == 16  # type: ignore[attr-defined]
    assert "デモ" in window.windowTitle()
    window.switch_programme(own)
    window.show_page("talents")
    assert window.page("talents").model.rowCount() == 0  # type: ignore[attr-defined]
    window.show_page("tours")
    assert window.page("tours").tour_combo.count() == 0  # type: ignore[attr-defined]
    window.show_page("payments")
    assert window.page("payments").summaries == []  # type: ignore[attr-defined]
    assert "ふるさと Co-LEAD 2026" in window.windowTitle()


def test_the_switcher_lists_the_programmes_and_switches(window: MainWindow, db: Database,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    own = new_programme(db, "令和8年度 ふるさと Co-LEAD", 2026)
    demo = load_demo(db)
    assert demo is not None
    window.switch_programme(own)
    seen: list[ProgrammeSwitcher] = []

    def switch_to_the_demo(switcher: ProgrammeSwitcher) -> int:
        seen.append(switcher)
        row = next(r for r in range(switcher.table.rowCount())
                   if switcher.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == demo)
        switcher.table.selectRow(row)
        switcher.buttons[SwitcherStep.SWITCH].click()
        return switcher.result()

    monkeypatch.setattr(ProgrammeSwitcher, "exec", switch_to_the_demo)
    programme_actions.open_switcher(window)
    (switcher,) = seen
    names = [switcher.table.item(r, 0).text() for r in range(switcher.table.rowCount())]
    assert names[0] == "令和8年度 ふるさと Co-LEAD（表示中）" and len(names) == 2
    load_button = switcher.buttons[SwitcherStep.DEMO]
    assert not load_button.isEnabled() and "すでに読み込まれて" in load_button.toolTip()  # disabled, saying why
    assert window.context.programme_id == demo and "デモ" in window.windowTitle()


def test_loading_the_demo_a_second_time_says_it_is_there(window: MainWindow, db: Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    programme_actions.load_demo(window)
    demo = window.context.programme_id
    assert demo is not None and shown == []
    programme_actions.load_demo(window)
    assert len(shown) == 1 and "すでに読み込まれています" in shown[0]
    assert [p.id for p in list_programmes(db)] == [demo]


def test_creating_a_programme_and_loading_the_demo_say_they_cannot_be_undone_and_no_writes_nothing(
        wizard: ProgrammeWizard, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No)
    fill(wizard)
    for _ in wizard.pageIds()[1:]:
        wizard.next()
    wizard.accept()
    assert len(asked) == 1 and "この操作は元に戻せません" in asked[0]
    assert wizard.result() == 0 and wizard.programme_id is None and wizard.isVisible()  # still there to say はい
    programme_actions.load_demo(window)
    assert len(asked) == 2 and "この操作は元に戻せません" in asked[1]
    assert list_programmes(db) == []


def programme_with_payer(db: Database, name: str) -> int:
    """A fresh programme as the wizard makes it (a payer, two regions): one that can be copied into next year."""
    return programme_service.create_programme(db, read_setup_json({**DOCUMENT, "name": name}), "テスト")


def copy_next_year(window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: str, shot: str = "",
                   year: int = 2027) -> list[str]:
    """次年度を作成… of the programme on show into `year`, the question after it answered with its button named
    `answer` (open_copy, stay; saved to /work/shots/`shot`); the questions' texts."""
    asked: list[str] = []

    def reply(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.defaultButton().objectName() == "stay"  # Enter stays
        if shot:
            box.show()
            box.grab().save(f"/work/shots/{shot}")
        box.findChild(QPushButton, answer).click()
        return 0

    monkeypatch.setattr(NextYearDialog, "exec", lambda dialog: dialog.year.setValue(year) or QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "exec", reply)
    assert window.context.programme_id is not None
    programme_actions.create_next_year(window, window.context.programme_id)
    return asked


def test_after_the_next_year_copy_the_window_asks_and_stays_by_default(window: MainWindow, db: Database,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       qtbot: QtBot) -> None:
    """Review 15 item 7: the window used to open the copy at once, and (the newest) at the next start too."""
    own = programme_with_payer(db, "令和8年度 ふるさと Co-LEAD")
    window.context.switch_database(db)  # shown as at a start without a remembered choice
    assert window.context.programme_id == own and window.context.settings.current_programme(db.url) is None
    asked = copy_next_year(window, monkeypatch, "stay", "input15_open_copy_question_ja.png")
    assert len(asked) == 1 and "「令和8年度 ふるさと Co-LEAD」のまま作業を続けます" in asked[0]
    assert window.context.programme_id == own and len(list_programmes(db)) == 2
    restarted = MainWindow(db, Settings(), SyncRunner())
    qtbot.addWidget(restarted)
    assert restarted.context.programme_id == own  # not the copy, now the newest
    copy_next_year(window, monkeypatch, "open_copy", year=2028)
    newest = max(p.id for p in list_programmes(db))
    assert window.context.programme_id == newest != own


def test_the_next_year_dialog_proposes_the_names_for_the_year_editable(window: MainWindow, db: Database,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       artifacts: Path) -> None:
    """Review 16 item 2: the copy kept 「令和8年度…」 as its 事業名, printed on the new year's statements; the dialog
    shows the name and 事業名 proposed for the year chosen, and the copy takes them as the user leaves them."""
    own = programme_service.create_programme(db, read_setup_json({
        **DOCUMENT, "name": "令和8年度 ふるさと Co-LEAD", "fiscal_year": 2026, "start": "2026-06-01",
        "end": "2027-02-28", "payer": {**DOCUMENT["payer"], "project_name": "令和8年度 地域デジタル人材事業"}}), "テスト")
    dialog = NextYearDialog(programme_service.load_setup(db, own))
    assert (dialog.year.value(), dialog.name_edit.text(), dialog.project_name_edit.text()) == (
        2027, "令和9年度 ふるさと Co-LEAD", "令和9年度 地域デジタル人材事業")
    dialog.project_name_edit.setText("令和10年度 地域DX事業")
    dialog.project_name_edit.setModified(True)  # as typing leaves it
    dialog.year.setValue(2028)
    assert (dialog.name_edit.text(), dialog.project_name_edit.text()) == ("令和10年度 ふるさと Co-LEAD", "令和10年度 地域DX事業")
    dialog.show()
    dialog.grab().save(str(artifacts / "next_year_dialog_names.png"))

    def accepted(shown: NextYearDialog) -> QDialog.DialogCode:
        shown.year.setValue(2027)
        shown.project_name_edit.setText("令和9年度 地域DX事業")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NextYearDialog, "exec", accepted)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.findChild(QPushButton, "stay").click() or 0)
    programme_actions.create_next_year(window, own)
    copy = max(p.id for p in list_programmes(db))
    setup = programme_service.load_setup(db, copy)
    assert (setup.name, setup.payer.project_name) == ("令和9年度 ふるさと Co-LEAD", "令和9年度 地域DX事業")


def test_the_open_copy_question_in_english(window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch,
                                           english: None) -> None:
    programme_with_payer(db, "FY2026 Co-LEAD")
    window.context.switch_database(db)
    assert len(copy_next_year(window, monkeypatch, "stay", "input15_open_copy_question_en.png")) == 1
