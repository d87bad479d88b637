"""Opening the database for editing at start, and what the user may do when the file is damaged."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from colead_desktop.db.backup import restore_sqlite
from colead_desktop.db.engine import DEFAULT_DB_NAME, Database
from colead_desktop.db.failures import explain, needs_sign_in, server_unreachable
from colead_desktop.db.sqlite_checks import DatabaseDamaged
from colead_desktop.db.startup import open_database
from colead_desktop.offline_copies import last_copy
from colead_desktop.paths import data_dir
from colead_desktop.ui.encryption_dialogs import unlock
from colead_desktop.ui.sign_in import ask_sign_in

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
SQLITE_FILTER = "SQLite (*.sqlite3 *.sqlite *.db)"


def _ask_about_damage(damage: DatabaseDamaged, parent: QWidget | None) -> str:
    """"restore", "open" or "quit": the main window never opens on a damaged file."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("StartDatabase", "データベースが破損しています"),
                      str(damage), parent=parent)
    box.setObjectName("damaged_database_box")
    restore = None
    if damage.good_backup is not None:
        box.setInformativeText(translate(
            "StartDatabase", "最新の正常なバックアップ: {0}\n復元すると、このバックアップより後の変更は失われます。"
            "破損したファイルはバックアップフォルダに保存されます。").format(damage.good_backup.name))
        restore = box.addButton(translate("StartDatabase", "バックアップから復元"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restore_button")
    else:
        box.setInformativeText(translate("StartDatabase", "正常なバックアップは見つかりません。"))
    other = box.addButton(translate("StartDatabase", "別のファイルを開く…"), QMessageBox.ButtonRole.ActionRole)
    other.setObjectName("open_button")
    box.addButton(translate("StartDatabase", "終了"), QMessageBox.ButtonRole.RejectRole).setObjectName("quit_button")
    box.exec()
    clicked = box.clickedButton()
    return "restore" if restore is not None and clicked is restore else "open" if clicked is other else "quit"


def _ask_about_server(problem: str, parent: QWidget | None, offline_copy: Path | None) -> str:
    """"retry", "offline" (the last offline copy, when there is one), "local" or "quit" when the database
    server cannot be reached at start."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("StartDatabase", "サーバーに接続できません"), problem,
                      parent=parent)
    box.setObjectName("server_unreachable_box")
    box.setInformativeText(translate("StartDatabase", "ネットワークに戻ってから再試行するか、このパソコンのデータベースで"
                                                      "作業できます（共有データベースの内容とは別です）。"))
    retry = box.addButton(translate("StartDatabase", "再試行"), QMessageBox.ButtonRole.AcceptRole)
    retry.setObjectName("retry_button")
    offline = None
    if offline_copy is not None:  # checked out for a trip (持ち出し): the shared records, taken along
        offline = box.addButton(translate("StartDatabase", "持ち出したファイルを開く（{0}）").format(offline_copy.name),
                                QMessageBox.ButtonRole.ActionRole)
        offline.setObjectName("offline_button")
        box.setInformativeText(translate("StartDatabase", "ネットワークに戻ってから再試行するか、持ち出したファイル（最後に"
                                                          "持ち出したもの）か、このパソコンのデータベースで作業できます。"))
    local = box.addButton(translate("StartDatabase", "このパソコンのデータベースを開く"), QMessageBox.ButtonRole.ActionRole)
    local.setObjectName("local_button")
    box.addButton(translate("StartDatabase", "終了"), QMessageBox.ButtonRole.RejectRole).setObjectName("quit_button")
    box.exec()
    clicked = box.clickedButton()
    if offline is not None and clicked is offline:
        return "offline"
    return "retry" if clicked is retry else "local" if clicked is local else "quit"


def open_for_editing(url: str | None, parent: QWidget | None = None) -> Database | None:
    """The checked and migrated database, or None when the user quits or it cannot be opened (said on screen)."""
    while True:
        try:
            if not unlock(url, parent):  # the encryption key dialog was cancelled
                return None
            return open_database(url)
        except DatabaseDamaged as damage:
            choice = _ask_about_damage(damage, parent)
            if choice == "restore" and damage.good_backup is not None:
                restore_sqlite(damage.good_backup, damage.db_file, close=lambda: None)  # nothing is open yet
                continue
            if choice == "open":
                name, _ = QFileDialog.getOpenFileName(parent, translate("StartDatabase", "データベースを開く"),
                                                      str(data_dir()), SQLITE_FILTER)
                if name:
                    url = f"sqlite:///{Path(name).resolve()}"
                    continue
            return None
        except Exception as exc:
            explained = explain(exc, url)
            if explained is None:  # not an expected failure: the crash dialog, with the traceback in the log
                raise
            if url and needs_sign_in(exc):  # a shared database: ask for this person's login and password
                url = ask_sign_in(url, str(explained), parent)
                if url is not None:
                    continue
                return None
            log.warning("%s: the database could not be opened", type(exc).__name__)
            if url and server_unreachable(exc):  # away from the network: try again, or work on this laptop's file
                offline_copy = last_copy()
                choice = _ask_about_server(str(explained), parent, offline_copy)
                if choice == "retry":
                    continue
                if choice == "offline" and offline_copy is not None:
                    url = f"sqlite:///{offline_copy}"
                    continue
                if choice == "local":
                    url = f"sqlite:///{data_dir() / DEFAULT_DB_NAME}"
                    continue
                return None
            QMessageBox.critical(parent, translate("StartDatabase", "データベースを開けません"), str(explained))
            return None
