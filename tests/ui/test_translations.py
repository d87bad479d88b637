"""Every UI string has an English translation, and the English UI really shows it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from colead_desktop.db.engine import Database
from colead_desktop.paths import bundle_root
from colead_desktop.settings import Settings

ROOT = bundle_root()
TS = ROOT / "resources" / "i18n" / "colead_en.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_source_string_is_in_the_ts_file_and_translated(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "colead_desktop" / "ui").rglob("*.py"))
    sources += [str(ROOT / "colead_desktop" / "app.py")] + sorted(str(p) for p in (ROOT / "forms").glob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(LUPDATE), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(messages(fresh))
    committed = messages(TS)
    missing = in_code - set(committed)
    assert not missing, f"strings missing from {TS.name}; run pyside6-lupdate and translate: {sorted(missing)[:10]}"
    unfinished = [key for key in in_code if committed[key].find("translation").get("type") == "unfinished"
                  or not (committed[key].findtext("translation") or "").strip()]
    assert not unfinished, f"untranslated: {unfinished[:10]}"


def test_english_ui_shows_english(qapp: QApplication, db: Database) -> None:  # noqa: ARG001
    qm = TS.with_suffix(".qm")
    if not qm.exists():
        pytest.fail(f"{qm.name} is not built: `make setup` builds it with pyside6-lrelease")
    from colead_desktop.app import install_translations
    from colead_desktop.domain.i18n import language, set_language
    from colead_desktop.ui.main_window import MainWindow

    translators = install_translations(qapp, "en")
    try:
        window = MainWindow(db, Settings())
        assert language() == "en"
        assert [window.nav.item(i).text() for i in range(3)] == ["Dashboard", "Talents", "Regions & companies"]
        assert window.menuBar().actions()[0].text() == "&File"
        window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        set_language("ja")
