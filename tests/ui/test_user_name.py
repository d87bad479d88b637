"""Who the window's audit log names is the same person the command line names: COLEAD_USER, else the login,
unless a name was set under ファイル > 設定."""

from __future__ import annotations

import getpass

import pytest
from pytestqt.qtbot import QtBot

from colead_desktop.local_user import local_login
from colead_desktop.settings import Settings



def test_the_window_and_the_command_line_name_the_same_user(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLEAD_USER", "keiri_a")
    settings = Settings()
    assert settings.user_name == "keiri_a"
    monkeypatch.delenv("COLEAD_USER")
    assert settings.user_name == getpass.getuser()
    settings.user_name = "経理 A"
    monkeypatch.setenv("COLEAD_USER", "keiri_a")
    assert settings.user_name == "経理 A"  # the name set in the window wins
    settings.user_name = ""
    assert settings.user_name == local_login() == "keiri_a"  # the command line's rule (cli._who)
