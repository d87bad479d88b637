"""A walk through the main window for the layout test: every page and tab, and the dialogs each opens.

Dialogs are opened the way the user opens them (the pages' and menus' own methods); `QDialog.exec` and `open`
are replaced while walking, so each dialog is shown, looked at (tabs and wizard pages too) and closed instead
of waiting for the user. A look is a screenshot and the clipping check (tests/ui/clipping.py).

tests/ui/test_layout.py runs it in-process at scale 1 and, since Qt reads QT_SCALE_FACTOR only when the
QApplication is made, as `python -m tests.ui.layout_tour OUT DEMO_FILE LANG...` at 1.5, on a copy of the same demo database.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget, QWizard

from colead_desktop.db.engine import Database
from colead_desktop.domain.agenda import AgendaBlock, BlockKind
from colead_desktop.domain.clock import tokyo_today
from colead_desktop.services import meetup
from tests.ui.clipping import clipped

SIZE = QSize(1280, 800)  # a laptop screen: at 150 % scaling, 1920 × 1200 pixels
LONG_URL = "https://zoom.example.jp/j/81234567890?pwd=" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0" * 3


@dataclass
class Walk:
    """Where the screenshots go, and what was found cut off (one line each, naming the page or dialog)."""

    shots: Path
    found: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)  # the window's, before and after the pages

    def look(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        self.seen.append(name)
        widget.grab().save(str(self.shots / f"{name}.png"), "PNG", 80)  # light compression: CI time
        self.found.extend(f"{name}: {c}" for c in clipped(widget))

    def look_with_tabs(self, widget: QWidget, name: str) -> None:
        """`widget` and each tab of the tab widgets on it (the outer ones first)."""
        self.look(widget, name)
        done: set[int] = set()
        while True:
            tabs = [t for t in widget.findChildren(QTabWidget) if t.isVisible() and id(t) not in done]
            if not tabs:
                return
            done.add(id(tabs[0]))
            for index in range(tabs[0].count()):
                tabs[0].setCurrentIndex(index)
                self.look(widget, f"{name}-{tabs[0].objectName() or 'tabs'}{index}")


def long_url_agenda(db: Database, programme_id: int) -> None:
    """The agenda that widened the window (issue 17.7): a join URL and block URLs far wider than the page."""
    event_id = next(e.id for e in meetup.list_online_events(db, programme_id) if e.kind == "meetup")
    blocks = (*meetup.load_agenda(db, event_id).blocks,
              AgendaBlock("ブレイクアウト", BlockKind.OTHER, 10, "", "ルームA", LONG_URL))
    meetup.save_agenda(db, event_id, blocks, None, LONG_URL)


def visit_pages(window: QWidget, walk: Walk, prefix: str) -> None:
    for key in window.page_keys:  # type: ignore[attr-defined]
        window.show_page(key)  # type: ignore[attr-defined]
        walk.look_with_tabs(window, f"{prefix}page-{key}")


@contextlib.contextmanager
def dialogs_answered(walk: Walk, prefix: str, inside: dict[str, Callable[[QDialog], None]]) -> Iterator[None]:
    """While open, a dialog's exec() or open() shows it, looks at it, runs `inside[objectName]` (to open the
    dialogs it opens) and rejects it; message boxes answer No at once."""
    saved = {name: getattr(QDialog, name) for name in ("exec", "open")}
    boxes = {name: getattr(QMessageBox, name) for name in ("information", "warning", "question", "critical")}

    def answer(dialog: QDialog) -> int:
        name = f"{prefix}dialog-{dialog.objectName() or type(dialog).__name__}"
        dialog.show()
        if isinstance(dialog, QWizard):
            _wizard_pages(dialog, walk, name)
        else:
            walk.look_with_tabs(dialog, name)
        action = inside.get(dialog.objectName())
        if action is not None:
            action(dialog)
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    QDialog.exec = answer  # type: ignore[method-assign,assignment]
    QDialog.open = answer  # type: ignore[method-assign,assignment]
    for name in boxes:
        setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No))
    try:
        yield
    finally:
        for name, method in {**saved}.items():
            setattr(QDialog, name, method)
        for name, method in boxes.items():
            setattr(QMessageBox, name, method)


def _wizard_pages(wizard: QWizard, walk: Walk, name: str) -> None:
    """Each page of the wizard, started on it (Next would refuse the blank fields of a new programme)."""
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        walk.look_with_tabs(wizard, f"{name}-{wizard.currentPage().objectName()}")


def visit_dialogs(window: QWidget, walk: Walk, prefix: str) -> None:
    """The dialogs of each page and of the menus, in the demo programme."""
    from colead_desktop.ui import actions, shortcuts
    from colead_desktop.ui.programme import actions as programme_actions

    def tour_settings(dialog: QDialog) -> None:
        dialog.places.add_custom()  # type: ignore[attr-defined]
        dialog.party.add_members()  # type: ignore[attr-defined]
        dialog.movements.add(True)  # type: ignore[attr-defined]
        dialog.places.add_from_company()  # type: ignore[attr-defined]

    def item_dialog(dialog: QDialog) -> None:
        dialog.new_place()  # type: ignore[attr-defined]

    def policy(dialog: QDialog) -> None:
        dialog.add_rate()  # type: ignore[attr-defined]

    def runs(dialog: QDialog) -> None:
        holiday = date(tokyo_today().year + 1, 1, 1)  # 元日: the preview warns that banks are closed
        from colead_desktop.ui.widgets import to_qdate

        dialog.day.setDate(to_qdate(holiday))  # type: ignore[attr-defined]
        walk.look(dialog, f"{prefix}dialog-run_dialog-holiday")
        if dialog.paid_run_button.isEnabled():  # type: ignore[attr-defined]
            dialog.ask_paid_run()  # type: ignore[attr-defined]

    inside = {"tour_settings_dialog": tour_settings, "tour_item_dialog": item_dialog, "policy_dialog": policy,
              "run_dialog": runs}
    with dialogs_answered(walk, prefix, inside):
        for key in ("talents", "venues", "events"):
            window.show_page(key)  # type: ignore[attr-defined]
            page = window.page(key)  # type: ignore[attr-defined]
            page.table.selectRow(0)
            page.edit_selected()
        regions = window.page("regions")  # type: ignore[attr-defined]
        window.show_page("regions")  # type: ignore[attr-defined]
        for index in range(regions.count()):
            regions.setCurrentIndex(index)
            regions.currentWidget().table.selectRow(0)
            regions.currentWidget().edit_selected()
        window.show_page("tours")  # type: ignore[attr-defined]
        tours = window.page("tours")  # type: ignore[attr-defined]
        for open_dialog in (lambda: tours.edit_item(0), tours.new_tour, tours.copy_tour, tours.edit_settings,
                            tours.edit_check_params):
            open_dialog()
        window.show_page("meetup")  # type: ignore[attr-defined]
        meetup_page = window.page("meetup")  # type: ignore[attr-defined]
        meetup_page.tabs.setCurrentWidget(meetup_page.roundtable_tab)
        meetup_page.roundtable_tab.open_setup("tables")
        window.show_page("matching")  # type: ignore[attr-defined]
        window.page("matching").edit_wishes()  # type: ignore[attr-defined]
        window.show_page("calls")  # type: ignore[attr-defined]
        window.page("calls").edit_call()  # type: ignore[attr-defined]
        window.show_page("payments")  # type: ignore[attr-defined]
        payments = window.page("payments")  # type: ignore[attr-defined]
        for open_dialog in (payments.open_policy, payments.open_runs, payments.adjust, payments.records.add_tour_day,
                            payments.records.add_work_day, payments.records.add_expense):
            open_dialog()
        for open_dialog in (lambda: programme_actions.edit_programme_settings(window),
                            lambda: programme_actions.new_programme(window),
                            lambda: programme_actions.open_switcher(window),
                            lambda: actions.edit_settings(window), lambda: shortcuts.show_shortcuts(window),
                            lambda: actions.import_roster(window)):
            open_dialog()


def walk_window(db: Database, window: QWidget, shots: Path, prefix: str) -> Walk:
    """Pages then dialogs of `window` (shown at SIZE), with the long-URL agenda on the demo's meetup."""
    walk = Walk(shots)
    window.resize(SIZE)
    window.show()
    walk.widths.append(window.width())
    visit_pages(window, walk, prefix)
    walk.widths.append(window.width())
    visit_dialogs(window, walk, prefix)
    return walk


