"""Crash drafts of an encrypted database are encrypted as it is (services/drafts.py): a draft of the agenda or a
call may hold names, and was written as plain JSON beside the SQLCipher file (session 16's review)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from colead_desktop.db import encryption
from colead_desktop.services.drafts import Draft, DraftStore

pytest.importorskip("sqlcipher3")

KEY = "下書きも 暗号化する鍵"
NAME = "佐藤 花子"


@pytest.fixture(autouse=True)
def _no_keys_beyond_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encryption, "_keys", {})  # the keys this process remembers: none from other tests, nor left


def _draft() -> Draft:
    return Draft(1, "agenda", 7, "base", {"blocks": [{"title": f"{NAME}さんの発表", "minutes": 30}]},
                 "アジェンダ — ミートアップ")


def _encrypted_database(folder: Path) -> str:
    db_file = folder / "colead.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    sqlite3.connect(db_file).close()
    encryption.encrypt_file(db_file, KEY)  # remembers the key, as the start's dialog does
    return f"sqlite:///{db_file}"


def test_an_encrypted_databases_draft_is_written_encrypted_and_read_back(data_dir: Path) -> None:
    url = _encrypted_database(data_dir)
    store = DraftStore(url)
    path = store.write(_draft())
    raw = path.read_bytes()
    assert path.suffix == ".sqlite3" and NAME.encode() not in raw and b"agenda" not in raw
    assert not raw.startswith(b"SQLite format 3")  # SQLCipher's pages, not a plain database either
    assert [draft for _path, draft in DraftStore(url).drafts()] == [_draft()]
    assert list(path.parent.iterdir()) == [path]  # no journal or part left beside it
    store.remove(path)
    assert DraftStore(url).drafts() == []


def test_a_sealed_draft_without_its_key_is_left_in_place_naming_only_its_file(
        data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    url = _encrypted_database(data_dir)
    path = DraftStore(url).write(_draft())
    encryption.forget_key(data_dir / "colead.sqlite3")  # a restart: no key typed yet
    with caplog.at_level(logging.WARNING):
        assert DraftStore(url).drafts() == []
    encryption.remember_key(data_dir / "colead.sqlite3", "another key")
    with caplog.at_level(logging.WARNING):
        assert DraftStore(url).drafts() == []
    assert path.exists() and path.name in caplog.text and NAME not in caplog.text


def test_a_plain_databases_draft_stays_plain_json(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data_dir / 'colead.sqlite3'}"
    sqlite3.connect(data_dir / "colead.sqlite3").close()
    path = DraftStore(url).write(_draft())
    assert path.suffix == ".json" and NAME in path.read_text(encoding="utf-8")
    assert [draft for _path, draft in DraftStore(url).drafts()] == [_draft()]
