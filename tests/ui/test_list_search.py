"""The list search (review 14c item 8), on the talent list of a fresh programme: a space typed after the word,
half-width katakana and full-width letters find what the plain query finds."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from colead_desktop.db.engine import Database
from colead_desktop.domain.records import TalentRecord
from colead_desktop.services.records import save_record
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.pages.records_page import RecordsPage
from tests.programmes import new_programme
from tests.ui.loading import shown_page, wait_loaded


def test_the_search_ignores_spaces_around_it_and_width_and_case(qtbot: QtBot, db: Database) -> None:
    programme = new_programme(db)
    for n in range(1, 13):
        save_record(db, TalentRecord(None, programme, f"テスト人材{n:02d}", affiliation=f"DX Lab {n}",
                                     skills=("engineer",)))
    save_record(db, TalentRecord(None, programme, "山田 太郎", skills=("engineer",)))
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    page = shown_page(qtbot, window, "talents")
    assert isinstance(page, RecordsPage)
    wait_loaded(qtbot, page)

    def found(query: str) -> int:
        page.search.setText(query)
        return page.model.rowCount()

    assert found("人材1") == 3  # テスト人材10, 11, 12
    assert found("人材1 ") == 3 and found("　人材1") == 3
    assert found("ﾃｽﾄ") == 12 and found("テスト") == 12
    assert found("ｄｘ ｌａｂ １２") == 1 and found("dx lab 12") == 1
    assert found("") == 13
