"""The menu bar's actions: open another database, back up, restore, import a roster, settings, undo/redo, About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLineEdit, QMessageBox,
                               QPushButton)

from colead_desktop import __version__
from colead_desktop.db.backup import backup_sqlite, restore_sqlite
from colead_desktop.db.engine import parse_url, sqlite_path
from colead_desktop.db.pg_backup import back_up_postgres, restore_postgres
from colead_desktop.domain.errors import InputError
from colead_desktop.paths import backups_dir, data_dir
from colead_desktop.ui import offline_actions, shortcuts
from colead_desktop.ui.forms import adopt_form, child
from colead_desktop.ui.main_window import MainWindow
from colead_desktop.ui.programme import actions as programme_actions
from colead_desktop.ui.start_database import open_for_editing
from colead_desktop.ui.unsaved import DiscardGuard

translate = QCoreApplication.translate


def install_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    window.menus = {"file": bar.addMenu(translate("Actions", "ファイル(&F)")),
                    "edit": bar.addMenu(translate("Actions", "編集(&E)")),
                    "view": bar.addMenu(translate("Actions", "表示(&V)")),
                    "help": bar.addMenu(translate("Actions", "ヘルプ(&H)"))}
    window.add_action("file", translate("Actions", "プログラム…")).triggered.connect(
        lambda: programme_actions.open_switcher(window))
    window.add_action("file", translate("Actions", "新しいプログラム…")).triggered.connect(
        lambda: programme_actions.new_programme(window))
    window.add_action("file", translate("Actions", "プログラム設定…")).triggered.connect(
        lambda: programme_actions.edit_programme_settings(window))
    window.add_action("file", translate("Actions", "デモを読み込む…")).triggered.connect(
        lambda: programme_actions.load_demo(window))
    window.menus["file"].addSeparator()
    window.add_action("file", translate("Actions", "データベースを開く…"), QKeySequence.StandardKey.Open).triggered.connect(
        lambda: open_database(window))
    window.add_action("file", translate("Actions", "今すぐバックアップ")).triggered.connect(lambda: back_up_now(window))
    window.add_action("file", translate("Actions", "バックアップから復元…")).triggered.connect(lambda: restore_backup(window))
    window.menus["file"].addSeparator()
    check_out = window.add_action("file", translate("Actions", "持ち出し…"))
    check_out.setObjectName("check_out_action")
    check_out.triggered.connect(lambda: offline_actions.start_check_out(window.context, window))
    check_in = window.add_action("file", translate("Actions", "持ち帰り…"))
    check_in.setObjectName("check_in_action")
    check_in.triggered.connect(lambda: offline_actions.start_check_in(window.context, window))
    window.menus["file"].setToolTipsVisible(True)  # a disabled action's tooltip says why
    offline_actions.guard_actions(window.context, check_out, check_in)
    window.context.database_switched.connect(
        lambda: offline_actions.guard_actions(window.context, check_out, check_in))
    window.menus["file"].addSeparator()
    window.add_action("file", translate("Actions", "名簿の取り込み…")).triggered.connect(lambda: import_roster(window))
    window.add_action("file", translate("Actions", "印刷…"), QKeySequence.StandardKey.Print).triggered.connect(
        lambda: print_documents(window))
    window.add_action("file", translate("Actions", "プログラムのカレンダー (.ics)…")).triggered.connect(
        lambda: export_programme_calendar(window))
    window.menus["file"].addSeparator()
    window.add_action("file", translate("Actions", "設定…")).triggered.connect(lambda: edit_settings(window))
    window.menus["file"].addSeparator()
    # Ctrl+Q everywhere (Cmd+Q on macOS): Windows and some platform themes bind no key to StandardKey.Quit.
    # Closing asks about unsaved edits first (MainWindow.closeEvent).
    quit_action = window.add_action("file", translate("Actions", "終了"), "Ctrl+Q")
    quit_action.setObjectName("quit_action")
    quit_action.triggered.connect(window.close)

    undo = window.undo_stack.createUndoAction(window, translate("Actions", "元に戻す"))
    undo.setShortcuts(shortcuts.sequences("undo"))
    redo = window.undo_stack.createRedoAction(window, translate("Actions", "やり直し"))
    redo.setShortcuts(shortcuts.sequences("redo"))
    window.menus["edit"].addAction(undo)
    window.menus["edit"].addAction(redo)
    window.menus["edit"].addSeparator()
    install_list_keys(window)

    window.add_action("help", translate("Actions", "キーボードショートカット")).triggered.connect(
        lambda: shortcuts.show_shortcuts(window))
    window.add_action("help", translate("Actions", "Co-LEAD Desktop について")).triggered.connect(lambda: show_about(window))
    window.context.requested.connect(lambda what: answer_request(window, what))


def install_list_keys(window: MainWindow) -> None:
    """編集 > 追加・開く・削除・検索 act on the list on show; 表示 > 再読み込み and the page keys on the window.
    開く and 削除 are on only while a list has the focus (MainWindow.selection_actions), so Enter and Delete
    keep their meaning in text fields."""

    def on_list(act: Callable[[shortcuts.RecordList], None]) -> Callable[[], None]:
        def run() -> None:
            target = shortcuts.current_list(window.stack.currentWidget())
            if target is not None:
                act(target)
        return run

    def focus_search(target: shortcuts.RecordList) -> None:
        if target.search is not None:
            target.search.setFocus()
            target.search.selectAll()

    for menu, text, name, act in (
            ("edit", translate("Actions", "追加…"), "add", on_list(lambda t: t.add())),
            ("edit", translate("Actions", "開く…"), "open", on_list(lambda t: t.edit_selected())),
            ("edit", translate("Actions", "削除…"), "delete", on_list(lambda t: t.delete_selected())),
            ("edit", translate("Actions", "検索"), "find", on_list(focus_search)),
            ("view", translate("Actions", "再読み込み"), "reload", window.reload_page),
            ("view", translate("Actions", "次のページ"), "next_page", lambda: window.step_page(1)),
            ("view", translate("Actions", "前のページ"), "previous_page", lambda: window.step_page(-1))):
        action = window.add_action(menu, text)
        action.setShortcuts(shortcuts.sequences(name))
        action.setObjectName(f"{name}_action")
        action.triggered.connect(act)
        if name in ("open", "delete"):
            action.setEnabled(False)
            window.selection_actions.append(action)


def answer_request(window: MainWindow, what: str) -> None:
    """Do what a page asked for (its empty state's buttons): see AppContext.requested."""
    if what == "new_programme":
        programme_actions.new_programme(window)
    elif what == "load_demo":
        programme_actions.load_demo(window)
    elif what == "programme_settings":
        programme_actions.edit_programme_settings(window)
    elif what == "import_roster":
        import_roster(window)
    elif what.startswith("add:"):
        key = what.removeprefix("add:")
        window.show_page(key)
        add = getattr(window.page(key), "add", None)
        if add is not None:
            add()
    else:
        raise ValueError(f"no such request: {what}")


def import_roster(window: MainWindow) -> None:
    from colead_desktop.ui.roster_import_dialog import RosterImportDialog  # openpyxl: loaded on first use

    programme_id = programme_actions.require_programme(window, translate("Actions", "名簿の取り込み"))
    if programme_id is None:
        return
    if RosterImportDialog(window.context, programme_id, window).exec() == QDialog.DialogCode.Accepted:
        reload = getattr(window.stack.currentWidget(), "reload", None)  # the page on show may list the new rows
        if reload is not None:
            reload()


def open_database(window: MainWindow) -> None:
    if not window.leave_editors():  # the pages of this database are about to go
        return
    name, _ = QFileDialog.getOpenFileName(
        window, translate("Actions", "データベースを開く"), str(data_dir()),
        translate("Actions", "SQLite データベース (*.sqlite3 *.sqlite *.db);;すべてのファイル (*)"))
    if not name:
        return
    url = f"sqlite:///{Path(name).resolve()}"
    switch_database(window, url)


def switch_database(window: MainWindow, url: str) -> bool:
    candidate = open_for_editing(url, window)
    if candidate is None:
        return False
    old = window.db
    window.set_database(candidate)
    old.dispose()
    window.settings.database_url = url
    return True


def back_up_now(window: MainWindow) -> None:
    db_file = sqlite_path(window.db.url)
    try:
        target = (backup_sqlite(db_file, "manual") if db_file is not None
                  else back_up_postgres(parse_url(window.db.url)))  # pg_dump: a clear message when not installed
    except InputError as exc:
        QMessageBox.warning(window, translate("Actions", "バックアップ"), str(exc))
        return
    QMessageBox.information(window, translate("Actions", "バックアップ"),
                            translate("Actions", "バックアップを作成しました:\n{0}").format(target))


def restore_backup(window: MainWindow) -> None:
    if not window.leave_editors():  # unsaved edits: saved, discarded, or the user stays
        return
    db_file = sqlite_path(window.db.url)
    kind = (translate("Actions", "バックアップ (*.sqlite3)") if db_file is not None
            else translate("Actions", "PostgreSQL のバックアップ (*.pgdump)"))
    name, _ = QFileDialog.getOpenFileName(window, translate("Actions", "復元するバックアップを選択"), str(backups_dir()),
                                          kind)
    if not name:
        return
    backup = Path(name)
    answer = QMessageBox.warning(
        window, translate("Actions", "バックアップから復元"),
        translate("Actions", "現在のデータベース\n{0}\nの内容を、バックアップ\n{1}\nの内容で置き換えます。\n\n"
                  "置き換える前の内容もバックアップフォルダに保存されます。続けますか？").format(
                      window.db.display_name, backup.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return
    safety: Path | None
    try:
        if db_file is None:
            window.db.dispose()  # pg_restore drops and recreates the tables: no pooled connection may hold them
            safety = restore_postgres(parse_url(window.db.url), backup)
        else:
            safety = restore_sqlite(backup, db_file, close=window.db.dispose)
    except InputError as exc:  # a check failed: the live database is untouched and stays open
        QMessageBox.critical(window, translate("Actions", "復元できません"), str(exc))
        return
    if switch_database(window, window.db.url):
        QMessageBox.information(window, translate("Actions", "バックアップから復元"), translate("Actions",
            "復元しました。置き換える前の内容は次に保存されています:\n{0}").format(safety))


class _SettingsDialog(QDialog):
    """設定: cancelling it (Escape, キャンセル, ×) with a changed language or name asks 変更を破棄しますか (review 14c
    item 15: Escape after choosing English dropped the choice without a word)."""

    guard: DiscardGuard | None = None

    def reject(self) -> None:
        if self.guard is None or self.guard.may_close():
            super().reject()


def edit_settings(window: MainWindow) -> None:
    from colead_desktop.ui.encryption_dialogs import manage_encryption

    dialog = _SettingsDialog(window)
    adopt_form("settings_dialog", dialog)
    language = child(dialog, QComboBox, "language")
    language.addItem("日本語", "ja")
    language.addItem("English", "en")
    language.setCurrentIndex(max(language.findData(window.settings.language), 0))
    user = child(dialog, QLineEdit, "user_name")
    user.setText(window.settings.user_name)
    encryption = QPushButton(translate("Actions", "暗号化…"))
    encryption.setObjectName("encryption_button")
    encryption.clicked.connect(lambda: manage_encryption(window))
    form = child(dialog, QFormLayout, "form_layout")
    form.addRow(translate("Actions", "データベースの暗号化"), encryption)
    buttons = child(dialog, QDialogButtonBox, "button_box")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    dialog.guard = DiscardGuard(dialog, lambda: (language.currentData(), user.text().strip()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    changed_language = language.currentData() != window.settings.language
    window.settings.language = language.currentData()
    window.settings.user_name = user.text().strip()
    window.settings.sync()
    if changed_language:
        QMessageBox.information(window, translate("Actions", "設定"),
                                translate("Actions", "表示言語はアプリを再起動すると切り替わります。"))


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, translate("Actions", "Co-LEAD Desktop について"), translate("Actions", 
        "<h3>Co-LEAD Desktop {0}</h3><p>地域の中小企業と高度デジタル人材をつなぐプログラムの運営を支援する"
        "オフライン対応デスクトップアプリ。</p><p>データフォルダ: {1}<br>データベース: {2}</p>"
        "<p>フォント: IPAexフォント（IPAフォントライセンスv1.0）</p>").format(
        __version__, data_dir(), window.db.display_name))


def print_documents(window: MainWindow) -> None:
    from colead_desktop.ui.print_centre import open_print_centre  # reportlab and QtPdf load on first use

    open_print_centre(window.context, window)


def export_programme_calendar(window: MainWindow) -> None:
    """Every event and tour item of the shown programme in one .ics file, written on the job runner."""
    from colead_desktop.services import calendars, tour_checks
    from colead_desktop.ui.file_dialogs import save_file
    from colead_desktop.ui.jobs import show_failure

    ctx = window.context
    programme_id = ctx.programme_id
    if programme_id is None:
        QMessageBox.information(window, translate("Actions", "カレンダー"),
                                translate("Actions", "プログラムがありません。先にプログラムを作成してください。"))
        return
    db = ctx.db

    def checked(errors: int) -> None:
        """Asked first, as a tour's export on the Tours page asks (and `colead export ics --programme`): the
        programme's calendar holds every tour's items."""
        if errors and QMessageBox.question(window, translate("Actions", "カレンダー"), translate(
                "Actions", "ツアーのチェックでエラーが{0}件見つかっています。このまま書き出しますか？").format(errors)) \
                != QMessageBox.StandardButton.Yes:
            return
        target = save_file(window, ctx.settings, translate("Actions", "プログラムのカレンダーの保存"),
                           calendars.programme_file_name(programme_id), translate("Actions", "iCalendar (*.ics)"))
        if target is None:
            return
        ctx.runner.submit(window, translate("Actions", "カレンダーを書き出しています…"),
                          lambda progress: calendars.export_programme_ics(db, programme_id, target, progress),
                          done, show_failure(window, translate("Actions", "書き出しできません")))

    def done(path: Path) -> None:
        QMessageBox.information(window, translate("Actions", "カレンダー"),
                                translate("Actions", "書き出しました: {0}").format(path))

    ctx.runner.submit(window, translate("Actions", "ツアーをチェックしています…"),
                      lambda _progress: tour_checks.programme_error_count(db, programme_id),
                      checked, show_failure(window, translate("Actions", "書き出しできません")))
