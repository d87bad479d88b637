"""File dialogs start in the folder last used for that kind of file, else in Documents (issue 17 item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from colead_desktop.settings import Settings
from colead_desktop.ui import file_dialogs
from colead_desktop.ui.context import AppContext
from colead_desktop.ui.pages.tours_page import ToursPage
from colead_desktop.ui.roster_import_dialog import RosterImportDialog
from tests.ui.conftest import show_demo


class Dialogs:
    """Stands in for the platform dialogs: records the folder each one started in, answers with `answer`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[str] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, self._file)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _file(self, _parent: QWidget, _title: str, start: str, *_a: object) -> tuple[str, str]:
        self.started.append(start)
        return self.answer, ""

    def _folder(self, _parent: QWidget, _title: str, start: str, *_a: object) -> str:
        self.started.append(start)
        return self.answer


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(folder))
    return folder


def test_the_first_dialog_of_a_kind_starts_in_documents_then_where_the_last_file_went(
        tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs, settings = Dialogs(monkeypatch), Settings()
    exports = tmp_path / "exports"
    exports.mkdir()
    dialogs.answer = str(exports / "旅程表.pdf")
    assert file_dialogs.save_file(None, settings, "保存", "旅程表.pdf", "PDF (*.pdf)") == exports / "旅程表.pdf"
    assert dialogs.started == [str(documents / "旅程表.pdf")]
    dialogs.answer = ""  # cancelled: nothing remembered
    file_dialogs.save_file(None, settings, "保存", "別の.pdf", "PDF (*.pdf)")
    assert dialogs.started[-1] == str(exports / "別の.pdf")
    # another kind keeps its own folder: still Documents for a workbook, a Zengin file or a roster
    file_dialogs.save_file(None, settings, "保存", "B-5.xlsx", "Excel (*.xlsx)")
    file_dialogs.save_file(None, settings, "保存", "zengin.txt", "(*.txt)", "zengin")
    file_dialogs.open_file(None, settings, "roster", "名簿", "(*.xlsx)")
    assert dialogs.started[-3:] == [str(documents / "B-5.xlsx"), str(documents / "zengin.txt"), str(documents)]
    # remembered across restarts
    assert file_dialogs.start_folder(Settings(), "pdf") == exports


def test_a_folder_that_has_gone_falls_back_to_documents(tmp_path: Path, documents: Path) -> None:
    settings = Settings()
    settings.set_last_folder("ics", str(tmp_path / "removed"))
    assert file_dialogs.start_folder(settings, "ics") == documents


def test_the_roster_dialog_starts_where_the_last_roster_came_from(
        qtbot: QtBot, context: AppContext, tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    programme = show_demo(context)
    dialogs = Dialogs(monkeypatch)
    dialog = RosterImportDialog(context, programme)
    qtbot.addWidget(dialog)
    dialog._choose()  # 選択…
    assert dialogs.started == [str(documents)]  # never the folder the app was started from
    rosters = tmp_path / "rosters"
    rosters.mkdir()
    dialogs.answer = str(rosters / "名簿.csv")
    (rosters / "名簿.csv").write_text("氏名\n", encoding="utf-8")
    dialog._choose()
    dialog._choose()
    assert dialogs.started[-1] == str(rosters)


def test_the_tours_page_b5_import_and_export_share_the_workbook_folder(
        tours_page: ToursPage, tmp_path: Path, documents: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    dialogs.answer = ""
    tours_page.ask_import_b5()
    assert dialogs.started == [str(documents)]
    tours_page.ctx.settings.set_last_folder("xlsx", str(sheets))
    tours_page.ask_import_b5()
    assert dialogs.started[-1] == str(sheets)


def test_with_no_documents_folder_a_dialog_starts_at_home_not_in_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Given a folder that does not exist, the platform dialog opened in the folder the app was started from."""
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path / "Documents"))  # not made
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(Path, "home", lambda: home)
    dialogs = Dialogs(monkeypatch)
    file_dialogs.save_file(None, Settings(), "保存", "sogofurikomi.txt", "(*.txt)", "zengin")
    assert dialogs.started == [str(home / "sogofurikomi.txt")]
