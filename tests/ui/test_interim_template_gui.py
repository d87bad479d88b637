"""The agenda tab applies the 2021 interim-report template to a fresh programme's report: one status report per
region of that programme, and the check is quiet; 2021's agenda pasted in is flagged."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from colead_desktop.domain.agenda import BlockKind, interim_report_2021
from colead_desktop.domain.programme_setup import PayerSetup, RegionSetup
from colead_desktop.domain.records import EventRecord
from colead_desktop.services.programme_setup import load_setup, update_setup
from colead_desktop.services.records import save_record
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.meetup_page import MeetupPage
from tests.programmes import new_programme

SHOTS = Path("/work/shots/text12")


def test_the_interim_template_reports_the_programmes_regions(context: AppContext, qtbot: QtBot) -> None:
    db = context.db
    programme_id = new_programme(db)
    update_setup(db, programme_id, replace(load_setup(db, programme_id), payer=PayerSetup(name="架空事務局"), regions=(
        RegionSetup("架空市", "架空県"), RegionSetup("東川", "北海道"), RegionSetup("高知", "高知県"),
        RegionSetup("佐賀", "佐賀県"))), "テスト担当")
    event = save_record(db, EventRecord(None, programme_id, "interim_report", "中間報告会", datetime(2026, 12, 16, 18),
                                        datetime(2026, 12, 16, 20)))
    context.switch_programme(programme_id)
    page = MeetupPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    assert event.id is not None
    page.select_event(event.id)
    tab = page.agenda_tab
    tab.apply_template("interim_report_2021")
    assert [(b.title, b.minutes) for b in tab.blocks() if b.kind is BlockKind.REGIONAL_REPORT] == [
        ("架空市の状況報告・質疑応答", 25), ("東川の状況報告・質疑応答", 25), ("高知県の状況報告・質疑応答", 25),
        ("佐賀県の状況報告・質疑応答", 25)]
    shown = [tab.findings_list.item(i).text() for i in range(tab.findings_list.count())]
    assert not [line for line in shown if "地域" in line or "空き" in line or "超え" in line], shown
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "interim_template_four_regions.png"))

    tab._set_blocks(interim_report_2021().blocks, 0)  # 2021's agenda pasted in
    shown = [tab.findings_list.item(i).text() for i in range(tab.findings_list.count())]
    assert any("北見市の状況報告・質疑応答" in line for line in shown)
    assert any("地域「佐賀」の状況報告がありません" in line for line in shown)
    page.grab().save(str(SHOTS / "interim_2021_pasted_flagged.png"))
