"""Layout that holds (issue 17.7): no text cut off on any page, tab or dialog at 1280 × 800, in Japanese and in
English, at 100 % and 150 % scaling; no page widens the window, not even an agenda with long URLs.

The walk is tests/ui/layout_tour.py; its screenshots go to a temporary folder (artifacts/layout when
COLEAD_LAYOUT_SHOTS is set, to look at them). Qt reads QT_SCALE_FACTOR when the QApplication is made, so
150 % is one subprocess on an offscreen screen of 1920 × 1200 pixels (1280 × 800 at 150 %).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)
from pytestqt.qtbot import QtBot

from colead_desktop.app import install_fonts, install_translations
from colead_desktop.db.engine import Database
from colead_desktop.domain.i18n import set_language
from colead_desktop.paths import bundle_root
from colead_desktop.settings import Settings
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.widgets import ElidedLabel
from tests.ui.clipping import clipped
from tests.ui.layout_tour import SIZE, demo_database, visit_pages, walk_window
from tests.ui.sync_runner import SyncRunner

LANGUAGES = ("ja", "en")
# The default window (MainWindow's): no page may need more width, or opening it widens the window.
DEFAULT = QSize(1200, 760)
DEFAULT_WIDTH = DEFAULT.width()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database (with the long-URL agenda) for the module: each walk gets a copy of it."""
    folder = tmp_path_factory.mktemp("layout_demo")
    with pytest.MonkeyPatch.context() as patch:  # made before the per-test data folder exists: its own
        patch.setenv("COLEAD_DATA_DIR", str(folder / "data"))
        return demo_database(folder)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ["COLEAD_LAYOUT_SHOTS"]) if os.environ.get("COLEAD_LAYOUT_SHOTS") else tmp_path / "shots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    """The bundled IPAex Gothic the app measures and draws with (app.install_fonts), for this test only."""
    before = qapp.font()
    install_fonts(qapp)
    yield
    qapp.setFont(before)


class _Headers(QAbstractTableModel):
    def rowCount(self, _parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0

    def columnCount(self, _parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        return ("希望: 沖縄県恩納村", "ID")[section] if role == Qt.ItemDataRole.DisplayRole else None


def test_the_checker_finds_text_wider_than_its_widget(qtbot: QtBot) -> None:
    """Each kind of widget it measures, once cut off and once with room: only the cut-off ones are found."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    row = QHBoxLayout()
    narrow = QPushButton("B-5ワークシート書き出し…", objectName="narrow")
    narrow.setFixedWidth(90)
    wide = QPushButton("B-5ワークシート書き出し…", objectName="wide")
    label = QLabel("振込指定日 2027-01-01 は銀行休業日です", objectName="cut_label")
    label.setFixedWidth(120)
    check = QCheckBox("参加者（9名）も引き継ぐ", objectName="cut_check")
    check.setFixedWidth(60)
    elided = ElidedLabel("https://zoom.example.jp/j/81234567890?pwd=Ab1Cd2Ef3Gh4", "elided")
    elided.setFixedWidth(80)
    for widget in (narrow, wide, label, check, elided):
        row.addWidget(widget)
    layout.addLayout(row)
    box = QGroupBox("新しい支払処理（承認済みの明細書）", objectName="cut_box")
    box.setFixedWidth(100)
    box.setLayout(QVBoxLayout())
    layout.addWidget(box)
    tabs = QTabWidget(objectName="cut_tabs")
    tabs.addTab(QWidget(), "源泉徴収（月別）")
    tabs.tabBar().setExpanding(False)
    tabs.setFixedWidth(60)
    table = QTableView(objectName="cut_table")
    table.setModel(_Headers(table))
    table.setColumnWidth(0, 40)
    layout.addWidget(tabs)
    layout.addWidget(table)
    window.show()
    qtbot.waitExposed(window)

    found = clipped(window)
    names = sorted(c.what.split(" < ")[0].split(" ")[0] for c in found)
    assert names == ["QCheckBox#cut_check", "QGroupBox#cut_box", "QHeaderView", "QLabel#cut_label",
                     "QPushButton#narrow", "QTabBar#qt_tabwidget_tabbar"], "\n".join(map(str, found))
    assert elided.toolTip() == elided.text()  # cut by design: the whole text is in its tooltip
    assert next(c for c in found if c.what.startswith("QHeaderView")).text == "希望: 沖縄県恩納村"


def test_every_page_and_dialog_fits_in_japanese_and_english(qapp: QApplication, demo_file: Path, tmp_path: Path,
                                                             shots: Path, app_font: None) -> None:  # noqa: ARG001
    """At 1280 × 800 (the pages also at the default 1200 × 760); with the long-URL agenda, visiting every page
    leaves the window as wide as it was."""
    qm = bundle_root() / "resources" / "i18n" / "colead_en.qm"
    if not qm.exists():
        pytest.fail(f"{qm.name} is not built: `make setup` builds it with pyside6-lrelease")
    db = Database(f"sqlite:///{shutil.copy(demo_file, tmp_path / demo_file.name)}")
    found: list[str] = []
    for language in LANGUAGES:
        translators = install_translations(qapp, language)
        try:
            window = MainWindow(db, Settings(), SyncRunner())
            walk = walk_window(db, window, shots, f"{language}-")
            assert walk.widths == [SIZE.width()] * 2, f"{language}: the pages widened the window: {walk.widths}"
            assert window.minimumSizeHint().width() <= DEFAULT_WIDTH, f"{language}: a page needs a wider window"
            window.resize(DEFAULT)  # the size a first start opens at: the pages again (the round-table grid was cut)
            visit_pages(window, walk, f"{language}-default-")
            assert window.size() == DEFAULT, f"{language}: the pages widened the default window"
            found += walk.found
            window.close()
            window.deleteLater()
        finally:
            for translator in translators:
                qapp.removeTranslator(translator)
            set_language("ja")
    db.dispose()
    assert not found, "text cut off:\n" + "\n".join(found)


def test_every_page_and_dialog_fits_at_150_percent(demo_file: Path, shots: Path) -> None:
    screen = shots / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1200,
                                               "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    done = subprocess.run([sys.executable, "-m", "tests.ui.layout_tour", str(shots / "150"), str(demo_file),
                           *LANGUAGES],
                          cwd=bundle_root(), env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert sorted(results) == sorted(LANGUAGES)
    for language, result in results.items():
        assert len(result["seen"]) > 60, f"{language}: the walk stopped early: {result['seen']}"
        assert result["widths"] == [SIZE.width()] * 2, f"{language}: the pages widened the window"
        assert not result["found"], f"{language}, 150 %, text cut off:\n" + "\n".join(result["found"])
