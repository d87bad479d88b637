"""Showing a failure: a message for what the user can fix, the crash dialog (traceback to the log) for a bug."""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from colead_desktop.db.engine import Database
from colead_desktop.db.failures import explain, summary
from colead_desktop.db.scrub import scrub
from colead_desktop.paths import logs_dir

log = logging.getLogger(__name__)
_crash_shown: list[QMessageBox] = []  # the crash dialog on screen, if any


def show_crash(parent: QWidget | None, kind: type[BaseException], value: BaseException,
               tb: TracebackType | None, *, finished: bool = False) -> None:
    """A bug: the class and a localised explanation on screen, the (scrubbed) traceback in the log and details.

    Each write runs in one transaction, so the failed action changed nothing; earlier saves are untouched.
    `finished`: the bug came after a background job had done its work (showing its result), which stays saved.
    """
    log.error("unhandled exception", exc_info=(kind, value, tb))
    if _crash_shown:  # one at a time: a bug the open dialog itself sets off again (its focus change) is only logged
        return
    if finished:
        text = QApplication.translate(
            "App", "予期しないエラーが発生しました。\n{0}\n\n処理そのものは最後まで終わり、保存した内容はそのままです。"
                   "結果を画面に表示するところでエラーが起きました。\n詳細はログフォルダ {1} に記録されました。")
    else:
        text = QApplication.translate(
            "App", "予期しないエラーが発生しました。\n{0}\n\n"
                   "この操作で保存されたものはありません（途中の変更は取り消されました）。"
                   "それまでに保存した内容はそのままです。\n詳細はログフォルダ {1} に記録されました。")
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "予期しないエラー"),
                      text.format(summary(value), logs_dir()), parent=parent)
    box.setDetailedText(scrub("".join(traceback.format_exception(kind, value, tb))))
    _crash_shown.append(box)
    try:
        box.exec()
    finally:
        _crash_shown.remove(box)


def database_url(widget: QWidget | None = None) -> str | None:
    """The URL of the database in use, for a message naming it: that of `widget` or its window (a page or dialog
    with a `db`), else of the active window, else of a shown window (the main window). Without one, explain()
    would name the data folder's SQLite file, whatever database is open (a team's PostgreSQL server)."""
    near = [widget, widget.window()] if widget is not None else []
    shown = [window for window in QApplication.topLevelWidgets() if window.isVisible()]  # not closed ones
    for candidate in [*near, QApplication.activeWindow(), *shown]:
        database = getattr(candidate, "db", None)
        if isinstance(database, Database):
            return database.url
    return None


def show_exception(parent: QWidget | None, value: BaseException, title: str | None = None) -> None:
    """Any failure reaching the GUI: explained ones as a warning titled `title`, the rest as a crash. The message
    names the database in use (database_url)."""
    explained = explain(value, database_url(parent))
    if explained is None:
        show_crash(parent, type(value), value, value.__traceback__)
        return
    # The class only: an InputError's message may name the row (a person) it is about.
    log.warning("%s shown to the user as a message", type(value).__name__)
    QMessageBox.warning(parent, title or QApplication.translate("App", "操作できません"), str(explained))
