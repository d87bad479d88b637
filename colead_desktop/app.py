"""Composition root: settings, logging, fonts, translations, database and the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from colead_desktop import __version__
from colead_desktop.domain.i18n import set_language
from colead_desktop.paths import data_dir, font_path, resources_dir
from colead_desktop.private_files import protect_data_folder
from colead_desktop.settings import Settings
from colead_desktop.ui.start_window import start_window

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from colead_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def install_fonts(app: QApplication) -> None:
    """Register the bundled IPAex Gothic so Japanese never shows as boxes, and make it the UI font."""
    # Here, as each PySide6 class below: made on its first import, each cost the start window's first paint 1-2 ms
    from PySide6.QtGui import QFont, QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(font_path("ipaexg.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        app.setFont(QFont(families[0], app.font().pointSize()))


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Japanese is the source language of the UI; English loads our .qm. Stock Qt texts follow too."""
    set_language("en" if language == "en" else "ja")
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Japanese))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language == "en":
        candidates.append(("colead_en", str(resources_dir() / "i18n")))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return translators


def install_exception_hook() -> None:
    """Show unhandled exceptions (a message, or the crash dialog with the traceback logged) instead of aborting."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from colead_desktop.domain.errors import InputError
        from colead_desktop.ui.failures import show_exception  # with the database layer it explains

        if value.__traceback__ is None:
            value = value.with_traceback(tb)
        # 入力エラー only for bad input: a database refusing or gone is no fault of what was typed
        show_exception(QApplication.activeWindow(), value,
                       QApplication.translate("App", "入力エラー") if isinstance(value, InputError) else None)

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="colead-desktop")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL")
    parser.add_argument("--version", action="version", version=f"Co-LEAD Desktop {__version__}")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Co-LEAD Desktop")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "colead.png")))
    window = start(app, args.db)
    return app.exec() if window is not None else 2


def _after_first_paint() -> None:
    """What a start needs soon but not for its first paint, which importing these would delay.

    The PDF fonts are registered with reportlab here on the GUI thread, so no export job is the first to (its
    font registry is a process-wide dictionary that a worker thread should only read). The feature pages'
    modules are imported on a thread of their own, so a page's first visit does not import them, and what
    exists by then is left out of garbage collections (ui/warm_up.py).
    """
    from colead_desktop.reports.fonts import register_fonts
    from colead_desktop.ui.warm_up import freeze_heap, import_pages_in_background

    register_fonts()
    freeze_heap()
    import_pages_in_background()


def _refuse_data_folder(exc: OSError) -> None:
    """Tell the user why the data folder cannot be used; what no message explains is raised again."""
    from colead_desktop.db.failures import explain

    explained = explain(exc)
    if explained is None:
        raise exc
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QApplication.translate("App", "データフォルダを使えません"), str(explained))


def start(app: QApplication, db_url: str | None) -> QWidget | None:
    """Settings, translations, the start window, the log, the database and the shown main window; None once the
    user has been told why the app cannot start (an unusable data folder or database)."""
    try:
        settings = Settings()  # the first use of the data folder: COLEAD_DATA_DIR may name a file
    except OSError as exc:
        _refuse_data_folder(exc)
        return None
    install_exception_hook()
    install_translations(app, settings.language)
    shell = start_window(settings.geometry)
    shell.show()
    app.processEvents()  # painted before the log, the database layer and the pages are imported
    from colead_desktop.ui.number_input import accept_wide_digits  # imports the input rules: after the paint

    accept_wide_digits(app)  # before any spin box is made
    install_fonts(app)
    try:
        window = _open_main_window(settings, db_url)
    finally:
        shell.close()
        shell.deleteLater()
    if window is None:
        return None
    QTimer.singleShot(0, _after_first_paint)
    if window.context.programme_id is None:  # an empty database: create a programme, load the demo or open another
        from colead_desktop.ui.programme.actions import first_start

        first_start(window)
    else:
        window.offer_drafts()  # what a crash or a kill left unsaved last time
    log.info("started Co-LEAD Desktop %s", __version__)
    return window


def _open_main_window(settings: Settings, db_url: str | None) -> MainWindow | None:
    """The log, the checked and migrated database and the main window on it, shown."""
    try:
        from colead_desktop.logsetup import setup_logging  # after the start window: it is not needed for it

        setup_logging()
    except OSError as exc:
        _refuse_data_folder(exc)
        return None
    protect_data_folder(data_dir())
    from colead_desktop.ui.file_dialogs import sweep_export_folders
    from colead_desktop.ui.main_window import MainWindow

    sweep_export_folders(settings)
    from colead_desktop.ui.start_database import open_for_editing

    db = open_for_editing(db_url or os.environ.get("COLEAD_DB_URL") or settings.database_url or None)
    if db is None:
        return None
    window = MainWindow(db, settings, open_last_page=False)
    window.show()
    QApplication.processEvents()  # the window, its menus and sidebar painted before the last page reads its data
    window.open_last_page()
    return window