def demo_database(folder: Path) -> Path:
    """A database file in `folder` with the demo and the long-URL agenda: made once, walked by copies of it."""
    from colead_desktop.services.demo import load_demo

    db = Database(f"sqlite:///{folder / 'demo.sqlite'}")
    db.migrate()
    programme_id = load_demo(db)
    assert programme_id is not None
    long_url_agenda(db, programme_id)
    db.dispose()
    return folder / "demo.sqlite"


def main(argv: list[str]) -> int:
    """`OUT DEMO_FILE LANG...`: walk a copy of DEMO_FILE (demo_database) in each language; print
    {lang: {found, widths, seen}} as JSON."""
    out, demo, languages = Path(argv[0]), Path(argv[1]), argv[2:]
    out.mkdir(parents=True, exist_ok=True)
    os.environ["COLEAD_DATA_DIR"] = data = tempfile.mkdtemp(prefix="colead-layout-")  # settings of this run only
    from colead_desktop.app import install_fonts, install_translations
    from colead_desktop.domain.i18n import set_language
    from colead_desktop.reports.fonts import register_fonts
    from colead_desktop.settings import Settings
    from colead_desktop.ui.main_window import MainWindow
    from tests.ui.sync_runner import SyncRunner

    app = QApplication([])
    install_fonts(app)
    register_fonts()
    db = Database(f"sqlite:///{shutil.copy(demo, Path(data) / demo.name)}")
    results: dict[str, dict[str, list]] = {}
    for language in languages:
        translators = install_translations(app, language)
        window = MainWindow(db, Settings(), SyncRunner())
        walk = walk_window(db, window, out, f"{language}-")
        results[language] = {"found": walk.found, "widths": walk.widths, "seen": walk.seen}
        window.close()
        window.deleteLater()
        for translator in translators:
            app.removeTranslator(translator)
        set_language("ja")
    db.dispose()
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
