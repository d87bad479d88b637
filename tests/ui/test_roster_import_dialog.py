"""File > 名簿の取り込み…: the preview marks each bad cell; importing writes the rows and tells the pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import StaffRecord, TalentRecord
from colead_desktop.services.records import list_records
from colead_desktop.settings import Settings
from colead_desktop.ui import palette
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.roster_import_dialog import RosterImportDialog
from tests.programmes import new_programme
from tests.services.test_roster_import import write_xlsx
from tests.conftest import shots_dir

HEADER = ["氏名", "所属区分", "メール"]


@pytest.fixture
def programme(context: AppContext) -> int:
    """The programme on show, the one the dialog imports into."""
    programme_id = new_programme(context.db)
    context.switch_programme(programme_id)
    return programme_id


def dialog_for(qtbot: QtBot, context: AppContext, programme: int, path: Path, kind: str = "staff") -> RosterImportDialog:
    dialog = RosterImportDialog(context, programme)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.set_file(path)
    return dialog


def test_the_preview_marks_the_bad_cell_and_refuses_to_import(qtbot: QtBot, context: AppContext, db: Database, programme: int,
                                                              tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", HEADER, [["北見 一郎", "IoT推進ラボ", "ichiro@example.jp"],
                                                        ["桑名 花子", "事務局", "hanako@"]])
    dialog = dialog_for(qtbot, context, programme, path)
    assert not dialog.import_button.isEnabled()
    bad = dialog.table.item(1, 2 + HEADER.index("メール"))
    assert "メールアドレスの形式" in bad.toolTip()
    assert bad.background().color().name() == palette.INVALID_CELL_BACKGROUND
    assert dialog.table.item(0, 1).text() == "追加" and dialog.table.item(1, 1).text() == "問題あり"
    assert dialog.table.item(0, 4).toolTip() == ""
    assert "3行目「メール」" in dialog.summary.text()
    assert list_records(db, StaffRecord, programme) == []


def test_importing_writes_the_rows_and_announces_the_change(qtbot: QtBot, context: AppContext, db: Database, programme: int,
                                                            tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", HEADER, [["北見 一郎", "IoT推進ラボ", "ichiro@example.jp"]])
    dialog = dialog_for(qtbot, context, programme, path)
    assert dialog.import_button.isEnabled()
    announced: list[bool] = []
    context.data_changed.connect(lambda: announced.append(True))
    dialog.import_button.click()  # the test's runner runs the job at once
    assert announced == [True]
    assert dialog.result() == QDialog.DialogCode.Accepted
    [staff] = list_records(db, StaffRecord, programme)
    assert (staff.name, staff.organisation, staff.email) == ("北見 一郎", "lab", "ichiro@example.jp")

    again = dialog_for(qtbot, context, programme, path)  # the same file again: a duplicate, nothing to import
    assert again.table.item(0, 1).text() == "スキップ（重複）" and not again.import_button.isEnabled()


def test_talents_join_the_programme_on_show_and_no_other(qtbot: QtBot, context: AppContext, db: Database,
                                                         programme: int, tmp_path: Path) -> None:
    other = new_programme(db, "令和7年度 別のプログラム", 2025)
    path = write_xlsx(tmp_path / "talents.xlsx", ["氏名", "スキルタイプ", "メール"],
                      [["山田 太郎", "エンジニア・オペレータ", "taro@example.jp"]])
    dialog = dialog_for(qtbot, context, programme, path, "talents")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert [t.name for t in list_records(db, TalentRecord, programme)] == ["山田 太郎"]
    assert list_records(db, TalentRecord, other) == []

    context.switch_programme(other)  # the same person in the other year's roster: joins, not a second record
    again = dialog_for(qtbot, context, other, path, "talents")
    assert again.table.item(0, 1).text() == "参加（他年度の人材）" and "他年度の人材の参加 1 件" in again.summary.text()
    again.import_button.click()
    [joined] = list_records(db, TalentRecord, other)
    assert joined.id == list_records(db, TalentRecord, programme)[0].id


def test_the_file_menu_offers_the_import(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    assert "名簿の取り込み…" in [action.text() for action in window.menus["file"].actions()]


def test_the_template_button_saves_the_columns_and_a_bad_self_introduction_cell_is_marked(
        qtbot: QtBot, context: AppContext, db: Database, programme: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    from colead_desktop.domain.self_intro import INTRO_TEXT_LIMIT
    from colead_desktop.ui import roster_import_dialog

    dialog = RosterImportDialog(context, programme)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("talents"))
    monkeypatch.setattr(roster_import_dialog, "save_file", lambda *_args: tmp_path / "template.xlsx")
    dialog.findChild(QPushButton, "template_button").click()
    sheet = openpyxl.load_workbook(tmp_path / "template.xlsx").active
    headers = [str(c.value) for c in sheet[1]]
    assert "本業以外での学習履歴" in headers and str(tmp_path / "template.xlsx") in dialog.summary.text()

    column = headers.index("本業以外での学習履歴")
    row = [""] * len(headers)
    row[0], row[headers.index("スキルタイプ *")] = "中村 一郎", "エンジニア・オペレータ"
    row[column] = "学" * (INTRO_TEXT_LIMIT + 1)
    path = write_xlsx(tmp_path / "talents.xlsx", headers, [row])
    dialog.set_file(path)
    bad = dialog.table.item(0, 2 + column)
    assert f"{INTRO_TEXT_LIMIT} 文字以内" in bad.toolTip()
    assert "2行目「本業以外での学習履歴」" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.resize(900, 420)
    dialog.grab().save(str(shots_dir("intro18") / "roster_import_bad_intro_cell.png"))
    assert list_records(db, TalentRecord, programme) == []


def test_a_name_too_long_is_marked_with_every_other_bad_row(qtbot: QtBot, context: AppContext, programme: int,
                                                            tmp_path: Path) -> None:
    """Review 15 item 9: a 10,000-character name among other bad rows was neither listed nor marked."""
    path = write_xlsx(tmp_path / "staff.xlsx", HEADER, [["北見 一郎", "IoT推進ラボ", "ichiro@"],
                                                        ["長" * 10_000, "事務局", ""],
                                                        ["桑名 花子", "事務局", "hanako@"]])
    dialog = dialog_for(qtbot, context, programme, path)
    assert [line.split("「")[0] for line in dialog.summary.text().split("\n")[1:]] == ["2行目", "3行目", "4行目"]
    assert "100 文字以内" in dialog.table.item(1, 2 + HEADER.index("氏名")).toolTip()
    dialog.show()
    dialog.grab().save("/work/shots/input15_roster_import_all_rows_ja.png")


def test_problems_beyond_the_listed_ones_are_counted(qtbot: QtBot, context: AppContext, programme: int,
                                                     tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "staff.xlsx", HEADER, [[f"人{n}", "事務局", "x@"] for n in range(25)])
    dialog = dialog_for(qtbot, context, programme, path)
    assert dialog.summary.text().split("\n")[-1] == "…ほか 5 件（表の赤いセル）"
